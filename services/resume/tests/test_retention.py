"""The retention job on real PostgreSQL and both encrypted backends."""

from __future__ import annotations

import asyncio
import hashlib
import os
import subprocess
import sys
import uuid
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

import worth.common.migrations
from worth.devstack.infra import EmbeddedInfra
from worth.devstack.pytest_plugin import fresh_database
from worth.resume import repository
from worth.resume.projection import resumes
from worth.resume.retention import purge_expired
from worth.resume.storage import (
    EncryptedStorage,
    MasterKey,
    ObjectNotFound,
    original_key,
    processed_key,
)

OWNER = "user-1"


@pytest.fixture
async def database_url(embedded_infra: EmbeddedInfra) -> str:
    url = fresh_database(embedded_infra, "resume_retention")
    await asyncio.to_thread(worth.common.migrations.upgrade, "worth.resume", url)
    return url


@pytest.fixture
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    engine = create_async_engine(database_url)
    yield engine
    await engine.dispose()


async def add_resume(
    engine: AsyncEngine, storage: EncryptedStorage, *, age_days: int, parsed: bool
) -> uuid.UUID:
    resume_id = uuid.uuid4()
    content = f"Резюме {resume_id}".encode()
    await storage.put_bytes(original_key(resume_id), content)
    async with engine.begin() as conn:
        await repository.insert(conn, new_resume(resume_id, content))
        if parsed:
            await storage.put_bytes(processed_key(resume_id), "Текст резюме".encode())
            await repository.mark_parsed(
                conn, resume_id, processed_key=processed_key(resume_id), language="ru", page_count=1
            )
        await conn.execute(
            resumes.update()
            .where(resumes.c.id == resume_id)
            .values(created_at=sa.func.now() - timedelta(days=age_days))
        )
    return resume_id


def new_resume(resume_id: uuid.UUID, content: bytes) -> repository.NewResume:
    return repository.NewResume(
        id=resume_id,
        owner_id=OWNER,
        content_sha256=hashlib.sha256(content).hexdigest(),
        format="txt",
        media_type="text/plain",
        size_bytes=len(content),
        original_name="cv.txt",
        storage_key=original_key(resume_id),
    )


async def row(engine: AsyncEngine, resume_id: uuid.UUID) -> sa.Row:
    async with engine.connect() as conn:
        found = await repository.get(conn, resume_id)
    assert found is not None
    return found


async def test_old_objects_are_deleted_and_recent_ones_kept(
    engine: AsyncEngine, storage: EncryptedStorage
) -> None:
    old_parsed = await add_resume(engine, storage, age_days=31, parsed=True)
    old_stuck = await add_resume(engine, storage, age_days=45, parsed=False)
    recent = await add_resume(engine, storage, age_days=29, parsed=True)
    # An orphan: text written by a parse whose transaction never committed.
    await storage.put_bytes(processed_key(old_stuck), "осиротевший текст".encode())

    purged = await purge_expired(engine, storage, older_than=timedelta(days=30), batch_size=1)
    assert purged == 2

    for resume_id in (old_parsed, old_stuck):
        for key in (original_key(resume_id), processed_key(resume_id)):
            with pytest.raises(ObjectNotFound):
                await storage.get_bytes(key)
            with pytest.raises(ObjectNotFound):  # not merely undecryptable: gone
                await storage.inner.get_bytes(key)
        purged_row = await row(engine, resume_id)
        assert purged_row.purged_at is not None
        assert purged_row.storage_key is None
        assert purged_row.processed_key is None
        assert purged_row.content_sha256 is None
    assert (await row(engine, old_parsed)).status == "parsed"  # its analysis stays valid
    stuck = await row(engine, old_stuck)
    assert (stuck.status, stuck.error) == ("failed", "expired")  # never parsed from nothing

    assert (await storage.get_bytes(original_key(recent))).decode() == f"Резюме {recent}"
    assert (await storage.get_bytes(processed_key(recent))).decode() == "Текст резюме"
    kept = await row(engine, recent)
    assert kept.purged_at is None and kept.storage_key == original_key(recent)

    assert await purge_expired(engine, storage, older_than=timedelta(days=30)) == 0


async def test_the_same_file_uploaded_after_purging_is_a_new_resume(
    engine: AsyncEngine, storage: EncryptedStorage
) -> None:
    old = await add_resume(engine, storage, age_days=40, parsed=True)
    content = f"Резюме {old}".encode()
    await purge_expired(engine, storage, older_than=timedelta(days=30))
    async with engine.begin() as conn:
        sha256 = hashlib.sha256(content).hexdigest()
        assert await repository.find_by_content(conn, OWNER, sha256) is None
        assert await repository.insert(conn, new_resume(uuid.uuid4(), content))


async def test_the_command_purges_with_the_configured_age(
    engine: AsyncEngine, database_url: str, tmp_path: Path, master_key: MasterKey
) -> None:
    from worth.resume.storage import Keyring, LocalFileStorage

    storage = EncryptedStorage(LocalFileStorage(tmp_path), Keyring(master_key))
    old = await add_resume(engine, storage, age_days=8, parsed=True)
    recent = await add_resume(engine, storage, age_days=6, parsed=True)
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("WORTH_")},
        "WORTH_RESUME_DATABASE_URL": database_url,
        "WORTH_RESUME_STORAGE_DIR": str(tmp_path),
        "WORTH_RESUME_STORAGE_MASTER_KEY": master_key.to_base64(),
        "WORTH_RESUME_RETENTION_DAYS": "7",
        "WORTH_RESUME_LOG_JSON": "true",
    }
    done = await asyncio.to_thread(
        subprocess.run,
        [sys.executable, "-m", "worth.resume.retention"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert '"purged": 1' in done.stdout + done.stderr
    with pytest.raises(ObjectNotFound):
        await storage.get_bytes(original_key(old))
    assert await storage.get_bytes(original_key(recent))
