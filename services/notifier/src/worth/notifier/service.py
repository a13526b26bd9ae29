"""Subscriptions and result emails; an address never leaves this service."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from email_validator import EmailNotValidError, validate_email
from sqlalchemy.ext.asyncio import AsyncConnection

from worth.common.logging import get_logger
from worth.common.outbox import enqueue
from worth.common.problems import BadRequest
from worth.contracts.codec import encode
from worth.contracts.events import AnalysisCompleted, EmailRequested
from worth.notifier import mail, repository
from worth.notifier.settings import Settings

SOURCE = "/worth/notifier"
TEMPLATE = "analysis_result"
# Request ids derive from (resume, subscription): a replayed analysis asks for the same email.
REQUEST_NAMESPACE = uuid.UUID("6f1c1f9e-3d0a-4c55-9a51-2f4b3f8a9c10")
log = get_logger(__name__)


def normalize_email(raw: str) -> str:
    try:
        normalized = validate_email(raw.strip(), check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise BadRequest(f"The email address is not valid: {exc}") from None
    # Mailboxes are case-insensitive in practice; one subscription per real inbox.
    return normalized.lower()


async def on_analysis_completed(
    conn: AsyncConnection, event: AnalysisCompleted, correlation: str | None
) -> None:
    analysis_id = uuid.UUID(event.analysis_id)
    resume_id = uuid.UUID(event.resume_id)
    if await repository.is_deleted(conn, resume_id):
        log.info("analysis.of_deleted_resume_dropped")
        return
    await repository.save_analysis(
        conn,
        analysis_id=analysis_id,
        resume_id=resume_id,
        owner_id=event.owner_id,
        summary=event.model_dump(mode="json"),
    )
    for subscription in await repository.active_subscriptions(conn, event.owner_id):
        request_id = uuid.uuid5(REQUEST_NAMESPACE, f"{resume_id}:{subscription.id}")
        created = await repository.request_email(
            conn,
            request_id=request_id,
            analysis_id=analysis_id,
            resume_id=resume_id,
            subscription_id=subscription.id,
            template=TEMPLATE,
        )
        if not created:
            log.info("email.already_requested", subscription_id=str(subscription.id))
            continue
        requested = EmailRequested(
            request_id=str(request_id),
            resume_id=event.resume_id,
            owner_id=event.owner_id,
            subscription_id=str(subscription.id),
            template=TEMPLATE,
            analysis_id=event.analysis_id,
            requested_at=datetime.now(UTC),
        )
        await enqueue(conn, encode(requested, source=SOURCE, correlation_id=correlation))


async def on_email_requested(
    conn: AsyncConnection, event: EmailRequested, settings: Settings
) -> None:
    """Send at most once: the claim is committed before the SMTP conversation starts."""
    request_id = uuid.UUID(event.request_id)
    async with conn.engine.begin() as claim_conn:
        claimed = await repository.claim_email(claim_conn, request_id)
    if claimed is None:
        log.info("email.already_taken", request_id=event.request_id)
        return
    try:
        subscription = await repository.get_subscription(conn, claimed.subscription_id)
        analysis = await repository.get_analysis(conn, claimed.analysis_id)
        if subscription is None or analysis is None:
            # The resume was deleted (its analysis copy went with it): nothing left to send.
            await repository.cancel_email(conn, request_id)
            log.info("email.cancelled", request_id=event.request_id)
            return
        message = mail.render_result_email(
            analysis.summary, to=subscription.email, settings=settings, resume_id=event.resume_id
        )
        await mail.send(message, settings)
    except BaseException:
        async with conn.engine.begin() as release_conn:
            await repository.release_email(release_conn, request_id)
        raise
    await repository.mark_sent(conn, request_id, str(message["Message-ID"]))
    log.info("email.sent", request_id=event.request_id)
