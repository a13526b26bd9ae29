# /// script
# requires-python = ">=3.11"
# dependencies = ["fpdf2>=2.8", "python-docx>=1.1", "pypdf[crypto]>=7", "pillow>=10"]
# ///
"""Regenerate the synthetic test corpus (every person, company and address is invented).

    uv run --script services/resume/tests/corpus/make_corpus.py [group ...]

Groups: texts, docx, pdf, other, doc, safety (all by default).

fpdf2 and Pillow are needed only here, so they stay out of the workspace: the generated files
are checked in. Cyrillic PDFs embed a subset of DejaVu Sans (with a ToUnicode map).
"""

from __future__ import annotations

import io
import random
import struct
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from fpdf import FPDF
from PIL import Image, ImageDraw
from pypdf import PdfReader, PdfWriter
from pypdf.actions import JavaScript

HERE = Path(__file__).parent
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

RU_RESUME = """Смирнова Анастасия Игоревна
Python-разработчик (Senior)
Москва, ул. Садовая-Черногрязская, д. 5, кв. 12
Телефон: +7 (900) 123-45-67
Email: a.smirnova@example.com
Telegram: @smirnova_dev
GitHub: github.com/asmirnova-example

О себе
Backend-разработчик с опытом 7 лет. Проектирую высоконагруженные сервисы на Python и Go.

Опыт работы — 7 лет 2 месяца
ООО «Северный ветер», Москва
Ведущий разработчик, март 2020 — настоящее время
• Разработка платформы расчёта тарифов на Python 3.11 и FastAPI
• Перевод монолита на микросервисы: Kafka, PostgreSQL, Redis
• Руководство командой из 5 человек
АО «Глобус-Софт», Санкт-Петербург
Разработчик, 2016–2020
• Поддержка биллинга и оптимизация SQL-запросов

Ключевые навыки
Python, Go, FastAPI, Django, PostgreSQL, Kafka, Docker, Kubernetes

Образование
Московский государственный технический университет, 2016
Прикладная математика и информатика

Знание языков
Русский — родной; английский — B2

Ожидаемая зарплата: 350 000 руб.
"""

EN_RESUME = """Daniel Whitmore
Senior Data Engineer
221 Harbor Street, Apt 4B, Portland, OR 97201
Phone: +1 (503) 555-0147 | Email: daniel.whitmore@example.com
linkedin.com/in/daniel-whitmore-example | https://whitmore.example.dev

Summary
Data engineer with 9 years of experience building batch and streaming pipelines for retail.

Work Experience
Lakeside Analytics - Lead Data Engineer, 2019-2024
• Designed a Spark and Airflow platform processing 4 TB per day
• Reduced warehouse costs by 35% by migrating to Snowflake
Northwind Retail - Data Engineer, 2015-2019
• Built Kafka ingestion for the point-of-sale system

Skills
Python, SQL, Spark, Airflow, Kafka, dbt, Terraform, AWS

Education
B.Sc. in Computer Science, Oregon State University, 2015

Salary expectation: $150,000 - $170,000
"""


def plain(text: str) -> str:
    """Typography that old 8-bit code pages (KOI8-R, Latin-1) cannot hold, made ASCII."""
    table: dict[str, str | int | None] = {"«": '"', "»": '"', "—": "-", "–": "-", "•": "-"}
    return text.translate(str.maketrans(table))


def write(name: str, data: bytes) -> None:
    (HERE / name).write_bytes(data)


def texts() -> None:
    write("ru_utf8.txt", RU_RESUME.encode("utf-8"))
    write("ru_cp1251.txt", RU_RESUME.encode("cp1251"))
    write("ru_koi8r.txt", plain(RU_RESUME).encode("koi8_r"))
    write("en_utf16.txt", EN_RESUME.encode("utf-16"))  # with a BOM, as Notepad writes it
    write("empty.txt", b"")


# A text box as Word writes it: the DrawingML shape, and a VML fallback with the same text.
TEXT_BOX = """<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent><mc:Choice Requires="wps">
<w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1"
 behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
<wp:extent cx="2000000" cy="500000"/><wp:wrapNone/><wp:docPr id="99" name="Text Box 1"/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2000000" cy="500000"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent>
<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>
</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>
<v:rect style="width:157pt;height:39pt"><v:textbox><w:txbxContent><w:p><w:r><w:t>{text}</w:t>
</w:r></w:p></w:txbxContent></v:textbox></v:rect></w:pict></mc:Fallback></mc:AlternateContent>
</w:r>"""


def docx_resume(name: str, resume: str, table: list[tuple[str, str]], box: str) -> None:
    lines = resume.strip().split("\n")
    doc = Document()
    section = doc.sections[0]
    section.header.paragraphs[0].text = lines[0]  # name and contacts live in the header
    for line in lines[2:7]:
        section.header.add_paragraph(line)
    footer = "Резюме обновлено 01.02.2025" if "ru" in name else "Updated February 2025"
    section.footer.paragraphs[0].text = footer
    doc.add_paragraph(lines[1], style="Title")
    headings = {"О себе", "Опыт работы — 7 лет 2 месяца", "Ключевые навыки", "Образование",
                "Знание языков", "Summary", "Work Experience", "Skills", "Education"}  # fmt: skip
    for line in lines[7:]:
        if not line:
            continue
        if line in headings:
            doc.add_heading(line, level=1)
            if line in {"Ключевые навыки", "Skills"}:
                grid = doc.add_table(rows=0, cols=2)
                for left, right in table:
                    cells = grid.add_row().cells
                    cells[0].text, cells[1].text = left, right
        elif line.startswith("• "):
            doc.add_paragraph(line[2:], style="List Bullet")
        else:
            doc.add_paragraph(line)
    anchor = doc.add_paragraph("")
    anchor._p.append(parse_xml(TEXT_BOX.format(text=box)))
    doc.save(str(HERE / name))


def docx_files() -> None:
    docx_resume(
        "ru_resume.docx",
        RU_RESUME,
        [("Технология", "Опыт"), ("Python", "7 лет"), ("Kubernetes", "3 года")],
        "Готова к командировкам и удалённой работе",
    )
    docx_resume(
        "en_resume.docx",
        EN_RESUME,
        [("Technology", "Years"), ("Spark", "6"), ("Airflow", "5")],
        "Open to relocation within the US",
    )
    Document().save(str(HERE / "blank.docx"))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:  # a plain archive renamed to .docx
        zf.writestr("readme.txt", "not a Word document")
        zf.writestr("data.csv", "a,b\n1,2\n")
    write("archive_renamed.docx", buf.getvalue())
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:  # OOXML, but a spreadsheet
        zf.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
        )
        zf.writestr("xl/workbook.xml", "<workbook/>")
    write("spreadsheet_renamed.docx", buf.getvalue())


def pdf_lines(pdf: FPDF, lines: list[str]) -> None:
    for line in lines:
        if line:
            pdf.cell(text=line, new_x="LMARGIN", new_y="NEXT", h=6)
        else:
            pdf.ln(6)


def pdf_files() -> None:
    # Russian, two pages, embedded DejaVu, a word hyphenated across a line break.
    pdf = FPDF()
    pdf.add_font("DejaVu", fname=str(DEJAVU))
    pdf.set_font("DejaVu", size=11)
    lines = RU_RESUME.strip().split("\n")
    split = lines.index("Ключевые навыки")
    pdf.add_page()
    first = [
        "Backend-разработчик с опытом 7 лет. Проектирую высоко-" if line.startswith("Backend")
        else line for line in lines[:split]
    ]  # fmt: skip
    at = first.index("Backend-разработчик с опытом 7 лет. Проектирую высоко-")
    first.insert(at + 1, "нагруженные сервисы на Python и Go.")
    pdf_lines(pdf, first)
    pdf.add_page()
    pdf_lines(pdf, lines[split:])
    pdf.output(str(HERE / "ru_resume.pdf"))

    # English with a standard (non-embedded) font, as many generators do.
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    pdf_lines(pdf, plain(EN_RESUME).strip().split("\n"))  # core fonts are Latin-1 only
    en = pdf.output()
    write("en_resume.pdf", bytes(en))

    # Cyrillic drawn with a font that has no Unicode map: extractors return Latin-1 mojibake.
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    mojibake = [ln.encode("cp1251").decode("latin-1") for ln in plain(RU_RESUME).split("\n")]
    pdf_lines(pdf, mojibake[:24])
    pdf.output(str(HERE / "ru_mojibake.pdf"))

    # A scan: one page that is only an image of text.
    image = Image.new("L", (640, 220), 255)
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(["Daniel Whitmore", "Senior Data Engineer", "Skills: Python, SQL"]):
        draw.text((30, 30 + 50 * i), line, fill=0, font_size=32)
    png = io.BytesIO()
    image.save(png, format="PNG", optimize=True)
    pdf = FPDF()
    pdf.add_page()
    pdf.image(png, x=10, y=10, w=180)
    pdf.output(str(HERE / "scanned.pdf"))

    encrypted(en, "encrypted.pdf", user_password="correct horse", algorithm="AES-256")
    # Permissions only: the empty user password opens it, like many "protected" PDFs.
    encrypted(en, "owner_only.pdf", user_password="", algorithm="AES-128")
    write("truncated.pdf", bytes(en)[:400])


def encrypted(source: bytes, name: str, *, user_password: str, algorithm: str) -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(source)))
    writer.encrypt(user_password=user_password, owner_password="owner secret", algorithm=algorithm)
    with (HERE / name).open("wb") as f:
        writer.write(f)


def rtf_escape(text: str) -> str:
    out = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\par\n")
        elif ord(ch) < 128:
            out.append(ch)
        elif ch == "•":
            out.append("\\bullet ")
        else:
            try:
                out.append("".join(f"\\'{b:02x}" for b in ch.encode("cp1251")))
            except UnicodeEncodeError:
                out.append(f"\\u{ord(ch)}?")
    return "".join(out)


def other_files() -> None:
    header = "{\\header Резюме, стр. 1}".replace("Резюме, стр. 1", rtf_escape("Резюме, стр. 1"))
    write(
        "ru_resume.rtf",
        (
            "{\\rtf1\\ansi\\ansicpg1251\\deff0{\\fonttbl{\\f0\\fswiss\\fcharset204 Arial;}}"
            f"{header}\n\\f0\\fs22 {rtf_escape(RU_RESUME)}"
            # Unicode escapes, as newer Word writes them: "Ключевые проекты"
            "\\u1050?\\u1083?\\u1102?\\u1095?\\u1077?\\u1074?\\u1099?\\u1077? "
            "\\u1087?\\u1088?\\u1086?\\u1077?\\u1082?\\u1090?\\u1099?\\par\n}"
        ).encode("ascii"),
    )
    write("random.bin", random.Random(20250201).randbytes(4096))  # reproducible noise
    # An executable renamed to .pdf: a 64-bit ELF header and some code-like bytes.
    elf = b"\x7fELF\x02\x01\x01\x00" + bytes(8) + b"\x02\x00\x3e\x00\x01\x00\x00\x00"
    write("program_renamed.pdf", elf + bytes(range(256)) * 2)
    # OLE2 compound files: a Word 97 document and a spreadsheet differ by their stream names.
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    entry = "Root Entry".encode("utf-16-le").ljust(128, b"\0")
    word = "WordDocument".encode("utf-16-le").ljust(128, b"\0")
    write("fake_ole.doc", ole + entry + word + bytes(256))  # the magic and a name, no structure


# OLE2 compound files ([MS-CFB] version 3): 512-byte sectors, one FAT, no mini stream (every
# stream is padded to the 4096-byte cutoff), the directory as a simple chain of siblings.
SECTOR = 512
END_OF_CHAIN, FREE, FAT_SECTOR, NO_STREAM = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF


def compound_file(streams: dict[str, bytes]) -> bytes:
    def sectors(data: bytes) -> int:
        return -(-len(data) // SECTOR)

    # Siblings are ordered by name length, then name; a chain of right siblings is a valid tree.
    names = sorted(streams, key=lambda n: (len(n), n.upper()))
    datas = [streams[n].ljust(4096, b"\0") for n in names]
    fat: list[int] = []
    starts = []
    for data in datas:
        starts.append(len(fat))
        count = sectors(data)
        fat += [len(fat) + i + 1 for i in range(count - 1)] + [END_OF_CHAIN]
    entries = [directory_entry("Root Entry", 5, END_OF_CHAIN, 0, child=1 if names else NO_STREAM)]
    for i, (name, data, start) in enumerate(zip(names, datas, starts, strict=True)):
        right = i + 2 if i + 1 < len(names) else NO_STREAM
        entries.append(directory_entry(name, 2, start, len(data), right=right))
    directory = b"".join(entries)
    directory += directory_entry("", 0, 0, 0) * (-len(entries) % 4)
    dir_start = len(fat)
    count = sectors(directory)
    fat += [dir_start + i + 1 for i in range(count - 1)] + [END_OF_CHAIN]
    fat_sectors = 1  # the FAT maps its own sectors too
    while len(fat) + fat_sectors > fat_sectors * SECTOR // 4:
        fat_sectors += 1
    fat_start = len(fat)
    fat += [FAT_SECTOR] * fat_sectors
    fat += [FREE] * (fat_sectors * SECTOR // 4 - len(fat))
    difat = [fat_start + i for i in range(fat_sectors)] + [FREE] * (109 - fat_sectors)
    header = struct.pack(
        "<8s16sHHHHH6sIIIIIIIII109I",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", bytes(16), 0x3E, 3, 0xFFFE, 9, 6, bytes(6),
        0, fat_sectors, dir_start, 0, 4096, END_OF_CHAIN, 0, END_OF_CHAIN, 0, *difat,
    )  # fmt: skip
    body = (
        b"".join(d.ljust(sectors(d) * SECTOR, b"\0") for d in datas)
        + directory
        + struct.pack(f"<{len(fat)}I", *fat)
    )
    return header.ljust(SECTOR, b"\0") + body


def directory_entry(
    name: str, kind: int, start: int, size: int, *, right: int = NO_STREAM, child: int = NO_STREAM
) -> bytes:
    encoded = (name + "\0").encode("utf-16-le") if name else b""
    return struct.pack(
        "<64sHBBIII16sIQQIQ",
        encoded, len(encoded), kind, 1, NO_STREAM, right, child, bytes(16), 0, 0, 0, start, size,
    )  # fmt: skip


def word_document(body: str, *, lid: int, headers: str = "", text_boxes: str = "") -> bytes:
    """A Word 97 file with only what text extraction needs: the FIB and the piece table (CLX),
    text in pieces as Word splits it (cp1252 runs compressed, the rest UTF-16LE), in the order
    of the stories: the body, then headers and footers, then text boxes."""
    stories = [body, headers, text_boxes]
    text = "".join(stories) + ("\r" if headers or text_boxes else "")
    text_at = 1024
    word = bytearray(text_at)
    pieces: list[tuple[int, int]] = []  # (first character position, fc)
    cp = 0
    for run in runs_by_code_page(text):
        try:
            data, fc = run.encode("cp1252"), (len(word) * 2) | 0x40000000
        except UnicodeEncodeError:
            data, fc = run.encode("utf-16-le"), len(word)
        pieces.append((cp, fc))
        word += data
        cp += len(run)
    plc = struct.pack(f"<{len(pieces) + 1}I", *[p[0] for p in pieces], cp)
    plc += b"".join(struct.pack("<HIH", 0, fc, 0) for _, fc in pieces)
    grpprl = b"\x00\x00"
    clx = b"\x01" + struct.pack("<H", len(grpprl)) + grpprl + b"\x02" + struct.pack("<I", len(plc))
    clx += plc
    counts = {3: len(body), 5: len(headers), 9: len(text_boxes)}  # ccpText, ccpHdd, ccpTxbx
    lw = [len(word)] + [counts.get(i, 0) for i in range(1, 22)]
    fc_lcb = [0] * (2 * 0x5D)
    fc_lcb[2 * 33 : 2 * 33 + 2] = [0, len(clx)]  # fcClx, lcbClx: the CLX opens the table
    fib = struct.pack("<HHHHHHHIBBHHII", 0xA5EC, 0xC1, 0, lid, 0, 0x0200, 0xBF, 0, 0, 0, 0, 0, 0, 0)
    fib += struct.pack("<H14H", 14, *[0] * 14) + struct.pack("<H22i", 22, *lw)
    fib += struct.pack(f"<H{len(fc_lcb)}I", 0x5D, *fc_lcb) + struct.pack("<H", 0)
    word[: len(fib)] = fib
    return compound_file({"WordDocument": bytes(word), "1Table": clx})


def runs_by_code_page(text: str) -> list[str]:
    runs: list[str] = []
    for ch in text:
        fits = ch.encode("cp1252", errors="ignore") != b""
        if runs and (runs[-1].encode("cp1252", errors="ignore") != b"") == fits:
            runs[-1] += ch
        else:
            runs.append(ch)
    return runs


def word_body(resume: str, table: list[tuple[str, str]], link: tuple[str, str]) -> str:
    """Paragraphs end in CR; bullets are list formatting, not text; a table row is its cells,
    each closed by a cell mark (0x07), and a row mark; a link is a field: code, then result."""
    out = []
    for line in resume.strip().split("\n"):
        if line == link[1] or line.endswith(" " + link[1]):
            prefix = line[: -len(link[1])]
            line = f'{prefix}\x13 HYPERLINK "{link[0]}" \x14{link[1]}\x15'
        out.append(line.removeprefix("• ") + "\r")
        if line in {"Ключевые навыки", "Skills"}:
            out += ["".join(f"{left}\x07{right}\x07\x07") for left, right in table]
    return "".join(out)


def doc_files() -> None:
    ru = word_body(
        RU_RESUME,
        [("Python", "7 лет"), ("Kubernetes", "3 года")],
        ("https://github.com/asmirnova-example", "GitHub: github.com/asmirnova-example"),
    )
    write(
        "ru_resume.doc",
        word_document(
            ru, lid=0x0419, headers="\rРезюме обновлено 01.02.2025\r\r",
            text_boxes="Готова к командировкам и удалённой работе\r",
        ),
    )  # fmt: skip
    en = word_body(
        EN_RESUME,
        [("Spark", "6"), ("Airflow", "5")],
        ("https://whitmore.example.dev", "https://whitmore.example.dev"),
    )
    write("en_resume.doc", word_document(en, lid=0x0409, headers="\rUpdated February 2025\r\r"))
    write("legacy_sheet.doc", compound_file({"Workbook": b"\x09\x08" + bytes(200)}))
    write("rtf_renamed.doc", (HERE / "ru_resume.rtf").read_bytes())


def safety_files() -> None:
    # A password-protected DOCX: Word writes an OLE2 file with the encrypted package inside.
    write(
        "encrypted.docx",
        compound_file({
            "EncryptionInfo": b"\x04\x00\x04\x00\x40\x00\x00\x00" + bytes(64),
            "EncryptedPackage": struct.pack("<Q", 9000) + random.Random(7).randbytes(9008),
        }),
    )  # fmt: skip
    # A zip bomb: a Word package whose document.xml inflates 1000 times, to 48 MiB.
    buf = io.BytesIO()
    types = (
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Override PartName="/word/document.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    )
    padding = " " * (48 * 1024 * 1024)
    document = (
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body><w:p><w:r><w:t>Daniel Whitmore</w:t></w:r></w:p>{padding}</w:body></w:document>"
    )
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", types)
        zf.writestr("word/document.xml", document)
    write("zip_bomb.docx", buf.getvalue())
    # A PDF with document-level JavaScript, an open action and an embedded file.
    writer = PdfWriter(clone_from=PdfReader(HERE / "en_resume.pdf"))
    writer.add_open_action(JavaScript("app.alert('this must never run');"))
    writer.add_attachment("payload.exe", b"MZ" + bytes(64))
    with (HERE / "active_content.pdf").open("wb") as f:
        writer.write(f)


def unmapped_pdf() -> None:
    # Cyrillic through a font whose codes are not even cp1251 (here KOI8-R bytes shown as
    # Latin-1): no extractor and no re-decoding gives Russian back.
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    lines = [ln.encode("koi8-r").decode("latin-1") for ln in plain(RU_RESUME).split("\n")]
    pdf_lines(pdf, lines[:24])
    pdf.output(str(HERE / "ru_unmapped.pdf"))


GROUPS = {"texts": texts, "docx": docx_files, "pdf": pdf_files, "other": other_files,
          "doc": doc_files, "safety": safety_files, "unmapped": unmapped_pdf}  # fmt: skip

if __name__ == "__main__":
    for group in sys.argv[1:] or list(GROUPS):
        GROUPS[group]()
    total = sum(p.stat().st_size for p in HERE.iterdir() if p.suffix != ".py")
    print(f"corpus: {total} bytes")
