"""Real servers for the resume service's storage and retention tests."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import pytest

from worth.devstack.pytest_plugin import embedded_infra
from worth.devstack.s3 import S3Server
from worth.resume.storage import EncryptedStorage, Keyring, LocalFileStorage, MasterKey
from worth.resume.storage.base import ObjectStorage
from worth.resume.storage.s3 import S3Storage

__all__ = ["embedded_infra"]

BUCKET = "worth-test"


@pytest.fixture(scope="session")
def s3_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[S3Server]:
    with S3Server(tmp_path_factory.mktemp("s3"), buckets=(BUCKET,)) as server:
        yield server


@pytest.fixture(params=["local", "s3"])
async def raw_storage(
    request: pytest.FixtureRequest, tmp_path: Path
) -> AsyncIterator[ObjectStorage]:
    """A backend without encryption: local files, or S3 under a prefix no other test uses."""
    if request.param == "local":
        yield LocalFileStorage(tmp_path / "objects")
        return
    server: S3Server = request.getfixturevalue("s3_server")
    async with S3Storage.connect(
        bucket=BUCKET,
        prefix=f"{uuid.uuid4().hex}/",
        endpoint_url=server.endpoint_url,
        region=server.region,
        access_key_id=server.access_key,
        secret_access_key=server.secret_key,
    ) as storage:
        yield storage


@pytest.fixture
def master_key() -> MasterKey:
    return MasterKey.generate()


@pytest.fixture
def storage(raw_storage: ObjectStorage, master_key: MasterKey) -> EncryptedStorage:
    return EncryptedStorage(raw_storage, Keyring(master_key))


@pytest.fixture
def disk_files(raw_storage: ObjectStorage, request: pytest.FixtureRequest) -> Callable[[], bytes]:
    """All bytes the backend keeps on disk right now (for S3: the server's data directory)."""
    if isinstance(raw_storage, LocalFileStorage):
        root = raw_storage.root
    else:
        root = request.getfixturevalue("s3_server").workdir / "data"

    def read() -> bytes:
        return b"".join(path.read_bytes() for path in root.rglob("*") if path.is_file())

    return read
