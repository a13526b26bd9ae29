"""From `resume.parsed` to `analysis.completed`: run the analyzer, store, publish."""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncConnection

from worth.analysis import repository
from worth.analysis.engine import Analysis, analyze
from worth.common.logging import get_logger
from worth.common.outbox import enqueue
from worth.contracts.codec import encode
from worth.contracts.events import (
    AnalysisCompleted,
    Analyzer,
    Market,
    Recommendation,
    ResumeParsed,
    Salary,
)

SOURCE = "/worth/analysis"
log = get_logger(__name__)


async def run_analysis(
    conn: AsyncConnection, parsed: ResumeParsed, correlation: str | None
) -> None:
    # The analyzer is CPU-bound: keep the event loop (and the consumer's heartbeats) free.
    analysis = await asyncio.to_thread(
        analyze,
        parsed.text,
        language=parsed.language,
        sections=[(s.name, s.text) for s in parsed.sections],
    )
    analysis_id = uuid.uuid4()
    completed = completed_event(analysis, parsed, analysis_id)
    await repository.save_completed(
        conn,
        resume_id=uuid.UUID(parsed.resume_id),
        owner_id=parsed.owner_id,
        analysis_id=analysis_id,
        analyzer=f"{analysis.analyzer_name}/{analysis.analyzer_version}",
        result=result_document(analysis),
    )
    await enqueue(conn, encode(completed, source=SOURCE, correlation_id=correlation))
    log.info(
        "analysis.completed",
        role=analysis.role.id,
        grade=analysis.grade,
        analyzer=analysis.analyzer_version,
    )


def completed_event(
    analysis: Analysis, parsed: ResumeParsed, analysis_id: uuid.UUID
) -> AnalysisCompleted:
    return AnalysisCompleted(
        analysis_id=str(analysis_id),
        resume_id=parsed.resume_id,
        owner_id=parsed.owner_id,
        analyzer=Analyzer(name=analysis.analyzer_name, version=analysis.analyzer_version),
        role=analysis.role.id,
        grade=analysis.grade,
        years_experience=analysis.years_experience,
        skills=tuple(skill.name for skill in analysis.skills),
        location=_place(analysis),
        salary=Salary(**asdict(analysis.salary)),
        market=Market(
            source=analysis.market.source,
            segment=analysis.market.segment,
            period=analysis.market.period,
            sample_size=analysis.market.sample_size,
        ),
        recommendations=tuple(
            Recommendation(kind=r.kind, text=r.text) for r in analysis.recommendations
        ),
        completed_at=datetime.now(UTC),
    )


def result_document(analysis: Analysis) -> dict[str, Any]:
    """The polling API's `result`: the event's fields plus the explanation behind them."""
    return {
        "role": analysis.role.id,
        "role_title": analysis.role.title,
        "role_family": analysis.role_family,
        "grade": analysis.grade,
        "years_experience": analysis.years_experience,
        "skills": [skill.name for skill in analysis.skills],
        "location": asdict(analysis.location) if analysis.location else None,
        "salary": asdict(analysis.salary),
        "market": {**asdict(analysis.market), "rows": list(analysis.market.rows)},
        "recommendations": [asdict(r) for r in analysis.recommendations],
        "confidence": analysis.confidence,
        "confidence_reason": analysis.confidence_reason,
        "explanation": list(analysis.explanation),
        "language": analysis.language,
        "analyzer": {"name": analysis.analyzer_name, "version": analysis.analyzer_version},
    }


def _place(analysis: Analysis) -> str | None:
    where = analysis.location
    if where is None:
        return None
    return f"{where.city}, {where.country}" if where.city else where.country
