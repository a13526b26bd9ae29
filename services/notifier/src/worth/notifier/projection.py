"""emails_db tables: who wants results by email, what they get, and what was sent."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB

from worth.common.db import new_metadata

metadata = new_metadata()

subscriptions = sa.Table(
    "subscriptions",
    metadata,
    sa.Column("id", sa.Uuid, primary_key=True),
    sa.Column("owner_id", sa.Text, nullable=False),
    sa.Column("email", sa.Text, nullable=False),
    sa.Column("status", sa.Text, nullable=False),  # active | unsubscribed
    sa.Column(
        "created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
    ),
    sa.UniqueConstraint("owner_id", "email", name="uq_subscriptions_owner_email"),
)

# The notifier's own copy of each analysis, so an email can be written without asking anyone.
analyses = sa.Table(
    "analyses",
    metadata,
    sa.Column("analysis_id", sa.Uuid, primary_key=True),
    sa.Column("resume_id", sa.Uuid, nullable=False),
    sa.Column("owner_id", sa.Text, nullable=False),
    sa.Column("summary", JSONB, nullable=False),
    sa.Column(
        "received_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
    ),
)

emails = sa.Table(
    "emails",
    metadata,
    sa.Column("request_id", sa.Uuid, primary_key=True),
    sa.Column("analysis_id", sa.Uuid, nullable=False),
    sa.Column("resume_id", sa.Uuid, nullable=False),
    sa.Column("subscription_id", sa.Uuid, nullable=False),
    sa.Column("template", sa.Text, nullable=False),
    sa.Column("status", sa.Text, nullable=False),  # requested | sending | sent | cancelled
    sa.Column("message_id", sa.Text, nullable=True),
    sa.Column(
        "requested_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
    ),
    sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
    # One email per resume and address, however often the analysis is replayed or redone.
    sa.UniqueConstraint("resume_id", "subscription_id", name="uq_emails_resume_subscription"),
)

# Resumes deleted by their owners: an analysis of one that arrives late is dropped, not mailed.
deleted_resumes = sa.Table(
    "deleted_resumes",
    metadata,
    sa.Column("resume_id", sa.Uuid, primary_key=True),
    sa.Column(
        "deleted_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
    ),
)
