"""All SQL of the resume service. Callers own the transaction."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

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


async def lock_expired(conn: AsyncConnection, cutoff: datetime, limit: int) -> list[sa.Row]:
    """Unpurged resumes created before `cutoff`, locked; rows another job holds are skipped."""
    query = (
        sa.select(resumes.c.id, resumes.c.status, resumes.c.storage_key, resumes.c.processed_key)
        .where(resumes.c.purged_at.is_(None), resumes.c.created_at < cutoff)
        .order_by(resumes.c.created_at)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    return list((await conn.execute(query)).all())


async def mark_purged(conn: AsyncConnection, resume_id: uuid.UUID) -> None:
    """Forget where the objects were and what they held; a never-parsed resume is failed."""
    await conn.execute(
        resumes.update()
        .where(resumes.c.id == resume_id)
        .values(
            storage_key=None,
            processed_key=None,
            content_sha256=None,
            purged_at=sa.func.now(),
            updated_at=sa.func.now(),
            status=sa.case((resumes.c.status == "uploaded", "failed"), else_=resumes.c.status),
            error=sa.case((resumes.c.status == "uploaded", "expired"), else_=resumes.c.error),
        )
    )


async def lock_owned(conn: AsyncConnection, resume_id: uuid.UUID, owner_id: str) -> sa.Row | None:
    """The owner's live resume, locked against a concurrent parse or delete."""
    query = (
        sa.select(resumes)
        .where(
            resumes.c.id == resume_id,
            resumes.c.owner_id == owner_id,
            resumes.c.status != "deleted",
        )
        .with_for_update()
    )
    return (await conn.execute(query)).first()


async def mark_deleted(conn: AsyncConnection, resume_id: uuid.UUID) -> None:
    """Keep a tombstone (so late events are recognised) with nothing readable left on it."""
    await conn.execute(
        resumes.update()
        .where(resumes.c.id == resume_id)
        .values(
            status="deleted",
            error=None,
            storage_key=None,
            processed_key=None,
            content_sha256=None,
            original_name=None,
            language=None,
            purged_at=sa.func.now(),
            updated_at=sa.func.now(),
        )
    )
