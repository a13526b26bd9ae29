"""From a stored upload to normalised text with language and sections."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .doc import extract_doc
from .docx import extract_docx, inspect_archive
from .formats import DocumentFormat
from .language import detect_language
from .model import ExtractedDocument, ExtractionError, RawText
from .normalize import normalize_text
from .pdf import check_password, extract_pdf
from .rtf import extract_rtf
from .sections import split_sections
from .text import decode_text

# Each returns the raw text with its page count, parser and notices, or raises ExtractionError.
_Extractor = Callable[[Path], RawText]


def inspect(path: Path, fmt: DocumentFormat) -> None:
    """Cheap checks for the upload path, before anything is stored: a zip bomb
    (`archive_too_large`) or a document that needs a password (`encrypted`)."""
    if fmt.name == "pdf":
        check_password(path)
    else:
        inspect_archive(path)


def extract(path: Path, fmt: DocumentFormat) -> ExtractedDocument:
    """Text of the document at `path`, already known to be `fmt` (see `detect_format_file`).

    Raises ExtractionError with a machine-readable reason when there is no usable text.
    The text is normalised but NOT redacted: use `redact_contacts` before it leaves the service.
    """
    extractor = _EXTRACTORS.get(fmt.name)
    if extractor is None or not fmt.extractable:
        raise ExtractionError("unsupported_format", fmt.unsupported_reason or fmt.name)
    raw = extractor(path)
    text = normalize_text(raw.text)
    if not any(c.isalnum() for c in text):
        if fmt.name == "pdf":
            raise ExtractionError(
                "no_text_layer", f"{raw.page_count} page(s) without text: a scan or images of text"
            )
        raise ExtractionError("empty_document", "the document contains no text")
    return ExtractedDocument(
        text=text,
        language=detect_language(text),
        page_count=raw.page_count,
        sections=split_sections(text),
        parser=raw.parser,
        warnings=raw.warnings,
    )


def _extract_txt(path: Path) -> RawText:
    decoded = decode_text(path.read_bytes())
    if decoded is None:
        raise ExtractionError("corrupt_file", "the file is not text in any encoding we read")
    text, encoding = decoded
    return RawText(text, 1, f"text/{encoding}")


_EXTRACTORS: dict[str, _Extractor] = {
    "txt": _extract_txt,
    "docx": extract_docx,
    "pdf": extract_pdf,
    "rtf": extract_rtf,
    "doc": extract_doc,
}
