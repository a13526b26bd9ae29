"""From `resume.parsed` to `analysis.completed`: run the analyzer, store, publish.

The offline analyzer always runs. With Claude configured its answer, grounded in the offline
analysis and its market rows, replaces the offline one after reconciliation; when Claude fails
the offline analysis is published and the fallback recorded (row `llm_fallback`, result `llm`).
"""

from __future__ import annotations

import asyncio
import hashlib
import uuid
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncConnection

from worth.analysis import repository
from worth.analysis.engine import Analysis, analyze
from worth.analysis.llm import (
    ClaudeAnalyzer,
    ClaudeError,
    ContactDetailsError,
    Reply,
    Usage,
    build_prompt,
    reconcile,
)
from worth.analysis.market import load_market
from worth.common.logging import get_logger
from worth.common.outbox import enqueue
from worth.contracts.codec import encode
from worth.contracts.events import (
    AnalysisCompleted,
    Analyzer,
    DesiredSalary,
    LanguageSkill,
    Market,
    Percentile,
    Recommendation,
    ResumeParsed,
    Salary,
)

SOURCE = "/worth/analysis"
log = get_logger(__name__)


async def run_analysis(
    conn: AsyncConnection,
    parsed: ResumeParsed,
    correlation: str | None,
    claude: ClaudeAnalyzer | None = None,
) -> None:
    # The analyzer is CPU-bound: keep the event loop (and the consumer's heartbeats) free.
    offline = await asyncio.to_thread(
        analyze,
        parsed.text,
        language=parsed.language,
        sections=[(s.name, s.text) for s in parsed.sections],
    )
    outcome = await ask_claude(conn, claude, parsed.text, offline) if claude else Outcome(offline)
    analysis = outcome.analysis
    analysis_id = uuid.uuid4()
    completed = completed_event(analysis, parsed, analysis_id, fallback=outcome.fallback)
    document = result_document(analysis)
    if outcome.llm is not None:
        document["llm"] = outcome.llm
    await repository.save_completed(
        conn,
        resume_id=uuid.UUID(parsed.resume_id),
        owner_id=parsed.owner_id,
        analysis_id=analysis_id,
        analyzer=f"{analysis.analyzer_name}/{analysis.analyzer_version}",
        result=document,
        llm_input_tokens=outcome.spent.input_tokens if outcome.spent else None,
        llm_output_tokens=outcome.spent.output_tokens if outcome.spent else None,
        llm_fallback=outcome.fallback,
    )
    await enqueue(conn, encode(completed, source=SOURCE, correlation_id=correlation))
    log.info(
        "analysis.completed",
        role=analysis.role.id,
        grade=analysis.grade,
        analyzer=analysis.analyzer_version,
        fallback=outcome.fallback,
    )


@dataclass(frozen=True, slots=True)
class Outcome:
    analysis: Analysis
    llm: dict[str, Any] | None = None  # the result document's `llm` block
    spent: Usage | None = None  # tokens this analysis paid for; None when Claude is off
    fallback: str | None = None  # why the offline analysis stands in for Claude's


async def ask_claude(
    conn: AsyncConnection, claude: ClaudeAnalyzer, text: str, offline: Analysis
) -> Outcome:
    """Claude's analysis reconciled with the market data, from the cache when this text was
    answered by this analyzer version before; the offline analysis when Claude fails."""
    llm: dict[str, Any] = {"name": claude.name, "version": claude.version, "model": claude.model}
    try:
        prompt = build_prompt(text, offline, load_market())
    except ContactDetailsError as exc:
        return _fallback(offline, llm, f"contact_details: {exc}", Usage(), attempts=0)
    digest = hashlib.sha256(text.encode()).hexdigest()
    cached = await repository.cached_reply(conn, digest, claude.version)
    if cached is not None:
        reply, spent = Reply.model_validate(cached.reply), Usage()
        llm |= {"cached": True, "attempts": 0}
    else:
        try:
            answer = await claude.ask(prompt)
        except ClaudeError as exc:
            return _fallback(offline, llm, exc.reason, exc.usage, exc.attempts)
        reply, spent = answer.reply, answer.usage
        # Committed at once: should this handler's transaction fail, its retry must not pay again.
        async with conn.engine.begin() as cache_conn:
            await repository.cache_reply(
                cache_conn,
                text_sha256=digest,
                analyzer_version=claude.version,
                reply=reply.model_dump(mode="json"),
                input_tokens=spent.input_tokens,
                output_tokens=spent.output_tokens,
            )
        llm |= {"cached": False, "attempts": answer.attempts}
    analysis, adjustments = reconcile(
        offline, reply, prompt.band, name=claude.name, version=claude.version
    )
    llm |= {
        "input_tokens": spent.input_tokens,
        "output_tokens": spent.output_tokens,
        "adjustments": list(adjustments),
        "fallback": None,
    }
    return Outcome(analysis, llm, spent, None)


def _fallback(
    offline: Analysis, llm: dict[str, Any], reason: str, spent: Usage, attempts: int
) -> Outcome:
    log.warning("analysis.claude_fallback", reason=reason, attempts=attempts)
    llm |= {
        "cached": False,
        "attempts": attempts,
        "input_tokens": spent.input_tokens,
        "output_tokens": spent.output_tokens,
        "adjustments": [],
        "fallback": reason,
    }
    return Outcome(offline, llm, spent, reason)


def completed_event(
    analysis: Analysis,
    parsed: ResumeParsed,
    analysis_id: uuid.UUID,
    *,
    fallback: str | None = None,
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
        language=analysis.language,
        role_family=analysis.role_family,
        remote=analysis.remote,
        relocation=analysis.relocation,
        languages=tuple(LanguageSkill(**asdict(spoken)) for spoken in analysis.languages),
        education=analysis.education,
        desired_salary=(
            DesiredSalary(**asdict(analysis.desired_salary)) if analysis.desired_salary else None
        ),
        desired_percentile=analysis.desired_percentile,
        market_percentiles=tuple(
            Percentile(percentile=p, value=v) for p, v in analysis.market_percentiles
        ),
        candidate_percentile=analysis.candidate_percentile,
        confidence=analysis.confidence,
        confidence_reason=analysis.confidence_reason,
        fallback_reason=fallback,
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
        "remote": analysis.remote,
        "relocation": analysis.relocation,
        "languages": [asdict(spoken) for spoken in analysis.languages],
        "education": analysis.education,
        "desired_salary": asdict(analysis.desired_salary) if analysis.desired_salary else None,
        "desired_percentile": analysis.desired_percentile,
        "market_percentiles": [
            {"percentile": p, "value": v} for p, v in analysis.market_percentiles
        ],
        "candidate_percentile": analysis.candidate_percentile,
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
