"""Retention: delete originals and extracted text older than the configured age.

    python -m worth.resume.retention [--days N]

Driven by the resumes table: each expired row's objects are deleted, then the row forgets its
keys and content hash and records `purged_at` (in that order, so a crash in between is finished
by the next run). Rows are locked with SKIP LOCKED, so concurrent runs share the work.
"""

from __future__ import annotations

import argparse
import asyncio
from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncEngine

from worth.common.db import create_engine
from worth.common.logging import configure_logging, get_logger
from worth.resume import repository
from worth.resume.settings import Settings
from worth.resume.storage import ObjectStorage, delete_resume_objects, open_storage

log = get_logger(__name__)


async def purge_expired(
    engine: AsyncEngine,
    storage: ObjectStorage,
    *,
    older_than: timedelta,
    batch_size: int = 100,
) -> int:
    """Purge every resume created more than `older_than` ago; returns how many were purged."""
    cutoff = datetime.now(UTC) - older_than
    purged = 0
    while True:
        async with engine.begin() as conn:
            rows = await repository.lock_expired(conn, cutoff, batch_size)
            for row in rows:
                await delete_resume_objects(storage, row.id, row.storage_key, row.processed_key)
                await repository.mark_purged(conn, row.id)
                log.info("resume.purged", resume_id=str(row.id))
        purged += len(rows)
        if len(rows) < batch_size:
            return purged


async def run(settings: Settings, days: int) -> int:
    engine = create_engine(settings.database_url, pool_size=1)
    try:
        async with open_storage(settings) as storage:
            return await purge_expired(engine, storage, older_than=timedelta(days=days))
    finally:
        await engine.dispose()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m worth.resume.retention",
        description="Delete resume originals and extracted text older than the retention age.",
    )
    parser.add_argument(
        "--days", type=int, help="age in days (default: WORTH_RESUME_RETENTION_DAYS)"
    )
    args = parser.parse_args(argv)
    settings = Settings()
    days = args.days if args.days is not None else settings.retention_days
    if days < 1:
        parser.error("--days must be at least 1")
    configure_logging("resume", settings.log_level, settings.log_json)
    purged = asyncio.run(run(settings, days))
    log.info("retention.done", purged=purged, older_than_days=days)


if __name__ == "__main__":
    main()
