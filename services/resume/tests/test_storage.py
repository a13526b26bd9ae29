"""Both backends, both encrypted, held to the same behaviour."""

from __future__ import annotations

import base64
import os
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from pydantic import ValidationError

from worth.devstack.s3 import S3Server
from worth.resume.settings import Settings
from worth.resume.storage import (
    DecryptionError,
    EncryptedStorage,
    Keyring,
    LocalFileStorage,
    MasterKey,
    ObjectNotFound,
    ObjectStorage,
    TamperedObject,
    UnknownMasterKey,
    open_storage,
    original_key,
    processed_key,
)
from worth.resume.storage.crypto import MAGIC


def secret_text() -> bytes:
    """A Cyrillic marker between incompressible bytes, so a plain copy would show on disk."""
    marker = f"Конфиденциально: Иванов Иван Петрович {uuid.uuid4()}"
    return os.urandom(2000) + marker.encode() + os.urandom(2000)


def marker_of(data: bytes) -> bytes:
    return data[2000:-2000]


async def test_round_trip(storage: EncryptedStorage, tmp_path: Path) -> None:
    key = original_key(uuid.uuid4())
    source = tmp_path / "upload"
    source.write_bytes(secret_text())
    await storage.put_file(key, source)
    assert await storage.get_bytes(key) == source.read_bytes()

    text_key = processed_key(uuid.uuid4())
    await storage.put_bytes(text_key, "Опыт работы: 5 лет".encode())
    await storage.put_bytes(text_key, "Опыт работы: 6 лет".encode())  # overwrite
    assert (await storage.get_bytes(text_key)).decode() == "Опыт работы: 6 лет"
    await storage.put_bytes("resumes/processed/empty.txt", b"")
    assert await storage.get_bytes("resumes/processed/empty.txt") == b""


async def test_deleted_objects_are_gone(storage: EncryptedStorage) -> None:
    key = original_key(uuid.uuid4())
    await storage.put_bytes(key, secret_text())
    await storage.delete(key)
    with pytest.raises(ObjectNotFound):
        await storage.get_bytes(key)
    with pytest.raises(ObjectNotFound):
        await storage.inner.get_bytes(key)
    await storage.delete(key)  # deleting twice is fine
    with pytest.raises(ObjectNotFound):
        await storage.get_bytes(original_key(uuid.uuid4()))


async def test_plaintext_never_reaches_the_backend_or_its_disk(
    storage: EncryptedStorage, raw_storage: ObjectStorage, disk_files: Callable[[], bytes]
) -> None:
    secret, control = secret_text(), secret_text()
    key = original_key(uuid.uuid4())
    await storage.put_bytes(key, secret)
    await raw_storage.put_bytes("control", control)  # unencrypted: proves the scan sees data

    stored = await raw_storage.get_bytes(key)
    assert stored.startswith(MAGIC)
    assert marker_of(secret) not in stored
    on_disk = disk_files()
    assert marker_of(control) in on_disk
    assert marker_of(secret) not in on_disk

    await storage.put_bytes(key, secret)  # a fresh data key and nonce every time
    assert await raw_storage.get_bytes(key) != stored


HEADER = len(MAGIC) + 1 + 1 + 16 + 1 + 40 + 12


@pytest.mark.parametrize(
    "offset",
    [0, 4, 6, 6 + 16 + 1, HEADER - 12, HEADER, HEADER + 100, -1],
    ids=["magic", "version", "key-id", "wrapped-key", "nonce", "ciphertext", "middle", "tag"],
)
async def test_one_flipped_bit_is_detected(
    storage: EncryptedStorage, raw_storage: ObjectStorage, offset: int
) -> None:
    key = processed_key(uuid.uuid4())
    await storage.put_bytes(key, secret_text())
    blob = bytearray(await raw_storage.get_bytes(key))
    blob[offset] ^= 0x01
    await raw_storage.put_bytes(key, bytes(blob))
    with pytest.raises(DecryptionError, match=key) as caught:
        await storage.get_bytes(key)
    expected = UnknownMasterKey if offset == 6 else TamperedObject
    assert isinstance(caught.value, expected)


async def test_truncated_or_foreign_objects_are_refused(
    storage: EncryptedStorage, raw_storage: ObjectStorage
) -> None:
    key = processed_key(uuid.uuid4())
    await storage.put_bytes(key, secret_text())
    blob = await raw_storage.get_bytes(key)
    for broken in (blob[:HEADER], blob[:-1], blob[:10], b"", "Иванов".encode()):
        await raw_storage.put_bytes(key, broken)
        with pytest.raises(TamperedObject, match=key):
            await storage.get_bytes(key)


async def test_a_blob_moved_to_another_key_does_not_decrypt(
    storage: EncryptedStorage, raw_storage: ObjectStorage
) -> None:
    theirs, mine = original_key(uuid.uuid4()), original_key(uuid.uuid4())
    await storage.put_bytes(theirs, secret_text())
    await raw_storage.put_bytes(mine, await raw_storage.get_bytes(theirs))
    with pytest.raises(TamperedObject, match="another key"):
        await storage.get_bytes(mine)


async def test_old_objects_stay_readable_after_key_rotation(raw_storage: ObjectStorage) -> None:
    old, new = MasterKey.generate(), MasterKey.generate()
    key_old, key_new = original_key(uuid.uuid4()), original_key(uuid.uuid4())
    await EncryptedStorage(raw_storage, Keyring(old)).put_bytes(key_old, "старый".encode())

    rotated = EncryptedStorage(raw_storage, Keyring(new, previous=[old]))
    await rotated.put_bytes(key_new, "новый".encode())
    assert (await rotated.get_bytes(key_old)).decode() == "старый"
    assert (await rotated.get_bytes(key_new)).decode() == "новый"
    assert new.id.encode() in await raw_storage.get_bytes(key_new)

    retired = EncryptedStorage(raw_storage, Keyring(new))
    with pytest.raises(UnknownMasterKey, match=old.id):
        await retired.get_bytes(key_old)
    with pytest.raises(UnknownMasterKey):  # and the old key alone cannot read the new object
        await EncryptedStorage(raw_storage, Keyring(old)).get_bytes(key_new)


def b64(key: MasterKey) -> str:
    return key.to_base64()


@pytest.mark.parametrize("backend", ["local", "s3"])
async def test_open_storage_builds_the_configured_backend(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    master = MasterKey.generate()
    options: dict[str, object] = {"storage_dir": tmp_path, "storage_master_key": b64(master)}
    if backend == "s3":
        server: S3Server = request.getfixturevalue("s3_server")
        options |= {
            "storage_backend": "s3",
            "s3_endpoint_url": server.endpoint_url,
            "s3_access_key_id": server.access_key,
            "s3_secret_access_key": server.secret_key,
            "s3_bucket": "worth-test",
            "s3_prefix": f"{uuid.uuid4().hex}/",
        }
    settings = Settings(**options)
    key = original_key(uuid.uuid4())
    async with open_storage(settings) as storage:
        await storage.put_bytes(key, "резюме".encode())
        assert (await storage.get_bytes(key)).decode() == "резюме"
    async with open_storage(settings) as again:  # a new client, the same object and key
        assert (await again.get_bytes(key)).decode() == "резюме"
        assert isinstance(again.inner, LocalFileStorage) is (backend == "local")
        stored = await again.inner.get_bytes(key)
    assert master.id.encode() in stored
    assert "резюме".encode() not in stored


def test_development_generates_and_keeps_a_key_file(tmp_path: Path) -> None:
    settings = Settings(environment="development", storage_dir=tmp_path)
    first = settings.storage_keyring().current
    path = tmp_path / "master.key"
    assert path.stat().st_mode & 0o777 == 0o600
    assert base64.b64decode(path.read_text()) == first.secret
    assert Settings(storage_dir=tmp_path).storage_keyring().current == first


def test_keys_from_a_file_and_previous_keys(tmp_path: Path) -> None:
    current, old1, old2 = MasterKey.generate(), MasterKey.generate(), MasterKey.generate()
    (tmp_path / "key").write_text(b64(current) + "\n")
    settings = Settings(
        environment="production",
        storage_master_key_file=tmp_path / "key",
        storage_previous_master_keys=f"{b64(old1)}, {b64(old2)}",
        storage_dir=tmp_path / "objects",
    )
    keys = settings.storage_keyring()
    assert keys.current == current
    assert keys.get(old1.id) == old1 and keys.get(old2.id) == old2
    assert not (tmp_path / "objects" / "master.key").exists()


@pytest.mark.parametrize(
    "options",
    [
        {},
        {"storage_master_key": "change-me"},
        {"storage_master_key": b64(MasterKey.generate()), "s3_secret_access_key": "change-me"},
    ],
    ids=["missing", "placeholder", "placeholder-s3-secret"],
)
def test_production_refuses_a_missing_or_placeholder_key(options: dict[str, str]) -> None:
    with pytest.raises(ValidationError, match=r"storage_master_key|placeholder"):
        Settings(environment="production", **options)


@pytest.mark.parametrize("bad", ["not base64!", base64.b64encode(b"short").decode()])
def test_malformed_keys_are_refused_everywhere(bad: str) -> None:
    with pytest.raises(ValidationError, match="master key"):
        Settings(environment="development", storage_master_key=bad)
    with pytest.raises(ValidationError, match="master key"):
        Settings(storage_previous_master_keys=bad)
