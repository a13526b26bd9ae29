"""Each service's Alembic history builds exactly the tables its code declares."""

from __future__ import annotations

import asyncio
import importlib

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy.ext.asyncio import create_async_engine

from worth.common.migrations import upgrade
from worth.devstack.infra import EmbeddedInfra
from worth.devstack.pytest_plugin import embedded_infra, fresh_database

__all__ = ["embedded_infra"]


@pytest.mark.parametrize("service", ["auth", "notifier", "resume", "analysis"])
def test_migrations_match_the_declared_tables(embedded_infra: EmbeddedInfra, service: str) -> None:
    url = fresh_database(embedded_infra, f"migrations_{service}")
    upgrade(f"worth.{service}", url)
    metadata = importlib.import_module(f"worth.{service}.projection").metadata

    async def differences() -> list[object]:
        engine = create_async_engine(url)
        try:
            async with engine.connect() as conn:
                return await conn.run_sync(
                    lambda sync: compare_metadata(MigrationContext.configure(sync), metadata)
                )
        finally:
            await engine.dispose()

    assert asyncio.run(differences()) == []


def test_migrations_run_twice_without_change(embedded_infra: EmbeddedInfra) -> None:
    url = fresh_database(embedded_infra, "migrations_twice")
    upgrade("worth.resume", url)
    upgrade("worth.resume", url)  # already at head: a restart must not fail
