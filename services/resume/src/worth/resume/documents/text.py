"""Plain-text decoding: a BOM, else strict UTF-8, else a Russian code page, else whatever
charset-normalizer finds."""

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
# Russian code pages are told apart by a letter-frequency check that works on a single line,
# where charset-normalizer guesses wrong (it reads a short KOI8-R line as ISO 8859-5).
_RUSSIAN_CODEPAGES = ("cp1251", "koi8_r", "cp866")
_FREQUENT_RUSSIAN = frozenset("оеаинтсрвлкмдпу")  # ~3/4 of the letters of Russian text
_MIN_RUSSIAN_SCORE = 0.55  # the right code page scores 0.65-0.8, the wrong ones below 0.5
# Code pages a resume sent to us plausibly uses, for everything that is not Russian.
_LEGACY_ENCODINGS = ["cp1252", "cp1250", "iso8859_15", "cp1251", "mac_cyrillic", "iso8859_5"]
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
    decoded = _strict(data, "utf-8", partial=partial) or _russian(data)
    if decoded is not None:
        return decoded
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


def _russian(data: bytes) -> tuple[str, str] | None:
    best, best_score = None, _MIN_RUSSIAN_SCORE
    for encoding in _RUSSIAN_CODEPAGES:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        non_ascii = [c for c in text if c >= "\x80"]
        score = sum(c in _FREQUENT_RUSSIAN for c in non_ascii) / max(1, len(non_ascii))
        if score > best_score:
            best, best_score = (text, encoding), score
    return best


def _looks_like_text(text: str) -> bool:
    controls = sum(
        1 for c in text if c not in _ALLOWED_CONTROLS and unicodedata.category(c) == "Cc"
    )
    return "\x00" not in text and controls <= len(text) // 200
