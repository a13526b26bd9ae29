"""Typed event models; each mirrors `schemas/avro/<event_type>/v<schema_version>.avsc`.

The Avro schemas are the source of truth; tests/contract checks that these models match them.
Models are frozen and use tuples for lists so an event cannot change after it is built.
"""

from __future__ import annotations

from abc import abstractmethod
from datetime import UTC, datetime
from typing import Annotated, ClassVar, Literal

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict

from worth.contracts import topics


def _utc_millis(value: datetime) -> datetime:
    # The wire carries milliseconds (timestamp-millis); truncating here keeps encode→decode exact.
    value = value.astimezone(UTC)
    return value.replace(microsecond=value.microsecond // 1000 * 1000)


Timestamp = Annotated[AwareDatetime, AfterValidator(_utc_millis)]
SalaryPeriod = Literal["month", "year"]
SalaryBasis = Literal["net", "gross"]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Event(_Model):
    """Every event concerns one resume of one owner; the resume id is the partition key."""

    event_type: ClassVar[str]
    schema_version: ClassVar[int]

    resume_id: str
    owner_id: str

    @property
    def key(self) -> str:
        return self.resume_id

    @property
    @abstractmethod
    def occurred_at(self) -> datetime:
        """When the thing the event reports happened (the CloudEvents `time`)."""


class ResumeUploaded(Event):
    event_type: ClassVar[str] = topics.RESUME_UPLOADED
    schema_version: ClassVar[int] = 1

    content_sha256: str
    format: str
    media_type: str
    size_bytes: int
    storage_key: str
    uploaded_at: Timestamp

    @property
    def occurred_at(self) -> datetime:
        return self.uploaded_at


class Section(_Model):
    name: str
    text: str


class ResumeParsed(Event):
    event_type: ClassVar[str] = topics.RESUME_PARSED
    schema_version: ClassVar[int] = 1

    text: str
    language: str
    page_count: int
    sections: tuple[Section, ...]
    parser: str
    parsed_at: Timestamp

    @property
    def occurred_at(self) -> datetime:
        return self.parsed_at


class Analyzer(_Model):
    name: str
    version: str


class Salary(_Model):
    currency: str
    period: SalaryPeriod
    basis: SalaryBasis
    low: float
    median: float
    high: float


class Market(_Model):
    source: str
    segment: str
    period: str | None = None
    sample_size: int | None = None


class Recommendation(_Model):
    kind: str
    text: str


class LanguageSkill(_Model):
    code: str
    level: str | None = None


class DesiredSalary(_Model):
    amount: float
    currency: str
    period: str
    basis: str | None = None


class Percentile(_Model):
    percentile: int
    value: float


class AnalysisCompleted(Event):
    event_type: ClassVar[str] = topics.ANALYSIS_COMPLETED
    schema_version: ClassVar[int] = 2

    analysis_id: str
    analyzer: Analyzer
    role: str
    grade: str
    years_experience: float | None = None
    skills: tuple[str, ...]
    location: str | None = None
    salary: Salary
    market: Market
    recommendations: tuple[Recommendation, ...]
    # v2
    language: str | None = None
    role_family: str | None = None
    remote: str | None = None
    relocation: bool | None = None
    languages: tuple[LanguageSkill, ...] = ()
    education: str | None = None
    desired_salary: DesiredSalary | None = None
    desired_percentile: float | None = None
    market_percentiles: tuple[Percentile, ...] = ()
    candidate_percentile: float | None = None
    confidence: float | None = None
    confidence_reason: str | None = None
    fallback_reason: str | None = None
    completed_at: Timestamp

    @property
    def occurred_at(self) -> datetime:
        return self.completed_at


class EmailRequested(Event):
    event_type: ClassVar[str] = topics.EMAIL_REQUESTED
    schema_version: ClassVar[int] = 1

    request_id: str
    subscription_id: str
    template: str
    analysis_id: str
    requested_at: Timestamp

    @property
    def occurred_at(self) -> datetime:
        return self.requested_at


class ResumeDeleted(Event):
    event_type: ClassVar[str] = topics.RESUME_DELETED
    schema_version: ClassVar[int] = 1

    reason: str  # owner_request | retention
    deleted_at: Timestamp

    @property
    def occurred_at(self) -> datetime:
        return self.deleted_at


EVENT_TYPES: dict[str, type[Event]] = {
    cls.event_type: cls
    for cls in (ResumeUploaded, ResumeParsed, AnalysisCompleted, EmailRequested, ResumeDeleted)
}
