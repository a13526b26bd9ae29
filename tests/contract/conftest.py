"""Realistic events of every type, shared by the contract tests."""

from datetime import UTC, datetime, timedelta, timezone

import pytest

from worth.contracts.events import (
    AnalysisCompleted,
    Analyzer,
    EmailRequested,
    Event,
    Market,
    Recommendation,
    ResumeDeleted,
    ResumeParsed,
    ResumeUploaded,
    Salary,
    Section,
)

MOSCOW = timezone(timedelta(hours=3))
RESUME_ID = "6f1c2b8e-3d4a-4c5b-9e7f-1a2b3c4d5e6f"
OWNER_ID = "google-oauth2|108234987650123456789"

SAMPLES: dict[str, Event] = {
    "uploaded": ResumeUploaded(
        resume_id=RESUME_ID,
        owner_id=OWNER_ID,
        content_sha256="9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        format="pdf",
        media_type="application/pdf",
        size_bytes=248_113,
        storage_key=f"resumes/original/{RESUME_ID}",
        uploaded_at=datetime(2025, 3, 14, 9, 26, 53, 589_000, tzinfo=UTC),
    ),
    "parsed": ResumeParsed(
        resume_id=RESUME_ID,
        owner_id=OWNER_ID,
        text="Иван П. — Python-разработчик, 6 лет опыта. Контакты: [скрыто]. FastAPI, Kafka 🚀",
        language="ru",
        page_count=2,
        sections=(
            Section(name="experience", text="ООО «Ромашка», 2019–2025: бэкенд на Python"),
            Section(name="skills", text="Python, PostgreSQL, Kafka"),
        ),
        parser="pypdf/7.0.1",
        # A non-UTC zone: the same instant must come back, expressed in UTC.
        parsed_at=datetime(2025, 3, 14, 12, 27, 1, 5_000, tzinfo=MOSCOW),
    ),
    "parsed-empty": ResumeParsed(
        resume_id=RESUME_ID,
        owner_id=OWNER_ID,
        text="",
        language="unknown",
        page_count=0,
        sections=(),
        parser="plain-text/1",
        parsed_at=datetime(2025, 3, 14, 9, 27, tzinfo=UTC),
    ),
    "completed": AnalysisCompleted(
        analysis_id="0b5c3a9e-8f1d-4e2a-b6c7-d8e9f0a1b2c3",
        resume_id=RESUME_ID,
        owner_id=OWNER_ID,
        analyzer=Analyzer(name="claude-sonnet", version="2025-02-19"),
        role="Backend-разработчик",
        grade="senior",
        years_experience=6.5,
        skills=("Python", "FastAPI", "Kafka", "PostgreSQL"),
        location="Москва",
        salary=Salary(
            currency="RUB",
            period="month",
            basis="net",
            low=280_000.0,
            median=350_000.0,
            high=420_000.5,
        ),
        market=Market(source="hh.ru", segment="python backend", period="2025-Q1", sample_size=1834),
        recommendations=(
            Recommendation(kind="skill", text="Добавьте опыт с Kubernetes"),
            Recommendation(kind="negotiation", text="Start from the upper quartile"),
        ),
        completed_at=datetime(2025, 3, 14, 9, 28, 30, tzinfo=UTC),
    ),
    "completed-minimal": AnalysisCompleted(
        analysis_id="analysis-2",
        resume_id=RESUME_ID,
        owner_id=OWNER_ID,
        analyzer=Analyzer(name="rules", version="1"),
        role="unknown",
        grade="unknown",
        years_experience=None,
        skills=(),
        location=None,
        salary=Salary(currency="USD", period="year", basis="gross", low=0, median=0, high=0),
        market=Market(source="none", segment="none"),
        recommendations=(),
        completed_at=datetime(2025, 3, 14, 9, 28, 30, tzinfo=UTC),
    ),
    "email": EmailRequested(
        request_id="req-7d3f",
        resume_id=RESUME_ID,
        owner_id=OWNER_ID,
        subscription_id="sub-42",
        template="analysis_ready",
        analysis_id="0b5c3a9e-8f1d-4e2a-b6c7-d8e9f0a1b2c3",
        requested_at=datetime(2025, 3, 14, 9, 28, 31, tzinfo=UTC),
    ),
    "deleted": ResumeDeleted(
        resume_id=RESUME_ID,
        owner_id=OWNER_ID,
        reason="owner_request",
        deleted_at=datetime(2025, 3, 15, 10, 0, 0, 123000, tzinfo=MOSCOW),
    ),
}


@pytest.fixture(params=list(SAMPLES.values()), ids=list(SAMPLES))
def event(request: pytest.FixtureRequest) -> Event:
    sample: Event = request.param
    return sample
