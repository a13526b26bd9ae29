from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import SettingsConfigDict

from worth.common.settings import PLACEHOLDER, ServiceSettings
from worth.resume.storage.crypto import Keyring, MasterKey, load_or_create_key_file


class Settings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="WORTH_RESUME_", extra="ignore")

    database_url: str = "postgresql+asyncpg://postgres@127.0.0.1:5432/resumes_db"
    storage_dir: Path = Path(".worth/storage")
    max_upload_bytes: int = 10 * 1024 * 1024
    consumer_group: str = "resume"
    retention_days: int = Field(default=30, ge=1)

    # Encryption at rest: the master key as base64 of 32 bytes, given directly or in a file.
    # In development and tests, without either, one is generated into storage_dir/master.key.
    storage_master_key: SecretStr | None = None
    storage_master_key_file: Path | None = None
    # Earlier master keys, comma-separated base64: still decrypt, never encrypt.
    storage_previous_master_keys: SecretStr = SecretStr("")

    storage_backend: Literal["local", "s3"] = "local"
    s3_bucket: str = "resumes"
    s3_prefix: str = ""
    s3_endpoint_url: str | None = None  # None: AWS itself
    s3_region: str = "us-east-1"
    s3_access_key_id: str | None = None
    s3_secret_access_key: SecretStr | None = None

    @model_validator(mode="after")
    def _check_storage_secrets(self) -> Settings:
        for secret in (self.storage_master_key, self.storage_previous_master_keys):
            for text in _split(secret):
                if text != PLACEHOLDER:
                    MasterKey.from_base64(text)  # raises on a malformed key, in any environment
        if self.environment != "production":
            return self
        if self.storage_master_key is None and self.storage_master_key_file is None:
            raise ValueError("storage_master_key or storage_master_key_file is required")
        placeholders = [
            name
            for name in ("storage_master_key", "s3_secret_access_key")
            if (value := getattr(self, name)) is not None
            and value.get_secret_value() == PLACEHOLDER
        ]
        if placeholders:
            raise ValueError(f"placeholder secrets are refused in production: {placeholders}")
        return self

    def storage_keyring(self) -> Keyring:
        """The master keys; in development this may create storage_dir/master.key."""
        previous = [
            MasterKey.from_base64(text) for text in _split(self.storage_previous_master_keys)
        ]
        if self.storage_master_key is not None:
            current = MasterKey.from_base64(self.storage_master_key.get_secret_value())
        elif self.storage_master_key_file is not None:
            current = MasterKey.from_base64(self.storage_master_key_file.read_text())
        else:
            current = load_or_create_key_file(self.storage_dir / "master.key")
        return Keyring(current, previous)


def _split(secret: SecretStr | None) -> list[str]:
    if secret is None:
        return []
    return [part.strip() for part in secret.get_secret_value().split(",") if part.strip()]
