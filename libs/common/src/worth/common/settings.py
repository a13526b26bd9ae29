"""Settings shared by every service; each service subclasses with its own env prefix."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

Environment = Literal["development", "test", "production"]
PLACEHOLDER = "change-me"


class ServiceSettings(BaseSettings):
    """What every service needs: where its database, broker and cache are, and how to log."""

    model_config = SettingsConfigDict(env_prefix="WORTH_", extra="ignore")

    environment: Environment = "development"
    log_level: str = "INFO"
    log_json: bool | None = None  # None: JSON unless stderr is a terminal
    database_url: str = "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
    kafka_bootstrap_servers: str = "127.0.0.1:9092"
    redis_url: str = "redis://127.0.0.1:6379/0"
    # A waiting fetch on tansu is only answered at this deadline, so it bounds the cost of a hop.
    kafka_fetch_max_wait_ms: int = 10
    # A member that holds one record longer than this is evicted from its group (rebalance).
    kafka_max_poll_interval_ms: int = 300_000
    # Redpanda supports idempotent producers; the embedded tansu broker does not.
    kafka_enable_idempotence: bool = False
    consumer_retries: int = 4
    consumer_retry_backoff_s: float = 0.2
    jwt_public_key_file: Path | None = None
    jwt_issuer: str = "worth-auth"
    jwt_audience: str = "worth"

    def require_public_key(self) -> Path:
        if self.jwt_public_key_file is None:
            raise ValueError("jwt_public_key_file is required to verify access tokens")
        return self.jwt_public_key_file

    def placeholder_secrets(self) -> list[str]:
        """Names of secret fields still holding the placeholder value."""
        return [
            name
            for name, value in self.model_dump().items()
            if isinstance(value, str) and value == PLACEHOLDER
        ]

    @model_validator(mode="after")
    def _refuse_placeholders_in_production(self) -> ServiceSettings:
        if self.environment == "production" and (names := self.placeholder_secrets()):
            raise ValueError(f"placeholder secrets are refused in production: {names}")
        return self
