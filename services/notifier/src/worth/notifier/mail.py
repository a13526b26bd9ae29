"""The result email: rendered from the notifier's copy of the analysis, sent over SMTP."""

from __future__ import annotations

import html
from email.message import EmailMessage
from email.utils import make_msgid
from typing import Any

import aiosmtplib

from worth.notifier.settings import Settings

# The email speaks the resume's language (the recommendations already do).
PHRASES: dict[str, dict[str, str]] = {
    "en": {
        "ready": "Your resume analysis is ready",
        "role": "Role",
        "experience": "Experience",
        "years": "{years:.1f} years",
        "undated": "not dated in the resume",
        "skills": "Skills",
        "expected": "Expected salary",
        "month": "per month",
        "year": "per year",
        "net": "net",
        "gross": "gross",
        "median": "median",
        "market": "Market",
        "raise": "What would raise it:",
        "full": "Full result",
    },
    "ru": {
        "ready": "Анализ вашего резюме готов",
        "role": "Роль",
        "experience": "Опыт",
        "years": "{years:.1f} лет",
        "undated": "в резюме нет дат",
        "skills": "Навыки",
        "expected": "Ожидаемая зарплата",
        "month": "в месяц",
        "year": "в год",
        "net": "на руки",
        "gross": "до вычета налогов",
        "median": "медиана",
        "market": "Рынок",
        "raise": "Что поднимет зарплату:",
        "full": "Полный результат",
    },
}


def render_result_email(
    summary: dict[str, Any], *, to: str, settings: Settings, resume_id: str
) -> EmailMessage:
    say = PHRASES.get(summary.get("language") or "en", PHRASES["en"])
    salary = summary["salary"]
    money = f"{_amount(salary['low'])}–{_amount(salary['high'])} {salary['currency']}"
    per = f"{say[salary['period']]}, {say[salary['basis']]}"
    link = f"{settings.public_base_url.rstrip('/')}/api/v1/analysis/{resume_id}"
    title = f"{summary['role'].replace('_', ' ')} ({summary['grade']})"
    recommendations = [r["text"] for r in summary.get("recommendations", [])]
    market = summary["market"]
    years = summary.get("years_experience")
    experience = say["years"].format(years=years) if years is not None else say["undated"]

    lines = [
        f"{say['ready']}.",
        "",
        f"{say['role']}: {title}",
        f"{say['experience']}: {experience}",
        f"{say['skills']}: {', '.join(summary.get('skills', [])) or '—'}",
        f"{say['expected']}: {money} {per} ({say['median']} {_amount(salary['median'])})",
        f"{say['market']}: {market['segment']} — {market['source']}",
        "",
        say["raise"],
        *[f"- {text}" for text in recommendations],
        "",
        f"{say['full']}: {link}",
    ]
    body_html = (
        f"<h2>{html.escape(say['ready'])}</h2>"
        f"<p><b>{html.escape(title)}</b>, {html.escape(say['experience'].lower())}: "
        f"{html.escape(experience)}</p>"
        f"<p>{html.escape(say['expected'])}: <b>{html.escape(money)}</b> {html.escape(per)}</p>"
        f"<p>{html.escape(say['market'])}: {html.escape(market['segment'])} — "
        f"{html.escape(market['source'])}</p>"
        "<ul>" + "".join(f"<li>{html.escape(t)}</li>" for t in recommendations) + "</ul>"
        f'<p><a href="{html.escape(link)}">{html.escape(say["full"])}</a></p>'
    )

    message = EmailMessage()
    message["Subject"] = f"Worth: {title} — {money} {per}"
    message["From"] = settings.mail_from
    message["To"] = to
    message["Message-ID"] = make_msgid(domain="worth.local")
    message.set_content("\n".join(lines))
    message.add_alternative(body_html, subtype="html")
    return message


async def send(message: EmailMessage, settings: Settings) -> None:
    await aiosmtplib.send(
        message,
        hostname=settings.smtp_host,
        port=settings.smtp_port,
        username=settings.smtp_username,
        password=settings.smtp_password,
        start_tls=settings.smtp_starttls,
        timeout=settings.smtp_timeout_s,
    )


def _amount(value: float) -> str:
    return f"{round(value):,}".replace(",", " ")
