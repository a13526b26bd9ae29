from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from worth.common.health import health_router
from worth.common.http import install_common
from worth.common.logging import configure_logging, get_logger
from worth.common.runtime import messaging_runtime, runtime_checks
from worth.common.tokens import TokenVerifier
from worth.resume import api, handlers
from worth.resume.documents import elements
from worth.resume.settings import Settings
from worth.resume.storage import open_storage

log = get_logger(__name__)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    configure_logging("resume", settings.log_level, settings.log_json)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.settings = settings
        app.state.token_verifier = TokenVerifier.from_file(
            settings.require_public_key(),
            issuer=settings.jwt_issuer,
            audience=settings.jwt_audience,
        )
        async with (
            open_storage(settings) as storage,
            messaging_runtime(
                settings,
                service="resume",
                group_id=settings.consumer_group,
                subscriptions=handlers.subscriptions(storage),
            ) as runtime,
        ):
            app.state.storage = storage
            app.state.runtime = runtime
            # In the background: readiness need not wait, and the first parse finds it loaded.
            warming = asyncio.create_task(asyncio.to_thread(elements.warm_up))
            yield
            try:
                await warming
            except Exception:  # the first parse will say what is wrong, with the resume's id
                log.exception("resume.warm_up_failed")

    app = FastAPI(title="Worth resume service", version="0.1.0", lifespan=lifespan)
    install_common(app)
    app.include_router(api.router)
    app.include_router(health_router(runtime_checks))
    return app
