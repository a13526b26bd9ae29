"""All SQL of the auth service. Callers own the transaction."""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from worth.auth.projection import refresh_tokens, users


async def create_user(conn: AsyncConnection, kind: str) -> uuid.UUID:
    user_id = uuid.uuid4()
    await conn.execute(users.insert().values(id=user_id, kind=kind))
    return user_id


async def get_user(conn: AsyncConnection, user_id: uuid.UUID) -> sa.Row | None:
    return (await conn.execute(sa.select(users).where(users.c.id == user_id))).first()


async def add_refresh_token(
    conn: AsyncConnection,
    *,
    token_id: uuid.UUID,
    family_id: uuid.UUID,
    user_id: uuid.UUID,
    secret_hash: str,
    expires_at: datetime,
) -> None:
    await conn.execute(
        refresh_tokens.insert().values(
            id=token_id,
            family_id=family_id,
            user_id=user_id,
            secret_hash=secret_hash,
            expires_at=expires_at,
        )
    )


async def lock_refresh_token(conn: AsyncConnection, token_id: uuid.UUID) -> sa.Row | None:
    """The row, locked so two concurrent refreshes cannot both rotate it."""
    query = sa.select(refresh_tokens).where(refresh_tokens.c.id == token_id).with_for_update()
    return (await conn.execute(query)).first()


async def mark_used(conn: AsyncConnection, token_id: uuid.UUID) -> None:
    await conn.execute(
        refresh_tokens.update().where(refresh_tokens.c.id == token_id).values(used_at=sa.func.now())
    )


async def revoke_family(conn: AsyncConnection, family_id: uuid.UUID) -> None:
    await conn.execute(
        refresh_tokens.update()
        .where(refresh_tokens.c.family_id == family_id, refresh_tokens.c.revoked_at.is_(None))
        .values(revoked_at=sa.func.now())
    )
