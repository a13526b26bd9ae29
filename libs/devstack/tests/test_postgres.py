import os
import stat
import subprocess
from pathlib import Path

import asyncpg
import pytest

from worth.devstack import InfraError, Postgres
from worth.devstack.postgres import pgserver_bindir


async def _databases(pg: Postgres) -> set[str]:
    conn = await asyncpg.connect(pg.dsn())
    try:
        return {row["datname"] for row in await conn.fetch("SELECT datname FROM pg_database")}
    finally:
        await conn.close()


async def test_postgres_databases_socket_and_restart(tmp_path: Path) -> None:
    locked = tmp_path / "locked"  # like CI's `mktemp -d` checkout: no access for other users
    locked.mkdir(mode=0o700)
    workdir = locked / "pg"
    with Postgres(workdir, durable=False) as pg:
        assert not pg.bundled
        assert pg.dsn("x") == f"postgresql://postgres@127.0.0.1:{pg.port}/x"
        assert pg.asyncpg_url("x") == f"postgresql+asyncpg://postgres@127.0.0.1:{pg.port}/x"
        pg.create_database("resumes_db")
        pg.create_database("resumes_db")  # exists already: nothing happens
        assert "resumes_db" in await _databases(pg)

        conn = await asyncpg.connect(
            host=str(pg.socket_dir), port=pg.port, user="postgres", database="resumes_db"
        )
        await conn.execute("CREATE TABLE kept (text text); INSERT INTO kept VALUES ('данные')")
        await conn.close()
        first_port = pg.port

    # As root the server runs as another user: only o+x was added so that it can reach workdir.
    expected_mode = 0o701 if os.geteuid() == 0 else 0o700
    assert stat.S_IMODE(locked.stat().st_mode) == expected_mode

    with Postgres(workdir, durable=False) as pg:  # a new port, the same cluster
        assert pg.port != first_port
        conn = await asyncpg.connect(pg.dsn("resumes_db"))
        assert await conn.fetchval("SELECT text FROM kept") == "данные"
        await conn.close()


async def test_pgserver_fallback_answers(tmp_path: Path) -> None:
    with Postgres(tmp_path, durable=False, prefer_system=False) as pg:
        assert pg.bundled and pg.bindir == pgserver_bindir()
        pg.create_database("auth_db")
        conn = await asyncpg.connect(pg.dsn("auth_db"))
        assert await conn.fetchval("SELECT upper('привет')") == "ПРИВЕТ"  # a UTF-8 locale
        bundled_version = await conn.fetchval("SHOW server_version_num")
        await conn.close()

    system = Postgres(tmp_path, durable=False)
    if system.bundled or bundled_version[:2] == system_version(system):
        pytest.skip("needs a system PostgreSQL of another major version than pgserver's")
    # The cluster pgserver made is not one the system server can run: the error says why.
    with pytest.raises(InfraError, match=r"(?s)exited with code.*are incompatible with server"):
        system.start()
    assert not system.running


def system_version(pg: Postgres) -> str:
    out = subprocess.run([pg.bindir / "postgres", "--version"], capture_output=True, text=True)
    return out.stdout.split()[-1].split(".")[0]
