"""the gateway reads resume_read_v1 as its own role, which can read nothing else here

Revision ID: 0003
Revises: 0002
"""

from worth.common.migrations import grant_read_model, revoke_read_model

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    grant_read_model("resume_read_v1")


def downgrade() -> None:
    revoke_read_model("resume_read_v1")
