"""Guest sign-in and refresh rotation with reuse detection, on a migrated auth_db."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Callable

import jwt
import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine

from worth.auth import service
from worth.auth.service import TokenPair
from worth.auth.tokens import RefreshSecret, TokenIssuer
from worth.common.keys import key_id
from worth.common.problems import Unauthorized
from worth.common.tokens import TokenVerifier

REFRESH_TTL_S = 7 * 24 * 3600
REUSED = "This refresh token was already used; its session is revoked."
INVALID = "The refresh token is not valid."


async def refused(engine: AsyncEngine, issuer: TokenIssuer, refresh_token: str) -> str:
    with pytest.raises(Unauthorized) as caught:
        await service.refresh(engine, issuer, refresh_token, REFRESH_TTL_S)
    return caught.value.detail


async def guest(engine: AsyncEngine, issuer: TokenIssuer) -> TokenPair:
    return await service.sign_in_guest(engine, issuer, REFRESH_TTL_S)


async def test_a_guest_gets_a_15_minute_access_token_others_can_verify(
    engine: AsyncEngine, issuer: TokenIssuer, verifier: TokenVerifier
) -> None:
    before = int(time.time())
    pair = await guest(engine, issuer)

    principal = verifier.verify(f"Bearer {pair.access_token}")
    assert principal.kind == "guest"
    assert pair.expires_in == 15 * 60
    assert before + 15 * 60 <= principal.expires_at <= int(time.time()) + 15 * 60
    claims = jwt.decode(pair.access_token, options={"verify_signature": False})
    assert claims["typ"] == "access"
    assert claims["exp"] - claims["iat"] == 15 * 60
    assert (claims["sub"], claims["jti"]) == (principal.subject, principal.token_id)
    assert jwt.get_unverified_header(pair.access_token)["kid"] == key_id(issuer.public_key)
    async with engine.connect() as conn:
        kind = await conn.scalar(
            sa.text("SELECT kind FROM users WHERE id = :id"), {"id": uuid.UUID(principal.subject)}
        )
    assert kind == "guest"


async def test_every_guest_is_a_new_subject_with_unique_token_ids(
    engine: AsyncEngine, issuer: TokenIssuer, verifier: TokenVerifier
) -> None:
    first, second = await guest(engine, issuer), await guest(engine, issuer)
    a, b = (verifier.verify(f"Bearer {p.access_token}") for p in (first, second))
    assert a.subject != b.subject
    assert a.token_id != b.token_id
    assert first.refresh_token != second.refresh_token


async def test_the_refresh_token_is_stored_only_as_a_hash(
    engine: AsyncEngine, issuer: TokenIssuer
) -> None:
    pair = await guest(engine, issuer)
    secret = RefreshSecret.parse(pair.refresh_token)
    assert secret is not None
    async with engine.connect() as conn:
        stored = await conn.scalar(
            sa.text("SELECT secret_hash FROM refresh_tokens WHERE id = :id"),
            {"id": secret.token_id},
        )
    assert stored is not None and secret.secret not in stored
    assert stored == secret.secret_hash


async def test_refresh_rotates_for_the_same_subject(
    engine: AsyncEngine, issuer: TokenIssuer, verifier: TokenVerifier
) -> None:
    first = await guest(engine, issuer)
    second = await service.refresh(engine, issuer, first.refresh_token, REFRESH_TTL_S)
    third = await service.refresh(engine, issuer, second.refresh_token, REFRESH_TTL_S)

    principals = [verifier.verify(f"Bearer {p.access_token}") for p in (first, second, third)]
    assert len({p.subject for p in principals}) == 1
    assert len({p.token_id for p in principals}) == 3
    assert {p.kind for p in principals} == {"guest"}
    assert len({p.refresh_token for p in (first, second, third)}) == 3


async def test_a_reused_refresh_token_revokes_its_whole_session(
    engine: AsyncEngine, issuer: TokenIssuer
) -> None:
    stolen = await guest(engine, issuer)
    rotated = await service.refresh(engine, issuer, stolen.refresh_token, REFRESH_TTL_S)

    assert await refused(engine, issuer, stolen.refresh_token) == REUSED
    # The revocation was committed: the newest token of that session is dead as well.
    assert await refused(engine, issuer, rotated.refresh_token) == INVALID
    assert await refused(engine, issuer, stolen.refresh_token) == INVALID


async def test_reuse_in_one_session_leaves_other_sessions_alone(
    engine: AsyncEngine, issuer: TokenIssuer
) -> None:
    victim, bystander = await guest(engine, issuer), await guest(engine, issuer)
    await service.refresh(engine, issuer, victim.refresh_token, REFRESH_TTL_S)
    await refused(engine, issuer, victim.refresh_token)

    assert await service.refresh(engine, issuer, bystander.refresh_token, REFRESH_TTL_S)


async def test_concurrent_refreshes_of_one_token_rotate_it_once(
    engine: AsyncEngine, issuer: TokenIssuer
) -> None:
    pair = await guest(engine, issuer)
    results = await asyncio.gather(
        *(service.refresh(engine, issuer, pair.refresh_token, REFRESH_TTL_S) for _ in range(2)),
        return_exceptions=True,
    )
    assert sorted(type(r).__name__ for r in results) == ["TokenPair", "Unauthorized"]


@pytest.mark.parametrize(
    "make_value",
    [
        lambda real: "",
        lambda real: "garbage",
        lambda real: f"{uuid.uuid4()}.{real.secret}",  # unknown token id
        lambda real: f"{real.token_id}.not-the-secret",
        lambda real: f"{real.token_id}.",
        lambda real: f"not-a-uuid.{real.secret}",
    ],
    ids=["empty", "garbage", "unknown-id", "wrong-secret", "no-secret", "bad-id"],
)
async def test_an_invalid_refresh_token_is_refused_and_spends_nothing(
    engine: AsyncEngine, issuer: TokenIssuer, make_value: Callable[[RefreshSecret], str]
) -> None:
    pair = await guest(engine, issuer)
    real = RefreshSecret.parse(pair.refresh_token)
    assert real is not None
    assert await refused(engine, issuer, make_value(real)) == INVALID
    assert await service.refresh(engine, issuer, pair.refresh_token, REFRESH_TTL_S)


async def test_an_expired_refresh_token_is_refused(
    engine: AsyncEngine, issuer: TokenIssuer
) -> None:
    pair = await service.sign_in_guest(engine, issuer, refresh_ttl_s=0)
    assert await refused(engine, issuer, pair.refresh_token) == INVALID


async def test_logout_revokes_the_session_but_a_wrong_secret_revokes_nothing(
    engine: AsyncEngine, issuer: TokenIssuer
) -> None:
    pair = await guest(engine, issuer)
    real = RefreshSecret.parse(pair.refresh_token)
    assert real is not None
    await service.revoke_refresh(engine, f"{real.token_id}.guessed")
    await service.revoke_refresh(engine, "garbage")
    rotated = await service.refresh(engine, issuer, pair.refresh_token, REFRESH_TTL_S)

    await service.revoke_refresh(engine, rotated.refresh_token)
    assert await refused(engine, issuer, rotated.refresh_token) == INVALID


async def test_a_deleted_subject_cannot_refresh(engine: AsyncEngine, issuer: TokenIssuer) -> None:
    pair = await guest(engine, issuer)
    async with engine.begin() as conn:
        await conn.execute(sa.text("DELETE FROM users"))
    assert await refused(engine, issuer, pair.refresh_token) == INVALID
