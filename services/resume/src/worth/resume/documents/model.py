"""Value types of document intake: the extracted document and the reasons extraction fails."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, NamedTuple

Language = Literal["ru", "en", "unknown"]
SectionName = Literal["summary", "experience", "skills", "education", "other"]
FailureReason = Literal[
    "empty_document",
    "encrypted",
    "unreadable_pdf",
    "no_text_layer",
    "corrupt_file",
    "unsupported_format",
    "archive_too_large",
]
# Active content found and ignored: the text is still extracted, nothing is ever executed.
Notice = Literal["pdf_javascript", "pdf_embedded_files", "doc_macros"]


@dataclass(frozen=True, slots=True)
class Section:
    name: SectionName
    text: str


@dataclass(frozen=True, slots=True)
class ExtractedDocument:
    text: str  # normalised, NOT redacted: contact details are still in it
    language: Language
    page_count: int
    sections: tuple[Section, ...]
    parser: str  # library and version (or decoder) that produced the text, for reprocessing
    warnings: tuple[Notice, ...] = ()

    def section_text(self, name: SectionName) -> str:
        """All sections of one kind, joined (a resume may repeat a heading)."""
        return "\n\n".join(s.text for s in self.sections if s.name == name)


class RawText(NamedTuple):
    """What a format's extractor returns, before normalisation."""

    text: str
    page_count: int
    parser: str
    warnings: tuple[Notice, ...] = ()


class ExtractionError(Exception):
    """A document we cannot turn into text; `reason` is machine-readable, `detail` never
    contains document text, so both are safe to log and to show."""

    def __init__(self, reason: FailureReason, detail: str) -> None:
        super().__init__(reason, detail)  # both in args, so it pickles across process pools
        self.reason: FailureReason = reason
        self.detail = detail

    def __str__(self) -> str:
        return f"{self.reason}: {self.detail}"
