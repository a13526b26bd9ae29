"""DOCX text straight from the package XML.

python-docx's `document.paragraphs` misses text boxes and loads every part (images included) into
memory; walking the few XML parts we need sees everything and bounds what a zip bomb can cost.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
import zlib
from pathlib import Path

from lxml import etree

from .model import ExtractionError

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


def extract_docx(path: Path) -> tuple[str, int, str]:
    """Return (text, page_count, parser): headers, then the body, then footers."""
    try:
        with zipfile.ZipFile(path) as zf:
            main = main_document_part(zf)
            if main is None:
                raise ExtractionError("corrupt_file", "ZIP archive without a Word main document")
            folder = posixpath.dirname(main)
            extra = re.compile(rf"{re.escape(folder)}/(header|footer)\d*\.xml")
            parts = sorted(n for n in zf.namelist() if extra.fullmatch(n))
            headers = [_part_text(zf, n) for n in parts if "/header" in n]
            footers = [_part_text(zf, n) for n in parts if "/footer" in n]
            body = _part_text(zf, main)
            pages = _page_count(zf)
    except _BROKEN_ZIP as e:
        raise ExtractionError("corrupt_file", f"unreadable DOCX ({type(e).__name__})") from e
    # Word keeps separate first-page / even / default headers that usually repeat one another.
    chunks = [*dict.fromkeys(headers), body, *dict.fromkeys(footers)]
    return "\n\n".join(c for c in chunks if c.strip()), pages, f"lxml/{etree.__version__}"


def _part_text(zf: zipfile.ZipFile, name: str) -> str:
    out: list[str] = []
    walk = etree.iterwalk(_parse(zf, name), events=("start", "end"))
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


def _page_count(zf: zipfile.ZipFile) -> int:
    # Word stores the page count it last rendered in the extended properties, if it was asked to.
    try:
        pages = _parse(zf, "docProps/app.xml").findtext(
            "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}Pages"
        )
        return max(1, int(pages or 1))
    except (KeyError, ValueError, ExtractionError, etree.XMLSyntaxError):
        return 1


def _parse(zf: zipfile.ZipFile, name: str) -> etree._Element:
    with zf.open(name) as f:
        data = f.read(MAX_PART_BYTES + 1)
    if len(data) > MAX_PART_BYTES:
        raise ExtractionError("corrupt_file", f"{name} expands beyond {MAX_PART_BYTES} bytes")
    return etree.fromstring(data, _PARSER)
