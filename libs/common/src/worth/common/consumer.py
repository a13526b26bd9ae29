"""Effectively-once consumption: decode, inbox, handle, commit; retry, then dead-letter.

Each event is handled in one database transaction that also records its id in the inbox, so a
redelivered or replayed event changes nothing twice. A failing event is retried with backoff;
when retries cannot help it is parked in `<topic>.dlq` with the reason, then acknowledged.
"""

from __future__ import annotations

import asyncio
import traceback
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Protocol

import sqlalchemy as sa
import structlog
from aiokafka import AIOKafkaProducer
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from worth.common.logging import get_logger
from worth.contracts.codec import ContractError, DecodedEvent, decode
from worth.contracts.topics import dlq

log = get_logger(__name__)

Handler = Callable[[AsyncConnection, DecodedEvent], Awaitable[None]]
# Called after an event was dead-lettered, to record the failure where owners can see it.
FailureHook = Callable[[AsyncEngine, DecodedEvent, str], Awaitable[None]]


class PermanentError(Exception):
    """Retrying cannot help (bad data, violated invariant): dead-letter at once."""


class Record(Protocol):
    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None
    headers: Any


@dataclass(frozen=True)
class Subscription:
    topic: str
    handler: Handler
    on_failure: FailureHook | None = None


class EventConsumer:
    def __init__(
        self,
        *,
        engine: AsyncEngine,
        producer: AIOKafkaProducer,
        group_id: str,
        retries: int = 4,
        backoff_s: float = 0.2,
    ) -> None:
        self._engine = engine
        self._producer = producer
        self.group_id = group_id
        self._retries = retries
        self._backoff_s = backoff_s

    async def process(self, record: Record, subscription: Subscription) -> str:
        """Handle one record; returns what happened: handled, duplicate or dead-lettered."""
        try:
            decoded = decode(record.value or b"", list(record.headers or ()))
        except ContractError as exc:
            await self._dead_letter(record, "undecodable", str(exc))
            return "dead-lettered"
        envelope = decoded.envelope
        with structlog.contextvars.bound_contextvars(
            event_id=envelope.id,
            event_type=envelope.type,
            resume_id=envelope.subject,
            correlation_id=envelope.correlation_id,
        ):
            attempt = 0
            while True:
                try:
                    return await self._handle_once(decoded, subscription.handler)
                except PermanentError as exc:
                    await self._give_up(record, decoded, subscription, "rejected", exc)
                    return "dead-lettered"
                except Exception as exc:
                    attempt += 1
                    if attempt > self._retries:
                        await self._give_up(record, decoded, subscription, "retries_exhausted", exc)
                        return "dead-lettered"
                    delay = self._backoff_s * 2 ** (attempt - 1)
                    log.warning("event.retry", attempt=attempt, delay_s=delay, error=repr(exc))
                    await asyncio.sleep(delay)

    async def _handle_once(self, decoded: DecodedEvent, handler: Handler) -> str:
        async with self._engine.begin() as conn:
            claimed = await conn.execute(
                sa.text(
                    "INSERT INTO inbox (consumer, event_id, event_type)"
                    " VALUES (:consumer, :event_id, :event_type) ON CONFLICT DO NOTHING"
                ),
                {
                    "consumer": self.group_id,
                    "event_id": decoded.envelope.id,
                    "event_type": decoded.envelope.type,
                },
            )
            if claimed.rowcount == 0:
                log.info("event.duplicate_skipped")
                return "duplicate"
            await handler(conn, decoded)
        log.info("event.handled")
        return "handled"

    async def _give_up(
        self,
        record: Record,
        decoded: DecodedEvent,
        subscription: Subscription,
        reason: str,
        exc: Exception,
    ) -> None:
        await self._dead_letter(record, reason, _describe(exc))
        if subscription.on_failure is not None:
            try:
                await subscription.on_failure(self._engine, decoded, reason)
            except Exception:
                log.exception("event.failure_hook_failed")

    async def _dead_letter(self, record: Record, reason: str, error: str) -> None:
        headers = [*list(record.headers or ())]
        headers += [
            ("x-dlq-reason", reason.encode()),
            ("x-dlq-error", error[:4000].encode()),
            ("x-dlq-original-topic", record.topic.encode()),
            ("x-dlq-original-partition", str(record.partition).encode()),
            ("x-dlq-original-offset", str(record.offset).encode()),
            ("x-dlq-consumer-group", self.group_id.encode()),
        ]
        await self._producer.send_and_wait(
            dlq(record.topic), value=record.value, key=record.key, headers=headers
        )
        log.error("event.dead_lettered", reason=reason, error=error[:500], topic=record.topic)


def _describe(exc: BaseException) -> str:
    return "".join(traceback.format_exception_only(type(exc), exc)).strip()
