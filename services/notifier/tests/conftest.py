"""A migrated emails_db of its own for each test, the shared SMTP sink, realistic analyses."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from worth.common.db import create_engine
from worth.common.migrations import upgrade
from worth.contracts.events import AnalysisCompleted, Analyzer, Market, Recommendation, Salary
from worth.devstack.infra import EmbeddedInfra
from worth.devstack.pytest_plugin import embedded_infra, fresh_database
from worth.notifier.settings import Settings

__all__ = ["embedded_infra"]


@pytest.fixture
def analysis() -> AnalysisCompleted:
    return AnalysisCompleted(
        analysis_id=str(uuid.uuid4()),
        resume_id=str(uuid.uuid4()),
        owner_id=f"owner-{uuid.uuid4().hex}",
        analyzer=Analyzer(name="rules", version="1"),
        role="backend_developer",
        grade="senior",
        years_experience=6.46,
        skills=("Python", "PostgreSQL", "Kafka"),
        location="Москва",
        salary=Salary(
            currency="RUB", period="month", basis="net", low=280_400, median=350_000, high=1_234_567
        ),
        market=Market(source="hh.ru", segment="python <backend>"),
        recommendations=(
            Recommendation(kind="skill", text="Add Kubernetes & Helm"),
            Recommendation(kind="negotiation", text="Start from the upper quartile"),
        ),
        completed_at=datetime.now(UTC),
    )


@pytest.fixture
def database_url(embedded_infra: EmbeddedInfra) -> str:
    return fresh_database(embedded_infra, "emails")


@pytest.fixture
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    await asyncio.to_thread(upgrade, "worth.notifier", database_url)
    engine = create_engine(database_url, pool_size=4)
    yield engine
    await engine.dispose()


@pytest.fixture
def settings(embedded_infra: EmbeddedInfra, database_url: str) -> Settings:
    return Settings(
        database_url=database_url,
        smtp_host=embedded_infra.smtp.host,
        smtp_port=embedded_infra.smtp.port,
        smtp_timeout_s=5,
        public_base_url="https://worth.example/",
    )
