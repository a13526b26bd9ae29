"""One bounded conversation with Claude: a forced tool call, retried with backoff, then validated.

The SDK's own retries are switched off: it honours any `retry-after` the server sends, however
long, which would break the time bound below. Here every attempt has `timeout_s`, a retry waits
`backoff_s * 2**n` (or the server's `retry-after`), never more than `max_backoff_s`, and the
whole call runs under `worst_case_s(...)` as a hard deadline. That bound is what lets the
settings prove a consumed record cannot outlast the consumer's max.poll.interval.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

import anthropic
from anthropic import AsyncAnthropic
from anthropic.types import Message
from pydantic import ValidationError

from worth.analysis.engine import ANALYZER_VERSION as OFFLINE_VERSION
from worth.analysis.llm.prompt import PROMPT_VERSION, TOOL, TOOL_NAME, Prompt
from worth.analysis.llm.reply import Reply
from worth.common.logging import get_logger

ANALYZER_NAME = "worth-claude"
RETRYABLE_STATUS = frozenset({408, 409, 429})  # and every 5xx (529: overloaded)

log = get_logger(__name__)


def worst_case_s(timeout_s: float, max_retries: int, max_backoff_s: float) -> float:
    """The longest one call can take: every attempt times out, every wait is the longest."""
    return (max_retries + 1) * timeout_s + max_retries * max_backoff_s


@dataclass(frozen=True, slots=True)
class Usage:
    input_tokens: int = 0
    output_tokens: int = 0

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            self.input_tokens + other.input_tokens, self.output_tokens + other.output_tokens
        )


@dataclass(frozen=True, slots=True)
class Answer:
    reply: Reply
    usage: Usage
    attempts: int


class ClaudeError(Exception):
    """Claude gave no usable answer; `reason` is recorded as the fallback, `usage` is billed."""

    def __init__(self, reason: str, usage: Usage, attempts: int) -> None:
        super().__init__(reason)
        self.reason = reason
        self.usage = usage
        self.attempts = attempts


class _Failure(Exception):
    def __init__(self, reason: str, *, retryable: bool, retry_after_s: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retryable = retryable
        self.retry_after_s = retry_after_s


class ClaudeAnalyzer:
    name = ANALYZER_NAME

    def __init__(
        self,
        client: AsyncAnthropic,
        *,
        model: str,
        max_tokens: int = 2048,
        timeout_s: float = 20.0,
        max_retries: int = 1,
        backoff_s: float = 1.0,
        max_backoff_s: float = 4.0,
    ) -> None:
        self._client = client
        self.model = model
        self._max_tokens = max_tokens
        self._timeout_s = timeout_s
        self._max_retries = max_retries
        self._backoff_s = backoff_s
        self._max_backoff_s = max_backoff_s

    @property
    def version(self) -> str:
        """Model, prompt and the offline analysis it is grounded in: a new one is a new cache."""
        return f"{self.model}+{PROMPT_VERSION}+offline-{OFFLINE_VERSION}"

    @property
    def deadline_s(self) -> float:
        return worst_case_s(self._timeout_s, self._max_retries, self._max_backoff_s)

    async def close(self) -> None:
        await self._client.close()

    async def ask(self, prompt: Prompt) -> Answer:
        """Claude's validated tool input, or ClaudeError once the attempts or the time are spent."""
        usage, attempt = Usage(), 0
        try:
            async with asyncio.timeout(self.deadline_s):
                while True:
                    attempt += 1
                    try:
                        message = await self._create(prompt)
                    except _Failure as failure:
                        if not failure.retryable or attempt > self._max_retries:
                            raise ClaudeError(failure.reason, usage, attempt) from failure
                        delay = self._delay(attempt, failure.retry_after_s)
                        log.warning(
                            "claude.retry", attempt=attempt, reason=failure.reason, delay_s=delay
                        )
                        await asyncio.sleep(delay)
                        continue
                    usage += Usage(message.usage.input_tokens, message.usage.output_tokens)
                    return Answer(_reply(message, usage, attempt), usage, attempt)
        except TimeoutError as exc:
            raise ClaudeError("deadline", usage, attempt) from exc

    async def _create(self, prompt: Prompt) -> Message:
        try:
            return await self._client.messages.create(
                model=self.model,
                max_tokens=self._max_tokens,
                system=prompt.system,
                messages=[{"role": "user", "content": prompt.user}],
                tools=[TOOL],
                tool_choice={"type": "tool", "name": TOOL_NAME},
                timeout=self._timeout_s,
            )
        except anthropic.APITimeoutError as exc:
            raise _Failure("timeout", retryable=True) from exc
        except anthropic.APIConnectionError as exc:
            raise _Failure("connection_error", retryable=True) from exc
        except anthropic.APIStatusError as exc:
            status = exc.status_code
            retryable = status in RETRYABLE_STATUS or status >= 500
            raise _Failure(
                f"http_{status}", retryable=retryable, retry_after_s=_retry_after(exc)
            ) from exc

    def _delay(self, attempt: int, retry_after_s: float | None) -> float:
        delay = self._backoff_s * 2 ** (attempt - 1)
        if retry_after_s is not None:
            delay = max(delay, retry_after_s)
        return min(delay, self._max_backoff_s)


def _reply(message: Message, usage: Usage, attempt: int) -> Reply:
    calls = [b for b in message.content if b.type == "tool_use" and b.name == TOOL_NAME]
    if not calls:
        raise ClaudeError(f"invalid_reply: no {TOOL_NAME} call", usage, attempt)
    try:
        return Reply.model_validate(calls[0].input)
    except ValidationError as exc:
        fields = sorted({".".join(map(str, e["loc"])) or "input" for e in exc.errors()})
        raise ClaudeError(f"invalid_reply: {', '.join(fields)}", usage, attempt) from exc


def _retry_after(exc: anthropic.APIStatusError) -> float | None:
    try:
        return float(exc.response.headers.get("retry-after", ""))
    except ValueError:
        return None
