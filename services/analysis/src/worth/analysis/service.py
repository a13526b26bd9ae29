"""From `resume.parsed` to `analysis.completed`: run the analyzer, store, publish."""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import asdict, is_dataclass
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


async def run_analysis(conn: AsyncConnection, parsed: ResumeParsed, correlation: str | None) -> None:
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
        role=analysis.role,
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
        role=analysis.role,
        grade=analysis.grade,
        years_experience=analysis.years_experience,
        skills=list(analysis.skills),
        location=analysis.location,
        salary=Salary(
            currency=analysis.salary.currency,
            period=analysis.salary.period,
            basis=analysis.salary.basis,
            low=analysis.salary.low,
            median=analysis.salary.median,
            high=analysis.salary.high,
        ),
        market=Market(
            source=analysis.market.source,
            segment=analysis.market.segment,
            period=analysis.market.period,
            sample_size=analysis.market.sample_size,
        ),
        recommendations=[
            Recommendation(kind=r.kind, text=r.text) for r in analysis.recommendations
        ],
        completed_at=datetime.now(UTC),
    )


def result_document(analysis: Analysis) -> dict[str, Any]:
    """The polling API's `result`: everything the analyzer found, as plain JSON."""
    assert is_dataclass(analysis)
    return _jsonable(asdict(analysis))


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat()
    return value
