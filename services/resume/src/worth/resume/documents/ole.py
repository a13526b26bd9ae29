"""OLE2 compound files: Word 97-2003 documents, and the wrapper of password-protected OOXML."""

from __future__ import annotations

from pathlib import Path

import olefile

MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
WORD_STREAM = "WordDocument"
ENCRYPTED_PACKAGE = frozenset({"EncryptionInfo", "EncryptedPackage"})  # [MS-OFFCRYPTO]


def top_level_streams(path: Path) -> frozenset[str]:
    """Names of the streams and storages at the root of an OLE2 file; empty if it is none."""
    with path.open("rb") as f:
        if f.read(len(MAGIC)) != MAGIC:
            return frozenset()
    try:
        with olefile.OleFileIO(str(path)) as ole:
            return frozenset(entry[0] for entry in ole.listdir(streams=True, storages=True))
    except Exception:  # olefile raises many things on damaged or hostile input
        return frozenset()
