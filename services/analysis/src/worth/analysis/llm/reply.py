"""Claude's answer: validated as the tool's input, then reconciled with the market data."""

from __future__ import annotations

from dataclasses import replace
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from worth.analysis.engine import Analysis, Recommendation, Role, Salary, Skill
from worth.analysis.engine.roles import BY_ID as ROLES
from worth.analysis.engine.skills import find_skills
from worth.analysis.llm.prompt import Band

Grade = Literal["intern", "junior", "middle", "senior", "lead", "principal"]
Kind = Literal["skills", "next_grade", "dates", "skills_section", "results", "location", "role"]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")


class ReplySalary(_Model):
    currency: str
    period: Literal["month", "year"]
    basis: Literal["net", "gross"]
    low: float = Field(gt=0)
    median: float = Field(gt=0)
    high: float = Field(gt=0)
    outside_market_reason: str | None = None

    @model_validator(mode="after")
    def _ordered(self) -> ReplySalary:
        if not self.low <= self.median <= self.high:
            raise ValueError("salary must satisfy low <= median <= high")
        return self


class ReplyRecommendation(_Model):
    kind: Kind
    text: str = Field(min_length=1)


class Reply(_Model):
    """The `record_analysis` tool input. `role` is free text here: an id outside the taxonomy
    is reconciled (offline role), not rejected."""

    role: str
    grade: Grade
    years_experience: float | None = Field(default=None, ge=0, le=70)
    skills: tuple[str, ...] = ()
    salary: ReplySalary
    recommendations: tuple[ReplyRecommendation, ...] = Field(default=(), max_length=20)
    explanation: str = ""


def reconcile(
    offline: Analysis, reply: Reply, band: Band, *, name: str, version: str
) -> tuple[Analysis, tuple[str, ...]]:
    """Claude's analysis, held to the market data; returns it and what had to be adjusted.

    Location, market segment and confidence stay the offline ones: they come from the tables.
    """
    adjustments: list[str] = []
    role = ROLES.get(reply.role)
    if role is None or role.id == "unknown":
        adjustments.append(
            f"role {reply.role!r} is not in the taxonomy: offline role {offline.role.id} kept"
        )
        analysis_role, family = offline.role, offline.role_family
    else:
        title = role.title_ru if offline.language == "ru" else role.title_en
        analysis_role, family = Role(role.id, title), role.family
    salary = _salary(offline.salary, reply.salary, band, adjustments)
    explanation = (
        *(line for line in reply.explanation.splitlines() if line.strip()),
        *(f"Adjusted: {note}." for note in adjustments),
        "Market rows: " + ", ".join(offline.market.rows) + ".",
    )
    analysis = replace(
        offline,
        analyzer_name=name,
        analyzer_version=version,
        role=analysis_role,
        role_family=family,
        grade=reply.grade,
        years_experience=reply.years_experience,
        skills=_skills(reply.skills),
        salary=salary,
        recommendations=tuple(Recommendation(r.kind, r.text) for r in reply.recommendations)
        or offline.recommendations,
        explanation=explanation,
    )
    return analysis, tuple(adjustments)


def _salary(offline: Salary, pay: ReplySalary, band: Band, adjustments: list[str]) -> Salary:
    units = (pay.currency.upper(), pay.period, pay.basis)
    if units != (band.currency, band.period, band.basis):
        adjustments.append(
            f"salary in {'/'.join(units)}, not the market's "
            f"{band.currency}/{band.period}/{band.basis}: offline salary used"
        )
        return offline
    figures = {"low": pay.low, "median": pay.median, "high": pay.high}
    outside = {k: v for k, v in figures.items() if not band.low <= v <= band.high}
    if outside and pay.outside_market_reason and pay.outside_market_reason.strip():
        adjustments.append(
            f"kept {', '.join(outside)} outside the market band {band.low}-{band.high} "
            f"{band.currency}: {pay.outside_market_reason.strip()}"
        )
    else:
        for key, value in outside.items():
            clamped = min(max(value, band.low), band.high)
            adjustments.append(
                f"salary {key} {value:,.0f} clamped to {clamped:,.0f} {band.currency} "
                f"(market band {band.low}-{band.high})"
            )
            figures[key] = clamped
    return Salary(
        currency=band.currency,
        period=band.period,
        basis=band.basis,
        low=round(figures["low"]),
        median=round(figures["median"]),
        high=round(figures["high"]),
    )


def _skills(names: tuple[str, ...]) -> tuple[Skill, ...]:
    """Taxonomy names where the engine knows the skill («Питон» → Python), else as given."""
    skills: dict[str, Skill] = {}
    for name in filter(None, (n.strip() for n in names)):
        found = [Skill(s.id, s.name) for s in find_skills(name)] or [Skill(name.casefold(), name)]
        for skill in found:
            skills.setdefault(skill.id, skill)
    return tuple(skills.values())
