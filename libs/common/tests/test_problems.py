"""Every error an app raises leaves as RFC 9457 problem JSON."""

from __future__ import annotations

from collections.abc import AsyncIterator
from http import HTTPStatus
from typing import Any

import httpx
import pytest
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from worth.common.problems import (
    PROBLEM_JSON,
    Conflict,
    NotFound,
    TooManyRequests,
    install_problem_handlers,
)


class Upload(BaseModel):
    name: str
    size: int


def build_app() -> FastAPI:
    app = FastAPI()
    install_problem_handlers(app)

    @app.get("/resumes/{resume_id}")
    async def resume(resume_id: str) -> None:
        raise NotFound("No such resume.")

    @app.post("/uploads")
    async def upload(body: Upload) -> None:
        raise Conflict("Already uploaded.", resume_id="r-1")

    @app.get("/poll")
    async def poll() -> None:
        raise TooManyRequests("Slow down.", headers={"Retry-After": "7"}, retry_after=7)

    @app.get("/teapot")
    async def teapot() -> None:
        raise HTTPException(418, "I refuse.", headers={"X-Why": "tea"})

    return app


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=build_app())
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        yield client


def assert_problem(response: httpx.Response, status: int, detail: str) -> dict[str, Any]:
    """The RFC 9457 members; with type about:blank the title is the status's own phrase."""
    assert response.status_code == status
    assert response.headers["content-type"] == PROBLEM_JSON
    body: dict[str, Any] = response.json()
    assert body["type"] == "about:blank"
    assert (body["status"], body["title"], body["detail"]) == (
        status,
        HTTPStatus(status).phrase,
        detail,
    )
    return body


async def test_a_domain_error_becomes_a_problem_with_instance(client: httpx.AsyncClient) -> None:
    body = assert_problem(await client.get("/resumes/42"), 404, "No such resume.")
    assert body["instance"] == "/resumes/42"


async def test_extensions_are_members_and_headers_are_headers(client: httpx.AsyncClient) -> None:
    conflict = await client.post("/uploads", json={"name": "cv.pdf", "size": 1})
    assert assert_problem(conflict, 409, "Already uploaded.")["resume_id"] == "r-1"

    limited = await client.get("/poll")
    body = assert_problem(limited, 429, "Slow down.")
    assert body["retry_after"] == 7
    assert "headers" not in body
    assert limited.headers["retry-after"] == "7"


async def test_http_exceptions_and_unknown_routes_are_problems(client: httpx.AsyncClient) -> None:
    teapot = await client.get("/teapot")
    assert assert_problem(teapot, 418, "I refuse.")["instance"] == "/teapot"
    assert teapot.headers["x-why"] == "tea"
    assert_problem(await client.get("/nowhere"), 404, "Not Found")
    assert_problem(await client.delete("/poll"), 405, "Method Not Allowed")


async def test_a_validation_error_lists_what_is_wrong(client: httpx.AsyncClient) -> None:
    response = await client.post("/uploads", json={"name": "cv.pdf", "size": "big"})
    body = assert_problem(response, 422, "The request is not valid.")
    assert [(e["loc"], e["type"]) for e in body["errors"]] == [(["body", "size"], "int_parsing")]
