"""Operator commands on the broker: inspect and re-drive dead letters, rewind a consumer group.

    worth ops dlq list resume.parsed
    worth ops dlq redrive resume.parsed          # back to the original topic, then skipped here
    worth ops replay analysis resume.parsed --from-start | --from 2026-11-30T00:00:00Z

A rewind only moves committed offsets, so the group's service must be stopped while it runs;
redelivered events are then skipped or reprocessed according to each service's inbox.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.structs import ConsumerRecord, OffsetAndMetadata

DLQ_SUFFIX = ".dlq"
REDRIVE_GROUP = "ops-dlq-redrive"


@dataclass(frozen=True)
class DeadLetter:
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None
    headers: list[tuple[str, bytes]]

    @classmethod
    def of(cls, record: ConsumerRecord[bytes, bytes]) -> DeadLetter:
        return cls(
            record.partition, record.offset, record.key, record.value, list(record.headers or ())
        )

    def header(self, name: str) -> str | None:
        return next((v.decode() for k, v in self.headers if k == name), None)

    @property
    def original_headers(self) -> list[tuple[str, bytes]]:
        return [(k, v) for k, v in self.headers if not k.startswith("x-dlq-")]


async def read_records(bootstrap: str, topic: str) -> list[ConsumerRecord[bytes, bytes]]:
    """Every record now in `topic`, read outside any consumer group (as the data team would)."""
    consumer, records, _ = await _read(bootstrap, topic, group=None)
    await consumer.stop()
    return records


async def _read(
    bootstrap: str, topic: str, *, group: str | None
) -> tuple[AIOKafkaConsumer, list[ConsumerRecord[bytes, bytes]], dict[TopicPartition, int]]:
    """Records from the group's committed position (or the start) to the end, and the position
    reached on each partition (what a group commits to say "read up to here")."""
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap,
        group_id=group,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
    )
    await consumer.start()
    partitions = [TopicPartition(topic, p) for p in sorted(await _partitions(consumer, topic))]
    consumer.assign(partitions)
    if group is None:
        await consumer.seek_to_beginning(*partitions)
    # The reported end can lag what is there (seen on tansu: a partition one record longer than
    # its listed offset), so read to it, then on until a fetch comes back empty.
    ends = await consumer.end_offsets(partitions)
    found: list[ConsumerRecord[bytes, bytes]] = []
    while True:
        behind = [tp for tp in partitions if await consumer.position(tp) < ends[tp]]
        batch = await consumer.getmany(timeout_ms=500 if behind else 200)
        if not batch and not behind:
            break
        for records in batch.values():
            found += records
    reached = {tp: await consumer.position(tp) for tp in partitions}
    return consumer, found, reached


async def _partitions(consumer: AIOKafkaConsumer, topic: str) -> set[int]:
    await consumer.topics()
    partitions = consumer.partitions_for_topic(topic)
    if not partitions:
        raise SystemExit(f"no such topic: {topic}")
    return partitions


async def list_dead_letters(bootstrap: str, topic: str) -> list[DeadLetter]:
    return [DeadLetter.of(r) for r in await read_records(bootstrap, topic + DLQ_SUFFIX)]


async def redrive(bootstrap: str, topic: str) -> int:
    """Publish every not-yet-redriven dead letter back to `topic`; returns how many."""
    consumer, records, ends = await _read(bootstrap, topic + DLQ_SUFFIX, group=REDRIVE_GROUP)
    letters = [DeadLetter.of(r) for r in records]
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        for letter in letters:
            await producer.send_and_wait(
                topic, value=letter.value, key=letter.key, headers=letter.original_headers
            )
        # Remember how far we got, so a second redrive does not publish them again.
        await consumer.commit({tp: OffsetAndMetadata(end, "") for tp, end in ends.items()})
    finally:
        await producer.stop()
        await consumer.stop()
    return len(letters)


async def rewind(
    bootstrap: str, group: str, topic: str, since: datetime | None, *, wait_s: float = 60.0
) -> dict[int, int]:
    """Move `group`'s committed offsets on `topic` to the start, or to the first at `since`.

    We join the group as its only member (so its service must be stopped) and commit as that
    member: brokers refuse commits from outside a group that has had members.
    """
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        group_id=group,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
    )
    await consumer.start()
    try:
        partitions = {TopicPartition(topic, p) for p in await _partitions(consumer, topic)}
        deadline = time.monotonic() + wait_s
        while set(consumer.assignment()) != partitions:
            if time.monotonic() > deadline:
                raise SystemExit(f"group {group} still has other members: stop its service first")
            await consumer.getmany(timeout_ms=200)  # drives the join; nothing is committed
        ordered = sorted(partitions)
        targets = await consumer.beginning_offsets(ordered)
        if since is not None:
            ends = await consumer.end_offsets(ordered)
            found = await consumer.offsets_for_times(
                {tp: int(since.timestamp() * 1000) for tp in ordered}
            )
            targets = {tp: found[tp].offset if found[tp] else ends[tp] for tp in ordered}
        await consumer.commit({tp: OffsetAndMetadata(o, "") for tp, o in targets.items()})
        return {tp.partition: offset for tp, offset in targets.items()}
    finally:
        await consumer.stop()


def run(argv: Sequence[str], bootstrap: str) -> int:
    """Entry for `worth ops ...` (argv after `ops`)."""
    command = list(argv)
    if command[:2] == ["dlq", "list"] and len(command) == 3:
        letters = asyncio.run(list_dead_letters(bootstrap, command[2]))
        for letter in letters:
            print(
                f"{letter.partition}:{letter.offset}  {letter.header('ce_type') or '?'}  "
                f"{letter.header('ce_id') or '?'}  reason={letter.header('x-dlq-reason')}  "
                f"group={letter.header('x-dlq-consumer-group')}\n"
                f"    {letter.header('x-dlq-error')}"
            )
        print(f"{len(letters)} dead letter(s) on {command[2]}{DLQ_SUFFIX}")
        return 0
    if command[:2] == ["dlq", "redrive"] and len(command) == 3:
        count = asyncio.run(redrive(bootstrap, command[2]))
        print(f"re-drove {count} event(s) to {command[2]}")
        return 0
    if command[:1] == ["replay"] and len(command) in (4, 5):
        group, topic, how = command[1], command[2], command[3]
        since = None
        if how == "--from" and len(command) == 5:
            since = datetime.fromisoformat(command[4].replace("Z", "+00:00"))
        elif how != "--from-start":
            raise SystemExit("replay GROUP TOPIC --from-start | --from ISO-TIME")
        moved = asyncio.run(rewind(bootstrap, group, topic, since))
        print(f"group {group} on {topic} rewound to offsets {moved}; start the service to replay")
        return 0
    raise SystemExit(__doc__)
