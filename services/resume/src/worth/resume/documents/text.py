"""Plain-text decoding: BOM, then strict UTF-8, then charset-normalizer for legacy code pages."""

from __future__ import annotations

import codecs
import unicodedata

from charset_normalizer import from_bytes

# Longest BOM first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Code pages a resume sent to us plausibly uses; narrowing the guess keeps short Russian texts
# from being read as some unrelated single-byte code page.
_LEGACY_ENCODINGS = [
    "cp1251",
    "koi8_r",
    "cp866",
    "mac_cyrillic",
    "iso8859_5",
    "cp1252",
    "cp1250",
    "iso8859_15",
]
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v\x1a")  # \x1a: DOS end-of-file marker


def decode_text(data: bytes, *, partial: bool = False) -> tuple[str, str] | None:
    """Decode bytes that should be human text; return (text, encoding) or None if they are not.

    `partial` means `data` is a prefix of the file, so a multi-byte character may be cut off.
    """
    decoded = _decode(data, partial=partial)
    if decoded is None or not _looks_like_text(decoded[0]):
        return None
    return decoded


def _decode(data: bytes, *, partial: bool) -> tuple[str, str] | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], encoding, partial=partial)
    if b"\x00" in data:  # binary, or UTF-16 without a BOM, which no resume editor writes
        return None
    utf8 = _strict(data, "utf-8", partial=partial)
    if utf8 is not None:
        return utf8
    best = from_bytes(data, cp_isolation=_LEGACY_ENCODINGS).best()
    if best is None:
        return None
    return str(best), best.encoding


def _strict(data: bytes, encoding: str, *, partial: bool) -> tuple[str, str] | None:
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        return decoder.decode(data, final=not partial), encoding
    except UnicodeDecodeError:
        return None


def _looks_like_text(text: str) -> bool:
    controls = sum(
        1 for c in text if c not in _ALLOWED_CONTROLS and unicodedata.category(c) == "Cc"
    )
    return "\x00" not in text and controls <= len(text) // 200
