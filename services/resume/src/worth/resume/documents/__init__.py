"""Document intake: recognise an uploaded resume by content, extract normalised text with its
language and sections, and redact contact details. Pure functions; no I/O beyond the file."""

from .docx import inspect_archive
from .extract import extract, inspect
from .formats import (
    DOC,
    DOCX,
    FORMATS_BY_NAME,
    HEAD_SIZE,
    KNOWN_EXTENSIONS,
    PDF,
    RTF,
    SUPPORTED_FORMATS,
    TXT,
    DocumentFormat,
    detect_format,
    detect_format_file,
)
from .language import detect_language
from .model import (
    ExtractedDocument,
    ExtractionError,
    FailureReason,
    Language,
    Notice,
    Section,
)
from .normalize import normalize_text
from .redact import redact_contacts
from .sections import split_sections

__all__ = [
    "DOC",
    "DOCX",
    "FORMATS_BY_NAME",
    "HEAD_SIZE",
    "KNOWN_EXTENSIONS",
    "PDF",
    "RTF",
    "SUPPORTED_FORMATS",
    "TXT",
    "DocumentFormat",
    "ExtractedDocument",
    "ExtractionError",
    "FailureReason",
    "Language",
    "Notice",
    "Section",
    "detect_format",
    "detect_format_file",
    "detect_language",
    "extract",
    "inspect",
    "inspect_archive",
    "normalize_text",
    "redact_contacts",
    "split_sections",
]
