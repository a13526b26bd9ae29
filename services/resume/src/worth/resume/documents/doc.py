"""Word 97-2003 (.doc) text in pure Python: the FIB and the piece table of an OLE2 file.

A .doc is an OLE2 compound file. Its `WordDocument` stream starts with the File Information
Block (FIB), which points into a table stream (`0Table` or `1Table`) at the CLX, whose piece
table maps character positions to runs of text in `WordDocument`: "compressed" pieces hold one
byte per character (cp1252, [MS-DOC] 2.4.1), the others UTF-16LE, which is how Cyrillic is kept.
Character positions run through the stories in a fixed order: the body, footnotes, headers and
footers, comments, endnotes, text boxes, text boxes in headers.
"""

from __future__ import annotations

import re
import struct
from importlib.metadata import version
from pathlib import Path

import olefile

from .model import ExtractionError, Notice, RawText
from .ole import WORD_STREAM

MAX_CHARS = 2_000_000  # a resume is ~10k characters; refuse absurd character counts

_WORD_IDENT = 0xA5EC
_MIN_NFIB = 0x00C0  # Word 97; Word 6.0/95 files have another layout
_F_ENCRYPTED = 0x0100
_F_WHICH_TABLE = 0x0200
_COMPRESSED = 0x40000000
_FC_CLX_INDEX = 33  # (fcClx, lcbClx) is the 34th pair of FibRgFcLcb97
# Stories by their count in FibRgLw97 (index of the 32-bit field), in character-position order.
_STORY_FIELDS = (
    ("body", 3), ("footnotes", 4), ("headers", 5), ("comments", 7), ("endnotes", 8),
    ("text_boxes", 9), ("header_text_boxes", 10),
)  # fmt: skip
_WANTED = ("body", "text_boxes", "header_text_boxes", "headers", "footnotes", "endnotes")

# Special characters ([MS-DOC] 2.8.25): fields keep their result, drop their code.
_FIELD_BEGIN, _FIELD_SEPARATOR, _FIELD_END = "\x13", "\x14", "\x15"
_CHARACTERS = str.maketrans(
    {"\r": "\n", "\x0b": "\n", "\x0c": "\f", "\x1e": "-", "\x1f": None}
    | {chr(c): None for c in range(0x20) if chr(c) not in "\t\n\r\x0b\x0c\x07\x1e\x1f"}
)
_ROW_END = re.compile("\x07(?:\x07|$)", re.MULTILINE)  # a row ends with a cell mark of its own


def extract_doc(path: Path) -> RawText:
    """Return the text of a Word 97-2003 document: body, text boxes, headers and footers,
    footnotes and endnotes; comments and field codes are left out."""
    try:
        with olefile.OleFileIO(str(path)) as ole:
            word = _stream(ole, WORD_STREAM)
            flags = _fib_flags(word)
            if flags & _F_ENCRYPTED:
                raise ExtractionError("encrypted", "the Word document is protected by a password")
            table = _stream(ole, "1Table" if flags & _F_WHICH_TABLE else "0Table")
            stories = _stories(word, table)
            pages = _page_count(ole)
            notices: tuple[Notice, ...] = ("doc_macros",) if ole.exists("Macros") else ()
    except ExtractionError:
        raise
    except Exception as e:  # olefile and struct raise many things on damaged input
        raise ExtractionError("corrupt_file", f"unreadable DOC ({type(e).__name__})") from e
    chunks = [_clean(stories[name]) for name in _WANTED]
    text = "\n\n".join(c for c in chunks if c.strip())
    return RawText(text, pages, f"olefile/{version('olefile')}", notices)


def _stream(ole: olefile.OleFileIO, name: str) -> bytes:
    if not ole.exists(name):
        raise ExtractionError("corrupt_file", f"no {name} stream in the Word document")
    return bytes(ole.openstream(name).read())


def _fib_flags(word: bytes) -> int:
    ident, nfib, _, _, _, flags = struct.unpack_from("<HHHHHH", word, 0)
    if ident != _WORD_IDENT:
        raise ExtractionError("corrupt_file", "the WordDocument stream has no Word header")
    if nfib < _MIN_NFIB:
        raise ExtractionError(
            "unsupported_format",
            "Word 6.0/95 documents are not supported; save the resume as DOCX or PDF",
        )
    return int(flags)


def _stories(word: bytes, table: bytes) -> dict[str, str]:
    """The text of every story, by name, read through the piece table."""
    (csw,) = struct.unpack_from("<H", word, 0x20)
    lw_at = 0x22 + 2 * csw + 2  # FibRgW, then cslw
    (cslw,) = struct.unpack_from("<H", word, lw_at - 2)
    fc_lcb_at = lw_at + 4 * cslw + 2  # FibRgLw, then cbRgFcLcb
    counts = [struct.unpack_from("<i", word, lw_at + 4 * i)[0] for _, i in _STORY_FIELDS]
    if any(c < 0 for c in counts) or sum(counts) > MAX_CHARS:
        raise ExtractionError("corrupt_file", "implausible character counts in the Word header")
    fc_clx, lcb_clx = struct.unpack_from("<II", word, fc_lcb_at + 8 * _FC_CLX_INDEX)
    text = _piece_text(word, table[fc_clx : fc_clx + lcb_clx], sum(counts))
    stories, start = {}, 0
    for (name, _), count in zip(_STORY_FIELDS, counts, strict=True):
        stories[name] = text[start : start + count]
        start += count
    return stories


def _piece_text(word: bytes, clx: bytes, limit: int) -> str:
    at = 0
    while at < len(clx) and clx[at] == 0x01:  # Prc: formatting we skip
        (size,) = struct.unpack_from("<H", clx, at + 1)
        at += 3 + size
    if at >= len(clx) or clx[at] != 0x02:
        raise ExtractionError("corrupt_file", "the Word document has no piece table")
    (lcb,) = struct.unpack_from("<I", clx, at + 1)
    plc = clx[at + 5 : at + 5 + lcb]
    pieces = (len(plc) - 4) // 12
    if pieces < 1:
        raise ExtractionError("corrupt_file", "the Word document's piece table is empty")
    cps = struct.unpack_from(f"<{pieces + 1}I", plc)
    out: list[str] = []
    for i in range(pieces):
        start, end = cps[i], min(cps[i + 1], limit)
        if end <= start:
            continue
        (fc,) = struct.unpack_from("<I", plc, 4 * (pieces + 1) + 8 * i + 2)
        if fc & _COMPRESSED:
            offset = (fc & ~_COMPRESSED) // 2
            out.append(word[offset : offset + end - start].decode("cp1252", errors="replace"))
        else:
            out.append(word[fc : fc + 2 * (end - start)].decode("utf-16-le", errors="replace"))
        if cps[i + 1] >= limit:
            break
    return "".join(out)


def _clean(story: str) -> str:
    """Visible text: field results without their codes, table cells and rows, no control
    characters (pictures, footnote marks, separators)."""
    out: list[str] = []
    fields: list[bool] = []  # per open field: whether we are past its separator (its result)
    for part in re.split("([\x13\x14\x15])", story):
        if part == _FIELD_BEGIN:
            fields.append(False)
        elif part == _FIELD_SEPARATOR and fields:
            fields[-1] = True
        elif part == _FIELD_END and fields:
            fields.pop()
        elif all(fields):
            out.append(part)
    text = "".join(out).translate(_CHARACTERS)
    return _ROW_END.sub("\n", text).replace("\x07", " | ")


def _page_count(ole: olefile.OleFileIO) -> int:
    # Word records the page count it last laid out in the summary information, when it did.
    try:
        pages = ole.get_metadata().num_pages
    except Exception:  # a damaged property set only costs us the page count
        return 1
    return pages if isinstance(pages, int) and pages > 0 else 1
