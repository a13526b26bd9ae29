"""analysis_db tables. The gateway reads only the `analysis_read_v1` view (see migrations)."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB

from worth.common.db import new_metadata

metadata = new_metadata()

analyses = sa.Table(
    "analyses",
    metadata,
    sa.Column("resume_id", sa.Uuid, primary_key=True),
    sa.Column("owner_id", sa.Text, nullable=False),
    sa.Column("analysis_id", sa.Uuid, nullable=True),
    # analyzing -> completed | failed
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
)
