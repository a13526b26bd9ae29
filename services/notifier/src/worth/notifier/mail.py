"""The result email: rendered from the notifier's copy of the analysis, sent over SMTP."""

from __future__ import annotations

import html
from email.message import EmailMessage
from email.utils import make_msgid
from typing import Any

import aiosmtplib

from worth.notifier.settings import Settings

PERIOD = {"month": "month", "year": "year"}


def render_result_email(
    summary: dict[str, Any], *, to: str, settings: Settings, resume_id: str
) -> EmailMessage:
    salary = summary["salary"]
    money = f"{_amount(salary['low'])}–{_amount(salary['high'])} {salary['currency']}"
    per = f"per {PERIOD[salary['period']]}, {salary['basis']}"
    link = f"{settings.public_base_url.rstrip('/')}/api/v1/analysis/{resume_id}"
    title = f"{summary['role'].replace('_', ' ')} ({summary['grade']})"
    recommendations = [r["text"] for r in summary.get("recommendations", [])]
    market = summary["market"]
    years = summary.get("years_experience")
    experience = f"{years:.1f} years" if years is not None else "not dated in the resume"

    lines = [
        "Your resume analysis is ready.",
        "",
        f"Role: {title}",
        f"Experience: {experience}",
        f"Skills: {', '.join(summary.get('skills', [])) or '—'}",
        f"Expected salary: {money} {per} (median {_amount(salary['median'])})",
        f"Market: {market['segment']} — {market['source']}",
        "",
        "What would raise it:",
        *[f"- {text}" for text in recommendations],
        "",
        f"Full result: {link}",
    ]
    body_html = (
        "<h2>Your resume analysis is ready</h2>"
        f"<p><b>{html.escape(title)}</b>, experience: {html.escape(experience)}</p>"
        f"<p>Expected salary: <b>{html.escape(money)}</b> {html.escape(per)}</p>"
        f"<p>Market: {html.escape(market['segment'])} — {html.escape(market['source'])}</p>"
        "<ul>" + "".join(f"<li>{html.escape(t)}</li>" for t in recommendations) + "</ul>"
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
