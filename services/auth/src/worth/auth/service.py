"""Guest sign-in, refresh-token rotation with reuse detection, and logout."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import Enum

from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from worth.auth import repository
from worth.auth.tokens import RefreshSecret, TokenIssuer, secret_matches
from worth.common.logging import get_logger
from worth.common.problems import Unauthorized

log = get_logger(__name__)


@dataclass(frozen=True)
class TokenPair:
    access_token: str
    refresh_token: str
    expires_in: int


class RefreshOutcome(Enum):
    ROTATED = "rotated"
    INVALID = "invalid"
    REUSED = "reused"  # a used token came back: its whole family is revoked


async def _issue(
    conn: AsyncConnection,
    issuer: TokenIssuer,
    *,
    user_id: uuid.UUID,
    kind: str,
    family_id: uuid.UUID,
    refresh_ttl_s: int,
) -> TokenPair:
    refresh = RefreshSecret.new()
    await repository.add_refresh_token(
        conn,
        token_id=refresh.token_id,
        family_id=family_id,
        user_id=user_id,
        secret_hash=refresh.secret_hash,
        expires_at=datetime.now(UTC) + timedelta(seconds=refresh_ttl_s),
    )
    access = issuer.access_token(user_id, kind)
    return TokenPair(access.token, refresh.value, access.expires_in)


async def sign_in_guest(engine: AsyncEngine, issuer: TokenIssuer, refresh_ttl_s: int) -> TokenPair:
    async with engine.begin() as conn:
        user_id = await repository.create_user(conn, "guest")
        pair = await _issue(
            conn,
            issuer,
            user_id=user_id,
            kind="guest",
            family_id=uuid.uuid4(),
            refresh_ttl_s=refresh_ttl_s,
        )
    log.info("auth.guest_signed_in", subject=str(user_id))
    return pair


async def refresh(
    engine: AsyncEngine, issuer: TokenIssuer, value: str, refresh_ttl_s: int
) -> TokenPair:
    async with engine.begin() as conn:
        outcome, pair = await _rotate(conn, issuer, value, refresh_ttl_s)
    # Raised after commit, so a reuse's revocation sticks.
    if outcome is RefreshOutcome.REUSED:
        log.warning("auth.refresh_token_reused")
        raise Unauthorized("This refresh token was already used; its session is revoked.")
    if pair is None:
        raise Unauthorized("The refresh token is not valid.")
    return pair


async def _rotate(
    conn: AsyncConnection, issuer: TokenIssuer, value: str, refresh_ttl_s: int
) -> tuple[RefreshOutcome, TokenPair | None]:
    secret = RefreshSecret.parse(value)
    row = await repository.lock_refresh_token(conn, secret.token_id) if secret else None
    if secret is None or row is None or not secret_matches(secret.secret, row.secret_hash):
        return RefreshOutcome.INVALID, None
    if row.revoked_at is not None or row.expires_at <= datetime.now(UTC):
        return RefreshOutcome.INVALID, None
    if row.used_at is not None:
        await repository.revoke_family(conn, row.family_id)
        return RefreshOutcome.REUSED, None
    user = await repository.get_user(conn, row.user_id)
    if user is None:
        return RefreshOutcome.INVALID, None
    await repository.mark_used(conn, row.id)
    pair = await _issue(
        conn,
        issuer,
        user_id=row.user_id,
        kind=user.kind,
        family_id=row.family_id,
        refresh_ttl_s=refresh_ttl_s,
    )
    return RefreshOutcome.ROTATED, pair


async def revoke_refresh(engine: AsyncEngine, value: str) -> None:
    secret = RefreshSecret.parse(value)
    if secret is None:
        return
    async with engine.begin() as conn:
        row = await repository.lock_refresh_token(conn, secret.token_id)
        if row is not None and secret_matches(secret.secret, row.secret_hash):
            await repository.revoke_family(conn, row.family_id)
