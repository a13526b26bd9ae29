"""Offline resume analysis: role, grade, experience, skills, location and market pay.

Pure domain code: the only I/O is reading the shipped market tables, once per process.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from datetime import date

from worth.analysis.engine import advice, profile
from worth.analysis.engine.dates import DatedRange, find_ranges, years_of
from worth.analysis.engine.experience import GRADE_YEARS, latest
from worth.analysis.engine.location import Place, find_place
from worth.analysis.engine.model import (
    Analysis,
    DesiredSalary,
    LanguageSkill,
    Location,
    Market,
    Recommendation,
    Role,
    Salary,
    Skill,
)
from worth.analysis.engine.pricing import (
    Quote,
    language_premiums,
    percentile_of,
    percentiles,
    quote,
)
from worth.analysis.engine.roles import detect_grade, detect_role
from worth.analysis.engine.skills import find_skills, without_wishes
from worth.analysis.engine.text import Layout, heading, layout, resume_language
from worth.analysis.market import GRADES, MarketTables, load_market

__all__ = [
    "ANALYZER_NAME",
    "ANALYZER_VERSION",
    "Analysis",
    "DesiredSalary",
    "LanguageSkill",
    "Location",
    "Market",
    "Recommendation",
    "Role",
    "Salary",
    "Skill",
    "analyze",
]

ANALYZER_NAME = "worth-offline"
ANALYZER_VERSION = "1.4.0"  # bump whenever the same resume could get a different result

SO_COUNTRIES = {"US", "DE", "IN", "GB", "UA"}

_TITLE_LABEL = re.compile(
    r"^\W*(?:желаемая\s+должность|должность|позиция|position|desired\s+position|title"
    r"|objective)\b[^:]*:?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_RESULT = re.compile(
    r"\d+(?:[.,]\d+)?\s*(?:%|процент\w*|раз(?:а)?\b|x\b|×|rps\b|qps\b|мс\b|ms\b|тыс\w*|млн\w*"
    r"|k\b|million|users|пользовател\w*|клиент\w*|заказ\w*|\$|₽|руб\w*)"
    r"|\bx\d+\b|в\s+\d+(?:[.,]\d+)?\s+раз",
    re.IGNORECASE,
)
_TITLE_MAX = 90  # a job title line is short; longer lines are duties
MAX_JOBS = 6  # the newest jobs say who the person is; older ones add years, not identity


def analyze(
    text: str,
    *,
    language: str,
    sections: Sequence[tuple[str, str]] = (),
    today: date | None = None,
    tables: MarketTables | None = None,
) -> Analysis:
    """Analyse a cleaned resume. Deterministic for a given `today` and market tables."""
    today = today or date.today()
    tables = tables or load_market()
    lang = resume_language(text, language)
    doc = layout(text, sections)

    ranges = find_ranges(doc.work, today)
    years = round(years_of(r.period for r in ranges), 1) if ranges else None
    stated_years = None if ranges else profile.find_stated_years(doc.lines)
    if years is None:
        years = stated_years
    skills = find_skills(without_wishes(text))
    headline = _headline(doc)
    titles = _job_titles(doc.work, ranges)[:MAX_JOBS]
    role_guess = detect_role(headline, titles, skills)
    role = role_guess.role
    grade_guess = detect_grade(headline, titles[0] if titles else "", years)
    grade = grade_guess.grade
    place = find_place(doc.lines)
    market, market_reason = _market(place, lang)
    city = place.slug if place and place.country == market else None

    priced = quote(
        tables, market=market, city=city, market_role=role.market_role, grade=grade, years=years
    )
    segment = (
        priced
        if years is None
        else quote(
            tables, market=market, city=city, market_role=role.market_role, grade=grade, years=None
        )
    )
    distribution = percentiles(segment)
    candidate_p = percentile_of(priced.median, segment)
    desired = profile.find_desired_salary(doc.lines, lang)
    desired_p, desired_amount, desired_line = _desired_percentile(desired, segment)
    next_priced = None
    if grade != GRADES[-1]:
        next_priced = quote(
            tables,
            market=market,
            city=city,
            market_role=role.market_role,
            grade=GRADES[GRADES.index(grade) + 1],
            years=None,
        )
    facts = advice.Facts(
        language=lang,
        role=role,
        role_evidence=role_guess.evidence,
        grade=grade,
        years=years,
        skills=skills,
        quote=priced,
        next_quote=next_priced,
        desired=desired,
        desired_amount=desired_amount,
        desired_percentile=desired_p,
        segment=segment,
        premiums=language_premiums(tables),
        languages={row.language: row for row in tables.languages},
        has_skills_section=doc.has_skills_section,
        has_results=bool(_RESULT.search(doc.work)),
        place_known=place is not None,
        city_medians={
            row.city: row.median
            for row in latest(tables.pay, "RU")
            if row.role == "*" and row.grade == "*"
        },
    )
    confidence, reason = _confidence(
        priced, role_guess.evidence, role.fit, years, place, stated=stated_years is not None
    )
    explanation = (
        _years_line(ranges, years, stated=stated_years is not None),
        f"Role {role.id} ({role_guess.evidence}); market role {role.market_role or 'none'} "
        f"({role.fit} fit).",
        _grade_line(grade_guess.evidence, grade, grade_guess.word, years),
        f"Market {market}: {market_reason}.",
        *priced.explanation,
        f"Market percentiles: {segment.segment} at the grade's typical experience "
        f"({sum(GRADE_YEARS[grade]) / 2:g} years), band {segment.low:,}-{segment.high:,} read as "
        "the quartiles (p25, p75) of a log-normal; p10/p90 = median x exp(-/+1.2816 sigma), "
        "sigma = log(p75 / median) / 0.6745 (each side).",
        f"Candidate percentile {candidate_p:g}: this estimate ({priced.median:,}) within that "
        f"{grade} distribution — relative to the same role and grade at typical experience, "
        "not to all grades.",
        *([desired_line] if desired_line else []),
    )
    return Analysis(
        analyzer_name=ANALYZER_NAME,
        analyzer_version=ANALYZER_VERSION,
        language=lang,
        role=Role(role.id, role.title_ru if lang == "ru" else role.title_en),
        role_family=role.family,
        grade=grade,
        years_experience=years,
        skills=tuple(Skill(s.id, s.name) for s in skills),
        location=Location(place.city, place.country) if place else None,
        salary=Salary(
            currency=priced.currency,
            period=priced.pay_period,
            basis=priced.basis,
            low=priced.low,
            median=priced.median,
            high=priced.high,
        ),
        market=Market(
            source=" + ".join(dict.fromkeys(r.provenance.source for r in priced.rows)),
            publication="; ".join(dict.fromkeys(r.provenance.publication for r in priced.rows)),
            segment=priced.segment,
            period=priced.primary.provenance.period,
            sample_size=priced.sample_size,
            rows=tuple(r.id for r in priced.rows),
        ),
        recommendations=tuple(advice.recommend(facts)),
        explanation=explanation,
        confidence=confidence,
        confidence_reason=reason,
        remote=profile.find_remote(doc.lines),
        relocation=profile.find_relocation(doc.lines),
        languages=tuple(
            LanguageSkill(spoken.code, spoken.level) for spoken in profile.find_languages(doc.lines)
        ),
        education=profile.find_education(doc.lines),
        desired_salary=DesiredSalary(
            desired.amount, desired.currency, desired.period, desired.basis
        )
        if desired
        else None,
        desired_percentile=desired_p,
        market_percentiles=distribution,
        candidate_percentile=candidate_p,
    )


RUB_TAX = 0.13  # НДФЛ flat rate: RUB gross = net / 0.87 (the 2025 higher steps are not modelled)


def desired_in_units(desired: profile.Desired, q: Quote) -> tuple[float | None, str]:
    """The desired amount in the quote's units, and how it was converted (or why it cannot be)."""
    if desired.currency != q.currency:
        return None, f"it is in {desired.currency} and the market table in {q.currency}"
    amount, steps = float(desired.amount), []
    if desired.period != q.pay_period:
        amount = amount * 12 if q.pay_period == "year" else amount / 12
        steps.append(f"{desired.period} -> {q.pay_period}")
    if not desired.period_stated:
        steps.append(f"period not stated, {desired.period} assumed")
    if desired.basis is None:
        steps.append(f"basis not stated, taken as the table's {q.basis}")
    elif desired.basis != q.basis:
        if q.currency != "RUB":
            return None, f"it is {desired.basis} and the {q.currency} table {q.basis}"
        amount = amount / (1 - RUB_TAX) if q.basis == "gross" else amount * (1 - RUB_TAX)
        steps.append(f"{desired.basis} -> {q.basis} at the 13% НДФЛ rate")
    return amount, "; ".join(steps) or "same units"


def _desired_percentile(
    desired: profile.Desired | None, q: Quote
) -> tuple[float | None, float | None, str]:
    """Percentile of the desired salary in `q`, the amount in q's units, and the explanation."""
    if desired is None:
        return None, None, ""
    stated = f"{desired.amount:,} {desired.currency}/{desired.period} {desired.basis or ''}".strip()
    amount, how = desired_in_units(desired, q)
    if amount is None:
        return None, None, f"Desired salary {stated}: no percentile, {how}."
    p = percentile_of(amount, q)
    return (
        p,
        amount,
        (
            f"Desired salary {stated} = {amount:,.0f} {q.currency}/{q.pay_period} {q.basis} "
            f"({how}): percentile {p:g} of {q.segment}."
        ),
    )


def _headline(doc: Layout) -> str:
    """The resume's own title: its first lines and any "desired position" line."""
    head = [line for line in doc.lines[:4] if not heading(line) and len(line) <= _TITLE_MAX]
    for index, line in enumerate(doc.lines):
        if match := _TITLE_LABEL.match(line):
            head.append(match["rest"] or "")
            if index + 1 < len(doc.lines):
                head.append(doc.lines[index + 1])
    return "\n".join(head)


def _job_titles(work: str, ranges: Sequence[DatedRange]) -> list[str]:
    """Short lines around each dated range (the title sits beside its dates), newest first."""
    lines = work.split("\n")
    starts, offset = [], 0
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    date_lines = sorted({_line_at(starts, r.position) for r in ranges})
    ordered = sorted(ranges, key=lambda r: (r.period.end, r.period.start), reverse=True)
    titles = []
    for dated in ordered:
        at = _line_at(starts, dated.position)
        later = [n for n in date_lines if n > at]
        stop = min([at + 5, len(lines), *later])
        window = [lines[n] for n in range(max(at - 1, 0), stop) if len(lines[n]) <= _TITLE_MAX]
        titles.append("\n".join(window))
    return titles


def _line_at(starts: Sequence[int], position: int) -> int:
    return bisect.bisect_right(starts, position) - 1


def _market(place: Place | None, language: str) -> tuple[str, str]:
    """Which table prices the resume. A stated location outranks the resume's language."""
    if place and place.country == "RU":
        return "RU", f"the resume names {place.city or 'Russia'}"
    if place and place.country in SO_COUNTRIES:
        return place.country, f"the resume names {place.city or place.country}"
    if language == "ru":
        return "RU", "the resume is in Russian" + (
            f" (location {place.city or place.country} has no table)" if place else ""
        )
    if place:
        return "GLOBAL", f"{place.city or place.country} has no country table"
    return "GLOBAL", "no location found in an English resume"


def _confidence(
    priced: Quote,
    evidence: str,
    fit: str,
    years: float | None,
    place: Place | None,
    *,
    stated: bool = False,
) -> tuple[float, str]:
    """Product of factors for sample size, how well the profile matched, and what was derived."""
    n = priced.sample_size
    parts = [
        (
            n / (n + 50) if n else 0.6,
            f"primary row n={n}" if n else "primary row publishes no sample size",
        ),
        (
            {"title": 1.0, "skills": 0.8}.get(evidence, 0.5),
            {"title": "role from a title", "skills": "role inferred from skills"}.get(
                evidence, "role not identified"
            ),
        ),
        (
            {"exact": 1.0, "closest": 0.75}.get(fit, 0.6),
            {
                "exact": "exact market row for the role",
                "closest": "nearest market row for the role",
            }.get(fit, "no market row for the role, overall level used"),
        ),
    ]
    if "role_from_global" in priced.derived:
        parts.append((0.75, "role and experience offsets carried over from Stack Overflow 2024"))
    if "role_from_occupations" in priced.derived:
        parts.append((0.7, "the occupation's pay relative to IT carried over from US wages (BLS)"))
    if "country_level" in priced.derived:
        parts.append((0.85, "country level derived from other DevTypes"))
    if years is None:
        parts.append((0.85, "no dated positions"))
    elif stated:
        parts.append((0.92, "experience as stated in words, no dated positions"))
    else:
        parts.append((1.0, "experience from dated positions"))
    parts.append((1.0, "location found") if place else (0.9, "no location"))
    value = 1.0
    for factor, _ in parts:
        value *= factor
    return round(value, 2), "; ".join(reason for _, reason in parts)


def _years_line(ranges: Sequence[DatedRange], years: float | None, *, stated: bool) -> str:
    if years is None:
        return "No dated positions found; the grade's typical years are used."
    if stated:
        return (
            f"Experience {years} years as the resume states it in words: no dated positions "
            "were found, so it cannot be checked (lower confidence)."
        )
    counted = (
        "1 dated range" if len(ranges) == 1 else f"{len(ranges)} dated ranges, overlaps merged"
    )
    return f"Experience {years} years from {counted}."


def _grade_line(evidence: str, grade: str, word: str, years: float | None) -> str:
    if evidence == "title":
        return f"Grade {grade} from the title word {word!r}."
    if evidence == "years":
        return f"Grade {grade} from {years} years (<0.5 intern, <2 junior, <5 middle, else senior)."
    return f"Grade {grade} assumed: no title word and no dates."
