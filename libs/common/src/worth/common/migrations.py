"""Alembic per service, run programmatically: `upgrade(package, url)` or `python -m ... upgrade`.

Each service keeps its revisions in `worth/<service>/migrations/versions/`; its `env.py` calls
`run_env(metadata)` so the async plumbing lives in one place.
"""

from __future__ import annotations

import asyncio
from importlib.resources import files

import sqlalchemy as sa
from alembic import command, context
from alembic.config import Config
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import create_async_engine


def alembic_config(package: str, url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(files(package) / "migrations"))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(package: str, url: str, revision: str = "head") -> None:
    command.upgrade(alembic_config(package, url), revision)


def run_env(metadata: sa.MetaData) -> None:
    """Body of every service's migrations/env.py (online, async)."""
    url = context.config.get_main_option("sqlalchemy.url")
    assert url

    def migrate(connection: Connection) -> None:
        context.configure(connection=connection, target_metadata=metadata)
        with context.begin_transaction():
            context.run_migrations()

    async def run() -> None:
        engine = create_async_engine(url)
        async with engine.connect() as conn:
            await conn.run_sync(migrate)
        await engine.dispose()

    existing = context.config.attributes.get("connection")
    if existing is not None:
        migrate(existing)
    else:
        asyncio.run(run())


def create_messaging_tables() -> None:
    """Revision-frozen DDL of the outbox and inbox, for each service's first migration."""
    from alembic import op

    op.create_table(
        "outbox",
        sa.Column("id", sa.BigInteger, sa.Identity(), primary_key=True),
        sa.Column("topic", sa.Text, nullable=False),
        sa.Column("key", sa.LargeBinary, nullable=True),
        sa.Column("value", sa.LargeBinary, nullable=False),
        sa.Column("headers", sa.JSON, nullable=False),
        sa.Column("event_id", sa.Text, nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
        ),
        sa.PrimaryKeyConstraint("id", name="pk_outbox"),
    )
    op.create_table(
        "inbox",
        sa.Column("consumer", sa.Text, nullable=False),
        sa.Column("event_id", sa.Text, nullable=False),
        sa.Column("event_type", sa.Text, nullable=False),
        sa.Column(
            "received_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
        ),
        sa.PrimaryKeyConstraint("consumer", "event_id", name="pk_inbox"),
    )


GATEWAY_READER = "worth_gateway"


def grant_read_model(view: str, role: str = GATEWAY_READER) -> None:
    """Let the gateway's login role read one published view, and nothing else of this database.

    The role is created here if the deployment has not made it (with its password) already;
    several services' migrations may race to create it, hence the duplicate_object guard.
    """
    from alembic import op

    op.execute(
        f"""
        DO $$ BEGIN
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') THEN
                CREATE ROLE {role} LOGIN;
            END IF;
        EXCEPTION WHEN duplicate_object THEN NULL;
        END $$;
        """
    )
    op.execute(f"GRANT SELECT ON {view} TO {role}")


def revoke_read_model(view: str, role: str = GATEWAY_READER) -> None:
    """Undo grant_read_model for one view (the role stays: other services' views use it)."""
    from alembic import op

    op.execute(f"REVOKE SELECT ON {view} FROM {role}")  # noqa: S608 (migration constants)
