"""Answers polling from the services' published views, with plain asyncpg queries.

An ORM session per poll costs three round trips and about half the throughput; one prepared
statement on a pooled connection is all a poll needs.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

import asyncpg

ANALYSIS = "SELECT owner_id, status, error, result FROM analysis_read_v1 WHERE resume_id = $1"
RESUME = "SELECT owner_id, status, error FROM resume_read_v1 WHERE resume_id = $1"
DELETED = "deleted"


@dataclass(frozen=True)
class ResumeState:
    owner_id: str
    status: str
    error: str | None
    result: dict[str, Any] | None


class ReadModel:
    def __init__(self, resumes: asyncpg.Pool, analyses: asyncpg.Pool) -> None:
        self._resumes = resumes
        self._analyses = analyses

    @classmethod
    async def connect(cls, resumes_url: str, analysis_url: str, *, size: int) -> ReadModel:
        async def init(conn: asyncpg.Connection) -> None:
            await conn.set_type_codec(
                "jsonb", encoder=json.dumps, decoder=json.loads, schema="pg_catalog"
            )

        resumes = await asyncpg.create_pool(resumes_url, min_size=1, max_size=size)
        analyses = await asyncpg.create_pool(analysis_url, min_size=1, max_size=size, init=init)
        return cls(resumes, analyses)

    async def close(self) -> None:
        await self._resumes.close()
        await self._analyses.close()

    async def ping(self) -> None:
        await self._resumes.fetchval("SELECT 1")
        await self._analyses.fetchval("SELECT 1")

    async def state(self, resume_id: uuid.UUID) -> ResumeState | None:
        """The furthest state: the analysis once the resume is parsed, else the resume's own.

        The resume service is the source of truth for existence: a deleted resume is gone at
        once, even while the analysis service has yet to hear of it.
        """
        resume = await self._resumes.fetchrow(RESUME, resume_id)
        if resume is None or resume["status"] == DELETED:
            return None
        if resume["status"] == "parsed":
            analysis = await self._analyses.fetchrow(ANALYSIS, resume_id)
            if analysis is not None and analysis["status"] != DELETED:
                return ResumeState(
                    analysis["owner_id"], analysis["status"], analysis["error"], analysis["result"]
                )
        return ResumeState(resume["owner_id"], resume["status"], resume["error"], None)
