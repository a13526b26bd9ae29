"""Who is asking, and may they ask now: JWT checked locally, revocation and rate in Redis.

Both Redis questions go in one round trip (a Lua script), because polling is the hot path.
The rate limit is GCRA: `burst` requests at once, then one per 60/rate seconds.
"""

from __future__ import annotations

import math
import time
from typing import Annotated

from fastapi import Depends, Request
from redis.asyncio import Redis

from worth.common.problems import TooManyRequests, Unauthorized
from worth.common.tokens import CHALLENGE, Principal, TokenVerifier, revoked_key

ADMIT = """
if redis.call('EXISTS', KEYS[1]) == 1 then return -1 end
if KEYS[2] == '' then return 0 end
local now = tonumber(ARGV[1])
local interval = tonumber(ARGV[2])
local capacity = tonumber(ARGV[3])
local tat = tonumber(redis.call('GET', KEYS[2]) or ARGV[1])
if tat < now then tat = now end
local new_tat = tat + interval
if new_tat - now > capacity then return math.ceil(new_tat - now - capacity) end
redis.call('SET', KEYS[2], new_tat, 'PX', math.ceil(new_tat - now))
return 0
"""


class Guard:
    def __init__(self, verifier: TokenVerifier, redis: Redis, *, rate: int, burst: int) -> None:
        self._verifier = verifier
        self._admit = redis.register_script(ADMIT)
        self._interval_ms = 60_000 / rate
        self._capacity_ms = burst * self._interval_ms

    async def check(self, authorization: str | None, *, limit: str | None = None) -> Principal:
        principal = self._verifier.verify(authorization)
        rate_key = f"worth:rate:{limit}:{principal.subject}" if limit else ""
        verdict = int(
            await self._admit(
                keys=[revoked_key(principal.token_id), rate_key],
                args=[time.time() * 1000, self._interval_ms, self._capacity_ms],
            )
        )
        if verdict < 0:
            raise Unauthorized("The access token has been revoked.", headers=CHALLENGE)
        if verdict > 0:
            retry_after = math.ceil(verdict / 1000)
            raise TooManyRequests(
                "Too many requests; poll every 10 seconds.",
                headers={"Retry-After": str(retry_after)},
                retry_after=retry_after,
            )
        return principal


def _guard(request: Request) -> Guard:
    return request.app.state.guard


async def authenticated(request: Request) -> Principal:
    return await _guard(request).check(request.headers.get("authorization"))


async def authenticated_poll(request: Request) -> Principal:
    return await _guard(request).check(request.headers.get("authorization"), limit="poll")


Caller = Annotated[Principal, Depends(authenticated)]
PollingCaller = Annotated[Principal, Depends(authenticated_poll)]
