"""Extraction over the synthetic corpus: text, language, pages, sections, failure reasons."""

from __future__ import annotations

import pickle
import zipfile
from pathlib import Path
from typing import Any

import pytest

from worth.resume.documents import (
    DOCX,
    PDF,
    DocumentFormat,
    ExtractedDocument,
    ExtractionError,
    detect_format_file,
    extract,
)
from worth.resume.documents import docx as docx_module
from worth.resume.documents.pdf import garbage_score

CORPUS = Path(__file__).parent / "corpus"
RU_FRAGMENTS = (
    "Смирнова Анастасия Игоревна",
    "Разработка платформы расчёта тарифов на Python 3.11 и FastAPI",
    "Москва",
    "350 000 руб.",
)
EN_FRAGMENTS = (
    "Daniel Whitmore",
    "Designed a Spark and Airflow platform processing 4 TB per day",
    "$150,000 - $170,000",
)
SECTIONS = ["other", "summary", "experience", "skills", "education"]


def read(name: str) -> ExtractedDocument:
    path = CORPUS / name
    fmt = detect_format_file(path)
    assert fmt is not None
    return extract(path, fmt)


@pytest.mark.parametrize(
    ("name", "language", "pages", "parser"),
    [
        ("ru_utf8.txt", "ru", 1, "text/utf-8"),
        ("ru_cp1251.txt", "ru", 1, "text/cp1251"),
        ("ru_koi8r.txt", "ru", 1, "text/koi8_r"),
        ("en_utf16.txt", "en", 1, "text/utf-16-le"),
        ("ru_resume.docx", "ru", 1, "lxml/"),
        ("en_resume.docx", "en", 1, "lxml/"),
        ("ru_resume.pdf", "ru", 2, "pypdf/"),
        ("en_resume.pdf", "en", 1, "pypdf/"),
        ("owner_only.pdf", "en", 1, "pypdf/"),  # encrypted with an empty user password
        ("ru_resume.rtf", "ru", 1, "striprtf/"),
        ("rtf_renamed.doc", "ru", 1, "striprtf/"),  # RTF saved with a .doc name
        ("ru_resume.doc", "ru", 1, "olefile/"),
        ("en_resume.doc", "en", 1, "olefile/"),
    ],
)
def test_extracts_text_language_pages_and_sections(
    name: str, language: str, pages: int, parser: str
) -> None:
    doc = read(name)
    fragments = RU_FRAGMENTS if language == "ru" else EN_FRAGMENTS
    for fragment in fragments:
        # KOI8-R cannot hold typographic quotes and dashes; the generator made them ASCII.
        assert fragment in doc.text
    assert doc.language == language
    assert doc.page_count == pages
    assert doc.parser.startswith(parser)
    assert [s.name for s in doc.sections][:5] == SECTIONS
    assert "Python" in doc.section_text("skills")
    assert ("2016" if language == "ru" else "2015") in doc.section_text("education")
    assert "•" not in doc.text and "  " not in doc.text and "\n\n\n" not in doc.text


def test_docx_reads_headers_footers_tables_and_text_boxes_once() -> None:
    doc = read("ru_resume.docx")
    assert doc.text.startswith("Смирнова Анастасия Игоревна\n")  # from the header
    assert "Telegram: @smirnova_dev" in doc.text
    assert doc.text.endswith("Резюме обновлено 01.02.2025")  # from the footer
    assert "Python | 7 лет\nKubernetes | 3 года" in doc.section_text("skills")
    # The text box is stored twice (DrawingML and a VML fallback); we read it once.
    assert doc.text.count("Готова к командировкам и удалённой работе") == 1
    with zipfile.ZipFile(CORPUS / "ru_resume.docx") as zf:
        assert zf.read("word/document.xml").count("Готова к командировкам".encode()) == 2


def test_pdf_repairs_hyphenation_and_separates_pages() -> None:
    doc = read("ru_resume.pdf")
    assert "Проектирую высоконагруженные сервисы" in doc.text
    assert "высоко-" not in doc.text
    assert "Поддержка биллинга и оптимизация SQL-запросов\n\nКлючевые навыки" in doc.text


def test_rtf_reads_code_page_escapes_and_unicode_escapes() -> None:
    doc = read("ru_resume.rtf")
    assert "АО «Глобус-Софт», Санкт-Петербург" in doc.text
    assert "Ключевые проекты" in doc.text  # written as \uN escapes
    assert "стр. 1" not in doc.text  # the page header group is not body text


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("empty.txt", "empty_document"),
        ("blank.docx", "empty_document"),
        ("scanned.pdf", "no_text_layer"),
        ("encrypted.pdf", "encrypted"),
        ("ru_unmapped.pdf", "unreadable_pdf"),
        ("truncated.pdf", "corrupt_file"),
        ("encrypted.docx", "encrypted"),  # an OLE2 container with the encrypted package
        ("zip_bomb.docx", "archive_too_large"),
    ],
)
def test_failure_reasons(name: str, reason: str) -> None:
    with pytest.raises(ExtractionError) as caught:
        read(name)
    assert caught.value.reason == reason
    assert caught.value.detail


def test_unsupported_format_tells_the_user_what_to_do() -> None:
    advice = "OpenDocument files are not supported; save as DOCX or PDF"
    unknown = DocumentFormat(
        "odt", "application/vnd.oasis.opendocument.text", ("odt",), False, advice
    )
    with pytest.raises(ExtractionError) as caught:
        extract(CORPUS / "ru_utf8.txt", unknown)
    assert caught.value.reason == "unsupported_format"
    assert "DOCX or PDF" in caught.value.detail


def test_mojibake_is_measured_not_guessed() -> None:
    cyrillic_as_latin1 = "Опыт работы: разработка сервисов".encode("cp1251").decode("latin-1")
    assert garbage_score(cyrillic_as_latin1) > 0.9
    assert garbage_score("Expérience: développement de services, équipe à Montréal") < 0.15
    assert garbage_score("Опыт работы: разработка сервисов на Python") == 0


@pytest.mark.parametrize(("name", "fmt"), [("ru_utf8.txt", PDF), ("en_resume.pdf", DOCX)])
def test_content_that_does_not_match_the_format_is_corrupt(name: str, fmt: DocumentFormat) -> None:
    with pytest.raises(ExtractionError) as caught:
        extract(CORPUS / name, fmt)
    assert caught.value.reason == "corrupt_file"


def test_damaged_docx_is_corrupt(tmp_path: Path) -> None:
    source = (CORPUS / "en_resume.docx").read_bytes()
    damaged = tmp_path / "cv.docx"
    damaged.write_bytes(source[:-200])  # the central directory is gone
    with pytest.raises(ExtractionError) as caught:
        extract(damaged, DOCX)
    assert caught.value.reason == "corrupt_file"


def test_docx_parts_that_expand_too_far_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    # A zip bomb in miniature: document.xml inflates to 5 KB, past a 3 KB limit.
    monkeypatch.setattr(docx_module, "MAX_PART_BYTES", 3000)
    with pytest.raises(ExtractionError) as caught:
        extract(CORPUS / "en_resume.docx", DOCX)
    assert caught.value.reason == "archive_too_large"
    assert "expands beyond" in caught.value.detail


def test_error_details_never_carry_document_text() -> None:
    with pytest.raises(ExtractionError) as caught:
        read("ru_unmapped.pdf")
    mojibake_name = "Смирнова".encode("koi8-r").decode("latin-1")
    assert mojibake_name not in str(caught.value) and "Смирнова" not in str(caught.value)


def test_results_and_errors_cross_process_boundaries() -> None:
    # The service may parse in a process pool; both outcomes must survive pickling.
    def roundtrip(value: object) -> Any:
        return pickle.loads(pickle.dumps(value))  # noqa: S301 - bytes we just made

    doc = read("en_resume.docx")
    assert roundtrip(doc) == doc
    error = ExtractionError("encrypted", "the PDF is protected by a password")
    copy = roundtrip(error)
    assert (copy.reason, copy.detail, str(copy)) == (error.reason, error.detail, str(error))


def test_cp1251_mojibake_is_read_as_russian_and_said_so() -> None:
    # Fonts without a Unicode map that hold cp1251 codes: pypdf's Latin-1 is re-read as cp1251.
    doc = read("ru_mojibake.pdf")
    assert doc.language == "ru"
    assert "Python-разработчик (Senior)" in doc.text
    assert "Ñ" not in doc.text
    assert doc.parser.endswith("+cp1251")
    assert {s.name for s in doc.sections} >= {"experience", "skills"}
