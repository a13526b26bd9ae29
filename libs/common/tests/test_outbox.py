"""The transactional outbox against real PostgreSQL and the real broker."""

from __future__ import annotations

import asyncio
import dataclasses
import time
import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from aiokafka import AIOKafkaProducer
from aiokafka.structs import ConsumerRecord
from sqlalchemy.ext.asyncio import AsyncEngine

from worth.common import outbox
from worth.common.outbox import OutboxRelay, enqueue
from worth.contracts.codec import EncodedEvent, decode, encode
from worth.contracts.events import ResumeUploaded
from worth.contracts.topics import RESUME_UPLOADED
from worth.devstack.infra import EmbeddedInfra
from worth.devstack.pytest_plugin import fresh_topics

# The conftest's `read_topic` fixture.
ReadTopic = Callable[[str, int], Awaitable[list[ConsumerRecord[bytes, bytes]]]]


def uploaded(resume_id: str, size: int, topic: str) -> EncodedEvent:
    event = ResumeUploaded(
        resume_id=resume_id,
        owner_id=f"owner-{resume_id[:8]}",
        content_sha256="ab" * 32,
        format="pdf",
        media_type="application/pdf",
        size_bytes=size,
        storage_key=f"resumes/{resume_id}",
        uploaded_at=datetime.now(UTC),
    )
    encoded = encode(event, source="/worth/test", correlation_id=f"corr-{size}")
    return dataclasses.replace(encoded, topic=topic)


@pytest.fixture
def topic(embedded_infra: EmbeddedInfra) -> str:
    return fresh_topics(embedded_infra, [RESUME_UPLOADED])[RESUME_UPLOADED]


@pytest.fixture
def relay(engine: AsyncEngine, producer: AIOKafkaProducer, database_url: str) -> OutboxRelay:
    return OutboxRelay(engine, producer, database_url)


async def outbox_rows(engine: AsyncEngine) -> int:
    async with engine.connect() as conn:
        return int((await conn.execute(sa.text("SELECT count(*) FROM outbox"))).scalar_one())


async def test_committed_events_are_published_in_order_intact_then_deleted(
    engine: AsyncEngine, relay: OutboxRelay, topic: str, read_topic: ReadTopic
) -> None:
    resume_id = str(uuid.uuid4())
    staged = [uploaded(resume_id, size, topic) for size in (101, 102, 103)]
    async with engine.begin() as conn:
        for event in staged:
            await enqueue(conn, event)

    assert await relay.relay_once() == 3

    records = await read_topic(topic, 3)
    assert [r.value for r in records] == [e.value for e in staged]
    assert [r.key for r in records] == [resume_id.encode()] * 3
    assert [list(r.headers) for r in records] == [e.headers for e in staged]
    decoded = [decode(r.value, list(r.headers)) for r in records]
    assert [d.envelope.id for d in decoded] == [e.event_id for e in staged]
    assert [d.envelope.correlation_id for d in decoded] == ["corr-101", "corr-102", "corr-103"]
    assert await outbox_rows(engine) == 0
    assert await relay.relay_once() == 0  # nothing is published twice
    assert relay.published == 3


async def test_a_rolled_back_transaction_publishes_nothing(
    engine: AsyncEngine, relay: OutboxRelay, topic: str, read_topic: ReadTopic
) -> None:
    lost, kept = uploaded(str(uuid.uuid4()), 1, topic), uploaded(str(uuid.uuid4()), 2, topic)
    with pytest.raises(RuntimeError):
        async with engine.begin() as conn:
            await enqueue(conn, lost)
            raise RuntimeError("the state change failed")
    assert await outbox_rows(engine) == 0
    assert await relay.relay_once() == 0

    async with engine.begin() as conn:
        await enqueue(conn, kept)
    assert await relay.relay_once() == 1
    records = await read_topic(topic, 1)
    assert [r.value for r in records] == [kept.value]


async def test_notify_on_commit_wakes_an_idle_relay_at_once(
    engine: AsyncEngine, relay: OutboxRelay, topic: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Without the NOTIFY the idle relay would look again only after this long.
    monkeypatch.setattr(outbox, "IDLE_RECHECK_S", 30.0)
    await relay.start()
    try:
        await asyncio.sleep(0.3)  # the first pass finds nothing; the relay now waits
        assert relay.published == 0
        started = time.monotonic()
        async with engine.begin() as conn:
            await enqueue(conn, uploaded(str(uuid.uuid4()), 7, topic))
        while relay.published == 0:
            assert time.monotonic() - started < 5, "the relay was not woken"
            await asyncio.sleep(0.01)
    finally:
        await relay.stop()
    assert await outbox_rows(engine) == 0


async def test_an_uncommitted_event_waits_for_its_transaction(
    engine: AsyncEngine, relay: OutboxRelay, topic: str
) -> None:
    async with engine.begin() as conn:
        await enqueue(conn, uploaded(str(uuid.uuid4()), 9, topic))
        assert await relay.relay_once() == 0  # invisible to the relay until commit
    assert await relay.relay_once() == 1


async def test_while_one_relay_works_another_on_the_same_database_waits(
    engine: AsyncEngine, relay: OutboxRelay, topic: str, read_topic: ReadTopic
) -> None:
    event = uploaded(str(uuid.uuid4()), 7, topic)
    async with engine.begin() as conn:
        await enqueue(conn, event)

    # A replica in the middle of a batch holds the relay lock for its transaction.
    async with engine.begin() as busy:
        await busy.execute(
            sa.text("SELECT pg_advisory_xact_lock(hashtext(:name))"), {"name": outbox.CHANNEL}
        )
        assert await relay.relay_once() == 0
        assert await outbox_rows(engine) == 1

    assert await relay.relay_once() == 1
    assert [r.value for r in await read_topic(topic, 1)] == [event.value]
