"""Objects as files under one directory."""

from __future__ import annotations

import asyncio
import os
import uuid
from pathlib import Path

from worth.resume.storage.base import ObjectNotFound


class LocalFileStorage:
    """Keys map to files under `root`; writes are atomic (temp file, fsync, rename)."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    def path(self, key: str) -> Path:
        path = (self.root / key).resolve()
        if not path.is_relative_to(self.root):  # keys are ours, but never trust a path
            raise ValueError(f"storage key escapes the root: {key!r}")
        return path

    async def put_file(self, key: str, source: Path) -> None:
        await self.put_bytes(key, await asyncio.to_thread(source.read_bytes))

    async def put_bytes(self, key: str, data: bytes) -> None:
        await asyncio.to_thread(self._write, self.path(key), data)

    async def get_bytes(self, key: str) -> bytes:
        try:
            return await asyncio.to_thread(self.path(key).read_bytes)
        except FileNotFoundError:
            raise ObjectNotFound(key) from None

    async def delete(self, key: str) -> None:
        await asyncio.to_thread(self.path(key).unlink, True)

    @staticmethod
    def _write(path: Path, data: bytes) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        tmp.replace(path)
