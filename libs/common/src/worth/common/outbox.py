"""Transactional outbox: events are written with the state change and relayed afterwards.

`enqueue` runs inside the caller's transaction; the relay publishes committed rows in id order
and deletes them once the broker has acknowledged them (acks=all). A NOTIFY on commit wakes the
relay at once, so a hop costs milliseconds instead of a polling interval.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from typing import Any

import asyncpg
import sqlalchemy as sa
from aiokafka import AIOKafkaProducer
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from worth.common.db import asyncpg_dsn
from worth.common.logging import get_logger
from worth.contracts.codec import EncodedEvent

CHANNEL = "worth_outbox"
BATCH = 500
IDLE_RECHECK_S = 1.0

log = get_logger(__name__)


async def enqueue(conn: AsyncConnection, event: EncodedEvent) -> None:
    """Stage an event for publication; it leaves only if the caller's transaction commits."""
    await conn.execute(
        sa.text(
            "INSERT INTO outbox (topic, key, value, headers, event_id)"
            " VALUES (:topic, :key, :value, CAST(:headers AS json), :event_id)"
        ),
        {
            "topic": event.topic,
            "key": event.key,
            "value": event.value,
            "headers": _headers_json(event.headers),
            "event_id": event.event_id,
        },
    )
    await conn.execute(sa.text("SELECT pg_notify(:channel, '')"), {"channel": CHANNEL})


def _headers_json(headers: list[tuple[str, bytes]]) -> str:
    return json.dumps([[name, value.decode()] for name, value in headers])


class OutboxRelay:
    """Moves committed outbox rows to the broker; one per service process."""

    def __init__(self, engine: AsyncEngine, producer: AIOKafkaProducer, database_url: str) -> None:
        self._engine = engine
        self._producer = producer
        self._dsn = asyncpg_dsn(database_url)
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._listener: asyncpg.Connection | None = None
        self.published = 0

    async def start(self) -> None:
        self._listener = await asyncpg.connect(self._dsn)
        await self._listener.add_listener(CHANNEL, self._on_notify)
        self._task = asyncio.create_task(self._run(), name="outbox-relay")

    async def stop(self) -> None:
        if self._task:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        if self._listener:
            await self._listener.close()

    def _on_notify(self, *_: Any) -> None:
        self._wake.set()

    async def _run(self) -> None:
        while True:
            try:
                moved = await self.relay_once()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("outbox.relay_failed")
                moved = 0
                await asyncio.sleep(IDLE_RECHECK_S)
            if moved < BATCH:
                self._wake.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), IDLE_RECHECK_S)

    async def relay_once(self) -> int:
        """Publish one batch; rows are deleted only after every send is acknowledged."""
        async with self._engine.begin() as conn:
            # One relay at a time per database: replicas taking batches side by side could
            # publish one resume's events out of order.
            relaying = await conn.execute(
                sa.text("SELECT pg_try_advisory_xact_lock(hashtext(:name))"), {"name": CHANNEL}
            )
            if not relaying.scalar_one():
                return 0
            rows = (
                await conn.execute(
                    sa.text(
                        "SELECT id, topic, key, value, headers FROM outbox"
                        " ORDER BY id LIMIT :batch FOR UPDATE SKIP LOCKED"
                    ),
                    {"batch": BATCH},
                )
            ).all()
            if not rows:
                return 0
            sends = [
                await self._producer.send(
                    row.topic,
                    value=row.value,
                    key=row.key,
                    headers=[(name, value.encode()) for name, value in row.headers],
                )
                for row in rows
            ]
            await asyncio.gather(*sends)
            await conn.execute(
                sa.text("DELETE FROM outbox WHERE id = ANY(:ids)"), {"ids": [r.id for r in rows]}
            )
        self.published += len(rows)
        return len(rows)
