"""RTF text through striprtf, a small pure-Python converter."""

from __future__ import annotations

import codecs
import re
from importlib.metadata import version
from pathlib import Path

from striprtf.striprtf import rtf_to_text

from .model import ExtractionError, RawText

_CODEPAGE = re.compile(rb"\\ansicpg(\d{3,5})")


def extract_rtf(path: Path) -> RawText:
    data = path.read_bytes()
    # RTF is 7-bit with \'xx escapes in the document code page, but some writers put raw 8-bit
    # bytes in; reading the file in that same code page handles both.
    encoding = _codepage(data)
    try:
        text = rtf_to_text(data.decode(encoding, errors="replace"), encoding, errors="replace")
    except Exception as e:  # a hand-rolled tokenizer: malformed input can fail anywhere
        raise ExtractionError("corrupt_file", f"unreadable RTF ({type(e).__name__})") from e
    return RawText(text, 1, f"striprtf/{version('striprtf')}")


def _codepage(data: bytes) -> str:
    match = _CODEPAGE.search(data, 0, 4096)
    if match:
        try:
            return codecs.lookup(f"cp{int(match[1])}").name
        except LookupError:
            pass
    return "cp1252"
