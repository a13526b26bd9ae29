"""All SQL of the analysis service. Callers own the transaction."""

from __future__ import annotations

import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncConnection

from worth.analysis.projection import analyses


async def mark_analyzing(conn: AsyncConnection, resume_id: uuid.UUID, owner_id: str) -> None:
    """Visible to polling at once; a finished analysis is never moved back."""
    await conn.execute(
        insert(analyses)
        .values(resume_id=resume_id, owner_id=owner_id, status="analyzing")
        .on_conflict_do_update(
            index_elements=[analyses.c.resume_id],
            set_={"status": "analyzing", "error": None, "updated_at": sa.func.now()},
            where=analyses.c.status != "completed",
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
) -> None:
    values = {
        "analysis_id": analysis_id,
        "status": "completed",
        "error": None,
        "analyzer": analyzer,
        "result": result,
        "completed_at": sa.func.now(),
        "updated_at": sa.func.now(),
    }
    await conn.execute(
        insert(analyses)
        .values(resume_id=resume_id, owner_id=owner_id, **values)
        .on_conflict_do_update(index_elements=[analyses.c.resume_id], set_=values)
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
            where=analyses.c.status != "completed",
        )
    )
