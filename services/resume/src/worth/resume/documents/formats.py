"""Document formats, recognised by content (magic bytes and structure), never by file name."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from . import ole
from .docx import main_document_part
from .text import decode_text


@dataclass(frozen=True, slots=True)
class DocumentFormat:
    name: str  # "txt", "docx", "pdf", "rtf", "doc"
    media_type: str
    extensions: tuple[str, ...]  # without the dot
    extractable: bool  # whether `extract` can read it today
    unsupported_reason: str | None = None  # for the user, when not extractable


TXT = DocumentFormat("txt", "text/plain", ("txt",), extractable=True)
DOCX = DocumentFormat(
    "docx",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ("docx",),
    extractable=True,
)
PDF = DocumentFormat("pdf", "application/pdf", ("pdf",), extractable=True)
RTF = DocumentFormat("rtf", "application/rtf", ("rtf",), extractable=True)
DOC = DocumentFormat("doc", "application/msword", ("doc",), extractable=True)
# Every format we recognise; `extractable` tells which ones an upload may be today.
SUPPORTED_FORMATS: tuple[DocumentFormat, ...] = (PDF, DOCX, TXT, RTF, DOC)
FORMATS_BY_NAME: dict[str, DocumentFormat] = {f.name: f for f in SUPPORTED_FORMATS}
KNOWN_EXTENSIONS: frozenset[str] = frozenset(e for f in SUPPORTED_FORMATS for e in f.extensions)

HEAD_SIZE = 8192  # enough for every check that `detect_format` makes
_ZIP = b"PK\x03\x04"
_OLE2 = ole.MAGIC
_LEADING_JUNK = b"\xef\xbb\xbf \t\r\n"  # a BOM or blank lines that some generators emit first


def detect_format(head: bytes) -> DocumentFormat | None:
    """The format of a file from its first bytes (`HEAD_SIZE` is enough), or None if it is not a
    document we know. An empty file is text; `extract` then reports it as empty.

    A ZIP counts as DOCX if its first entries are Word's; `detect_format_file` checks the
    archive's content types properly, as it does for OLE2 (.doc) files.
    """
    start = head.lstrip(_LEADING_JUNK)
    if start.startswith(b"%PDF-"):
        return PDF
    if start.startswith(b"{\\rtf"):
        return RTF
    if head.startswith(_ZIP):
        return DOCX if b"[Content_Types].xml" in head and b"word/" in head else None
    if head.startswith(_OLE2):
        return DOC
    return TXT if decode_text(head, partial=True) is not None else None


def detect_format_file(path: Path) -> DocumentFormat | None:
    """Like `detect_format`, but also opens ZIP and OLE2 containers to confirm what is inside."""
    with path.open("rb") as f:
        head = f.read(HEAD_SIZE)
    if head.startswith(_ZIP):
        return DOCX if _is_docx(path) else None
    if head.startswith(_OLE2):
        return _ole_format(path)
    return detect_format(head)


def _ole_format(path: Path) -> DocumentFormat | None:
    """Word 97-2003 has a WordDocument stream (Excel and PowerPoint files are OLE2 too); a
    password-protected DOCX is an OLE2 file holding the encrypted package, and is reported as
    DOCX so that extraction can say it is encrypted."""
    streams = ole.top_level_streams(path)
    if ole.WORD_STREAM in streams:
        return DOC
    return DOCX if ole.ENCRYPTED_PACKAGE <= streams else None


def _is_docx(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as zf:
            return main_document_part(zf) is not None
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        return False
