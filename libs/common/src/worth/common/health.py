"""`/health` (the process is alive) and `/ready` (its dependencies answer)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from worth.common.problems import problem

Check = Callable[[], Awaitable[object]]
CHECK_TIMEOUT_S = 2.0


def health_router(checks: Callable[[Request], Mapping[str, Check]]) -> APIRouter:
    """`checks` picks the probes from the running app (they need the lifespan's clients)."""
    router = APIRouter(tags=["health"])

    @router.get("/health")
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    @router.get("/ready", response_model=None)
    async def ready(request: Request) -> JSONResponse | dict[str, object]:
        probes = checks(request)
        results = await asyncio.gather(
            *(asyncio.wait_for(probe(), CHECK_TIMEOUT_S) for probe in probes.values()),
            return_exceptions=True,
        )
        status = {
            name: "ok" if not isinstance(result, BaseException) else f"failed: {result!r}"
            for name, result in zip(probes, results, strict=True)
        }
        if any(value != "ok" for value in status.values()):
            return problem(503, "A dependency is not reachable.", checks=status)
        return {"status": "ready", "checks": status}

    return router
