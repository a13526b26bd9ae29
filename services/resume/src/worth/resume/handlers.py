"""Subscribers of the resume service."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from worth.common.consumer import Subscription
from worth.contracts.codec import DecodedEvent
from worth.contracts.events import ResumeUploaded
from worth.contracts.topics import RESUME_UPLOADED
from worth.resume import repository, service
from worth.resume.storage import ObjectStorage


def subscriptions(storage: ObjectStorage) -> list[Subscription]:
    async def on_resume_uploaded(conn: AsyncConnection, decoded: DecodedEvent) -> None:
        assert isinstance(decoded.event, ResumeUploaded)
        await service.parse(conn, storage, decoded.event, decoded.envelope.correlation_id)

    async def on_resume_uploaded_failed(
        engine: AsyncEngine, decoded: DecodedEvent, reason: str
    ) -> None:
        async with engine.begin() as conn:
            await repository.mark_failed(conn, uuid.UUID(decoded.envelope.subject), reason)

    return [Subscription(RESUME_UPLOADED, on_resume_uploaded, on_resume_uploaded_failed)]
