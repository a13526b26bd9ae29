"""Part 1: upload → analysis.completed, per resume, split along the pipeline.

Completion is detected on the analysis.completed topic (not by polling), so the figure is not
bounded by a polling interval. Event timestamps (uploaded_at, parsed_at, completed_at; wall
clock, milliseconds) split the time; subtracting the in-process cost of parsing and analysis
leaves the time spent between services (outbox relay, broker hop, consumer, database).
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass

import httpx

from bench.clients import Uploaded, User, guests, upload
from bench.documents import Cost, Sample
from bench.events import EventWatcher, Track
from bench.stats import summarize

# name → what it measures; every value is in seconds per resume.
METRICS = {
    "e2e": "upload sent → analysis.completed received",
    "upload_http": "  upload HTTP request (202)",
    "ingest": "  sent → uploaded_at",
    "to_parsed": "  uploaded_at → parsed_at",
    "relay_uploaded": "    → resume.uploaded relayed",
    "consume_parse": "    relayed → parsed_at",
    "to_completed": "  parsed_at → completed_at",
    "relay_parsed": "    → resume.parsed relayed",
    "consume_analyze": "    relayed → completed_at",
    "to_seen": "  completed_at → received by bench",
    "relay_completed": "    → analysis.completed relayed",
    "fetch_completed": "    relayed → received by bench",
    "parse_cost": "parse in-process (extract+redact)",
    "analyze_cost": "analyze in-process",
    "hop_parse": "uploaded→parsed minus parse",
    "hop_analysis": "parsed→completed minus analyze",
    "between": "between services (both hops)",
}
# Every moment a resume's track needs for the split (see events.Track).
NEEDED = frozenset(
    {"uploaded_at", "relayed_uploaded", "parsed_at", "relayed_parsed"}
    | {"completed_at", "relayed_completed", "received"}
)
FORMAT_METRICS = ("e2e", "upload_http", "to_parsed", "parse_cost", "hop_parse", "to_completed")


@dataclass(frozen=True)
class Measured:
    sample: Sample
    cost: Cost | None
    uploaded: Uploaded
    track: Track | None  # None: not completed in time

    def values(self) -> dict[str, float]:
        at = self.track.at if self.track else {}
        if not NEEDED <= at.keys():
            return {}
        values = {
            "e2e": at["received"] - self.uploaded.sent,
            "upload_http": self.uploaded.http_s,
            "ingest": at["uploaded_at"] - self.uploaded.sent,
            "to_parsed": at["parsed_at"] - at["uploaded_at"],
            "relay_uploaded": at["relayed_uploaded"] - at["uploaded_at"],
            "consume_parse": at["parsed_at"] - at["relayed_uploaded"],
            "to_completed": at["completed_at"] - at["parsed_at"],
            "relay_parsed": at["relayed_parsed"] - at["parsed_at"],
            "consume_analyze": at["completed_at"] - at["relayed_parsed"],
            "to_seen": at["received"] - at["completed_at"],
            "relay_completed": at["relayed_completed"] - at["completed_at"],
            "fetch_completed": at["received"] - at["relayed_completed"],
        }
        if self.cost is not None:
            values["parse_cost"] = self.cost.parse_s
            values["analyze_cost"] = self.cost.analyze_s
            values["hop_parse"] = values["to_parsed"] - self.cost.parse_s
            values["hop_analysis"] = values["to_completed"] - self.cost.analyze_s
            values["between"] = values["hop_parse"] + values["hop_analysis"]
        return values

    def row(self) -> dict[str, object]:
        return {
            "name": self.sample.name,
            "source": self.sample.source,
            "format": self.sample.format,
            "language": self.sample.language,
            "bytes": len(self.sample.data),
            "resume_id": self.uploaded.resume_id,
            "completed": self.track is not None,
            **{k: round(v * 1000, 2) for k, v in self.values().items()},
        }


async def measure(
    http: httpx.AsyncClient,
    watcher: EventWatcher,
    samples: Sequence[Sample],
    costs: Sequence[Cost | None],
    *,
    in_flight: int,
    wait_s: float,
) -> tuple[list[Measured], list[User]]:
    """Each sample uploaded by its own guest, at most `in_flight` at a time; returns the
    measurements and the users (each now owns one analysed resume)."""
    users = await guests(http, len(samples))
    gate = asyncio.Semaphore(in_flight)

    async def one(user: User, sample: Sample, cost: Cost | None) -> tuple[Measured, User]:
        async with gate:
            uploaded = await upload(http, user, sample)
            try:
                track: Track | None = await watcher.completed(uploaded.resume_id, wait_s)
            except TimeoutError:
                track = None
        return Measured(sample, cost, uploaded, track), User(user.token, uploaded.resume_id)

    done = await asyncio.gather(*map(one, users, samples, costs))
    return [m for m, _ in done], [u for _, u in done]


def summary(measured: Sequence[Measured]) -> dict[str, object]:
    values = [m.values() for m in measured]
    by_format: dict[str, dict[str, dict[str, float]]] = {}
    for fmt in sorted({m.sample.format for m in measured}):
        picked = [v for m, v in zip(measured, values, strict=True) if m.sample.format == fmt]
        by_format[fmt] = {k: summarize(v[k] for v in picked if k in v).ms() for k in METRICS}
    return {
        "resumes": len(measured),
        "completed": sum(m.track is not None for m in measured),
        "ms": {k: summarize(v[k] for v in values if k in v).ms() for k in METRICS},
        "by_format_ms": by_format,
        "samples": [m.row() for m in measured],
    }
