"""The one interface every backend offers, and the keys the service stores objects under."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Protocol

ORIGINAL_PREFIX = "resumes/original/"
PROCESSED_PREFIX = "resumes/processed/"


class ObjectStorage(Protocol):
    async def put_file(self, key: str, source: Path) -> None: ...
    async def put_bytes(self, key: str, data: bytes) -> None: ...
    async def get_bytes(self, key: str) -> bytes: ...
    async def delete(self, key: str) -> None: ...


class ObjectNotFound(LookupError):
    """No object is stored under this key (never written, or deleted)."""


def original_key(resume_id: uuid.UUID) -> str:
    return f"{ORIGINAL_PREFIX}{resume_id}"


def processed_key(resume_id: uuid.UUID) -> str:
    return f"{PROCESSED_PREFIX}{resume_id}.txt"


async def delete_resume_objects(
    storage: ObjectStorage, resume_id: uuid.UUID, *recorded: str | None
) -> None:
    """Delete everything stored for a resume: the recorded keys and the derived ones too
    (a text written by a parse that never committed is recorded nowhere)."""
    keys = {original_key(resume_id), processed_key(resume_id), *recorded}
    for key in sorted(k for k in keys if k):
        await storage.delete(key)
