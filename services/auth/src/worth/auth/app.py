from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from redis.asyncio import Redis
from sqlalchemy import text

from worth.auth import api
from worth.auth.settings import Settings
from worth.auth.tokens import TokenIssuer
from worth.common.db import create_engine
from worth.common.health import Check, health_router
from worth.common.http import install_common
from worth.common.keys import load_private_key
from worth.common.logging import configure_logging
from worth.common.tokens import TokenVerifier


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    configure_logging("auth", settings.log_level, settings.log_json)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if settings.jwt_private_key_file is None:
            raise ValueError("WORTH_AUTH_JWT_PRIVATE_KEY_FILE is required to sign tokens")
        app.state.settings = settings
        app.state.issuer = TokenIssuer(
            load_private_key(settings.jwt_private_key_file.read_bytes()),
            issuer=settings.jwt_issuer,
            audience=settings.jwt_audience,
            ttl_s=settings.access_ttl_s,
        )
        app.state.token_verifier = TokenVerifier.from_file(
            settings.require_public_key(),
            issuer=settings.jwt_issuer,
            audience=settings.jwt_audience,
        )
        app.state.engine = create_engine(settings.database_url)
        app.state.redis = Redis.from_url(settings.redis_url)
        try:
            yield
        finally:
            await app.state.redis.aclose()
            await app.state.engine.dispose()

    app = FastAPI(title="Worth auth service", version="0.1.0", lifespan=lifespan)
    install_common(app)
    app.include_router(api.router)
    app.include_router(health_router(_checks))
    return app


def _checks(request: Request) -> dict[str, Check]:
    async def database() -> None:
        async with request.app.state.engine.connect() as conn:
            await conn.execute(text("SELECT 1"))

    async def cache() -> None:
        await request.app.state.redis.ping()

    return {"database": database, "cache": cache}
