from __future__ import annotations

from pydantic import AliasChoices, Field, SecretStr, field_validator, model_validator
from pydantic_settings import SettingsConfigDict

from worth.analysis.llm.claude import worst_case_s
from worth.common.settings import ServiceSettings

# What a consumed record may cost besides the LLM call: the poll interval is not all ours.
POLL_INTERVAL_SHARE = 0.9


class Settings(ServiceSettings):
    model_config = SettingsConfigDict(
        env_prefix="WORTH_ANALYSIS_", extra="ignore", populate_by_name=True
    )

    database_url: str = "postgresql+asyncpg://postgres@127.0.0.1:5432/analysis_db"
    # A new group id re-reads `resume.parsed` from the start: how ops re-run every analysis.
    consumer_group: str = "analysis"

    # Claude is used when a key is set; without one the offline analyzer runs alone.
    anthropic_api_key: SecretStr | None = Field(
        default=None,
        validation_alias=AliasChoices("WORTH_ANALYSIS_ANTHROPIC_API_KEY", "ANTHROPIC_API_KEY"),
    )
    anthropic_base_url: str | None = Field(
        default=None,
        validation_alias=AliasChoices("WORTH_ANALYSIS_ANTHROPIC_BASE_URL", "ANTHROPIC_BASE_URL"),
    )
    anthropic_model: str = "claude-sonnet-5-5"
    anthropic_max_tokens: int = Field(default=2048, gt=0)
    # Per attempt; attempts = 1 + max_retries, with exponential backoff between them.
    anthropic_timeout_s: float = Field(default=20.0, gt=0)
    anthropic_max_retries: int = Field(default=1, ge=0)
    anthropic_backoff_s: float = Field(default=1.0, ge=0)
    anthropic_max_backoff_s: float = Field(default=4.0, ge=0)

    @field_validator("anthropic_api_key", "anthropic_base_url", mode="before")
    @classmethod
    def _blank_is_unset(cls, value: object) -> object:
        # compose passes `ANTHROPIC_API_KEY: ${ANTHROPIC_API_KEY:-}`: empty means "no Claude".
        return None if isinstance(value, str) and not value.strip() else value

    @property
    def llm_budget_s(self) -> float:
        """Worst-case wall time of one Claude analysis (every attempt times out)."""
        return worst_case_s(
            self.anthropic_timeout_s, self.anthropic_max_retries, self.anthropic_max_backoff_s
        )

    @property
    def record_budget_s(self) -> float:
        """Worst-case time one `resume.parsed` record can hold the consumer between two polls:
        the handler may run `consumer_retries + 1` times (a failure after a fallback pays the LLM
        again), with the consumer's backoff between runs."""
        runs = self.consumer_retries + 1
        backoffs = sum(self.consumer_retry_backoff_s * 2**n for n in range(self.consumer_retries))
        return runs * self.llm_budget_s + backoffs

    @model_validator(mode="after")
    def _llm_fits_the_poll_interval(self) -> Settings:
        # The aiokafka trap: a record held longer than max.poll.interval gets the member evicted,
        # the group rebalances, the record is redelivered and the same slow call starts again.
        limit = self.kafka_max_poll_interval_ms / 1000 * POLL_INTERVAL_SHARE
        if self.anthropic_api_key is not None and self.record_budget_s > limit:
            raise ValueError(
                f"Claude could hold a record {self.record_budget_s:.0f} s "
                f"((consumer_retries + 1) x (1 + anthropic_max_retries) x anthropic_timeout_s "
                f"+ backoffs), over {POLL_INTERVAL_SHARE:.0%} of max.poll.interval "
                f"({self.kafka_max_poll_interval_ms} ms): lower the timeout or the retries"
            )
        return self
