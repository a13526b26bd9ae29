from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from sqlalchemy import Row

from worth.common.problems import NotFound
from worth.common.tokens import CurrentPrincipal
from worth.notifier import repository, service
from worth.notifier.schemas import SubscribeRequest, SubscriptionState

router = APIRouter(tags=["emails"])


@router.post("/subscribe")
async def subscribe(
    body: SubscribeRequest, principal: CurrentPrincipal, request: Request
) -> SubscriptionState:
    """Send this subject's analysis results to the address (idempotent per address)."""
    email = service.normalize_email(body.email)
    async with request.app.state.runtime.engine.begin() as conn:
        row = await repository.upsert_subscription(conn, principal.subject, email)
        sent = await repository.count_sent(conn, row.id)
    return _state(row, sent)


@router.get("/status/{email}")
async def status(email: str, principal: CurrentPrincipal, request: Request) -> SubscriptionState:
    normalized = service.normalize_email(email)
    async with request.app.state.runtime.engine.connect() as conn:
        row = await repository.find_subscription(conn, principal.subject, normalized)
        if row is None:
            raise NotFound("No subscription for this address.")
        sent = await repository.count_sent(conn, row.id)
    return _state(row, sent)


def _state(row: Row[Any], sent: int) -> SubscriptionState:
    return SubscriptionState(
        subscription_id=row.id,
        email=row.email,
        status=row.status,
        created_at=row.created_at,
        emails_sent=sent,
    )
