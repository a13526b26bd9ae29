"""subscriptions, analyses, emails and messaging tables

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

from worth.common.migrations import create_messaging_tables

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_messaging_tables()
    op.create_table(
        "subscriptions",
        sa.Column("id", sa.Uuid, nullable=False),
        sa.Column("owner_id", sa.Text, nullable=False),
        sa.Column("email", sa.Text, nullable=False),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
        ),
        sa.PrimaryKeyConstraint("id", name="pk_subscriptions"),
        sa.UniqueConstraint("owner_id", "email", name="uq_subscriptions_owner_email"),
    )
    op.create_table(
        "analyses",
        sa.Column("analysis_id", sa.Uuid, nullable=False),
        sa.Column("resume_id", sa.Uuid, nullable=False),
        sa.Column("owner_id", sa.Text, nullable=False),
        sa.Column("summary", JSONB, nullable=False),
        sa.Column(
            "received_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
        ),
        sa.PrimaryKeyConstraint("analysis_id", name="pk_analyses"),
    )
    op.create_table(
        "emails",
        sa.Column("request_id", sa.Uuid, nullable=False),
        sa.Column("analysis_id", sa.Uuid, nullable=False),
        sa.Column("resume_id", sa.Uuid, nullable=False),
        sa.Column("subscription_id", sa.Uuid, nullable=False),
        sa.Column("template", sa.Text, nullable=False),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("message_id", sa.Text, nullable=True),
        sa.Column(
            "requested_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
        ),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("request_id", name="pk_emails"),
        sa.UniqueConstraint("resume_id", "subscription_id", name="uq_emails_resume_subscription"),
    )


def downgrade() -> None:
    for table in ("emails", "analyses", "subscriptions", "inbox", "outbox"):
        op.drop_table(table)
