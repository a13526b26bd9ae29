"""The messaging runtime a service's lifespan owns: engine, producer, outbox relay, consumers."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass

from aiokafka import AIOKafkaProducer
from fastapi import Request
from faststream.kafka import KafkaBroker
from faststream.kafka.annotations import KafkaMessage
from faststream.middlewares import AckPolicy
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from worth.common.consumer import EventConsumer, Subscription
from worth.common.db import create_engine
from worth.common.logging import get_logger
from worth.common.outbox import OutboxRelay
from worth.common.settings import ServiceSettings

log = get_logger(__name__)


@dataclass
class Runtime:
    engine: AsyncEngine
    producer: AIOKafkaProducer
    relay: OutboxRelay
    broker: KafkaBroker | None

    async def check_database(self) -> None:
        async with self.engine.connect() as conn:
            await conn.execute(text("SELECT 1"))

    async def check_broker(self) -> None:
        await self.producer.client.fetch_all_metadata()


@asynccontextmanager
async def messaging_runtime(
    settings: ServiceSettings,
    *,
    service: str,
    group_id: str | None = None,
    subscriptions: Sequence[Subscription] = (),
) -> AsyncIterator[Runtime]:
    """Start everything in dependency order and stop it in reverse, whatever happens between."""
    engine = create_engine(settings.database_url)
    producer = AIOKafkaProducer(
        bootstrap_servers=settings.kafka_bootstrap_servers,
        client_id=f"worth-{service}",
        acks="all",
        enable_idempotence=settings.kafka_enable_idempotence,
        linger_ms=0,
    )
    await producer.start()
    relay = OutboxRelay(engine, producer, settings.database_url)
    broker: KafkaBroker | None = None
    try:
        await relay.start()
        if subscriptions:
            consumer = EventConsumer(
                engine=engine,
                producer=producer,
                group_id=group_id or service,
                retries=settings.consumer_retries,
                backoff_s=settings.consumer_retry_backoff_s,
            )
            broker = KafkaBroker(
                settings.kafka_bootstrap_servers,
                client_id=f"worth-{service}-consumer",
                log_level=logging.DEBUG,
            )
            _register(broker, consumer, subscriptions, settings)
            await broker.start()
        log.info("runtime.started", subscriptions=[s.topic for s in subscriptions])
        yield Runtime(engine=engine, producer=producer, relay=relay, broker=broker)
    finally:
        if broker is not None:
            await broker.stop()
        await relay.stop()
        await producer.stop()
        await engine.dispose()


def _register(
    broker: KafkaBroker,
    consumer: EventConsumer,
    subscriptions: Sequence[Subscription],
    settings: ServiceSettings,
) -> None:
    """One consumer for all of a service's topics: one group member, one join, no self-rebalance."""
    by_topic = {subscription.topic: subscription for subscription in subscriptions}

    # NACK_ON_ERROR: if even dead-lettering fails, the record is fetched again rather than lost.
    @broker.subscriber(
        *by_topic,
        group_id=consumer.group_id,
        auto_offset_reset="earliest",
        ack_policy=AckPolicy.NACK_ON_ERROR,
        fetch_max_wait_ms=settings.kafka_fetch_max_wait_ms,
        max_poll_interval_ms=settings.kafka_max_poll_interval_ms,
    )
    async def on_event(message: KafkaMessage) -> None:
        record = message.raw_message
        await consumer.process(record, by_topic[record.topic])  # type: ignore[union-attr]


def runtime_checks(request: Request) -> dict[str, Callable[[], Awaitable[None]]]:
    """Readiness probes of a service whose lifespan put its Runtime on `app.state.runtime`."""
    runtime: Runtime = request.app.state.runtime
    return {"database": runtime.check_database, "broker": runtime.check_broker}
