"""analyses, messaging tables and the gateway's read model

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
        "analyses",
        sa.Column("resume_id", sa.Uuid, nullable=False),
        sa.Column("owner_id", sa.Text, nullable=False),
        sa.Column("analysis_id", sa.Uuid, nullable=True),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("error", sa.Text, nullable=True),
        sa.Column("analyzer", sa.Text, nullable=True),
        sa.Column("result", JSONB, nullable=True),
        sa.Column(
            "started_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
        ),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
        ),
        sa.PrimaryKeyConstraint("resume_id", name="pk_analyses"),
    )
    # The published read model: the gateway depends on this view, never on the table.
    op.execute(
        "CREATE VIEW analysis_read_v1 AS"
        " SELECT resume_id, owner_id, status, error, result, updated_at FROM analyses"
    )


def downgrade() -> None:
    op.execute("DROP VIEW analysis_read_v1")
    op.drop_table("analyses")
    op.drop_table("inbox")
    op.drop_table("outbox")
