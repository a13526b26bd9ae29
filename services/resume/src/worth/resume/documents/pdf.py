"""PDF text through pypdf, with checks for encryption and for text that is only mojibake.

pypdf only parses: JavaScript, launch actions and embedded files are never run or opened; we
note that they are there (`RawText.warnings`) and read the text as usual."""

from __future__ import annotations

import logging
import re
import unicodedata
from pathlib import Path
from typing import Any

import pypdf

from .language import detect_language
from .model import ExtractionError, Notice, RawText

MAX_PAGES = 40  # a resume is a few pages; beyond this we read the start and skip the rest
GARBAGE_THRESHOLD = 0.3
_MIN_LETTERS_TO_JUDGE = 20
_WHITESPACE_CONTROLS = frozenset("\t\n\r\f\v")
_CYRILLIC_WORD = re.compile(r"[А-Яа-яЁё]{3,}")
_CASE_FLIP = re.compile(r"[а-яё][А-ЯЁ]")
_ACTIVE_ACTIONS = frozenset({"/JavaScript", "/Launch", "/ImportData", "/SubmitForm"})

# pypdf warns about every quirk of a malformed file; that is noise for an upload service.
logging.getLogger("pypdf").setLevel(logging.ERROR)


def check_password(path: Path) -> None:
    """Refuse a PDF that needs a password to read (`encrypted`); cheap: no page is parsed.
    A PDF too damaged to open passes here and fails as `corrupt_file` when extracted."""
    try:
        reader = pypdf.PdfReader(path)
        locked = reader.is_encrypted and not reader.decrypt("")
    except Exception:  # damaged input: extraction gives the reason
        return
    if locked:
        raise ExtractionError("encrypted", "the PDF is protected by a password")


def extract_pdf(path: Path) -> RawText:
    """Return the text with pages separated by form feeds."""
    try:
        reader = pypdf.PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):
            # An empty user password opens "permissions-only" PDFs; anything else needs a password.
            raise ExtractionError("encrypted", "the PDF is protected by a password")
        page_count = len(reader.pages)
        text = "\f".join(page.extract_text() or "" for page in reader.pages[:MAX_PAGES])
        notices = active_content(reader)
    except ExtractionError:
        raise
    except Exception as e:  # pypdf raises almost anything on hostile or damaged input
        raise ExtractionError("corrupt_file", f"unreadable PDF ({type(e).__name__})") from e
    if page_count == 0:
        raise ExtractionError("empty_document", "the PDF has no pages")
    parser = f"pypdf/{pypdf.__version__}"
    score = garbage_score(text)
    if score > GARBAGE_THRESHOLD:
        # The next reading: Cyrillic fonts without a Unicode map very often hold cp1251 codes,
        # which every extractor hands back as Latin-1 (STACK-NOTES): decode them as cp1251.
        repaired = _as_cp1251(text)
        if repaired is None:
            raise ExtractionError(
                "unreadable_pdf",
                f"the text layer is not readable ({score:.0%} garbage): "
                "its fonts have no Unicode mapping; export the PDF again or upload DOCX",
            )
        text, parser = repaired, f"{parser}+cp1251"
    return RawText(text, page_count, parser, notices)


def _as_cp1251(text: str) -> str | None:
    """The text re-read as cp1251, if that turns mojibake into Russian; None otherwise."""
    try:
        repaired = text.encode("latin-1").decode("cp1251")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None
    if garbage_score(repaired) > GARBAGE_THRESHOLD or detect_language(repaired) != "ru":
        return None
    # Codes of another Cyrillic encoding also decode to Cyrillic letters, but with their case
    # scrambled ("уНЙТОПЧБ"): real Russian words almost never turn upper-case mid-word.
    words = _CYRILLIC_WORD.findall(repaired)
    scrambled = sum(1 for w in words if _CASE_FLIP.search(w))
    if not words or scrambled > 0.05 * len(words):
        return None
    return repaired


def active_content(reader: pypdf.PdfReader) -> tuple[Notice, ...]:
    """Which kinds of active content the document carries: JavaScript or launch actions (in the
    name tree, on open, on page events, in links) and embedded files. Only looked at."""
    try:
        root = _dict(reader.trailer["/Root"])
        names = _dict(root.get("/Names"))
        actions = [root.get("/OpenAction"), *_dict(root.get("/AA")).values()]
        for page in reader.pages[:MAX_PAGES]:
            actions += _dict(page.get("/AA")).values()
            annotations = page.get("/Annots")
            for annotation in annotations.get_object() if annotations is not None else ():
                actions.append(_dict(annotation).get("/A"))
        scripts = "/JavaScript" in names or any(
            _dict(a).get("/S") in _ACTIVE_ACTIONS for a in actions
        )
    except Exception:  # a damaged catalogue: it cannot run either, the text is what matters
        return ()
    notices: list[Notice] = ["pdf_javascript"] if scripts else []
    if "/EmbeddedFiles" in names:
        notices.append("pdf_embedded_files")
    return tuple(notices)


def _dict(value: Any) -> dict[str, Any]:
    value = value.get_object() if hasattr(value, "get_object") else value
    return value if isinstance(value, dict) else {}


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
