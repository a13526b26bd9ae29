from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from worth.analysis import handlers
from worth.analysis.settings import Settings
from worth.common.health import health_router
from worth.common.http import install_common
from worth.common.logging import configure_logging
from worth.common.runtime import messaging_runtime, runtime_checks


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    configure_logging("analysis", settings.log_level, settings.log_json)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with messaging_runtime(
            settings,
            service="analysis",
            group_id=settings.consumer_group,
            subscriptions=handlers.subscriptions(),
        ) as runtime:
            app.state.runtime = runtime
            yield

    app = FastAPI(title="Worth analysis service", version="0.1.0", lifespan=lifespan)
    install_common(app)
    app.include_router(health_router(runtime_checks))
    return app
