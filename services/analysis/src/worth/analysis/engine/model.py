"""The engine's result: what a resume is worth, why, and what would raise it."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Role:
    id: str  # e.g. "backend_developer"
    title: str  # in the resume's language


@dataclass(frozen=True, slots=True)
class Skill:
    id: str  # e.g. "kubernetes"
    name: str  # e.g. "Kubernetes"


@dataclass(frozen=True, slots=True)
class Location:
    city: str | None  # English name, e.g. "St Petersburg"; None when only the country is known
    country: str  # ISO 3166-1 alpha-2, e.g. "RU"


@dataclass(frozen=True, slots=True)
class Salary:
    currency: str  # "RUB" | "USD"
    period: str  # "month" | "year"
    basis: str  # "net" | "gross"
    low: int
    median: int
    high: int


@dataclass(frozen=True, slots=True)
class Market:
    source: str  # e.g. "Хабр Карьера (Habr Career) salary calculator + Stack Overflow ..."
    publication: str
    segment: str  # e.g. "RU / Moscow / backend / senior"
    period: str  # of the primary row, e.g. "2025-H2"
    sample_size: int | None  # of the primary row; None when the source does not publish it
    rows: tuple[str, ...]  # ids of every market row used


@dataclass(frozen=True, slots=True)
class Recommendation:
    kind: str  # skills | next_grade | dates | skills_section | results | location | role
    text: str  # in the resume's language


@dataclass(frozen=True, slots=True)
class LanguageSkill:
    code: str  # ISO 639-1, e.g. "en"
    level: str | None  # CEFR "A1".."C2", "native", or None when the resume gives no level


@dataclass(frozen=True, slots=True)
class DesiredSalary:
    amount: int
    currency: str  # ISO 4217, e.g. "RUB"
    period: str  # "month" | "year": as stated, else inferred (roubles monthly, see profile.py)
    basis: str | None  # "net" | "gross"; None when the resume does not say


@dataclass(frozen=True, slots=True)
class Analysis:
    analyzer_name: str
    analyzer_version: str
    language: str  # "ru" | "en": the language of the recommendations
    role: Role
    role_family: str
    grade: str  # intern | junior | middle | senior | lead | principal
    years_experience: float | None  # None when no dated position was found
    skills: tuple[Skill, ...]
    location: Location | None
    salary: Salary
    market: Market
    recommendations: tuple[Recommendation, ...]
    explanation: tuple[str, ...]
    confidence: float  # 0..1
    confidence_reason: str
    # Profile facts the resume states (None / empty when it does not).
    remote: str | None = None  # "remote" | "hybrid" | "office"
    relocation: bool | None = None
    languages: tuple[LanguageSkill, ...] = ()
    education: str | None = None  # secondary | vocational | bachelor | specialist | master | phd
    desired_salary: DesiredSalary | None = None
    desired_percentile: float | None = None  # of desired_salary in market_percentiles' segment
    # Market distribution of the matched segment in the salary's units: (percentile, pay).
    market_percentiles: tuple[tuple[int, int], ...] = ()
    candidate_percentile: float | None = None  # of salary.median in that distribution

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)
