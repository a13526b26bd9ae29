"""Subscribers of the analysis service."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from worth.analysis import repository, service
from worth.analysis.llm import ClaudeAnalyzer
from worth.common.consumer import Subscription
from worth.contracts.codec import DecodedEvent
from worth.contracts.events import ResumeDeleted, ResumeParsed
from worth.contracts.topics import RESUME_DELETED, RESUME_PARSED


def subscriptions(claude: ClaudeAnalyzer | None = None) -> list[Subscription]:
    """`claude`: the Claude analyzer when configured; its calls are bounded so that one record
    stays well inside the consumer's max.poll.interval (see Settings)."""

    async def on_resume_parsed(conn: AsyncConnection, decoded: DecodedEvent) -> None:
        parsed = decoded.event
        assert isinstance(parsed, ResumeParsed)
        if await repository.is_deleted(conn, uuid.UUID(parsed.resume_id)):
            return  # deleted before its analysis came round: nothing to analyse or announce
        # Committed on its own so polling shows `analyzing` while the analyzer runs.
        async with conn.engine.begin() as status_conn:
            await repository.mark_analyzing(
                status_conn, uuid.UUID(parsed.resume_id), parsed.owner_id
            )
        await service.run_analysis(conn, parsed, decoded.envelope.correlation_id, claude)

    async def on_resume_parsed_failed(
        engine: AsyncEngine, decoded: DecodedEvent, reason: str
    ) -> None:
        parsed = decoded.event
        assert isinstance(parsed, ResumeParsed)
        async with engine.begin() as conn:
            await repository.mark_failed(
                conn, uuid.UUID(parsed.resume_id), parsed.owner_id, f"analysis_{reason}"
            )

    async def on_resume_deleted(conn: AsyncConnection, decoded: DecodedEvent) -> None:
        deleted = decoded.event
        assert isinstance(deleted, ResumeDeleted)
        await repository.mark_deleted(conn, uuid.UUID(deleted.resume_id), deleted.owner_id)

    return [
        Subscription(RESUME_PARSED, on_resume_parsed, on_resume_parsed_failed),
        Subscription(RESUME_DELETED, on_resume_deleted),
    ]
