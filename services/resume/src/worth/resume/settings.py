from __future__ import annotations

from pathlib import Path

from pydantic_settings import SettingsConfigDict

from worth.common.settings import ServiceSettings


class Settings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="WORTH_RESUME_", extra="ignore")

    database_url: str = "postgresql+asyncpg://postgres@127.0.0.1:5432/resumes_db"
    storage_dir: Path = Path(".worth/storage")
    max_upload_bytes: int = 10 * 1024 * 1024
    consumer_group: str = "resume"
