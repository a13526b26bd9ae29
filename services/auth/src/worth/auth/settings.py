from __future__ import annotations

from pathlib import Path

from pydantic_settings import SettingsConfigDict

from worth.common.settings import ServiceSettings


class Settings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="WORTH_AUTH_", extra="ignore")

    database_url: str = "postgresql+asyncpg://postgres@127.0.0.1:5432/auth_db"
    jwt_private_key_file: Path | None = None
    access_ttl_s: int = 15 * 60
    refresh_ttl_s: int = 7 * 24 * 3600
