"""Watch the pipeline's topics from outside, as the data team would (no consumer group).

Every resume.uploaded / resume.parsed / analysis.completed record is decoded and filed by resume
id with its event timestamp, the record's timestamp (CreateTime: when the sender's outbox relay
handed it to the producer) and the moment this process received it.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from dataclasses import dataclass, field

from aiokafka import AIOKafkaConsumer, TopicPartition

from worth.contracts.codec import decode
from worth.contracts.events import AnalysisCompleted, Event, ResumeParsed, ResumeUploaded
from worth.contracts.topics import ANALYSIS_COMPLETED, RESUME_PARSED, RESUME_UPLOADED

TOPICS = (RESUME_UPLOADED, RESUME_PARSED, ANALYSIS_COMPLETED)


# The event's own time and its record's timestamp, by event type.
MOMENTS: dict[type[Event], tuple[str, str]] = {
    ResumeUploaded: ("uploaded_at", "relayed_uploaded"),
    ResumeParsed: ("parsed_at", "relayed_parsed"),
    AnalysisCompleted: ("completed_at", "relayed_completed"),
}


@dataclass
class Track:
    """One resume's moments, wall-clock seconds: `uploaded_at`, `parsed_at`, `completed_at`
    from the events, `relayed_*` their records' timestamps, `received` when this process got
    analysis.completed."""

    at: dict[str, float] = field(default_factory=dict)
    done: asyncio.Event = field(default_factory=asyncio.Event)


class EventWatcher:
    # The same fetch wait as the services: on tansu a waiting fetch is answered at its deadline.
    def __init__(self, bootstrap: str, fetch_max_wait_ms: int = 10) -> None:
        self._consumer = AIOKafkaConsumer(
            bootstrap_servers=bootstrap,
            enable_auto_commit=False,
            fetch_max_wait_ms=fetch_max_wait_ms,
        )
        self.tracks: dict[str, Track] = {}
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        await self._consumer.start()
        await self._consumer.topics()  # metadata for every topic
        partitions = [
            TopicPartition(topic, p)
            for topic in TOPICS
            for p in sorted(self._consumer.partitions_for_topic(topic) or ())
        ]
        self._consumer.assign(partitions)
        await self._consumer.seek_to_beginning(*partitions)
        self._task = asyncio.create_task(self._run(), name="bench-event-watcher")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        await self._consumer.stop()

    def track(self, resume_id: str) -> Track:
        return self.tracks.setdefault(resume_id, Track())

    async def completed(self, resume_id: str, wait_s: float) -> Track:
        """The resume's track once analysis.completed was seen; TimeoutError otherwise."""
        track = self.track(resume_id)
        await asyncio.wait_for(track.done.wait(), wait_s)
        return track

    async def _run(self) -> None:
        while True:
            batches = await self._consumer.getmany(timeout_ms=200)
            seen = time.time()
            for records in batches.values():
                for record in records:
                    event = decode(record.value or b"", list(record.headers or ())).event
                    self._file(event, record.timestamp / 1000, seen)

    def _file(self, event: Event, relayed: float, received: float) -> None:
        names = MOMENTS.get(type(event))
        if names is None:
            return
        track = self.track(event.resume_id)
        track.at[names[0]] = event.occurred_at.timestamp()
        track.at[names[1]] = relayed
        if isinstance(event, AnalysisCompleted):
            track.at["received"] = received
            track.done.set()
