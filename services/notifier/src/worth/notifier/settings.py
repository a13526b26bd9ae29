from __future__ import annotations

from pydantic_settings import SettingsConfigDict

from worth.common.settings import ServiceSettings


class Settings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="WORTH_NOTIFIER_", extra="ignore")

    database_url: str = "postgresql+asyncpg://postgres@127.0.0.1:5432/emails_db"
    consumer_group: str = "notifier"
    smtp_host: str = "127.0.0.1"
    smtp_port: int = 1025
    smtp_username: str | None = None
    smtp_password: str | None = None
    smtp_starttls: bool = False
    smtp_timeout_s: float = 15.0
    mail_from: str = "Worth <no-reply@worth.local>"
    public_base_url: str = "http://127.0.0.1:8000"
