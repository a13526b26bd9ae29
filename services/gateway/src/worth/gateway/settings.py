from __future__ import annotations

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from worth.common.settings import ServiceSettings


class Settings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="WORTH_GATEWAY_", extra="ignore")

    auth_url: str = "http://127.0.0.1:8001"
    notifier_url: str = "http://127.0.0.1:8002"
    resume_url: str = "http://127.0.0.1:8003"
    # The published read models (SQL views) the gateway polls; read-only use.
    resumes_read_url: str = "postgresql://postgres@127.0.0.1:5432/resumes_db"
    analysis_read_url: str = "postgresql://postgres@127.0.0.1:5432/analysis_db"
    read_pool_size: int = 10
    poll_rate_per_minute: int = 6
    poll_burst: int = 6
    max_upload_bytes: int = 10 * 1024 * 1024
    upstream_timeout_s: float = 30.0
    cors_origins: list[str] = Field(
        default_factory=lambda: ["http://localhost:3000", "http://127.0.0.1:3000"]
    )
