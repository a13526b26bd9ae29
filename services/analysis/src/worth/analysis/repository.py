"""All SQL of the analysis service. Callers own the transaction."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncConnection

from worth.analysis.projection import analyses, llm_cache

DELETED = "deleted"
FINAL = ("completed", DELETED)  # states a late or replayed event must not move a row out of


async def mark_analyzing(conn: AsyncConnection, resume_id: uuid.UUID, owner_id: str) -> None:
    """Visible to polling at once; a finished analysis is never moved back."""
    await conn.execute(
        insert(analyses)
        .values(resume_id=resume_id, owner_id=owner_id, status="analyzing")
        .on_conflict_do_update(
            index_elements=[analyses.c.resume_id],
            set_={"status": "analyzing", "error": None, "updated_at": sa.func.now()},
            where=analyses.c.status.not_in(FINAL),
        )
    )


async def save_completed(
    conn: AsyncConnection,
    *,
    resume_id: uuid.UUID,
    owner_id: str,
    analysis_id: uuid.UUID,
    analyzer: str,
    result: dict[str, Any],
    llm_input_tokens: int | None = None,
    llm_output_tokens: int | None = None,
    llm_fallback: str | None = None,
) -> None:
    values = {
        "analysis_id": analysis_id,
        "status": "completed",
        "error": None,
        "analyzer": analyzer,
        "result": result,
        "llm_input_tokens": llm_input_tokens,
        "llm_output_tokens": llm_output_tokens,
        "llm_fallback": llm_fallback,
        "completed_at": sa.func.now(),
        "updated_at": sa.func.now(),
    }
    await conn.execute(
        insert(analyses)
        .values(resume_id=resume_id, owner_id=owner_id, **values)
        .on_conflict_do_update(
            index_elements=[analyses.c.resume_id],
            set_=values,
            where=analyses.c.status != DELETED,
        )
    )


async def mark_failed(
    conn: AsyncConnection, resume_id: uuid.UUID, owner_id: str, reason: str
) -> None:
    await conn.execute(
        insert(analyses)
        .values(resume_id=resume_id, owner_id=owner_id, status="failed", error=reason)
        .on_conflict_do_update(
            index_elements=[analyses.c.resume_id],
            set_={"status": "failed", "error": reason, "updated_at": sa.func.now()},
            where=analyses.c.status.not_in(FINAL),
        )
    )


async def is_deleted(conn: AsyncConnection, resume_id: uuid.UUID) -> bool:
    query = sa.select(analyses.c.status).where(analyses.c.resume_id == resume_id)
    return (await conn.execute(query)).scalar_one_or_none() == DELETED


async def mark_deleted(conn: AsyncConnection, resume_id: uuid.UUID, owner_id: str) -> None:
    """Forget the result, keep a tombstone: a late `resume.parsed` must not bring it back."""
    values = {
        "status": DELETED,
        "error": None,
        "result": sa.null(),  # SQL NULL: a bare None would be stored as JSON `null`
        "analysis_id": None,
        "updated_at": sa.func.now(),
    }
    await conn.execute(
        insert(analyses)
        .values(resume_id=resume_id, owner_id=owner_id, **values)
        .on_conflict_do_update(index_elements=[analyses.c.resume_id], set_=values)
    )


@dataclass(frozen=True, slots=True)
class CachedReply:
    reply: dict[str, Any]
    input_tokens: int
    output_tokens: int


async def cached_reply(
    conn: AsyncConnection, text_sha256: str, analyzer_version: str
) -> CachedReply | None:
    row = (
        await conn.execute(
            sa.select(llm_cache.c.reply, llm_cache.c.input_tokens, llm_cache.c.output_tokens).where(
                llm_cache.c.text_sha256 == text_sha256,
                llm_cache.c.analyzer_version == analyzer_version,
            )
        )
    ).one_or_none()
    return CachedReply(row.reply, row.input_tokens, row.output_tokens) if row else None


async def cache_reply(
    conn: AsyncConnection,
    *,
    text_sha256: str,
    analyzer_version: str,
    reply: dict[str, Any],
    input_tokens: int,
    output_tokens: int,
) -> None:
    await conn.execute(
        insert(llm_cache)
        .values(
            text_sha256=text_sha256,
            analyzer_version=analyzer_version,
            reply=reply,
            input_tokens=input_tokens,
            output_tokens=output_tokens,
        )
        .on_conflict_do_nothing()
    )
