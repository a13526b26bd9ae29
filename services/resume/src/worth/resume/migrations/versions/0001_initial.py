"""resumes, messaging tables and the gateway's read model

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

from worth.common.migrations import create_messaging_tables

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_messaging_tables()
    op.create_table(
        "resumes",
        sa.Column("id", sa.Uuid, nullable=False),
        sa.Column("owner_id", sa.Text, nullable=False),
        sa.Column("content_sha256", sa.Text, nullable=False),
        sa.Column("format", sa.Text, nullable=False),
        sa.Column("media_type", sa.Text, nullable=False),
        sa.Column("size_bytes", sa.BigInteger, nullable=False),
        sa.Column("original_name", sa.Text, nullable=True),
        sa.Column("storage_key", sa.Text, nullable=False),
        sa.Column("processed_key", sa.Text, nullable=True),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("error", sa.Text, nullable=True),
        sa.Column("language", sa.Text, nullable=True),
        sa.Column("page_count", sa.Integer, nullable=True),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
        ),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
        ),
        sa.PrimaryKeyConstraint("id", name="pk_resumes"),
        sa.UniqueConstraint("owner_id", "content_sha256", name="uq_resumes_owner_content"),
    )
    # The published read model: the gateway depends on this view, never on the table.
    op.execute(
        "CREATE VIEW resume_read_v1 AS"
        " SELECT id AS resume_id, owner_id, status, error, updated_at FROM resumes"
    )


def downgrade() -> None:
    op.execute("DROP VIEW resume_read_v1")
    op.drop_table("resumes")
    op.drop_table("inbox")
    op.drop_table("outbox")
