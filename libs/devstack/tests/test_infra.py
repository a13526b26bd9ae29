import asyncio
import importlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import asyncpg
import redis
from aiokafka.admin import AIOKafkaAdminClient

from worth.devstack import DATABASES, EmbeddedInfra, load_topic_specs
from worth.devstack.pytest_plugin import fresh_database, fresh_topics


def _plain(url: str) -> str:
    return url.replace("postgresql+asyncpg://", "postgresql://")


async def _topic_partitions(bootstrap: str) -> dict[str, int]:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        return {t["topic"]: len(t["partitions"]) for t in await admin.describe_topics()}
    finally:
        await admin.close()


async def test_env_points_at_working_servers(embedded_infra: EmbeddedInfra) -> None:
    env = embedded_infra.env()
    assert set(env) == {
        "WORTH_KAFKA_BOOTSTRAP_SERVERS",
        "WORTH_REDIS_URL",
        "WORTH_SMTP_HOST",
        "WORTH_SMTP_PORT",
        "WORTH_POSTGRES_URL",
        "WORTH_AUTH_DB_URL",
        "WORTH_EMAILS_DB_URL",
        "WORTH_RESUMES_DB_URL",
        "WORTH_ANALYSIS_DB_URL",
    }
    for database in DATABASES:
        url = env[f"WORTH_{database.upper()}_URL"]
        assert url.startswith("postgresql+asyncpg://")
        conn = await asyncpg.connect(_plain(url))
        assert await conn.fetchval("SELECT current_database()") == database
        await conn.close()
    conn = await asyncpg.connect(env["WORTH_POSTGRES_URL"])  # the server, default database
    await conn.close()

    assert redis.Redis.from_url(env["WORTH_REDIS_URL"]).ping()

    partitions = await _topic_partitions(env["WORTH_KAFKA_BOOTSTRAP_SERVERS"])
    for spec in load_topic_specs():
        assert partitions[spec.name] == spec.partitions

    reader, writer = await asyncio.open_connection(env["WORTH_SMTP_HOST"], env["WORTH_SMTP_PORT"])
    assert (await reader.readline()).startswith(b"220")
    writer.close()


async def test_fresh_database_is_new_and_usable(embedded_infra: EmbeddedInfra) -> None:
    first = fresh_database(embedded_infra, "resumes_test")
    second = fresh_database(embedded_infra, "resumes_test")
    assert first != second
    conn = await asyncpg.connect(_plain(first))
    assert (await conn.fetchval("SELECT current_database()")).startswith("resumes_test_")
    await conn.close()


async def test_fresh_topics_are_unique_and_shaped_like_the_declared_ones(
    embedded_infra: EmbeddedInfra,
) -> None:
    mapping = fresh_topics(embedded_infra, ["resume.uploaded", "scratch"])
    again = fresh_topics(embedded_infra, ["resume.uploaded"])
    assert set(mapping) == {"resume.uploaded", "resume.uploaded.dlq", "scratch"}
    assert mapping["resume.uploaded.dlq"] == mapping["resume.uploaded"] + ".dlq"
    assert again["resume.uploaded"] != mapping["resume.uploaded"]
    partitions = await _topic_partitions(embedded_infra.broker.bootstrap_servers)
    assert partitions[mapping["resume.uploaded"]] == 3
    assert partitions[mapping["resume.uploaded.dlq"]] == 1
    assert partitions[mapping["scratch"]] == 1


OWNER = """
import sys
from pathlib import Path
from worth.devstack import EmbeddedInfra
infra = EmbeddedInfra(Path(sys.argv[1]), durable=False).start()
servers = (infra.broker, infra.postgres, infra.redis)
print(*(server._proc.pid for server in servers), flush=True)
sys.stdin.read()
"""


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


def test_servers_stop_when_their_owner_is_killed(tmp_path: Path) -> None:
    owner = subprocess.Popen(
        [sys.executable, "-c", OWNER, str(tmp_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert owner.stdout is not None
    pids = [int(pid) for pid in owner.stdout.readline().split()]
    assert len(pids) == 3 and all(map(_running, pids))
    os.kill(owner.pid, signal.SIGKILL)  # no atexit, no finally: only the reaper can help
    owner.wait()
    deadline = time.monotonic() + 10
    while any(map(_running, pids)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(map(_running, pids))


def test_package_exports_resolve() -> None:
    import worth.devstack

    assert set(worth.devstack.__all__) == set(worth.devstack._HOMES)
    for name, home in worth.devstack._HOMES.items():
        module = importlib.import_module(f"worth.devstack.{home}")
        assert getattr(worth.devstack, name) is getattr(module, name)
