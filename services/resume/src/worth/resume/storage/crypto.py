"""Encryption at rest over any backend: AES-256-GCM with a fresh data key per object, the data
key wrapped (RFC 3394 AES key wrap) by a master key.

An object is a header, then the ciphertext with its 16-byte tag:

    magic "WRTH" | version 1 | key id length, key id | wrapped key length, wrapped key | nonce (12)

The header and the object's storage key are the associated data: a changed byte anywhere, or a
blob copied under another key, fails authentication. The key id names the master key, so old
objects stay readable after rotation while older master keys are still configured.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.keywrap import InvalidUnwrap, aes_key_unwrap, aes_key_wrap

from worth.resume.storage.base import ObjectStorage

MAGIC = b"WRTH"
VERSION = 1
KEY_BYTES = 32
NONCE_BYTES = 12


class DecryptionError(Exception):
    """A stored object cannot be decrypted; nothing of its content is returned."""


class TamperedObject(DecryptionError):
    """Authentication failed: the object was altered, truncated, or moved from another key."""


class UnknownMasterKey(DecryptionError):
    """The object was encrypted with a master key that is not configured (any more)."""


@dataclass(frozen=True)
class MasterKey:
    secret: bytes = field(repr=False)

    def __post_init__(self) -> None:
        if len(self.secret) != KEY_BYTES:
            raise ValueError(f"a master key is {KEY_BYTES} bytes, not {len(self.secret)}")

    @classmethod
    def generate(cls) -> MasterKey:
        return cls(os.urandom(KEY_BYTES))

    @classmethod
    def from_base64(cls, text: str) -> MasterKey:
        try:
            return cls(base64.b64decode(text.strip(), validate=True))
        except binascii.Error:
            raise ValueError("a master key must be base64") from None

    def to_base64(self) -> str:
        return base64.b64encode(self.secret).decode()

    @property
    def id(self) -> str:
        """A public name for the key (a hash of it), written into every object's header."""
        return hashlib.sha256(b"worth-storage-master-key:" + self.secret).hexdigest()[:16]


class Keyring:
    """The current master key encrypts; it and the previous ones decrypt."""

    def __init__(self, current: MasterKey, previous: Iterable[MasterKey] = ()) -> None:
        self.current = current
        self._keys = {key.id: key for key in (*previous, current)}

    def get(self, key_id: str) -> MasterKey:
        try:
            return self._keys[key_id]
        except KeyError:
            raise UnknownMasterKey(f"master key {key_id!r} is not configured") from None


def load_or_create_key_file(path: Path) -> MasterKey:
    """Read a base64 key file, or write a fresh key there (mode 0600) for development."""
    try:
        return MasterKey.from_base64(path.read_text())
    except FileNotFoundError:
        pass
    key = MasterKey.generate()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as out:
        out.write(key.to_base64() + "\n")
    return key


def encrypt(keys: Keyring, key: str, plaintext: bytes) -> bytes:
    data_key = AESGCM.generate_key(bit_length=256)
    nonce = os.urandom(NONCE_BYTES)
    key_id = keys.current.id.encode()
    wrapped = aes_key_wrap(keys.current.secret, data_key)
    header = b"".join(
        (MAGIC, bytes([VERSION, len(key_id)]), key_id, bytes([len(wrapped)]), wrapped, nonce)
    )
    return header + AESGCM(data_key).encrypt(nonce, plaintext, header + key.encode())


def decrypt(keys: Keyring, key: str, blob: bytes) -> bytes:
    try:
        header, master_id, wrapped, nonce = _parse_header(blob)
    except (IndexError, ValueError) as error:
        raise TamperedObject(f"{key}: not an encrypted object ({error})") from None
    try:
        master = keys.get(master_id)
    except UnknownMasterKey as error:
        raise UnknownMasterKey(f"{key}: encrypted with {error}") from None
    try:
        data_key = aes_key_unwrap(master.secret, wrapped)
        return AESGCM(data_key).decrypt(nonce, blob[len(header) :], header + key.encode())
    except (InvalidUnwrap, InvalidTag, ValueError):
        raise TamperedObject(
            f"{key}: authentication failed - the object was altered, truncated, "
            "or stored under another key"
        ) from None


def _parse_header(blob: bytes) -> tuple[bytes, str, bytes, bytes]:
    if blob[:4] != MAGIC:
        raise ValueError("bad magic")
    if blob[4] != VERSION:
        raise ValueError(f"unknown format version {blob[4]}")
    at = 6 + blob[5]
    master_id = blob[6:at].decode("ascii")
    wrapped = blob[at + 1 : at + 1 + blob[at]]
    at += 1 + blob[at]
    nonce = blob[at : at + NONCE_BYTES]
    at += NONCE_BYTES
    if len(nonce) != NONCE_BYTES or len(blob) < at + 16:
        raise ValueError("truncated")
    return blob[:at], master_id, wrapped, nonce


class EncryptedStorage:
    """Encrypts on the way in and authenticates on the way out, over any `ObjectStorage`."""

    def __init__(self, inner: ObjectStorage, keys: Keyring) -> None:
        self.inner = inner
        self.keys = keys

    async def put_file(self, key: str, source: Path) -> None:
        await self.put_bytes(key, await asyncio.to_thread(source.read_bytes))

    async def put_bytes(self, key: str, data: bytes) -> None:
        await self.inner.put_bytes(key, encrypt(self.keys, key, data))

    async def get_bytes(self, key: str) -> bytes:
        return decrypt(self.keys, key, await self.inner.get_bytes(key))

    async def delete(self, key: str) -> None:
        await self.inner.delete(key)
