"""Real servers for the shared library's tests: each test gets its own database and topics."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest
import sqlalchemy as sa
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.structs import ConsumerRecord
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from worth.common.db import new_metadata
from worth.devstack.infra import EmbeddedInfra
from worth.devstack.pytest_plugin import embedded_infra, fresh_database

__all__ = ["embedded_infra"]

# A service's metadata: the shared outbox and inbox, plus one projection a handler writes.
METADATA = new_metadata()
NOTES = sa.Table(
    "notes",
    METADATA,
    sa.Column("event_id", sa.Text, primary_key=True),
    sa.Column("resume_id", sa.Text, nullable=False),
)

ReadTopic = Callable[[str, int], Awaitable[list[ConsumerRecord[bytes, bytes]]]]


@pytest.fixture
def database_url(embedded_infra: EmbeddedInfra) -> str:
    return fresh_database(embedded_infra, "common")


@pytest.fixture
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    engine = create_async_engine(database_url)
    async with engine.begin() as conn:
        await conn.run_sync(METADATA.create_all)
    yield engine
    await engine.dispose()


@pytest.fixture
def notes() -> sa.Table:
    return NOTES


@pytest.fixture
async def producer(embedded_infra: EmbeddedInfra) -> AsyncIterator[AIOKafkaProducer]:
    producer = AIOKafkaProducer(
        bootstrap_servers=embedded_infra.broker.bootstrap_servers, acks="all", linger_ms=0
    )
    await producer.start()
    yield producer
    await producer.stop()


@pytest.fixture
def read_topic(embedded_infra: EmbeddedInfra) -> ReadTopic:
    """The records of `topic` from its start: waits for `count`, then for any stragglers."""

    async def read(topic: str, count: int) -> list[ConsumerRecord[bytes, bytes]]:
        consumer = AIOKafkaConsumer(
            topic,
            bootstrap_servers=embedded_infra.broker.bootstrap_servers,
            auto_offset_reset="earliest",
            fetch_max_wait_ms=10,
        )
        await consumer.start()
        records: list[ConsumerRecord[bytes, bytes]] = []
        try:
            async with asyncio.timeout(10):
                while len(records) < count:
                    batches = await consumer.getmany(timeout_ms=200)
                    records += [r for batch in batches.values() for r in batch]
            extra = await consumer.getmany(timeout_ms=200)
            records += [r for batch in extra.values() for r in batch]
        finally:
            await consumer.stop()
        return records

    return read
