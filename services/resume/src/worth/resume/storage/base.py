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
