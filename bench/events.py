"""Watch the pipeline's topics from outside, as the data team would (no consumer group).

Every resume.uploaded / resume.parsed / analysis.completed record is decoded and filed by resume
id with its event timestamp and the moment this process received it.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from dataclasses import dataclass, field

from aiokafka import AIOKafkaConsumer, TopicPartition

from worth.contracts.codec import decode
from worth.contracts.events import AnalysisCompleted, ResumeParsed, ResumeUploaded
from worth.contracts.topics import ANALYSIS_COMPLETED, RESUME_PARSED, RESUME_UPLOADED

TOPICS = (RESUME_UPLOADED, RESUME_PARSED, ANALYSIS_COMPLETED)


@dataclass
class Track:
    """Wall-clock seconds: `*_at` from the events, `seen_*` when this process got them."""

    uploaded_at: float | None = None
    parsed_at: float | None = None
    completed_at: float | None = None
    seen_uploaded: float | None = None
    seen_parsed: float | None = None
    seen_completed: float | None = None
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
                    self._file(decode(record.value or b"", list(record.headers or ())).event, seen)

    def _file(self, event: object, seen: float) -> None:
        if isinstance(event, ResumeUploaded):
            track = self.track(event.resume_id)
            track.uploaded_at, track.seen_uploaded = event.uploaded_at.timestamp(), seen
        elif isinstance(event, ResumeParsed):
            track = self.track(event.resume_id)
            track.parsed_at, track.seen_parsed = event.parsed_at.timestamp(), seen
        elif isinstance(event, AnalysisCompleted):
            track = self.track(event.resume_id)
            track.completed_at, track.seen_completed = event.completed_at.timestamp(), seen
            track.done.set()
