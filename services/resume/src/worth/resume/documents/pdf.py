"""PDF text through pypdf, with checks for encryption and for text that is only mojibake."""

from __future__ import annotations

import logging
import unicodedata
from pathlib import Path

import pypdf

from .model import ExtractionError

MAX_PAGES = 40  # a resume is a few pages; beyond this we read the start and skip the rest
GARBAGE_THRESHOLD = 0.3
_MIN_LETTERS_TO_JUDGE = 20
_WHITESPACE_CONTROLS = frozenset("\t\n\r\f\v")

# pypdf warns about every quirk of a malformed file; that is noise for an upload service.
logging.getLogger("pypdf").setLevel(logging.ERROR)


def extract_pdf(path: Path) -> tuple[str, int, str]:
    """Return (raw text with pages separated by form feeds, page count, parser)."""
    try:
        reader = pypdf.PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):
            # An empty user password opens "permissions-only" PDFs; anything else needs a password.
            raise ExtractionError("encrypted", "the PDF is protected by a password")
        page_count = len(reader.pages)
        text = "\f".join(page.extract_text() or "" for page in reader.pages[:MAX_PAGES])
    except ExtractionError:
        raise
    except Exception as e:  # pypdf raises almost anything on hostile or damaged input
        raise ExtractionError("corrupt_file", f"unreadable PDF ({type(e).__name__})") from e
    if page_count == 0:
        raise ExtractionError("empty_document", "the PDF has no pages")
    score = garbage_score(text)
    if score > GARBAGE_THRESHOLD:
        raise ExtractionError(
            "unreadable_pdf",
            f"the text layer is not readable ({score:.0%} garbage): "
            "its fonts have no Unicode mapping; export the PDF again or upload DOCX",
        )
    return text, page_count, f"pypdf/{pypdf.__version__}"


def garbage_score(text: str) -> float:
    """Share of suspicious characters among letters: Latin-1 mojibake of Cyrillic (ÐŸÑ€Ð¸,
    Îïûò), private-use glyphs, replacement and control characters. Real text in any language we
    expect stays far below 0.3 (French and Polish are ~5%); a font without a ToUnicode map
    scores near 1."""
    suspicious = letters = 0
    for c in text:
        if _is_suspicious(c):
            suspicious += 1
            letters += 1
        elif c.isalpha():
            letters += 1
    if letters < _MIN_LETTERS_TO_JUDGE:
        return 0.0
    return suspicious / letters


def _is_suspicious(c: str) -> bool:
    if c == "\ufffd" or ("\u00c0" <= c <= "\u024f" and c.isalpha()):  # accented Latin letters
        return True
    category = unicodedata.category(c)
    return category == "Co" or (category == "Cc" and c not in _WHITESPACE_CONTROLS)
