from __future__ import annotations

from pydantic_settings import SettingsConfigDict

from worth.common.settings import ServiceSettings


class Settings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="WORTH_ANALYSIS_", extra="ignore")

    database_url: str = "postgresql+asyncpg://postgres@127.0.0.1:5432/analysis_db"
    # A new group id re-reads `resume.parsed` from the start: how ops re-run every analysis.
    consumer_group: str = "analysis"
