from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from redis.asyncio import Redis

from worth.common.health import Check, health_router
from worth.common.http import install_common
from worth.common.logging import configure_logging
from worth.common.tokens import TokenVerifier
from worth.gateway import api
from worth.gateway.guard import Guard
from worth.gateway.read_model import ReadModel
from worth.gateway.settings import Settings
from worth.gateway.upstream import Upstream

DESCRIPTION = """Worth tells a job seeker what their resume is worth on the market.

Flow: `POST /api/v1/auth/guest` → `POST /api/v1/emails/subscribe` (optional) →
`POST /api/v1/resumes/upload` → poll `GET /api/v1/analysis/{resume_id}` every 10 s until
`completed` (or `failed`). Errors are RFC 9457 problem JSON.
"""


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    configure_logging("gateway", settings.log_level, settings.log_json)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        verifier = TokenVerifier.from_file(
            settings.require_public_key(),
            issuer=settings.jwt_issuer,
            audience=settings.jwt_audience,
        )
        redis = Redis.from_url(settings.redis_url)
        client = httpx.AsyncClient(
            timeout=settings.upstream_timeout_s,
            limits=httpx.Limits(max_connections=200, max_keepalive_connections=50),
        )
        read_model = await ReadModel.connect(
            settings.resumes_read_url, settings.analysis_read_url, size=settings.read_pool_size
        )
        app.state.settings = settings
        app.state.redis = redis
        app.state.read_model = read_model
        app.state.upstream = Upstream(client)
        app.state.guard = Guard(
            verifier, redis, rate=settings.poll_rate_per_minute, burst=settings.poll_burst
        )
        try:
            yield
        finally:
            await read_model.close()
            await client.aclose()
            await redis.aclose()

    app = FastAPI(title="Worth API", version="0.1.0", description=DESCRIPTION, lifespan=lifespan)
    install_common(app)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_origins,
        allow_methods=["GET", "POST", "DELETE"],
        allow_headers=["Authorization", "Content-Type", "X-Correlation-ID"],
        expose_headers=["X-Correlation-ID", "Retry-After"],
    )
    app.include_router(api.router)
    app.include_router(health_router(_checks))
    return app


def _checks(request: Request) -> dict[str, Check]:
    state = request.app.state

    async def cache() -> None:
        await state.redis.ping()

    return {"read_model": state.read_model.ping, "cache": cache}
