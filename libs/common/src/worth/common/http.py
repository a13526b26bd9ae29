"""What every service's FastAPI app shares: problem JSON, correlation ids, access logs."""

from __future__ import annotations

import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import structlog
from fastapi import FastAPI, Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from worth.common.logging import get_logger
from worth.common.problems import install_problem_handlers

CORRELATION_HEADER = "X-Correlation-ID"
log = get_logger("worth.http")


def install_common(app: FastAPI) -> None:
    install_problem_handlers(app)
    app.add_middleware(CorrelationMiddleware)


class CorrelationMiddleware:
    """Binds a correlation id (the caller's or a new one) for the request's logs and echoes it.

    Plain ASGI rather than `@app.middleware("http")`, which costs a task and a body stream per
    request: on the polling hot path that overhead is larger than the work.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        header = CORRELATION_HEADER.lower().encode()
        given = next((v for k, v in scope["headers"] if k == header), None)
        correlation = given.decode("latin-1")[:128] if given else uuid.uuid4().hex
        started = time.perf_counter()
        status = 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [*message.get("headers", []), (header, correlation.encode())]
            await send(message)

        with structlog.contextvars.bound_contextvars(correlation_id=correlation):
            try:
                await self.app(scope, receive, send_with_id)
            finally:
                if scope["path"] not in ("/health", "/ready"):
                    log.info(
                        "http.request",
                        method=scope["method"],
                        path=scope["path"],
                        status=status,
                        ms=round((time.perf_counter() - started) * 1000, 2),
                    )


def from_state(name: str) -> Callable[[Request], Awaitable[Any]]:
    """A dependency handing out what the lifespan put on `app.state.<name>`.

    Async on purpose: a plain `def` dependency runs in the thread pool, which on the polling
    hot path costs more than the work itself.
    """

    async def dependency(request: Request) -> Any:
        return getattr(request.app.state, name)

    return dependency


def correlation_id() -> str | None:
    """The current request's or event's correlation id, for the events it causes."""
    value = structlog.contextvars.get_contextvars().get("correlation_id")
    return str(value) if value else None
