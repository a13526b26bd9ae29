"""Crashes, redelivery and poison: nothing lost, nothing done twice, nothing silently dropped."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections import Counter

import pytest
from aiokafka import AIOKafkaProducer
from aiokafka.structs import ConsumerRecord

from worth.cli import ops
from worth.contracts.topics import ANALYSIS_COMPLETED, RESUME_PARSED, RESUME_UPLOADED, dlq
from worth.devstack.stack import WorthStack

from .conftest import (
    CORPUS,
    Visitor,
    eventually,
    header,
    mail_to,
    read_topic,
    unique_address,
    wait_for_mail,
)

pytestmark = pytest.mark.slow


def _variant(n: int) -> bytes:
    """Distinct resumes (distinct content hashes) from one synthetic original."""
    base = (CORPUS / "ru_utf8.txt").read_text()
    return f"{base}\nПроект №{n}: {uuid.uuid4().hex}\n".encode()


def _completed_event_ids(stack: WorthStack, resume_ids: set[str]) -> Counter[str]:
    """Distinct `analysis.completed` event ids per resume, once every resume has one.

    A result is visible to polling when its transaction commits; its event reaches the broker a
    moment later (the outbox relay), so wait for the stream to catch up.
    """
    deadline = time.monotonic() + 30
    while True:
        records = read_topic(stack.infra.broker.bootstrap_servers, ANALYSIS_COMPLETED)
        per_resume: dict[str, set[str]] = {}
        for record in records:
            subject = header(record, "ce_subject")
            if subject in resume_ids:
                per_resume.setdefault(subject, set()).add(header(record, "ce_id") or "")
        if set(per_resume) == resume_ids or time.monotonic() > deadline:
            return Counter({resume: len(ids) for resume, ids in per_resume.items()})
        time.sleep(0.2)


def test_killing_the_analysis_consumer_mid_stream_loses_and_duplicates_nothing(
    stack: WorthStack, visitor: Visitor
) -> None:
    address = unique_address()
    visitor.subscribe(address)
    analysis = stack.services["analysis"]

    def upload(batch: range) -> list[str]:
        return [visitor.upload_bytes(_variant(n), f"cv-{n}.txt").json()["resume_id"] for n in batch]

    resume_ids = upload(range(6))
    # Let the stream start flowing, then crash the consumer with no chance to commit anything.
    eventually(lambda: visitor.poll(resume_ids[0]).json()["status"] == "completed")
    analysis.kill()
    # While it is down, more work queues up on the broker.
    resume_ids += upload(range(6, 12))
    assert visitor.poll(resume_ids[-1]).json()["status"] in ("uploaded", "parsed")
    analysis.start()

    results = [visitor.wait(r, timeout=90) for r in resume_ids]
    assert [r["status"] for r in results] == ["completed"] * len(resume_ids)

    # One analysis per resume on the stream (however often a record was redelivered)...
    counts = _completed_event_ids(stack, set(resume_ids))
    assert counts == Counter({r: 1 for r in resume_ids})
    # ...and exactly one email per resume.
    eventually(lambda: len(mail_to(stack, address)) >= len(resume_ids))
    time.sleep(1.0)
    assert len(mail_to(stack, address)) == len(resume_ids)


def test_a_replayed_event_changes_nothing(stack: WorthStack, visitor: Visitor) -> None:
    address = unique_address()
    visitor.subscribe(address)
    resume_id = visitor.upload_bytes(_variant(99), "cv.txt").json()["resume_id"]
    assert visitor.wait(resume_id)["status"] == "completed"
    wait_for_mail(stack, address)

    bootstrap = stack.infra.broker.bootstrap_servers
    original = next(
        r for r in read_topic(bootstrap, ANALYSIS_COMPLETED) if header(r, "ce_subject") == resume_id
    )
    _produce(bootstrap, ANALYSIS_COMPLETED, original.value, list(original.headers), original.key)
    time.sleep(2.0)
    assert len(mail_to(stack, address)) == 1
    assert visitor.poll(resume_id).json()["status"] == "completed"


def test_a_poison_event_is_dead_lettered_with_its_reason(stack: WorthStack) -> None:
    bootstrap = stack.infra.broker.bootstrap_servers
    marker = uuid.uuid4().hex.encode()
    _produce(bootstrap, RESUME_PARSED, b"\x00not avro" + marker, [("ce_type", b"nonsense")], marker)

    def parked() -> list[ConsumerRecord[bytes, bytes]]:
        return [r for r in read_topic(bootstrap, dlq(RESUME_PARSED)) if r.key == marker]

    eventually(parked)
    record = parked()[0]
    assert record.value.endswith(marker)
    assert header(record, "x-dlq-reason") == "undecodable"
    assert header(record, "x-dlq-original-topic") == RESUME_PARSED
    assert header(record, "x-dlq-consumer-group") == "analysis"
    assert header(record, "x-dlq-error")


def _produce(
    bootstrap: str, topic: str, value: bytes, headers: list[tuple[str, bytes]], key: bytes | None
) -> None:
    async def send() -> None:
        producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
        await producer.start()
        try:
            await producer.send_and_wait(topic, value=value, key=key, headers=headers)
        finally:
            await producer.stop()

    asyncio.run(send())


def test_dead_letters_can_be_listed_and_re_driven_once(stack: WorthStack) -> None:
    bootstrap = stack.infra.broker.bootstrap_servers
    marker = uuid.uuid4().hex.encode()
    _produce(bootstrap, RESUME_UPLOADED, b"garbage" + marker, [("ce_type", b"?")], marker)

    def parked() -> int:
        return sum(r.key == marker for r in read_topic(bootstrap, dlq(RESUME_UPLOADED)))

    eventually(lambda: parked() == 1)
    letters = asyncio.run(ops.list_dead_letters(bootstrap, RESUME_UPLOADED))
    assert any(letter.key == marker and letter.header("x-dlq-reason") for letter in letters)

    assert asyncio.run(ops.redrive(bootstrap, RESUME_UPLOADED)) == 1
    # Still garbage: the consumer parks it again...
    eventually(lambda: parked() == 2)
    # ...and the next re-drive sends only that new letter, not the one already re-driven.
    assert asyncio.run(ops.redrive(bootstrap, RESUME_UPLOADED)) == 1
    eventually(lambda: parked() == 3)


def test_rewinding_a_consumer_group_replays_without_effects(
    stack: WorthStack, visitor: Visitor
) -> None:
    address = unique_address()
    visitor.subscribe(address)
    resume_id = visitor.upload_bytes(_variant(7), "cv.txt").json()["resume_id"]
    assert visitor.wait(resume_id)["status"] == "completed"
    eventually(lambda: len(mail_to(stack, address)) == 1)

    analysis = stack.services["analysis"]

    def skipped() -> int:
        return analysis.log_path.read_text().count("event.duplicate_skipped")

    before = skipped()
    analysis.stop()
    moved = asyncio.run(
        ops.rewind(stack.infra.broker.bootstrap_servers, "analysis", RESUME_PARSED, None)
    )
    assert moved and all(offset == 0 for offset in moved.values())
    analysis.start()

    # The whole stream is read again, and every event in it is recognised as already handled.
    eventually(lambda: skipped() > before)
    assert _completed_event_ids(stack, {resume_id}) == Counter({resume_id: 1})
    assert visitor.poll(resume_id).json()["status"] == "completed"
    assert len(mail_to(stack, address)) == 1
