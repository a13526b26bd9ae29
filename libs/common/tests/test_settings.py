"""Placeholder secrets are refused in production, allowed while developing."""

from __future__ import annotations

import pytest
from pydantic import ValidationError
from pydantic_settings import SettingsConfigDict

from worth.common.settings import PLACEHOLDER, ServiceSettings


class ExampleSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="WORTH_EXAMPLE_", extra="ignore")

    api_secret: str = PLACEHOLDER
    webhook_token: str = PLACEHOLDER
    region: str = "eu"


def test_development_tolerates_placeholders_and_names_them() -> None:
    settings = ExampleSettings()
    assert settings.environment == "development"
    assert settings.placeholder_secrets() == ["api_secret", "webhook_token"]


def test_production_refuses_every_placeholder_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORTH_EXAMPLE_ENVIRONMENT", "production")
    monkeypatch.setenv("WORTH_EXAMPLE_WEBHOOK_TOKEN", "s3cr3t-from-the-vault")
    with pytest.raises(ValidationError) as caught:
        ExampleSettings()
    message = str(caught.value)
    assert "placeholder secrets are refused in production" in message
    assert "api_secret" in message
    assert "webhook_token" not in message


def test_production_starts_once_every_secret_is_real(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORTH_EXAMPLE_ENVIRONMENT", "production")
    monkeypatch.setenv("WORTH_EXAMPLE_API_SECRET", "a")
    monkeypatch.setenv("WORTH_EXAMPLE_WEBHOOK_TOKEN", "b")
    settings = ExampleSettings()
    assert (settings.environment, settings.placeholder_secrets()) == ("production", [])


def test_test_environment_tolerates_placeholders() -> None:
    assert ExampleSettings(environment="test").api_secret == PLACEHOLDER


def test_an_unknown_environment_is_refused() -> None:
    with pytest.raises(ValidationError):
        ExampleSettings(environment="staging")


def test_a_public_key_is_required_to_verify_tokens() -> None:
    with pytest.raises(ValueError, match="jwt_public_key_file"):
        ServiceSettings().require_public_key()
