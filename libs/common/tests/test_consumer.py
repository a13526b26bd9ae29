"""EventConsumer.process: inbox, one transaction per event, retries, dead letters."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from aiokafka import AIOKafkaProducer
from aiokafka.structs import ConsumerRecord
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from worth.common.consumer import EventConsumer, PermanentError, Subscription
from worth.contracts.codec import DecodedEvent, encode
from worth.contracts.events import AnalysisCompleted, Analyzer, Market, Recommendation, Salary
from worth.contracts.topics import ANALYSIS_COMPLETED, dlq
from worth.devstack.infra import EmbeddedInfra
from worth.devstack.pytest_plugin import fresh_topics

# The conftest's `read_topic` fixture.
ReadTopic = Callable[[str, int], Awaitable[list[ConsumerRecord[bytes, bytes]]]]

GROUP = "test-consumer"


@dataclass(frozen=True)
class Record:
    """What the consumer reads off a Kafka record."""

    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None
    headers: list[tuple[str, bytes]] = field(default_factory=list)


@dataclass
class Recorder:
    """A handler that writes a projection row, optionally failing `fail_first` times."""

    notes: sa.Table
    fail_first: int = 0
    error: type[Exception] = RuntimeError
    calls: int = 0
    failures: list[tuple[AsyncEngine, DecodedEvent, str]] = field(default_factory=list)

    async def handle(self, conn: AsyncConnection, decoded: DecodedEvent) -> None:
        self.calls += 1
        await conn.execute(
            self.notes.insert().values(
                event_id=decoded.envelope.id, resume_id=decoded.event.resume_id
            )
        )
        if self.calls <= self.fail_first:
            raise self.error(f"boom #{self.calls}")

    async def on_failure(self, engine: AsyncEngine, decoded: DecodedEvent, reason: str) -> None:
        self.failures.append((engine, decoded, reason))


@pytest.fixture
def topic(embedded_infra: EmbeddedInfra) -> str:
    return fresh_topics(embedded_infra, [ANALYSIS_COMPLETED])[ANALYSIS_COMPLETED]


@pytest.fixture
def consumer(engine: AsyncEngine, producer: AIOKafkaProducer) -> EventConsumer:
    return EventConsumer(
        engine=engine, producer=producer, group_id=GROUP, retries=2, backoff_s=0.01
    )


@pytest.fixture
def recorder(notes: sa.Table) -> Recorder:
    return Recorder(notes)


def completed_record(topic: str, offset: int = 42) -> Record:
    resume_id = str(uuid.uuid4())
    event = AnalysisCompleted(
        analysis_id=str(uuid.uuid4()),
        resume_id=resume_id,
        owner_id="owner-1",
        analyzer=Analyzer(name="rules", version="1"),
        role="backend_developer",
        grade="senior",
        years_experience=6.5,
        skills=("Python", "Kafka"),
        salary=Salary(
            currency="RUB", period="month", basis="net", low=280e3, median=350e3, high=420e3
        ),
        market=Market(source="hh.ru", segment="python backend"),
        recommendations=(Recommendation(kind="skill", text="Learn Kubernetes"),),
        completed_at=datetime.now(UTC),
    )
    encoded = encode(event, source="/worth/test", correlation_id="corr-1")
    return Record(topic, 1, offset, encoded.key, encoded.value, encoded.headers)


async def table(engine: AsyncEngine, query: str) -> list[tuple[object, ...]]:
    async with engine.connect() as conn:
        return [tuple(row) for row in (await conn.execute(sa.text(query))).all()]


def subscription(topic: str, recorder: Recorder) -> Subscription:
    return Subscription(topic, recorder.handle, recorder.on_failure)


async def test_a_handled_event_writes_projection_and_inbox_together(
    consumer: EventConsumer, recorder: Recorder, engine: AsyncEngine, topic: str
) -> None:
    record = completed_record(topic)
    assert await consumer.process(record, subscription(topic, recorder)) == "handled"

    [(event_id, resume_id)] = await table(engine, "SELECT event_id, resume_id FROM notes")
    assert record.key is not None and resume_id == record.key.decode()
    inbox = await table(engine, "SELECT consumer, event_id, event_type FROM inbox")
    assert inbox == [(GROUP, event_id, ANALYSIS_COMPLETED)]
    assert recorder.failures == []


async def test_the_same_event_twice_is_handled_once(
    consumer: EventConsumer, recorder: Recorder, engine: AsyncEngine, topic: str
) -> None:
    record = completed_record(topic)
    replayed = Record(record.topic, 2, 7, record.key, record.value, record.headers)
    sub = subscription(topic, recorder)

    assert await consumer.process(record, sub) == "handled"
    assert await consumer.process(replayed, sub) == "duplicate"
    assert recorder.calls == 1
    assert len(await table(engine, "SELECT * FROM notes")) == 1


async def test_another_consumer_group_handles_the_event_too(
    consumer: EventConsumer,
    recorder: Recorder,
    engine: AsyncEngine,
    producer: AIOKafkaProducer,
    topic: str,
) -> None:
    record = completed_record(topic)
    other = EventConsumer(engine=engine, producer=producer, group_id="other-group")
    assert await consumer.process(record, subscription(topic, recorder)) == "handled"
    assert await other.process(record, Subscription(topic, _noop)) == "handled"
    assert sorted(await table(engine, "SELECT consumer FROM inbox")) == [
        ("other-group",),
        (GROUP,),
    ]


async def _noop(conn: AsyncConnection, decoded: DecodedEvent) -> None:
    return None


async def test_a_transient_failure_is_retried_until_it_succeeds(
    consumer: EventConsumer, notes: sa.Table, engine: AsyncEngine, topic: str
) -> None:
    recorder = Recorder(notes, fail_first=2)  # the consumer allows two retries
    assert await consumer.process(completed_record(topic), subscription(topic, recorder)) == (
        "handled"
    )
    assert recorder.calls == 3
    assert len(await table(engine, "SELECT * FROM notes")) == 1
    assert recorder.failures == []


async def test_a_failing_handler_is_retried_then_dead_lettered(
    consumer: EventConsumer,
    notes: sa.Table,
    engine: AsyncEngine,
    topic: str,
    read_topic: ReadTopic,
) -> None:
    recorder = Recorder(notes, fail_first=100)
    record = completed_record(topic, offset=42)

    assert await consumer.process(record, subscription(topic, recorder)) == "dead-lettered"

    assert recorder.calls == 3  # the first attempt and two retries
    [parked] = await read_topic(dlq(topic), 1)
    assert (parked.key, parked.value) == (record.key, record.value)
    headers = list(parked.headers)
    assert headers[: len(record.headers)] == record.headers  # the original envelope is kept
    extra = dict(headers[len(record.headers) :])
    assert extra == {
        "x-dlq-reason": b"retries_exhausted",
        "x-dlq-error": b"RuntimeError: boom #3",
        "x-dlq-original-topic": topic.encode(),
        "x-dlq-original-partition": b"1",
        "x-dlq-original-offset": b"42",
        "x-dlq-consumer-group": GROUP.encode(),
    }
    [(hook_engine, decoded, reason)] = recorder.failures
    assert (hook_engine, reason) == (engine, "retries_exhausted")
    assert record.key == decoded.event.resume_id.encode()
    # Nothing half-written stays behind, and the inbox does not claim the event.
    assert await table(engine, "SELECT * FROM notes") == []
    assert await table(engine, "SELECT * FROM inbox") == []


async def test_a_permanent_error_is_dead_lettered_without_retries(
    consumer: EventConsumer, notes: sa.Table, engine: AsyncEngine, topic: str, read_topic: ReadTopic
) -> None:
    recorder = Recorder(notes, fail_first=100, error=PermanentError)
    record = completed_record(topic)

    assert await consumer.process(record, subscription(topic, recorder)) == "dead-lettered"

    assert recorder.calls == 1
    [parked] = await read_topic(dlq(topic), 1)
    extra = dict(list(parked.headers)[len(record.headers) :])
    assert extra["x-dlq-reason"] == b"rejected"
    assert extra["x-dlq-error"].endswith(b"PermanentError: boom #1")
    assert [reason for *_, reason in recorder.failures] == ["rejected"]
    assert await table(engine, "SELECT * FROM notes") == []
    assert await table(engine, "SELECT * FROM inbox") == []


async def test_an_undecodable_record_is_dead_lettered_untouched(
    consumer: EventConsumer,
    recorder: Recorder,
    engine: AsyncEngine,
    topic: str,
    read_topic: ReadTopic,
) -> None:
    good = completed_record(topic)
    headers = [(k, v) for k, v in good.headers if k != "ce_type"]
    record = Record(topic, 0, 5, b"resume-x", b"\x00not avro", headers)

    assert await consumer.process(record, subscription(topic, recorder)) == "dead-lettered"

    [parked] = await read_topic(dlq(topic), 1)
    assert (parked.key, parked.value) == (b"resume-x", b"\x00not avro")
    extra = dict(list(parked.headers)[len(headers) :])
    assert extra["x-dlq-reason"] == b"undecodable"
    assert b"ce_type" in extra["x-dlq-error"]
    assert extra["x-dlq-original-offset"] == b"5"
    assert recorder.calls == 0
    assert recorder.failures == []  # there is no event to report a failure about
    assert await table(engine, "SELECT * FROM inbox") == []


async def test_a_failing_failure_hook_does_not_stop_the_dead_letter(
    consumer: EventConsumer, notes: sa.Table, topic: str, read_topic: ReadTopic
) -> None:
    recorder = Recorder(notes, fail_first=100, error=PermanentError)

    async def broken_hook(engine: AsyncEngine, decoded: DecodedEvent, reason: str) -> None:
        raise RuntimeError("the hook itself fails")

    sub = Subscription(topic, recorder.handle, broken_hook)
    assert await consumer.process(completed_record(topic), sub) == "dead-lettered"
    assert len(await read_topic(dlq(topic), 1)) == 1
