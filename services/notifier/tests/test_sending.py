"""The result email goes out at most once, over real SMTP, and a failed attempt can be retried."""

from __future__ import annotations

import socket
import uuid
from email.message import EmailMessage

import aiosmtplib
import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine

from worth.contracts.codec import decode
from worth.contracts.events import AnalysisCompleted, EmailRequested
from worth.devstack.infra import EmbeddedInfra
from worth.notifier import repository, service
from worth.notifier.settings import Settings


def closed_port() -> int:
    """A local port nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def address() -> str:
    return f"reader-{uuid.uuid4().hex[:12]}@example.org"


def mail_to(infra: EmbeddedInfra, to: str) -> list[EmailMessage]:
    return [m for m in infra.smtp.messages() if m["To"] == to]


async def subscribe(engine: AsyncEngine, owner_id: str, email: str) -> uuid.UUID:
    async with engine.begin() as conn:
        row = await repository.upsert_subscription(conn, owner_id, service.normalize_email(email))
    return uuid.UUID(str(row.id))


async def complete(engine: AsyncEngine, analysis: AnalysisCompleted) -> list[EmailRequested]:
    """Handle analysis.completed; returns the email.requested events it staged in the outbox."""
    async with engine.begin() as conn:
        await service.on_analysis_completed(conn, analysis, "corr-1")
    async with engine.connect() as conn:
        rows = (await conn.execute(sa.text("SELECT value, headers FROM outbox ORDER BY id"))).all()
    requested = []
    for row in rows:
        headers = [(name, value.encode()) for name, value in row.headers]
        event = decode(bytes(row.value), headers).event
        assert isinstance(event, EmailRequested)
        requested.append(event)
    return requested


async def deliver(engine: AsyncEngine, event: EmailRequested, settings: Settings) -> None:
    """What the consumer does: one transaction around the handler."""
    async with engine.begin() as conn:
        await service.on_email_requested(conn, event, settings)


async def email_rows(engine: AsyncEngine) -> list[sa.Row]:
    async with engine.connect() as conn:
        return list((await conn.execute(sa.text("SELECT * FROM emails"))).all())


async def test_a_completed_analysis_is_emailed_once_to_each_subscriber(
    engine: AsyncEngine,
    settings: Settings,
    analysis: AnalysisCompleted,
    embedded_infra: EmbeddedInfra,
) -> None:
    to = address()
    subscription_id = await subscribe(engine, analysis.owner_id, f"  {to.upper()} ")
    await subscribe(engine, "someone-else", address())
    [requested] = await complete(engine, analysis)
    assert (requested.resume_id, requested.subscription_id) == (
        analysis.resume_id,
        str(subscription_id),
    )

    await deliver(engine, requested, settings)
    await deliver(engine, requested, settings)  # redelivered: nothing more is sent

    [received] = mail_to(embedded_infra, to)
    assert "backend developer (senior)" in received["Subject"]
    assert analysis.owner_id not in received.as_string()
    [row] = await email_rows(engine)
    assert (row.status, row.message_id) == ("sent", received["Message-ID"])
    assert row.sent_at is not None
    async with engine.connect() as conn:
        assert await repository.count_sent(conn, subscription_id) == 1


async def test_a_replayed_analysis_asks_for_no_second_email(
    engine: AsyncEngine, analysis: AnalysisCompleted
) -> None:
    await subscribe(engine, analysis.owner_id, address())
    first = await complete(engine, analysis)
    again = await complete(engine, analysis)
    assert len(first) == 1
    assert again == first  # the outbox holds only the first request
    assert len(await email_rows(engine)) == 1


async def test_no_subscription_means_no_email(
    engine: AsyncEngine, analysis: AnalysisCompleted
) -> None:
    assert await complete(engine, analysis) == []
    assert await email_rows(engine) == []


async def test_when_smtp_is_down_the_claim_is_released_for_a_retry(
    engine: AsyncEngine,
    settings: Settings,
    analysis: AnalysisCompleted,
    embedded_infra: EmbeddedInfra,
) -> None:
    to = address()
    await subscribe(engine, analysis.owner_id, to)
    [requested] = await complete(engine, analysis)
    down = settings.model_copy(update={"smtp_port": closed_port(), "smtp_timeout_s": 2})

    with pytest.raises(aiosmtplib.SMTPException):
        await deliver(engine, requested, down)
    [row] = await email_rows(engine)
    assert row.status == "requested"
    assert mail_to(embedded_infra, to) == []

    await deliver(engine, requested, settings)  # the consumer's retry
    assert len(mail_to(embedded_infra, to)) == 1
    [row] = await email_rows(engine)
    assert row.status == "sent"


async def test_a_request_whose_resume_was_deleted_is_cancelled_not_sent(
    engine: AsyncEngine,
    settings: Settings,
    analysis: AnalysisCompleted,
    embedded_infra: EmbeddedInfra,
) -> None:
    to = address()
    await subscribe(engine, analysis.owner_id, to)
    [requested] = await complete(engine, analysis)
    async with engine.begin() as conn:
        await conn.execute(sa.text("DELETE FROM analyses"))

    await deliver(engine, requested, settings)
    [row] = await email_rows(engine)
    assert row.status == "cancelled"
    assert mail_to(embedded_infra, to) == []
    await deliver(engine, requested, settings)  # a redelivery changes nothing
    [row] = await email_rows(engine)
    assert row.status == "cancelled"


async def test_an_unknown_request_sends_nothing(
    engine: AsyncEngine,
    settings: Settings,
    analysis: AnalysisCompleted,
    embedded_infra: EmbeddedInfra,
) -> None:
    to = address()
    await subscribe(engine, analysis.owner_id, to)
    [requested] = await complete(engine, analysis)
    stray = requested.model_copy(update={"request_id": str(uuid.uuid4())})
    await deliver(engine, stray, settings)
    assert mail_to(embedded_infra, to) == []
    [row] = await email_rows(engine)
    assert row.status == "requested"


async def test_an_analysis_arriving_after_its_resume_was_deleted_is_dropped(
    engine: AsyncEngine, analysis: AnalysisCompleted
) -> None:
    await subscribe(engine, analysis.owner_id, address())
    async with engine.begin() as conn:
        await repository.forget_resume(conn, uuid.UUID(analysis.resume_id))

    assert await complete(engine, analysis) == []  # no email asked for
    assert await email_rows(engine) == []
    async with engine.connect() as conn:
        kept = await conn.execute(sa.text("SELECT count(*) FROM analyses"))
        assert kept.scalar_one() == 0  # and no copy of the analysis kept
