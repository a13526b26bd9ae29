"""retention: purged resumes keep their row but lose their objects, keys and content hash

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
    op.add_column("resumes", sa.Column("purged_at", sa.DateTime(timezone=True), nullable=True))
    op.alter_column("resumes", "storage_key", nullable=True)
    # A purged resume forgets its hash, so uploading the same file again starts afresh.
    op.alter_column("resumes", "content_sha256", nullable=True)
    op.create_index(
        "ix_resumes_created_at_unpurged",
        "resumes",
        ["created_at"],
        postgresql_where=sa.text("purged_at IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_resumes_created_at_unpurged", table_name="resumes")
    op.execute("DELETE FROM resumes WHERE purged_at IS NOT NULL")
    op.alter_column("resumes", "content_sha256", nullable=False)
    op.alter_column("resumes", "storage_key", nullable=False)
    op.drop_column("resumes", "purged_at")
