"""Word 97-2003 (.doc) extraction through the FIB and the piece table."""

from __future__ import annotations

import struct
from pathlib import Path

import olefile
import pytest

from worth.resume.documents import DOC, ExtractionError, extract

CORPUS = Path(__file__).parent / "corpus"
FIB_START = struct.pack("<HH", 0xA5EC, 0xC1)  # wIdent, nFib: the first bytes of WordDocument


def patched(tmp_path: Path, name: str, offset: int, value: bytes) -> Path:
    """A copy of a corpus .doc with bytes of its FIB (relative to wIdent) replaced."""
    data = bytearray((CORPUS / name).read_bytes())
    fib = data.index(FIB_START)
    data[fib + offset : fib + offset + len(value)] = value
    path = tmp_path / "cv.doc"
    path.write_bytes(bytes(data))
    return path


def test_pieces_of_both_kinds_decode_so_cyrillic_stays_cyrillic() -> None:
    with olefile.OleFileIO(str(CORPUS / "ru_resume.doc")) as ole:
        word = ole.openstream("WordDocument").read()
    assert "Смирнова".encode("utf-16-le") in word  # a Unicode piece
    assert b"FastAPI" in word and "FastAPI".encode("utf-16-le") not in word  # a compressed one
    doc = extract(CORPUS / "ru_resume.doc", DOC)
    assert "Разработка платформы расчёта тарифов на Python 3.11 и FastAPI" in doc.text
    assert "ООО «Северный ветер», Москва" in doc.text
    assert doc.language == "ru"


def test_fields_keep_their_result_and_lose_their_code() -> None:
    doc = extract(CORPUS / "ru_resume.doc", DOC)
    assert "GitHub: github.com/asmirnova-example\n" in doc.text
    assert "HYPERLINK" not in doc.text and "https://github.com" not in doc.text
    assert not any(c in doc.text for c in "\x07\x13\x14\x15\r")


def test_tables_text_boxes_headers_and_footers() -> None:
    doc = extract(CORPUS / "ru_resume.doc", DOC)
    assert "Python | 7 лет\nKubernetes | 3 года" in doc.section_text("skills")
    assert "Готова к командировкам и удалённой работе" in doc.text
    assert doc.text.endswith("Резюме обновлено 01.02.2025")
    english = extract(CORPUS / "en_resume.doc", DOC)
    assert "Spark | 6\nAirflow | 5" in english.section_text("skills")
    assert english.text.startswith("Daniel Whitmore\nSenior Data Engineer\n")
    assert "https://whitmore.example.dev" in english.text  # a link shown as its address


def test_password_protected_doc_is_encrypted(tmp_path: Path) -> None:
    path = patched(tmp_path, "en_resume.doc", 0x0A, struct.pack("<H", 0x0200 | 0x0100))
    with pytest.raises(ExtractionError) as caught:
        extract(path, DOC)
    assert caught.value.reason == "encrypted"


def test_word_95_is_refused_with_advice(tmp_path: Path) -> None:
    path = patched(tmp_path, "en_resume.doc", 2, struct.pack("<H", 0x68))
    with pytest.raises(ExtractionError) as caught:
        extract(path, DOC)
    assert caught.value.reason == "unsupported_format"
    assert "DOCX or PDF" in caught.value.detail


@pytest.mark.parametrize(
    ("offset", "value"),
    [
        (0, b"\x00\x00"),  # not a Word header
        (0x4C, struct.pack("<i", -5)),  # a negative character count
        (0x4C, struct.pack("<i", 10**9)),  # a billion characters
        (0x9A + 8 * 33, struct.pack("<II", 0, 3)),  # the piece table cut short
    ],
)
def test_damaged_doc_is_corrupt(tmp_path: Path, offset: int, value: bytes) -> None:
    with pytest.raises(ExtractionError) as caught:
        extract(patched(tmp_path, "en_resume.doc", offset, value), DOC)
    assert caught.value.reason == "corrupt_file"


def test_truncated_or_fake_compound_files_are_corrupt(tmp_path: Path) -> None:
    truncated = tmp_path / "cv.doc"
    truncated.write_bytes((CORPUS / "ru_resume.doc").read_bytes()[:3000])
    for path in (truncated, CORPUS / "fake_ole.doc", CORPUS / "legacy_sheet.doc"):
        with pytest.raises(ExtractionError) as caught:
            extract(path, DOC)
        assert caught.value.reason == "corrupt_file"
