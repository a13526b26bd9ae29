"""The Claude analyzer's pure parts: the contact guard, the prompt, reconciliation, settings."""

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pydantic import ValidationError

from worth.analysis.app import claude_analyzer
from worth.analysis.engine import Analysis, Salary, analyze
from worth.analysis.engine.roles import BY_ID as ROLES
from worth.analysis.llm import ContactDetailsError, Reply, build_prompt, reconcile
from worth.analysis.llm.prompt import Band, ensure_no_contacts
from worth.analysis.market import load_market
from worth.analysis.settings import Settings

Resume = Callable[[str], str]
RESUMES = sorted(p.stem for p in Path(__file__).with_name("resumes").glob("*.txt"))
BAND = Band("RUB", "month", "net", 200_000, 300_000)


def pay(low: int, median: int, high: int, **fields: object) -> dict[str, object]:
    return (
        {"currency": "RUB", "period": "month", "basis": "net"}
        | fields
        | {
            "low": low,
            "median": median,
            "high": high,
        }
    )


def offline(resume: Resume, today: date, name: str = "ru_backend_senior_moscow") -> Analysis:
    return analyze(resume(name), language=name[:2], today=today)


def reply(**changes: object) -> Reply:
    data: dict[str, object] = {
        "role": "backend_developer",
        "grade": "senior",
        "years_experience": 9,
        "skills": ["Питон", "Kubernetes", "Event sourcing"],
        "salary": {
            "currency": "RUB",
            "period": "month",
            "basis": "net",
            "low": 220_000,
            "median": 250_000,
            "high": 280_000,
        },
        "recommendations": [{"kind": "skills", "text": "Изучите Go."}],
        "explanation": "Row ru-1 and the senior grade.\nNo adjustment.",
    }
    data.update(changes)
    return Reply.model_validate(data)


# --- the contact guard -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Пишите: ivan.petrov@mail.ru",
        "Телефон +7 (912) 345-67-89",
        "8 912 345 67 89",
        "Call +44 20 7946 0958",
        "(415) 555-0132",
        "(495) 123-45-67",
    ],
)
def test_contact_details_are_refused(text: str) -> None:
    with pytest.raises(ContactDetailsError):
        ensure_no_contacts(f"Senior Python developer\n{text}\nKubernetes")


@pytest.mark.parametrize(
    "text",
    [
        "2016 - 2018",
        "03.2018–05.2020",
        "янв. 2019 — по настоящее время",
        "Желаемая зарплата: 250 000 – 300 000 ₽",
        "Python 3.11, PostgreSQL 15, +15 000 RPS",
        "Contacts: [email], [phone], [link]",
    ],
)
def test_redacted_text_passes(text: str) -> None:
    ensure_no_contacts(text)


@pytest.mark.parametrize("name", RESUMES)
def test_every_sample_resume_makes_a_grounded_prompt(
    resume: Resume, today: date, name: str
) -> None:
    analysis = offline(resume, today, name)
    prompt = build_prompt(resume(name), analysis, load_market())
    grounding = json.loads(prompt.user.split("(JSON):\n", 1)[1].split("\n\n", 1)[0])
    assert [row["id"] for row in grounding["market"]["rows"]] == list(analysis.market.rows)
    assert all(row["source"] and row["period"] for row in grounding["market"]["rows"])
    assert grounding["offline_analysis"]["role"] == analysis.role.id
    assert grounding["market"]["units"] == {
        "currency": analysis.salary.currency,
        "period": analysis.salary.period,
        "basis": analysis.salary.basis,
    }
    band = grounding["market"]["band"]
    assert band["low"] <= analysis.salary.low <= analysis.salary.median <= analysis.salary.high
    assert analysis.salary.high <= band["high"]
    assert f"<resume>\n{resume(name)}\n</resume>" in prompt.user


def test_a_prompt_with_contact_details_is_refused(resume: Resume, today: date) -> None:
    text = resume("ru_backend_senior_moscow") + "\nСвязь: +7 912 345-67-89"
    with pytest.raises(ContactDetailsError, match="phone"):
        build_prompt(text, offline(resume, today), load_market())


# --- validation and reconciliation -------------------------------------------------------------


def test_a_reply_inside_the_band_is_taken_as_given(resume: Resume, today: date) -> None:
    base = offline(resume, today)
    analysis, adjustments = reconcile(base, reply(), BAND, name="worth-claude", version="v")
    assert adjustments == ()
    assert (analysis.analyzer_name, analysis.analyzer_version) == ("worth-claude", "v")
    assert analysis.salary == Salary("RUB", "month", "net", 220_000, 250_000, 280_000)
    assert [s.name for s in analysis.skills] == ["Python", "Kubernetes", "Event sourcing"]
    assert analysis.recommendations[0].text == "Изучите Go."
    assert analysis.explanation[:2] == ("Row ru-1 and the senior grade.", "No adjustment.")
    assert analysis.market == base.market and analysis.location == base.location


def test_a_salary_outside_the_band_is_clamped_and_recorded(resume: Resume, today: date) -> None:
    wild = reply(salary=pay(150_000, 280_000, 900_000))
    analysis, adjustments = reconcile(offline(resume, today), wild, BAND, name="c", version="v")
    assert (analysis.salary.low, analysis.salary.median, analysis.salary.high) == (
        200_000,
        280_000,
        300_000,
    )
    assert len(adjustments) == 2
    assert "low 150,000 clamped to 200,000" in adjustments[0]
    assert "high 900,000 clamped to 300,000" in adjustments[1]
    assert any(line.startswith("Adjusted: salary high") for line in analysis.explanation)


def test_a_stated_reason_keeps_a_salary_outside_the_band(resume: Resume, today: date) -> None:
    why = "staff engineer at a top-5 bank with a signed offer"
    high = reply(salary=pay(250_000, 320_000, 400_000, outside_market_reason=why))
    analysis, adjustments = reconcile(offline(resume, today), high, BAND, name="c", version="v")
    assert (analysis.salary.median, analysis.salary.high) == (320_000, 400_000)
    assert len(adjustments) == 1 and why in adjustments[0] and "median, high" in adjustments[0]


def test_other_units_fall_back_to_the_offline_salary(resume: Resume, today: date) -> None:
    base = offline(resume, today)
    usd = reply(salary=pay(50_000, 60_000, 70_000, currency="USD", period="year", basis="gross"))
    band = Band(base.salary.currency, base.salary.period, base.salary.basis, 1, 10**9)
    analysis, adjustments = reconcile(base, usd, band, name="c", version="v")
    assert analysis.salary == base.salary
    assert "USD/year/gross" in adjustments[0]


def test_a_role_outside_the_taxonomy_keeps_the_offline_role(resume: Resume, today: date) -> None:
    base = offline(resume, today)
    analysis, adjustments = reconcile(base, reply(role="astronaut"), BAND, name="c", version="v")
    assert (analysis.role, analysis.role_family) == (base.role, base.role_family)
    assert "astronaut" in adjustments[0]
    known, _ = reconcile(base, reply(role="qa_engineer"), BAND, name="c", version="v")
    qa = ROLES["qa_engineer"]
    assert (known.role.id, known.role.title, known.role_family) == (
        "qa_engineer",
        qa.title_ru,  # the resume is in Russian
        qa.family,
    )


@pytest.mark.parametrize(
    "changes",
    [
        {"grade": "wizard"},
        {"salary": pay(300_000, 250_000, 280_000)},
        {"salary": pay(1, 2, 3, period="week")},
        {"recommendations": [{"kind": "horoscope", "text": "Be a Leo."}]},
        {"years_experience": -3},
    ],
)
def test_invalid_replies_are_rejected(changes: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        reply(**changes)


# --- settings ----------------------------------------------------------------------------------


def test_claude_is_off_without_a_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    monkeypatch.delenv("WORTH_ANALYSIS_ANTHROPIC_API_KEY", raising=False)
    assert claude_analyzer(Settings()) is None
    monkeypatch.setenv("ANTHROPIC_API_KEY", "")  # compose's `${ANTHROPIC_API_KEY:-}`
    assert claude_analyzer(Settings()) is None


async def test_the_key_comes_from_the_service_or_the_plain_variable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-plain")
    monkeypatch.setenv("ANTHROPIC_BASE_URL", "http://127.0.0.1:9/")
    settings = Settings()
    assert settings.anthropic_api_key and settings.anthropic_api_key.get_secret_value() == (
        "sk-plain"
    )
    assert settings.anthropic_base_url == "http://127.0.0.1:9/"
    monkeypatch.setenv("WORTH_ANALYSIS_ANTHROPIC_API_KEY", "sk-service")
    settings = Settings()
    assert settings.anthropic_api_key and settings.anthropic_api_key.get_secret_value() == (
        "sk-service"
    )
    claude = claude_analyzer(settings)
    assert claude is not None
    assert claude.model == settings.anthropic_model
    assert claude.version.startswith(f"{settings.anthropic_model}+")
    await claude.close()


def test_the_default_llm_budget_fits_the_poll_interval() -> None:
    settings = Settings(anthropic_api_key="sk-test")
    assert settings.llm_budget_s == 2 * 20 + 4
    assert settings.record_budget_s < 0.9 * settings.kafka_max_poll_interval_ms / 1000


def test_a_budget_over_the_poll_interval_is_refused() -> None:
    with pytest.raises(ValidationError, match=r"max\.poll\.interval"):
        Settings(anthropic_api_key="sk-test", anthropic_timeout_s=60, anthropic_max_retries=2)
    # A longer poll interval (set on the consumer too) makes room for it.
    Settings(
        anthropic_api_key="sk-test",
        anthropic_timeout_s=60,
        anthropic_max_retries=2,
        kafka_max_poll_interval_ms=1_200_000,
    )
    # Without a key Claude never runs, so nothing is refused.
    Settings(anthropic_timeout_s=60, anthropic_max_retries=2)
