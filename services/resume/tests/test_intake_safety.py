"""Archives that lie, password-protected packages, and PDFs with active content."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from worth.resume.documents import (
    DOCX,
    PDF,
    ExtractionError,
    detect_format_file,
    extract,
    inspect,
    inspect_archive,
)
from worth.resume.documents import docx as docx_module

CORPUS = Path(__file__).parent / "corpus"


def test_zip_bomb_is_refused_from_its_directory_without_inflating(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bomb = CORPUS / "zip_bomb.docx"
    assert bomb.stat().st_size < 100_000
    with zipfile.ZipFile(bomb) as zf:
        assert zf.getinfo("word/document.xml").file_size > 40 * 1024 * 1024

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("a member was opened")

    monkeypatch.setattr(zipfile.ZipFile, "open", never)
    for check in (inspect_archive, lambda path: extract(path, DOCX)):
        with pytest.raises(ExtractionError) as caught:
            check(bomb)
        assert caught.value.reason == "archive_too_large"
        assert "expands 1025 times" in caught.value.detail


def test_total_uncompressed_size_is_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    inspect_archive(CORPUS / "en_resume.docx")  # an ordinary resume passes
    monkeypatch.setattr(docx_module, "MAX_ARCHIVE_BYTES", 20_000)
    with pytest.raises(ExtractionError) as caught:
        inspect_archive(CORPUS / "en_resume.docx")
    assert caught.value.reason == "archive_too_large"
    assert "parts expand to" in caught.value.detail


def test_archives_of_countless_parts_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "cv.docx"
    with zipfile.ZipFile(path, "w") as zf:
        for i in range(docx_module.MAX_ENTRIES + 1):
            zf.writestr(f"word/media/{i}.bin", b"")
    with pytest.raises(ExtractionError) as caught:
        inspect_archive(path)
    assert caught.value.reason == "archive_too_large"


def test_a_directory_that_understates_sizes_inflates_no_further(tmp_path: Path) -> None:
    # document.xml claims 100 bytes in both headers; inflating stops there and the lie shows.
    source = (CORPUS / "en_resume.docx").read_bytes()
    name = b"word/document.xml"
    data = bytearray(source)
    with zipfile.ZipFile(io.BytesIO(source)) as zf:
        info = zf.getinfo(name.decode())
    local = info.header_offset
    central = data.index(name, data.index(b"PK\x01\x02")) - 46  # the name follows 46 bytes
    data[local + 22 : local + 26] = (100).to_bytes(4, "little")
    data[central + 24 : central + 28] = (100).to_bytes(4, "little")
    path = tmp_path / "cv.docx"
    path.write_bytes(bytes(data))
    inspect_archive(path)  # the directory looks harmless
    with pytest.raises(ExtractionError) as caught:
        extract(path, DOCX)
    assert caught.value.reason == "corrupt_file"


def test_password_protected_docx_is_encrypted() -> None:
    with pytest.raises(ExtractionError) as caught:
        inspect_archive(CORPUS / "encrypted.docx")
    assert caught.value.reason == "encrypted"


@pytest.mark.parametrize(
    "name", ["ru_resume.doc", "legacy_sheet.doc", "en_resume.pdf", "ru_utf8.txt", "random.bin"]
)
def test_the_archive_check_lets_everything_else_through(name: str) -> None:
    inspect_archive(CORPUS / name)  # safe to call on any upload


def test_pdf_active_content_is_reported_and_its_text_read() -> None:
    raw = (CORPUS / "active_content.pdf").read_bytes()
    assert b"/JavaScript" in raw and b"/EmbeddedFiles" in raw
    doc = extract(CORPUS / "active_content.pdf", PDF)
    assert "Designed a Spark and Airflow platform processing 4 TB per day" in doc.text
    assert doc.warnings == ("pdf_javascript", "pdf_embedded_files")
    assert extract(CORPUS / "en_resume.pdf", PDF).warnings == ()


def test_javascript_in_a_link_is_reported(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject

    writer = PdfWriter(clone_from=PdfReader(CORPUS / "en_resume.pdf"))
    action = DictionaryObject({NameObject("/S"): NameObject("/JavaScript"),
                               NameObject("/JS"): TextStringObject("app.alert(1)")})  # fmt: skip
    link = DictionaryObject({NameObject("/Type"): NameObject("/Annot"),
                             NameObject("/Subtype"): NameObject("/Link"),
                             NameObject("/Rect"): ArrayObject([]),
                             NameObject("/A"): action})  # fmt: skip
    writer.pages[0][NameObject("/Annots")] = ArrayObject([writer._add_object(link)])
    path = tmp_path / "cv.pdf"
    with path.open("wb") as f:
        writer.write(f)
    assert extract(path, PDF).warnings == ("pdf_javascript",)


@pytest.mark.parametrize(
    ("name", "refused"),
    [
        ("encrypted.pdf", "encrypted"),  # needs a user password
        ("encrypted.docx", "encrypted"),
        ("zip_bomb.docx", "archive_too_large"),
        ("owner_only.pdf", None),  # permissions only: opens with the empty password
        ("en_resume.pdf", None),
        ("truncated.pdf", None),  # damaged: left for extraction to name as corrupt_file
    ],
)
def test_the_upload_check_refuses_only_what_cannot_be_read_safely(
    name: str, refused: str | None
) -> None:
    path = CORPUS / name
    fmt = detect_format_file(path)
    assert fmt is not None
    if refused is None:
        inspect(path, fmt)
    else:
        with pytest.raises(ExtractionError) as error:
            inspect(path, fmt)
        assert error.value.reason == refused
