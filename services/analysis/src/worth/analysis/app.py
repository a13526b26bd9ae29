from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from anthropic import AsyncAnthropic
from fastapi import FastAPI

from worth.analysis import handlers
from worth.analysis.llm import ClaudeAnalyzer
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
        claude = claude_analyzer(settings)
        try:
            async with messaging_runtime(
                settings,
                service="analysis",
                group_id=settings.consumer_group,
                subscriptions=handlers.subscriptions(claude),
            ) as runtime:
                app.state.runtime = runtime
                yield
        finally:
            if claude is not None:
                await claude.close()

    app = FastAPI(title="Worth analysis service", version="0.1.0", lifespan=lifespan)
    install_common(app)
    app.include_router(health_router(runtime_checks))
    return app


def claude_analyzer(settings: Settings) -> ClaudeAnalyzer | None:
    """The Claude analyzer when a key is configured, else None (the offline analyzer alone)."""
    if settings.anthropic_api_key is None:
        return None
    client = AsyncAnthropic(
        api_key=settings.anthropic_api_key.get_secret_value(),
        base_url=settings.anthropic_base_url,
        timeout=settings.anthropic_timeout_s,
        max_retries=0,  # ClaudeAnalyzer retries within its own time bound
    )
    return ClaudeAnalyzer(
        client,
        model=settings.anthropic_model,
        max_tokens=settings.anthropic_max_tokens,
        timeout_s=settings.anthropic_timeout_s,
        max_retries=settings.anthropic_max_retries,
        backoff_s=settings.anthropic_backoff_s,
        max_backoff_s=settings.anthropic_max_backoff_s,
    )
