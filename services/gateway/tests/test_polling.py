"""Polling answered from the published read models (real PostgreSQL) through the gateway's API."""

from __future__ import annotations

import json
import uuid
from collections.abc import AsyncIterator, Callable
from typing import Any

import asyncpg
import httpx
import pytest
from fastapi import FastAPI
from redis.asyncio import Redis

from worth.common.db import asyncpg_dsn
from worth.common.http import install_common
from worth.common.tokens import TokenVerifier
from worth.devstack.infra import EmbeddedInfra
from worth.devstack.pytest_plugin import fresh_database
from worth.gateway import api
from worth.gateway.guard import Guard
from worth.gateway.read_model import ReadModel

MintToken = Callable[..., str]
# The columns of the views resume and analysis publish (resume_read_v1, analysis_read_v1).
RESUMES = (
    "CREATE TABLE resume_read_v1"
    " (resume_id uuid PRIMARY KEY, owner_id text, status text, error text)"
)
ANALYSES = (
    "CREATE TABLE analysis_read_v1"
    " (resume_id uuid PRIMARY KEY, owner_id text, status text, error text, result jsonb)"
)
RESULT = {
    "role": "backend_developer",
    "grade": "senior",
    "salary": {"currency": "RUB", "low": 280000, "median": 350000, "high": 420000},
    "skills": ["Python", "Kafka"],
}


class Views:
    def __init__(self, resumes: asyncpg.Connection, analyses: asyncpg.Connection) -> None:
        self.resumes, self.analyses = resumes, analyses

    async def resume(self, owner: str, status: str, error: str | None = None) -> uuid.UUID:
        resume_id = uuid.uuid4()
        await self.resumes.execute(
            "INSERT INTO resume_read_v1 VALUES ($1, $2, $3, $4)", resume_id, owner, status, error
        )
        return resume_id

    async def set_resume_status(self, resume_id: uuid.UUID, status: str) -> None:
        await self.resumes.execute(
            "UPDATE resume_read_v1 SET status = $2 WHERE resume_id = $1", resume_id, status
        )

    async def analysis(
        self,
        resume_id: uuid.UUID,
        owner: str,
        status: str,
        *,
        result: dict[str, Any] | None = None,
        error: str | None = None,
    ) -> None:
        await self.analyses.execute(
            "INSERT INTO analysis_read_v1 VALUES ($1, $2, $3, $4, $5::jsonb)"
            " ON CONFLICT (resume_id) DO UPDATE SET status = $3, error = $4, result = $5::jsonb",
            resume_id,
            owner,
            status,
            error,
            json.dumps(result) if result is not None else None,
        )


@pytest.fixture
async def dsns(embedded_infra: EmbeddedInfra) -> AsyncIterator[tuple[str, str, Views]]:
    resumes_dsn = asyncpg_dsn(fresh_database(embedded_infra, "resumes"))
    analysis_dsn = asyncpg_dsn(fresh_database(embedded_infra, "analysis"))
    resumes, analyses = await asyncpg.connect(resumes_dsn), await asyncpg.connect(analysis_dsn)
    await resumes.execute(RESUMES)
    await analyses.execute(ANALYSES)
    yield resumes_dsn, analysis_dsn, Views(resumes, analyses)
    await resumes.close()
    await analyses.close()


@pytest.fixture
async def read_model(dsns: tuple[str, str, Views]) -> AsyncIterator[ReadModel]:
    model = await ReadModel.connect(dsns[0], dsns[1], size=2)
    yield model
    await model.close()


@pytest.fixture
def views(dsns: tuple[str, str, Views]) -> Views:
    return dsns[2]


async def test_the_furthest_state_is_answered(read_model: ReadModel, views: Views) -> None:
    await read_model.ping()
    assert await read_model.state(uuid.uuid4()) is None

    resume_id = await views.resume("owner-1", "parsed")
    state = await read_model.state(resume_id)
    assert state is not None
    assert (state.owner_id, state.status, state.result) == ("owner-1", "parsed", None)

    await views.analysis(resume_id, "owner-1", "completed", result=RESULT)
    state = await read_model.state(resume_id)
    assert state is not None
    assert (state.status, state.result) == ("completed", RESULT)


@pytest.fixture
async def client(
    read_model: ReadModel, verifier: TokenVerifier, redis: Redis
) -> AsyncIterator[httpx.AsyncClient]:
    app = FastAPI()
    install_common(app)
    app.include_router(api.router)
    app.state.read_model = read_model
    app.state.guard = Guard(verifier, redis, rate=6, burst=6)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://gateway") as http:
        yield http


async def poll(client: httpx.AsyncClient, token: str, resume_id: object) -> httpx.Response:
    return await client.get(f"/api/v1/analysis/{resume_id}", headers={"Authorization": token})


async def test_an_owner_sees_progress_then_the_result(
    client: httpx.AsyncClient, views: Views, mint: MintToken
) -> None:
    owner = str(uuid.uuid4())
    token = mint(owner)
    resume_id = await views.resume(owner, "uploaded")
    answer = await poll(client, token, resume_id)
    assert (answer.status_code, answer.json()) == (
        200,
        {"resume_id": str(resume_id), "status": "uploaded"},
    )

    # `resume.parsed` is what starts the analysis: the resume says so first.
    await views.set_resume_status(resume_id, "parsed")
    assert (await poll(client, token, resume_id)).json()["status"] == "parsed"
    await views.analysis(resume_id, owner, "analyzing", result=RESULT)
    assert (await poll(client, token, resume_id)).json()["status"] == "analyzing"
    assert "result" not in (await poll(client, token, resume_id)).json()  # only once completed

    await views.analysis(resume_id, owner, "completed", result=RESULT)
    completed = (await poll(client, token, resume_id)).json()
    assert (completed["status"], completed["result"]) == ("completed", RESULT)


async def test_a_deleted_resume_is_gone_before_the_analysis_hears_of_it(
    client: httpx.AsyncClient, views: Views, mint: MintToken
) -> None:
    owner = str(uuid.uuid4())
    resume_id = await views.resume(owner, "parsed")
    await views.analysis(resume_id, owner, "completed", result=RESULT)
    await views.set_resume_status(resume_id, "deleted")
    assert (await poll(client, mint(owner), resume_id)).status_code == 404


async def test_a_failure_is_reported_with_its_reason(
    client: httpx.AsyncClient, views: Views, mint: MintToken
) -> None:
    owner = str(uuid.uuid4())
    resume_id = await views.resume(owner, "failed", error="The document has no text.")
    body = (await poll(client, mint(owner), resume_id)).json()
    assert body == {
        "resume_id": str(resume_id),
        "status": "failed",
        "error": "The document has no text.",
    }


async def test_someone_elses_resume_looks_like_a_missing_one(
    client: httpx.AsyncClient, views: Views, mint: MintToken
) -> None:
    owner, stranger = str(uuid.uuid4()), mint()
    resume_id = await views.resume(owner, "parsed")
    await views.analysis(resume_id, owner, "completed", result=RESULT)

    answers = [
        await poll(client, stranger, resume_id),
        await poll(client, stranger, uuid.uuid4()),
        await poll(client, stranger, "not-a-uuid"),
    ]
    assert [a.status_code for a in answers] == [404, 404, 404]
    assert len({a.json()["detail"] for a in answers}) == 1
    assert all(a.headers["content-type"] == "application/problem+json" for a in answers)
    assert "owner" not in answers[0].text


async def test_polling_too_fast_is_a_429_with_retry_after(
    client: httpx.AsyncClient, views: Views, mint: MintToken
) -> None:
    owner = str(uuid.uuid4())
    token = mint(owner)
    resume_id = await views.resume(owner, "uploaded")
    statuses = [(await poll(client, token, resume_id)).status_code for _ in range(6)]
    assert statuses == [200] * 6
    limited = await poll(client, token, resume_id)
    assert limited.status_code == 429
    assert limited.headers["retry-after"] == "10"
    assert limited.json()["retry_after"] == 10


async def test_polling_without_a_token_is_a_401(client: httpx.AsyncClient, views: Views) -> None:
    resume_id = await views.resume("owner-1", "uploaded")
    answer = await client.get(f"/api/v1/analysis/{resume_id}")
    assert answer.status_code == 401
    assert answer.headers["www-authenticate"].startswith("Bearer")
