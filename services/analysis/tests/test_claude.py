"""The Claude analyzer against a local server that speaks the Messages API, and the analysis
handler end to end on real PostgreSQL: stored row, cache, outbox and `analysis.completed`."""

from __future__ import annotations

import asyncio
import json
import re
import threading
import time
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

import worth.common.migrations
from worth.analysis import handlers
from worth.analysis.app import claude_analyzer
from worth.analysis.engine import analyze
from worth.analysis.llm import ClaudeAnalyzer, ClaudeError, build_prompt
from worth.analysis.llm.prompt import TOOL_NAME
from worth.analysis.market import load_market
from worth.analysis.projection import analyses, llm_cache
from worth.analysis.settings import Settings
from worth.contracts.codec import decode, encode
from worth.contracts.events import AnalysisCompleted, ResumeParsed
from worth.contracts.topics import RESUME_PARSED
from worth.devstack.infra import EmbeddedInfra
from worth.devstack.pytest_plugin import embedded_infra, fresh_database

__all__ = ["embedded_infra"]

API_KEY = "sk-ant-test-key"
MODEL = "claude-test-model"
INPUT_TOKENS, OUTPUT_TOKENS = 1834, 412
Resume = Callable[[str], str]

# The fake's own idea of a contact detail: any @-address or any run of 9+ phone-like digits.
_CONTACT = re.compile(r"\S+@\S+\.\w+|\+?\d(?:[\s().-]*\d){8,}")

# --- a local Messages API -------------------------------------------------------------------


@dataclass
class Step:
    """One scripted answer: a status with an error body, or (after `delay_s`) a tool call."""

    status: int = 200
    delay_s: float = 0.0
    tool_input: dict[str, Any] | None = None  # None: a valid answer built from the prompt
    headers: dict[str, str] = field(default_factory=dict)
    text_only: bool = False


@dataclass
class Request:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]


class FakeAnthropic:
    """Asserts what it receives, answers like the real API (full message shape)."""

    def __init__(self) -> None:
        self.script: list[Step] = []
        self.requests: list[Request] = []
        self.problems: list[str] = []
        self.models = {MODEL}
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["content-length"])))
                request = Request(self.path, {k.lower(): v for k, v in self.headers.items()}, body)
                fake.requests.append(request)
                fake.problems += fake.check(request)
                step = fake.script.pop(0) if fake.script else Step()
                time.sleep(step.delay_s)
                status, payload = fake.answer(step, body)
                data = json.dumps(payload).encode()
                try:
                    self.send_response(status)
                    self.send_header("content-type", "application/json")
                    self.send_header("request-id", f"req_{uuid.uuid4().hex[:24]}")
                    for name, value in step.headers.items():
                        self.send_header(name, value)
                    self.send_header("content-length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_port}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> FakeAnthropic:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def check(self, r: Request) -> list[str]:
        problems = []
        if r.path != "/v1/messages":
            problems.append(f"path {r.path}")
        if r.headers.get("x-api-key") != API_KEY and (
            r.headers.get("authorization") != f"Bearer {API_KEY}"
        ):
            problems.append("no API key")
        if not r.headers.get("anthropic-version"):
            problems.append("no anthropic-version")
        body = r.body
        if body.get("model") not in self.models:
            problems.append(f"model {body.get('model')}")
        tools = body.get("tools") or [{}]
        if [t.get("name") for t in tools] != [TOOL_NAME] or "input_schema" not in tools[0]:
            problems.append(f"tools {tools}")
        if body.get("tool_choice") != {"type": "tool", "name": TOOL_NAME}:
            problems.append(f"tool_choice {body.get('tool_choice')}")
        if not isinstance(body.get("max_tokens"), int):
            problems.append("no max_tokens")
        if [m["role"] for m in body.get("messages", [])] != ["user"]:
            problems.append("messages")
        if found := _CONTACT.findall(json.dumps(body, ensure_ascii=False)):
            problems.append(f"contact details sent: {found}")
        return problems

    def answer(self, step: Step, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        if step.status != 200:
            kind = {429: "rate_limit_error", 400: "invalid_request_error"}.get(
                step.status, "api_error"
            )
            return step.status, {
                "type": "error",
                "error": {"type": kind, "message": f"scripted {step.status}"},
                "request_id": f"req_{uuid.uuid4().hex[:24]}",
            }
        if step.text_only:
            content: list[dict[str, Any]] = [{"type": "text", "text": "I cannot help."}]
        else:
            tool_input = step.tool_input if step.tool_input is not None else valid_input(body)
            content = [
                {
                    "type": "tool_use",
                    "id": f"toolu_{uuid.uuid4().hex[:24]}",
                    "name": TOOL_NAME,
                    "input": tool_input,
                }
            ]
        return 200, {
            "id": f"msg_{uuid.uuid4().hex[:24]}",
            "type": "message",
            "role": "assistant",
            "model": body["model"],
            "content": content,
            "stop_reason": "end_turn" if step.text_only else "tool_use",
            "stop_sequence": None,
            "usage": {
                "input_tokens": INPUT_TOKENS,
                "output_tokens": OUTPUT_TOKENS,
                "cache_creation_input_tokens": 0,
                "cache_read_input_tokens": 0,
                "service_tier": "standard",
            },
        }


def grounding(body: dict[str, Any]) -> dict[str, Any]:
    """The JSON the prompt grounds the answer in (offline analysis and market rows)."""
    user = body["messages"][0]["content"]
    return json.loads(user.split("(JSON):\n", 1)[1].split("\n\n", 1)[0])


def valid_input(body: dict[str, Any]) -> dict[str, Any]:
    """What a careful model answers: the offline profile, a salary inside the market band."""
    facts = grounding(body)
    offline, market = facts["offline_analysis"], facts["market"]
    low, high = market["band"]["low"], market["band"]["high"]
    return {
        "role": offline["role"],
        "grade": offline["grade"],
        "years_experience": offline["years_experience"],
        "skills": offline["skills"],
        "salary": {
            **market["units"],
            "low": low,
            "median": (low + high) // 2,
            "high": high,
            "outside_market_reason": None,
        },
        "recommendations": [{"kind": "skills", "text": "Add Kubernetes to the skills section."}],
        "explanation": f"Priced on rows {', '.join(r['id'] for r in market['rows'])}.",
    }


@pytest.fixture
def fake() -> Iterator[FakeAnthropic]:
    with FakeAnthropic() as server:
        yield server
        assert server.problems == []


def make_claude(fake: FakeAnthropic, **settings: Any) -> ClaudeAnalyzer:
    defaults: dict[str, Any] = {
        "anthropic_api_key": API_KEY,
        "anthropic_base_url": fake.url,
        "anthropic_model": MODEL,
        "anthropic_timeout_s": 5.0,
        "anthropic_max_retries": 2,
        "anthropic_backoff_s": 0.01,
        "anthropic_max_backoff_s": 0.05,
    }
    claude = claude_analyzer(Settings(**(defaults | settings)))
    assert claude is not None
    return claude


@pytest.fixture
async def claude(fake: FakeAnthropic) -> AsyncIterator[ClaudeAnalyzer]:
    claude = make_claude(fake)
    yield claude
    await claude.close()


def prompt_for(resume: Resume, name: str = "ru_backend_senior_moscow") -> Any:
    text = resume(name)
    return build_prompt(text, analyze(text, language=name[:2]), load_market())


# --- the client: retries, time bounds, validation ----------------------------------------------


async def test_a_tool_call_is_validated_and_its_usage_counted(
    fake: FakeAnthropic, claude: ClaudeAnalyzer, resume: Resume
) -> None:
    answer = await claude.ask(prompt_for(resume))
    assert (answer.attempts, answer.usage.input_tokens) == (1, INPUT_TOKENS)
    assert answer.usage.output_tokens == OUTPUT_TOKENS
    assert answer.reply.role == "backend_developer"
    (request,) = fake.requests
    assert "<resume>" in request.body["messages"][0]["content"]
    assert request.body["system"].startswith("You are a compensation analyst")


async def test_server_errors_are_retried_with_backoff(
    fake: FakeAnthropic, claude: ClaudeAnalyzer, resume: Resume
) -> None:
    fake.script = [Step(status=500), Step(status=529)]
    answer = await claude.ask(prompt_for(resume))
    assert answer.attempts == 3 and len(fake.requests) == 3


async def test_a_rate_limit_waits_no_longer_than_the_backoff_cap(
    fake: FakeAnthropic, claude: ClaudeAnalyzer, resume: Resume
) -> None:
    fake.script = [Step(status=429, headers={"retry-after": "120"})]
    started = time.monotonic()
    answer = await claude.ask(prompt_for(resume))
    assert answer.attempts == 2
    assert time.monotonic() - started < 2  # not 120 s: the SDK alone would have waited


async def test_a_timeout_is_retried(fake: FakeAnthropic, resume: Resume) -> None:
    claude = make_claude(fake, anthropic_timeout_s=0.3)
    fake.script = [Step(delay_s=1.0)]
    answer = await claude.ask(prompt_for(resume))
    assert answer.attempts == 2 and len(fake.requests) == 2
    await claude.close()


async def test_the_whole_call_is_bounded_and_keeps_the_loop_free(
    fake: FakeAnthropic, resume: Resume
) -> None:
    # The deadline counts each attempt as exactly its timeout, but a real attempt also spends a
    # few ms on the request around it; with the cap barely above the real wait, the deadline and
    # the second attempt's own timeout race. Room in the cap (the real wait stays 0.01 s) makes
    # the attempts' timeouts fire first, as this test means them to.
    claude = make_claude(
        fake, anthropic_timeout_s=0.3, anthropic_max_retries=1, anthropic_max_backoff_s=0.2
    )
    fake.script = [Step(delay_s=1.0), Step(delay_s=1.0)]
    ticks = 0

    async def tick() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.01)
            ticks += 1

    prompt = prompt_for(resume)
    ticker = asyncio.create_task(tick())
    started = time.monotonic()
    with pytest.raises(ClaudeError) as failed:
        await claude.ask(prompt)
    elapsed = time.monotonic() - started
    ticker.cancel()
    assert (failed.value.reason, failed.value.attempts) == ("timeout", 2)
    assert 0.6 <= elapsed <= claude.deadline_s + 0.1  # 2 x 0.3 s + one backoff (+ scheduling)
    assert ticks >= elapsed / 0.01 * 0.5  # heartbeats (and everything else) kept running
    await claude.close()


async def test_a_client_error_is_not_retried(
    fake: FakeAnthropic, claude: ClaudeAnalyzer, resume: Resume
) -> None:
    fake.script = [Step(status=400)]
    with pytest.raises(ClaudeError, match="http_400"):
        await claude.ask(prompt_for(resume))
    assert len(fake.requests) == 1


@pytest.mark.parametrize(
    ("step", "reason"),
    [
        (Step(tool_input={"role": "backend_developer", "grade": "senior"}), "salary"),
        (Step(text_only=True), f"no {TOOL_NAME} call"),
    ],
)
async def test_an_invalid_reply_fails_with_its_usage(
    fake: FakeAnthropic, claude: ClaudeAnalyzer, resume: Resume, step: Step, reason: str
) -> None:
    fake.script = [step]
    with pytest.raises(ClaudeError) as failed:
        await claude.ask(prompt_for(resume))
    assert failed.value.reason.startswith("invalid_reply") and reason in failed.value.reason
    assert failed.value.usage.input_tokens == INPUT_TOKENS
    assert len(fake.requests) == 1


# --- the handler end to end on PostgreSQL ------------------------------------------------------


@pytest.fixture
async def engine(embedded_infra: EmbeddedInfra) -> AsyncIterator[AsyncEngine]:
    url = fresh_database(embedded_infra, "analysis")
    await asyncio.to_thread(worth.common.migrations.upgrade, "worth.analysis", url)
    engine = create_async_engine(url)
    yield engine
    await engine.dispose()


def parsed_event(text: str, language: str = "ru") -> ResumeParsed:
    return ResumeParsed(
        resume_id=str(uuid.uuid4()),
        owner_id="owner-1",
        text=text,
        language=language,
        page_count=1,
        sections=(),
        parser="test",
        parsed_at=datetime.now(UTC),
    )


@dataclass
class Stored:
    row: sa.Row[Any]
    event: AnalysisCompleted


async def handle(engine: AsyncEngine, claude: ClaudeAnalyzer | None, event: ResumeParsed) -> Stored:
    """Run the subscriber as the consumer does (in one transaction), return what it left."""
    encoded = encode(event, source="/worth/resume", correlation_id="corr-1")
    [subscription] = [s for s in handlers.subscriptions(claude) if s.topic == RESUME_PARSED]
    async with engine.begin() as conn:
        await subscription.handler(conn, decode(encoded.value, encoded.headers))
    async with engine.connect() as conn:
        row = (
            await conn.execute(
                sa.select(analyses).where(analyses.c.resume_id == uuid.UUID(event.resume_id))
            )
        ).one()
        outbox = (
            await conn.execute(
                sa.text("SELECT value, headers FROM outbox WHERE key = :key"),
                {"key": event.resume_id.encode()},
            )
        ).one()
    headers = [(name, value.encode()) for name, value in outbox.headers]
    completed = decode(outbox.value, headers).event
    assert isinstance(completed, AnalysisCompleted)
    return Stored(row, completed)


async def test_claude_analysis_is_stored_and_published(
    fake: FakeAnthropic, claude: ClaudeAnalyzer, engine: AsyncEngine, resume: Resume
) -> None:
    stored = await handle(engine, claude, parsed_event(resume("ru_backend_senior_moscow")))
    row, event = stored.row, stored.event
    assert row.status == "completed" and row.analyzer == f"worth-claude/{claude.version}"
    assert (row.llm_input_tokens, row.llm_output_tokens, row.llm_fallback) == (
        INPUT_TOKENS,
        OUTPUT_TOKENS,
        None,
    )
    llm = row.result["llm"]
    assert (llm["model"], llm["cached"], llm["input_tokens"], llm["adjustments"]) == (
        MODEL,
        False,
        INPUT_TOKENS,
        [],
    )
    assert row.result["analyzer"] == {"name": "worth-claude", "version": claude.version}
    assert (event.analyzer.name, event.analyzer.version) == ("worth-claude", claude.version)
    assert event.analysis_id == str(row.analysis_id)
    band = grounding(fake.requests[0].body)["market"]["band"]
    assert event.salary.median == (band["low"] + band["high"]) // 2
    assert event.recommendations[0].text == "Add Kubernetes to the skills section."
    assert row.result["explanation"][0].startswith("Priced on rows ")


async def test_the_same_text_is_answered_from_the_cache(
    fake: FakeAnthropic, claude: ClaudeAnalyzer, engine: AsyncEngine, resume: Resume
) -> None:
    text = resume("en_devops_lead_berlin")
    first = await handle(engine, claude, parsed_event(text, "en"))
    second = await handle(engine, claude, parsed_event(text, "en"))
    assert len(fake.requests) == 1
    assert (second.row.llm_input_tokens, second.row.llm_output_tokens) == (0, 0)
    assert second.row.result["llm"]["cached"] is True
    assert second.event.analyzer == first.event.analyzer
    assert second.event.salary == first.event.salary
    # Another analyzer version (here another model) is another cache entry: it asks once.
    other = make_claude(fake, anthropic_model="claude-other-model")
    fake.models.add("claude-other-model")
    third = await handle(engine, other, parsed_event(text, "en"))
    await other.close()
    assert len(fake.requests) == 2 and third.row.result["llm"]["cached"] is False
    async with engine.connect() as conn:
        versions = (await conn.execute(sa.select(llm_cache.c.analyzer_version))).scalars().all()
    assert sorted(versions) == sorted([claude.version, other.version])


async def test_claude_failure_falls_back_to_the_offline_analysis(
    fake: FakeAnthropic, claude: ClaudeAnalyzer, engine: AsyncEngine, resume: Resume
) -> None:
    fake.script = [Step(status=500)] * 3
    text = resume("ru_qa_middle_spb")
    stored = await handle(engine, claude, parsed_event(text))
    row, event = stored.row, stored.event
    offline = analyze(text, language="ru")
    assert row.llm_fallback == "http_500" and row.result["llm"]["fallback"] == "http_500"
    assert row.result["llm"]["attempts"] == 3
    assert row.analyzer.startswith("worth-offline/")
    assert event.analyzer.name == "worth-offline"
    assert (event.role, event.salary.median) == (offline.role.id, offline.salary.median)
    # A failure is not cached: the next delivery of the same text asks again.
    await handle(engine, claude, parsed_event(text))
    assert len(fake.requests) == 4


async def test_an_invalid_reply_falls_back_with_its_tokens_recorded(
    fake: FakeAnthropic, claude: ClaudeAnalyzer, engine: AsyncEngine, resume: Resume
) -> None:
    fake.script = [Step(tool_input={"role": "backend_developer"})]
    stored = await handle(engine, claude, parsed_event(resume("ru_backend_senior_moscow")))
    assert stored.row.llm_fallback.startswith("invalid_reply")
    assert (stored.row.llm_input_tokens, stored.row.llm_output_tokens) == (
        INPUT_TOKENS,
        OUTPUT_TOKENS,
    )
    assert stored.event.analyzer.name == "worth-offline"


async def test_an_answer_outside_the_market_is_reconciled(
    fake: FakeAnthropic, claude: ClaudeAnalyzer, engine: AsyncEngine, resume: Resume
) -> None:
    text = resume("ru_frontend_junior_kazan")
    body = {"messages": [{"content": prompt_for(resume, "ru_frontend_junior_kazan").user}]}
    wild = valid_input(body)
    wild["role"] = "chief_vibes_officer"
    wild["salary"] = {**wild["salary"], "high": 10 * wild["salary"]["high"]}
    fake.script = [Step(tool_input=wild)]
    stored = await handle(engine, claude, parsed_event(text))
    band = grounding(fake.requests[0].body)["market"]["band"]
    assert stored.event.salary.high == band["high"]
    assert stored.event.role == analyze(text, language="ru").role.id
    adjustments = stored.row.result["llm"]["adjustments"]
    assert len(adjustments) == 2 and "chief_vibes_officer" in adjustments[0]
    assert stored.event.analyzer.name == "worth-claude"


async def test_contact_details_never_reach_claude(
    fake: FakeAnthropic, claude: ClaudeAnalyzer, engine: AsyncEngine, resume: Resume
) -> None:
    text = resume("ru_backend_senior_moscow") + "\nE-mail: ivan.petrov@example.com"
    stored = await handle(engine, claude, parsed_event(text))
    assert fake.requests == []
    assert stored.row.llm_fallback == "contact_details: an email address"
    assert (stored.row.llm_input_tokens, stored.row.llm_output_tokens) == (0, 0)
    assert stored.event.analyzer.name == "worth-offline"


async def test_without_claude_the_offline_analysis_is_stored_as_before(
    engine: AsyncEngine, resume: Resume
) -> None:
    stored = await handle(engine, None, parsed_event(resume("ru_qa_middle_spb")))
    assert stored.row.analyzer.startswith("worth-offline/")
    assert (stored.row.llm_input_tokens, stored.row.llm_fallback) == (None, None)
    assert "llm" not in stored.row.result
