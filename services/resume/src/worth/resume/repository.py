"""All SQL of the resume service. Callers own the transaction."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.ext.asyncio import AsyncConnection

from worth.resume.projection import resumes


@dataclass(frozen=True)
class NewResume:
    id: uuid.UUID
    owner_id: str
    content_sha256: str
    format: str
    media_type: str
    size_bytes: int
    original_name: str | None
    storage_key: str


async def find_by_content(
    conn: AsyncConnection, owner_id: str, content_sha256: str
) -> sa.Row | None:
    query = sa.select(resumes).where(
        resumes.c.owner_id == owner_id, resumes.c.content_sha256 == content_sha256
    )
    return (await conn.execute(query)).first()


async def insert(conn: AsyncConnection, resume: NewResume) -> bool:
    """Insert unless this owner already has this content; True when inserted."""
    query = (
        postgresql.insert(resumes)
        .values(status="uploaded", **resume.__dict__)
        .on_conflict_do_nothing(constraint="uq_resumes_owner_content")
    )
    return (await conn.execute(query)).rowcount == 1


async def get(conn: AsyncConnection, resume_id: uuid.UUID) -> sa.Row | None:
    return (await conn.execute(sa.select(resumes).where(resumes.c.id == resume_id))).first()


async def mark_parsed(
    conn: AsyncConnection,
    resume_id: uuid.UUID,
    *,
    processed_key: str,
    language: str,
    page_count: int,
) -> None:
    await conn.execute(
        resumes.update()
        .where(resumes.c.id == resume_id)
        .values(
            status="parsed",
            error=None,
            processed_key=processed_key,
            language=language,
            page_count=page_count,
            updated_at=sa.func.now(),
        )
    )


async def mark_failed(conn: AsyncConnection, resume_id: uuid.UUID, reason: str) -> None:
    await conn.execute(
        resumes.update()
        .where(resumes.c.id == resume_id, resumes.c.status != "parsed")
        .values(status="failed", error=reason, updated_at=sa.func.now())
    )
