"""/health says the process lives; /ready says whether its dependencies answer."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping

import httpx
import pytest
from fastapi import FastAPI, Request

from worth.common import health
from worth.common.health import Check, health_router


async def answers() -> None:
    return None


async def refuses() -> None:
    raise ConnectionRefusedError("connection refused")


async def hangs() -> None:
    await asyncio.sleep(30)


async def probe(checks: Mapping[str, Check], path: str) -> httpx.Response:
    app = FastAPI()

    def pick(request: Request) -> Mapping[str, Check]:
        assert request.app is app  # probes are chosen from the running app
        return checks

    app.include_router(health_router(pick))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        return await client.get(path)


async def test_health_needs_no_dependency() -> None:
    response = await probe({"database": refuses}, "/health")
    assert (response.status_code, response.json()) == (200, {"status": "ok"})


async def test_ready_when_every_check_answers() -> None:
    response = await probe({"database": answers, "cache": answers}, "/ready")
    assert response.status_code == 200
    assert response.json() == {"status": "ready", "checks": {"database": "ok", "cache": "ok"}}


async def test_not_ready_is_a_503_problem_naming_the_failed_check() -> None:
    response = await probe({"database": answers, "cache": refuses}, "/ready")
    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert (body["status"], body["title"]) == (503, "Service Unavailable")
    assert body["checks"]["database"] == "ok"
    assert body["checks"]["cache"].startswith("failed: ConnectionRefusedError")


async def test_a_hanging_check_fails_at_its_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(health, "CHECK_TIMEOUT_S", 0.05)
    started = asyncio.get_running_loop().time()
    response = await probe({"broker": hangs, "database": answers}, "/ready")
    assert asyncio.get_running_loop().time() - started < 5
    assert response.status_code == 503
    assert response.json()["checks"]["broker"].startswith("failed: TimeoutError")
