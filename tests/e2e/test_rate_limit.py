"""The polling limit (6 per minute per subject, GCRA) against the real Redis."""

from __future__ import annotations

import pytest
from redis.asyncio import Redis

from worth.common.problems import TooManyRequests
from worth.common.tokens import TokenVerifier
from worth.devstack.stack import WorthStack
from worth.gateway.guard import Guard

from .conftest import Visitor


async def test_a_burst_of_six_then_one_poll_per_ten_seconds(
    stack: WorthStack, visitor: Visitor
) -> None:
    verifier = TokenVerifier.from_file(
        stack.keys / "jwt-public.pem", issuer="worth-auth", audience="worth"
    )
    redis = Redis.from_url(stack.infra.redis.url)
    guard = Guard(verifier, redis, rate=6, burst=6)
    bearer = f"Bearer {visitor.tokens['access_token']}"
    try:
        for _ in range(6):
            await guard.check(bearer, limit="poll-test")
        with pytest.raises(TooManyRequests) as refused:
            await guard.check(bearer, limit="poll-test")
        assert 1 <= refused.value.extensions["retry_after"] <= 10
        # Other routes of the same subject are not limited.
        for _ in range(20):
            await guard.check(bearer)
    finally:
        await redis.aclose()
