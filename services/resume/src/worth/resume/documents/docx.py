"""DOCX text straight from the package XML.

python-docx's `document.paragraphs` misses text boxes and loads every part (images included) into
memory; walking the few XML parts we need sees everything and bounds what a zip bomb can cost:
the archive's directory is checked before anything is inflated (`inspect_archive`), and what we
inflate is counted against the same limits as we read it, in case the directory lies.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
import zlib
from pathlib import Path

from lxml import etree

from . import ole
from .model import ExtractionError, RawText

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_MAIN_CONTENT_TYPES = frozenset(
    {
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    }
)
MAX_PART_BYTES = 32 * 1024 * 1024  # uncompressed; a resume's document.xml is well under 1 MiB
MAX_ARCHIVE_BYTES = 128 * 1024 * 1024  # all parts uncompressed, images included
MAX_RATIO = 100  # Word's XML deflates 5-20 times; a zip bomb, hundreds to thousands of times
MAX_ENTRIES = 2000
_RATIO_FROM_BYTES = 1024 * 1024  # tiny parts may compress well without costing anything

# What zipfile and lxml raise for damaged archives: bad CRCs, truncated or invalid deflate
# streams, unknown compression, encrypted members, malformed XML.
_BROKEN_ZIP = (zipfile.BadZipFile, zlib.error, EOFError, ValueError, KeyError,
               NotImplementedError, RuntimeError, etree.XMLSyntaxError)  # fmt: skip

_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True
)
_TEXT = _W + "t"
# What an element adds when it starts / ends, besides the text of its w:t descendants.
_ON_START = {_W + "tab": "\t", _W + "br": "\n", _W + "cr": "\n", _W + "noBreakHyphen": "-",
             _W + "txbxContent": "\n"}  # fmt: skip
_ON_END = {_W + "p": "\n", _W + "tbl": "\n"}
_CELL, _ROW, _PARAGRAPH = _W + "tc", _W + "tr", _W + "p"
_CELL_SEPARATOR = " | "  # as striprtf writes table cells


def inspect_archive(path: Path) -> None:
    """Refuse a ZIP whose directory promises too much (`archive_too_large`) before anything is
    inflated, and a password-protected package (`encrypted`); cheap enough for the upload path.
    Anything else passes: a damaged archive fails as `corrupt_file` when it is extracted."""
    if ole.ENCRYPTED_PACKAGE <= ole.top_level_streams(path):
        raise ExtractionError("encrypted", "the document is protected by a password")
    try:
        with zipfile.ZipFile(path) as zf:
            _check_directory(zf)
    except _BROKEN_ZIP:
        return


def _check_directory(zf: zipfile.ZipFile) -> None:
    entries = zf.infolist()
    if len(entries) > MAX_ENTRIES:
        raise ExtractionError("archive_too_large", f"{len(entries)} parts in the archive")
    total = sum(e.file_size for e in entries)
    if total > MAX_ARCHIVE_BYTES:
        raise ExtractionError("archive_too_large", f"parts expand to {total} bytes")
    for e in entries:
        if e.file_size > _RATIO_FROM_BYTES and e.file_size > MAX_RATIO * max(1, e.compress_size):
            ratio = e.file_size // max(1, e.compress_size)
            raise ExtractionError("archive_too_large", f"a part expands {ratio} times")


def main_document_part(zf: zipfile.ZipFile) -> str | None:
    """The main document's part name if this ZIP is a Word document (not docm, xlsx, ...)."""
    try:
        types = _parse(zf, "[Content_Types].xml")
    except (*_BROKEN_ZIP, ExtractionError):
        return None
    for override in types.iter(_CT + "Override"):
        if override.get("ContentType") in _MAIN_CONTENT_TYPES:
            name = override.get("PartName", "").lstrip("/")
            return name if name in zf.namelist() else None
    return None


def extract_docx(path: Path) -> RawText:
    """Return the headers, then the body, then footers."""
    inspect_archive(path)
    try:
        with zipfile.ZipFile(path) as zf:
            budget = _Budget(MAX_ARCHIVE_BYTES)
            main = main_document_part(zf)
            if main is None:
                raise ExtractionError("corrupt_file", "ZIP archive without a Word main document")
            folder = posixpath.dirname(main)
            extra = re.compile(rf"{re.escape(folder)}/(header|footer)\d*\.xml")
            parts = sorted(n for n in zf.namelist() if extra.fullmatch(n))
            headers = [_part_text(zf, n, budget) for n in parts if "/header" in n]
            footers = [_part_text(zf, n, budget) for n in parts if "/footer" in n]
            body = _part_text(zf, main, budget)
            pages = _page_count(zf, budget)
    except _BROKEN_ZIP as e:
        raise ExtractionError("corrupt_file", f"unreadable DOCX ({type(e).__name__})") from e
    # Word keeps separate first-page / even / default headers that usually repeat one another.
    chunks = [*dict.fromkeys(headers), body, *dict.fromkeys(footers)]
    text = "\n\n".join(c for c in chunks if c.strip())
    return RawText(text, pages, f"lxml/{etree.__version__}")


def _part_text(zf: zipfile.ZipFile, name: str, budget: _Budget) -> str:
    out: list[str] = []
    walk = etree.iterwalk(_parse(zf, name, budget), events=("start", "end"))
    for event, el in walk:
        tag = el.tag
        if event == "start":
            if tag == _TEXT:
                out.append(el.text or "")
            elif tag in _ON_START:
                out.append(_ON_START[tag])
            elif tag == _MC_FALLBACK:  # the legacy (VML) copy of a text box we already read
                walk.skip_subtree()
        elif tag == _PARAGRAPH and _in_data_row(el):
            out.append(_CELL_SEPARATOR)
        elif tag == _ROW and out and out[-1] == _CELL_SEPARATOR:
            out[-1] = "\n"
        elif tag in _ON_END:
            out.append(_ON_END[tag])
    return "".join(out)


def _in_data_row(paragraph: etree._Element) -> bool:
    """A paragraph alone in its cell, in a row of such cells: a row of data ("Python | 7 лет")
    reads best on one line. Layout tables, with whole sections in a cell, keep their lines."""
    cell = paragraph.getparent()
    if cell is None or cell.tag != _CELL or (row := cell.getparent()) is None:
        return False
    return all(len(c.findall(_PARAGRAPH)) == 1 for c in row.iterchildren(_CELL))


def _page_count(zf: zipfile.ZipFile, budget: _Budget) -> int:
    # Word stores the page count it last rendered in the extended properties, if it was asked to.
    try:
        pages = _parse(zf, "docProps/app.xml", budget).findtext(
            "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}Pages"
        )
        return max(1, int(pages or 1))
    except (KeyError, ValueError, ExtractionError, etree.XMLSyntaxError):
        return 1


class _Budget:
    """Uncompressed bytes we are still willing to inflate from one archive."""

    def __init__(self, limit: int) -> None:
        self.left = limit


def _parse(zf: zipfile.ZipFile, name: str, budget: _Budget | None = None) -> etree._Element:
    limit = min(MAX_PART_BYTES, budget.left if budget else MAX_PART_BYTES)
    with zf.open(name) as f:
        data = f.read(limit + 1)  # inflates no further than that, whatever the directory says
    if len(data) > limit:
        raise ExtractionError("archive_too_large", f"{name} expands beyond {limit} bytes")
    if budget:
        budget.left -= len(data)
    return etree.fromstring(data, _PARSER)
