"""Subscribers of the notifier."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncConnection

from worth.common.consumer import Subscription
from worth.contracts.codec import DecodedEvent
from worth.contracts.events import AnalysisCompleted, EmailRequested
from worth.contracts.topics import ANALYSIS_COMPLETED, EMAIL_REQUESTED
from worth.notifier import service
from worth.notifier.settings import Settings


def subscriptions(settings: Settings) -> list[Subscription]:
    async def on_analysis_completed(conn: AsyncConnection, decoded: DecodedEvent) -> None:
        assert isinstance(decoded.event, AnalysisCompleted)
        await service.on_analysis_completed(conn, decoded.event, decoded.envelope.correlation_id)

    async def on_email_requested(conn: AsyncConnection, decoded: DecodedEvent) -> None:
        assert isinstance(decoded.event, EmailRequested)
        await service.on_email_requested(conn, decoded.event, settings)

    return [
        Subscription(ANALYSIS_COMPLETED, on_analysis_completed),
        Subscription(EMAIL_REQUESTED, on_email_requested),
    ]
