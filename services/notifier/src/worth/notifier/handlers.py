"""Subscribers of the notifier."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncConnection

from worth.common.consumer import Subscription
from worth.contracts.codec import DecodedEvent
from worth.contracts.events import AnalysisCompleted, EmailRequested, ResumeDeleted
from worth.contracts.topics import ANALYSIS_COMPLETED, EMAIL_REQUESTED, RESUME_DELETED
from worth.notifier import repository, service
from worth.notifier.settings import Settings


def subscriptions(settings: Settings) -> list[Subscription]:
    async def on_analysis_completed(conn: AsyncConnection, decoded: DecodedEvent) -> None:
        assert isinstance(decoded.event, AnalysisCompleted)
        await service.on_analysis_completed(conn, decoded.event, decoded.envelope.correlation_id)

    async def on_email_requested(conn: AsyncConnection, decoded: DecodedEvent) -> None:
        assert isinstance(decoded.event, EmailRequested)
        await service.on_email_requested(conn, decoded.event, settings)

    async def on_resume_deleted(conn: AsyncConnection, decoded: DecodedEvent) -> None:
        assert isinstance(decoded.event, ResumeDeleted)
        await repository.forget_resume(conn, uuid.UUID(decoded.event.resume_id))

    return [
        Subscription(ANALYSIS_COMPLETED, on_analysis_completed),
        Subscription(EMAIL_REQUESTED, on_email_requested),
        Subscription(RESUME_DELETED, on_resume_deleted),
    ]
