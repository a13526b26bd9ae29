"""The guard on real Redis: a burst, then one request per interval; revoked tokens never pass."""

from __future__ import annotations

import asyncio
import math
import uuid
from collections.abc import Callable

import pytest
from redis.asyncio import Redis

from worth.common.problems import DomainError, TooManyRequests, Unauthorized
from worth.common.tokens import TokenVerifier, revoked_key
from worth.gateway.guard import Guard

MintToken = Callable[..., str]

RATE, BURST = 6, 3  # one poll per 10 s after a burst of three


@pytest.fixture
def guard(verifier: TokenVerifier, redis: Redis) -> Guard:
    return Guard(verifier, redis, rate=RATE, burst=BURST)


async def outcomes(guard: Guard, authorization: str, times: int) -> list[str]:
    results = []
    for _ in range(times):
        try:
            await guard.check(authorization, limit="poll")
            results.append("ok")
        except DomainError as exc:
            results.append(type(exc).__name__)
    return results


async def test_a_burst_is_admitted_then_refused_with_retry_after(
    guard: Guard, mint: MintToken
) -> None:
    token = mint()
    assert await outcomes(guard, token, BURST) == ["ok"] * BURST

    with pytest.raises(TooManyRequests) as caught:
        await guard.check(token, limit="poll")
    interval_s = 60 / RATE
    assert caught.value.status == 429
    assert caught.value.extensions["retry_after"] == math.ceil(interval_s)
    assert caught.value.extensions["headers"] == {"Retry-After": str(math.ceil(interval_s))}


async def test_the_allowance_refills_and_refusals_do_not_drain_it(
    verifier: TokenVerifier, redis: Redis, mint: MintToken
) -> None:
    fast = Guard(verifier, redis, rate=300, burst=2)  # one request per 200 ms after two
    token = mint()
    assert await outcomes(fast, token, 6) == ["ok", "ok"] + ["TooManyRequests"] * 4
    await asyncio.sleep(0.25)
    assert await outcomes(fast, token, 2) == ["ok", "TooManyRequests"]


async def test_the_limit_is_per_subject_not_per_token(guard: Guard, mint: MintToken) -> None:
    subject = str(uuid.uuid4())
    assert await outcomes(guard, mint(subject), BURST) == ["ok"] * BURST
    # A new access token of the same subject does not reset the limit...
    assert await outcomes(guard, mint(subject), 1) == ["TooManyRequests"]
    # ...and another subject has its own allowance.
    assert await outcomes(guard, mint(), BURST) == ["ok"] * BURST


async def test_unlimited_routes_are_not_counted(guard: Guard, mint: MintToken) -> None:
    token = mint()
    for _ in range(BURST * 3):
        await guard.check(token)
    assert await outcomes(guard, token, BURST) == ["ok"] * BURST


async def test_a_revoked_token_is_refused_everywhere(
    guard: Guard, redis: Redis, mint: MintToken
) -> None:
    jti = uuid.uuid4().hex
    token = mint(jti=jti)
    principal = await guard.check(token)
    assert principal.token_id == jti

    await redis.set(revoked_key(jti), "1", ex=60)
    for limit in (None, "poll"):
        with pytest.raises(Unauthorized) as caught:
            await guard.check(token, limit=limit)
        assert caught.value.detail == "The access token has been revoked."
        assert "WWW-Authenticate" in caught.value.extensions["headers"]
    # Another token of the same subject is unaffected.
    assert await guard.check(mint(subject=principal.subject))


async def test_a_bad_or_missing_token_is_refused(guard: Guard) -> None:
    with pytest.raises(Unauthorized):
        await guard.check("Bearer not-a-jwt", limit="poll")
    with pytest.raises(Unauthorized):
        await guard.check(None)
