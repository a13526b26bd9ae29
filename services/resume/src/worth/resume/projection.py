"""resumes_db tables. The gateway reads only the `resume_read_v1` view (see migrations)."""

from __future__ import annotations

import sqlalchemy as sa

from worth.common.db import new_metadata

metadata = new_metadata()

resumes = sa.Table(
    "resumes",
    metadata,
    sa.Column("id", sa.Uuid, primary_key=True),
    sa.Column("owner_id", sa.Text, nullable=False),
    sa.Column("content_sha256", sa.Text, nullable=True),  # cleared when purged
    sa.Column("format", sa.Text, nullable=False),
    sa.Column("media_type", sa.Text, nullable=False),
    sa.Column("size_bytes", sa.BigInteger, nullable=False),
    sa.Column("original_name", sa.Text, nullable=True),
    sa.Column("storage_key", sa.Text, nullable=True),  # cleared when purged
    sa.Column("processed_key", sa.Text, nullable=True),
    # uploaded -> parsed | failed
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
    # Set by the retention job once the original and the text are deleted.
    sa.Column("purged_at", sa.DateTime(timezone=True), nullable=True),
    sa.UniqueConstraint("owner_id", "content_sha256", name="uq_resumes_owner_content"),
    sa.Index(
        "ix_resumes_created_at_unpurged",
        "created_at",
        postgresql_where=sa.text("purged_at IS NULL"),
    ),
)
