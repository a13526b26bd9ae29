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
    # Claude's token usage for this analysis (0 when served from llm_cache; NULL offline only).
    sa.Column("llm_input_tokens", sa.Integer, nullable=True),
    sa.Column("llm_output_tokens", sa.Integer, nullable=True),
    # Why the offline result stands in for Claude's (timeout, http_500, invalid_reply: ...).
    sa.Column("llm_fallback", sa.Text, nullable=True),
    sa.Column(
        "started_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
    ),
    sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column(
        "updated_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
    ),
)

# Claude's validated answers by (resume text, analyzer version): a replay or a duplicate text
# does not call the API again.
llm_cache = sa.Table(
    "llm_cache",
    metadata,
    sa.Column("text_sha256", sa.Text, primary_key=True),
    sa.Column("analyzer_version", sa.Text, primary_key=True),
    sa.Column("reply", JSONB, nullable=False),
    sa.Column("input_tokens", sa.Integer, nullable=False),
    sa.Column("output_tokens", sa.Integer, nullable=False),
    sa.Column(
        "created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
    ),
)
