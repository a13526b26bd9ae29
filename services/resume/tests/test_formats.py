"""Format detection by content: magic bytes and container structure, never the file name."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from worth.resume.documents import (
    DOC,
    HEAD_SIZE,
    KNOWN_EXTENSIONS,
    SUPPORTED_FORMATS,
    detect_format,
    detect_format_file,
)

CORPUS = Path(__file__).parent / "corpus"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("ru_utf8.txt", "txt"),
        ("ru_cp1251.txt", "txt"),
        ("ru_koi8r.txt", "txt"),
        ("en_utf16.txt", "txt"),
        ("empty.txt", "txt"),  # text; extraction reports it as empty
        ("ru_resume.docx", "docx"),
        ("en_resume.docx", "docx"),
        ("ru_resume.pdf", "pdf"),
        ("scanned.pdf", "pdf"),
        ("encrypted.pdf", "pdf"),
        ("ru_resume.rtf", "rtf"),
        ("ru_resume.doc", "doc"),
        ("en_resume.doc", "doc"),
        ("rtf_renamed.doc", "rtf"),  # the name says Word, the content says RTF
        ("legacy_sheet.doc", None),  # OLE2, but an Excel-like file without a WordDocument stream
        ("fake_ole.doc", None),  # the OLE2 magic and a stream name, but no compound file
        ("encrypted.docx", "docx"),  # OLE2 holding an encrypted package: extraction says so
        ("zip_bomb.docx", "docx"),  # a Word package; extraction refuses to inflate it
        ("active_content.pdf", "pdf"),
        ("archive_renamed.docx", None),
        ("spreadsheet_renamed.docx", None),
        ("program_renamed.pdf", None),
        ("random.bin", None),
    ],
)
def test_detect_format_file(name: str, expected: str | None) -> None:
    fmt = detect_format_file(CORPUS / name)
    assert (fmt.name if fmt else None) == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "pdf"),
        (b"\xef\xbb\xbf\r\n%PDF-1.4\n", "pdf"),  # junk some generators put first
        (b"{\\rtf1\\ansi\\ansicpg1251 ", "rtf"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "doc"),
        (b"\x7fELF\x02\x01\x01\x00" + bytes(64), None),
        (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00", None),  # a Windows executable
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", None),
        (b"PK\x03\x04" + bytes(26) + b"mimetype", None),  # a ZIP that is not Word's
        ("Опыт работы".encode("utf-16"), "txt"),
        ("Опыт работы".encode("utf-16-le"), None),  # no BOM: nothing writes resumes like that
        (b"name\x01\x02\x03\x04\x05\x06 and \x07\x08 control \x0e\x0f\x10\x11 bytes", None),
        (b"", "txt"),
    ],
)
def test_detect_format_head(head: bytes, expected: str | None) -> None:
    fmt = detect_format(head)
    assert (fmt.name if fmt else None) == expected


def test_head_cut_inside_a_utf8_character_is_still_text() -> None:
    data = b"-" + "Опыт работы\n".encode() * 1000  # Cyrillic takes 2 bytes; 8191 is odd
    head = data[:HEAD_SIZE]
    with pytest.raises(UnicodeDecodeError):
        head.decode("utf-8")  # the cut really splits a character
    fmt = detect_format(head)
    assert fmt is not None and fmt.name == "txt"


def test_quick_check_recognises_a_docx_by_its_first_entries() -> None:
    fmt = detect_format((CORPUS / "ru_resume.docx").read_bytes()[:HEAD_SIZE])
    assert fmt is not None and fmt.name == "docx"


def test_macro_enabled_word_document_is_not_accepted(tmp_path: Path) -> None:
    source = zipfile.ZipFile(CORPUS / "en_resume.docx")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as out:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "[Content_Types].xml":
                data = data.replace(
                    b"wordprocessingml.document.main+xml", b"ms-word.document.macroEnabled.main+xml"
                )
            out.writestr(item, data)
    docm = tmp_path / "cv.docx"
    docm.write_bytes(buf.getvalue())
    assert detect_format_file(docm) is None


def test_truncated_zip_is_not_a_docx(tmp_path: Path) -> None:
    broken = tmp_path / "cv.docx"
    broken.write_bytes((CORPUS / "ru_resume.docx").read_bytes()[:5000])
    assert detect_format_file(broken) is None


def test_supported_formats_describe_what_can_be_extracted() -> None:
    extractable = {f.name for f in SUPPORTED_FORMATS if f.extractable}
    assert extractable == {"txt", "docx", "pdf", "rtf", "doc"}
    assert DOC in SUPPORTED_FORMATS and DOC.unsupported_reason is None
    assert {"pdf", "docx", "doc", "txt", "rtf"} <= KNOWN_EXTENSIONS
    for fmt in SUPPORTED_FORMATS:
        assert "/" in fmt.media_type and all(not e.startswith(".") for e in fmt.extensions)
