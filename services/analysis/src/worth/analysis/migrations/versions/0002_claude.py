"""Claude analyzer: token usage and fallback per analysis, answers cached by text and version

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("analyses", sa.Column("llm_input_tokens", sa.Integer, nullable=True))
    op.add_column("analyses", sa.Column("llm_output_tokens", sa.Integer, nullable=True))
    op.add_column("analyses", sa.Column("llm_fallback", sa.Text, nullable=True))
    op.create_table(
        "llm_cache",
        sa.Column("text_sha256", sa.Text, nullable=False),
        sa.Column("analyzer_version", sa.Text, nullable=False),
        sa.Column("reply", JSONB, nullable=False),
        sa.Column("input_tokens", sa.Integer, nullable=False),
        sa.Column("output_tokens", sa.Integer, nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
        ),
        sa.PrimaryKeyConstraint("text_sha256", "analyzer_version", name="pk_llm_cache"),
    )


def downgrade() -> None:
    op.drop_table("llm_cache")
    op.drop_column("analyses", "llm_fallback")
    op.drop_column("analyses", "llm_output_tokens")
    op.drop_column("analyses", "llm_input_tokens")
