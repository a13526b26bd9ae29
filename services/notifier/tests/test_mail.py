"""Addresses are normalised once; the result email says what the analysis found."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from worth.common.problems import BadRequest
from worth.contracts.events import AnalysisCompleted
from worth.notifier.mail import render_result_email
from worth.notifier.service import normalize_email
from worth.notifier.settings import Settings


@pytest.mark.parametrize(
    "raw",
    [
        "jane.doe@example.com",
        "  Jane.Doe@Example.COM\n",
        "JANE.DOE@EXAMPLE.COM",
        "\tjane.doe@example.com ",
    ],
)
def test_one_inbox_has_one_spelling(raw: str) -> None:
    assert normalize_email(raw) == "jane.doe@example.com"


@pytest.mark.parametrize(
    "raw", ["", "   ", "jane", "jane@", "@example.com", "jane@@example.com", "jane doe@example.com"]
)
def test_an_invalid_address_is_a_bad_request(raw: str) -> None:
    with pytest.raises(BadRequest) as caught:
        normalize_email(raw)
    assert caught.value.status == 400
    assert caught.value.detail.startswith("The email address is not valid")


@pytest.fixture
def settings() -> Settings:
    """Rendering needs no server: only where links point and who the mail is from."""
    return Settings(public_base_url="https://worth.example/", mail_from="Worth <hi@worth.example>")


def render(analysis: AnalysisCompleted, settings: Settings) -> EmailMessage:
    # The notifier renders from its stored copy: the event as JSON.
    return render_result_email(
        analysis.model_dump(mode="json"),
        to="jane@example.com",
        settings=settings,
        resume_id=analysis.resume_id,
    )


def text_of(message: EmailMessage, subtype: str) -> str:
    part = message.get_body((subtype,))
    assert part is not None, f"no text/{subtype} part"
    return str(part.get_content())


def test_the_subject_names_role_grade_and_salary(
    analysis: AnalysisCompleted, settings: Settings
) -> None:
    message = render(analysis, settings)
    assert message["Subject"] == (
        "Worth: backend developer (senior) — 280 400–1 234 567 RUB per month, net"
    )
    assert (message["To"], message["From"]) == ("jane@example.com", settings.mail_from)
    assert message["Message-ID"].endswith("@worth.local>")


def test_plain_text_and_html_say_the_same(analysis: AnalysisCompleted, settings: Settings) -> None:
    message = render(analysis, settings)
    plain = text_of(message, "plain")
    html = text_of(message, "html")
    for text in (plain, html):
        assert "backend developer (senior)" in text
        assert "6.5 years" in text
        assert "280 400–1 234 567 RUB" in text
    assert "Skills: Python, PostgreSQL, Kafka" in plain
    assert "(median 350 000)" in plain
    assert "- Add Kubernetes & Helm" in plain
    assert "Full result: https://worth.example/api/v1/analysis/" + analysis.resume_id in plain
    # HTML escapes what came from the analysis.
    assert "<li>Add Kubernetes &amp; Helm</li>" in html
    assert "python &lt;backend&gt;" in html
    assert "<backend>" not in html


def test_the_owner_id_never_leaves_in_an_email(
    analysis: AnalysisCompleted, settings: Settings
) -> None:
    message = render(analysis, settings)
    assert analysis.owner_id not in message.as_string()
    assert analysis.analysis_id not in message.as_string()


def test_an_undated_resume_still_gets_its_email(
    analysis: AnalysisCompleted, settings: Settings
) -> None:
    undated = analysis.model_copy(update={"years_experience": None})
    message = render(undated, settings)
    for part in ("plain", "html"):
        body = text_of(message, part)
        assert "not dated in the resume" in body
        assert "None" not in body


def test_a_russian_resume_gets_a_russian_email(
    analysis: AnalysisCompleted, settings: Settings
) -> None:
    russian = analysis.model_copy(update={"language": "ru"})
    message = render(russian, settings)
    plain = text_of(message, "plain")
    assert plain.startswith("Анализ вашего резюме готов.")
    assert "Опыт: 6.5 лет" in plain
    assert "280 400–1 234 567 RUB в месяц, на руки (медиана 350 000)" in plain
    assert "Полный результат: https://worth.example/api/v1/analysis/" in plain
    assert message["Subject"].endswith("RUB в месяц, на руки")
    # Unknown or missing languages fall back to English.
    english = render(analysis.model_copy(update={"language": "de"}), settings)
    assert text_of(english, "plain").startswith("Your resume analysis is ready.")
