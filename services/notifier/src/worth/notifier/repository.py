"""All SQL of the notifier. Callers own the transaction."""

from __future__ import annotations

import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncConnection

from worth.notifier.projection import analyses, deleted_resumes, emails, subscriptions


async def upsert_subscription(conn: AsyncConnection, owner_id: str, email: str) -> sa.Row:
    query = (
        insert(subscriptions)
        .values(id=uuid.uuid4(), owner_id=owner_id, email=email, status="active")
        .on_conflict_do_update(constraint="uq_subscriptions_owner_email", set_={"status": "active"})
        .returning(subscriptions)
    )
    return (await conn.execute(query)).one()


async def find_subscription(conn: AsyncConnection, owner_id: str, email: str) -> sa.Row | None:
    query = sa.select(subscriptions).where(
        subscriptions.c.owner_id == owner_id, subscriptions.c.email == email
    )
    return (await conn.execute(query)).first()


async def active_subscriptions(conn: AsyncConnection, owner_id: str) -> list[sa.Row]:
    query = sa.select(subscriptions).where(
        subscriptions.c.owner_id == owner_id, subscriptions.c.status == "active"
    )
    return list((await conn.execute(query)).all())


async def count_sent(conn: AsyncConnection, subscription_id: uuid.UUID) -> int:
    query = sa.select(sa.func.count()).where(
        emails.c.subscription_id == subscription_id, emails.c.status == "sent"
    )
    return int((await conn.execute(query)).scalar_one())


async def save_analysis(
    conn: AsyncConnection,
    *,
    analysis_id: uuid.UUID,
    resume_id: uuid.UUID,
    owner_id: str,
    summary: dict[str, Any],
) -> None:
    await conn.execute(
        insert(analyses)
        .values(analysis_id=analysis_id, resume_id=resume_id, owner_id=owner_id, summary=summary)
        .on_conflict_do_nothing()
    )


async def get_analysis(conn: AsyncConnection, analysis_id: uuid.UUID) -> sa.Row | None:
    query = sa.select(analyses).where(analyses.c.analysis_id == analysis_id)
    return (await conn.execute(query)).first()


async def request_email(
    conn: AsyncConnection,
    *,
    request_id: uuid.UUID,
    analysis_id: uuid.UUID,
    resume_id: uuid.UUID,
    subscription_id: uuid.UUID,
    template: str,
) -> bool:
    """Record the request unless this resume's email to this address exists; True if new."""
    query = (
        insert(emails)
        .values(
            request_id=request_id,
            analysis_id=analysis_id,
            resume_id=resume_id,
            subscription_id=subscription_id,
            template=template,
            status="requested",
        )
        .on_conflict_do_nothing()
    )
    return (await conn.execute(query)).rowcount == 1


async def claim_email(conn: AsyncConnection, request_id: uuid.UUID) -> sa.Row | None:
    """requested -> sending; None when another delivery already took (or sent) it."""
    query = (
        emails.update()
        .where(emails.c.request_id == request_id, emails.c.status == "requested")
        .values(status="sending")
        .returning(emails)
    )
    return (await conn.execute(query)).first()


async def release_email(conn: AsyncConnection, request_id: uuid.UUID) -> None:
    await conn.execute(
        emails.update()
        .where(emails.c.request_id == request_id, emails.c.status == "sending")
        .values(status="requested")
    )


async def cancel_email(conn: AsyncConnection, request_id: uuid.UUID) -> None:
    await conn.execute(
        emails.update().where(emails.c.request_id == request_id).values(status="cancelled")
    )


async def mark_sent(conn: AsyncConnection, request_id: uuid.UUID, message_id: str) -> None:
    await conn.execute(
        emails.update()
        .where(emails.c.request_id == request_id)
        .values(status="sent", message_id=message_id, sent_at=sa.func.now())
    )


async def get_subscription(conn: AsyncConnection, subscription_id: uuid.UUID) -> sa.Row | None:
    query = sa.select(subscriptions).where(subscriptions.c.id == subscription_id)
    return (await conn.execute(query)).first()


async def forget_resume(conn: AsyncConnection, resume_id: uuid.UUID) -> None:
    """Drop the copy of its analysis and remember the deletion; the email ledger stays (it
    holds no content)."""
    await conn.execute(analyses.delete().where(analyses.c.resume_id == resume_id))
    await conn.execute(insert(deleted_resumes).values(resume_id=resume_id).on_conflict_do_nothing())


async def is_deleted(conn: AsyncConnection, resume_id: uuid.UUID) -> bool:
    query = sa.select(deleted_resumes.c.resume_id).where(deleted_resumes.c.resume_id == resume_id)
    return (await conn.execute(query)).first() is not None
