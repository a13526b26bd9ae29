"""What every service's FastAPI app shares: problem JSON, correlation ids, access logs."""

from __future__ import annotations

import time
import uuid
from collections.abc import Awaitable, Callable

import structlog
from fastapi import FastAPI, Request, Response

from worth.common.logging import get_logger
from worth.common.problems import install_problem_handlers

CORRELATION_HEADER = "X-Correlation-ID"
log = get_logger("worth.http")


def install_common(app: FastAPI) -> None:
    install_problem_handlers(app)

    @app.middleware("http")
    async def correlate(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        correlation_id = request.headers.get(CORRELATION_HEADER) or uuid.uuid4().hex
        started = time.perf_counter()
        with structlog.contextvars.bound_contextvars(correlation_id=correlation_id):
            response = await call_next(request)
            response.headers[CORRELATION_HEADER] = correlation_id
            if request.url.path not in ("/health", "/ready"):
                log.info(
                    "http.request",
                    method=request.method,
                    path=request.url.path,
                    status=response.status_code,
                    ms=round((time.perf_counter() - started) * 1000, 2),
                )
        return response


def correlation_id() -> str | None:
    """The current request's or event's correlation id, for the events it causes."""
    value = structlog.contextvars.get_contextvars().get("correlation_id")
    return str(value) if value else None
