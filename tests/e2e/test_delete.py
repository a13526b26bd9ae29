"""Deleting a resume leaves nothing readable: file, text, analysis and the notifier's copy."""

from __future__ import annotations

import asyncio
from typing import Any

import asyncpg

from worth.contracts.topics import RESUME_DELETED
from worth.devstack.stack import WorthStack

from .conftest import CORPUS, Visitor, eventually, header, read_topic


def _row(stack: WorthStack, database: str, query: str, resume_id: str) -> Any:
    async def fetch() -> Any:
        conn = await asyncpg.connect(stack.infra.postgres.dsn(database))
        try:
            return await conn.fetchrow(query, resume_id)
        finally:
            await conn.close()

    return asyncio.run(fetch())


def test_deleting_a_resume_removes_it_everywhere(stack: WorthStack, visitor: Visitor) -> None:
    visitor.subscribe("deleter@example.org")
    resume_id = visitor.upload(CORPUS / "en_resume.pdf").json()["resume_id"]
    assert visitor.wait(resume_id)["status"] == "completed"
    stored = list((stack.root / "storage").rglob(f"{resume_id}*"))
    assert len(stored) == 2  # the original and the extracted text

    stranger = Visitor(stack.gateway_url)
    assert stranger.http.delete(f"/api/v1/resumes/{resume_id}").status_code == 404
    assert visitor.http.delete(f"/api/v1/resumes/{resume_id}").status_code == 204

    # Gone for its owner at once, and a second delete finds nothing.
    assert visitor.poll(resume_id).status_code == 404
    assert visitor.http.delete(f"/api/v1/resumes/{resume_id}").status_code == 404
    assert not [p for p in stored if p.exists()]
    resume = _row(
        stack,
        "resumes_db",
        "SELECT status, storage_key, processed_key, content_sha256, original_name"
        " FROM resumes WHERE id = $1::uuid",
        resume_id,
    )
    assert dict(resume) == {
        "status": "deleted",
        "storage_key": None,
        "processed_key": None,
        "content_sha256": None,
        "original_name": None,
    }

    # The other services learn it from `resume.deleted` and forget their copies.
    eventually(
        lambda: (
            dict(
                _row(
                    stack,
                    "analysis_db",
                    "SELECT status, result FROM analyses WHERE resume_id = $1::uuid",
                    resume_id,
                )
            )
            == {"status": "deleted", "result": None}
        )
    )
    eventually(
        lambda: (
            _row(stack, "emails_db", "SELECT 1 FROM analyses WHERE resume_id = $1::uuid", resume_id)
            is None
        )
    )
    events = read_topic(stack.infra.broker.bootstrap_servers, RESUME_DELETED)
    assert [header(e, "ce_subject") for e in events].count(resume_id) == 1

    # The same file can be uploaded again: a new resume, analysed afresh.
    again = visitor.upload(CORPUS / "en_resume.pdf").json()
    assert again["resume_id"] != resume_id and again["duplicate"] is False
    assert visitor.wait(again["resume_id"])["status"] == "completed"
