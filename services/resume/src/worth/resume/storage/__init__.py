"""Object storage behind one interface - local files or S3 - always encrypted at rest."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING

from worth.resume.storage.base import (
    ORIGINAL_PREFIX,
    PROCESSED_PREFIX,
    ObjectNotFound,
    ObjectStorage,
    delete_resume_objects,
    original_key,
    processed_key,
)
from worth.resume.storage.crypto import (
    DecryptionError,
    EncryptedStorage,
    Keyring,
    MasterKey,
    TamperedObject,
    UnknownMasterKey,
)
from worth.resume.storage.local import LocalFileStorage

if TYPE_CHECKING:
    from worth.resume.settings import Settings

__all__ = [
    "ORIGINAL_PREFIX",
    "PROCESSED_PREFIX",
    "DecryptionError",
    "EncryptedStorage",
    "Keyring",
    "LocalFileStorage",
    "MasterKey",
    "ObjectNotFound",
    "ObjectStorage",
    "TamperedObject",
    "UnknownMasterKey",
    "delete_resume_objects",
    "open_storage",
    "original_key",
    "processed_key",
]


@asynccontextmanager
async def open_storage(settings: Settings) -> AsyncIterator[EncryptedStorage]:
    """The configured backend wrapped in encryption; an S3 client lives as long as the block."""
    keys = settings.storage_keyring()
    if settings.storage_backend == "local":
        yield EncryptedStorage(LocalFileStorage(settings.storage_dir), keys)
        return
    from worth.resume.storage.s3 import S3Storage  # aioboto3 is only imported when used

    secret = settings.s3_secret_access_key
    async with S3Storage.connect(
        bucket=settings.s3_bucket,
        prefix=settings.s3_prefix,
        endpoint_url=settings.s3_endpoint_url,
        region=settings.s3_region,
        access_key_id=settings.s3_access_key_id,
        secret_access_key=secret.get_secret_value() if secret else None,
    ) as s3:
        yield EncryptedStorage(s3, keys)
