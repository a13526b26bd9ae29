"""deleted resumes: late analyses of them are not mailed

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "deleted_resumes",
        sa.Column("resume_id", sa.Uuid, nullable=False),
        sa.Column(
            "deleted_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
        ),
        sa.PrimaryKeyConstraint("resume_id", name="pk_deleted_resumes"),
    )


def downgrade() -> None:
    op.drop_table("deleted_resumes")
