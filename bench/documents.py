"""Upload samples from the resume test corpus, each made unique, and their in-process cost.

The cost is what parsing and analysis take in this process on the same bytes, measured the way
the services do it (temp file → detect → extract → redact; analyze on the redacted text).
"""

from __future__ import annotations

import io
import itertools
import statistics
import tempfile
import time
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pypdf

from worth.analysis.engine import analyze
from worth.resume import documents

CORPUS = Path(__file__).resolve().parents[1] / "services" / "resume" / "tests" / "corpus"
# (format, language) → corpus files taking turns; every combination gets an equal share.
SOURCES: dict[tuple[str, str], tuple[str, ...]] = {
    ("txt", "en"): ("en_utf16.txt",),
    ("txt", "ru"): ("ru_utf8.txt", "ru_cp1251.txt", "ru_koi8r.txt"),
    ("docx", "en"): ("en_resume.docx",),
    ("docx", "ru"): ("ru_resume.docx",),
    ("pdf", "en"): ("en_resume.pdf",),
    ("pdf", "ru"): ("ru_resume.pdf",),
}
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


@dataclass(frozen=True)
class Sample:
    name: str  # the upload's file name
    format: str
    language: str
    source: str  # the corpus file it was made from
    data: bytes


@dataclass(frozen=True)
class Cost:
    """Median in-process seconds of parsing (extract + redact) and of analysis."""

    parse_s: float
    analyze_s: float


def samples(count: int, *, start: int = 0) -> list[Sample]:
    """`count` unique documents, cycling through every (format, language) pair."""
    turns = {kind: itertools.cycle(names) for kind, names in SOURCES.items()}
    kinds = itertools.islice(itertools.cycle(SOURCES), start, start + count)
    made = []
    for index, (fmt, language) in enumerate(kinds, start):
        source = next(turns[(fmt, language)])
        marker = f"Bench reference {index}-{uuid.uuid4().hex[:12]}"
        data = _unique((CORPUS / source).read_bytes(), fmt, marker)
        made.append(Sample(f"resume-{index}.{fmt}", fmt, language, source, data))
    return made


def _unique(data: bytes, fmt: str, marker: str) -> bytes:
    if fmt == "txt":
        if data.startswith(UTF16_BOMS):
            return (data.decode("utf-16") + f"\n{marker}\n").encode("utf-16")
        return data + f"\n{marker}\n".encode("ascii")  # ASCII fits utf-8, cp1251 and koi8-r
    if fmt == "docx":
        return _docx_with_paragraph(data, marker)
    if fmt == "pdf":
        writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(data)))
        writer.add_metadata({"/Subject": marker})  # unique bytes, same text
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()
    raise ValueError(f"no way to vary {fmt}")


def _docx_with_paragraph(data: bytes, text: str) -> bytes:
    paragraph = f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>".encode()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            body = src.read(item)
            if item.filename == "word/document.xml":
                body = body.replace(b"</w:body>", paragraph + b"</w:body>", 1)
            dst.writestr(item, body, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def cost(sample: Sample, repeat: int = 3) -> Cost:
    """The median of `repeat` runs (after one warm-up per process, see `warm_up`)."""
    parse, analysis = [], []
    for _ in range(repeat):
        started = time.perf_counter()
        text, language, sections = _parse(sample.data)
        parsed = time.perf_counter()
        analyze(text, language=language, sections=sections)
        parse.append(parsed - started)
        analysis.append(time.perf_counter() - parsed)
    return Cost(statistics.median(parse), statistics.median(analysis))


def warm_up() -> None:
    """First calls pay for imports and tables (market data, regexes); keep that out of costs."""
    for sample in samples(len(SOURCES)):
        cost(sample, repeat=1)


def _parse(data: bytes) -> tuple[str, str, list[tuple[str, str]]]:
    with tempfile.TemporaryDirectory(prefix="worth-bench-") as tmp:
        path = Path(tmp) / "document"
        path.write_bytes(data)
        fmt = documents.detect_format_file(path)
        if fmt is None:
            raise ValueError("a bench sample is not a document")
        extracted = documents.extract(path, fmt)
    text = documents.redact_contacts(extracted.text)
    sections = [(s.name, documents.redact_contacts(s.text)) for s in extracted.sections]
    return text, extracted.language, sections
