# /// script
# requires-python = ">=3.11"
# dependencies = ["fpdf2>=2.8", "python-docx>=1.1", "pypdf[crypto]>=5", "pillow>=10"]
# ///
"""Regenerate the synthetic test corpus (every person, company and address is invented).

    uv run --script services/resume/tests/corpus/make_corpus.py

fpdf2 and Pillow are needed only here, so they stay out of the workspace: the generated files
are checked in. Cyrillic PDFs embed a subset of DejaVu Sans (with a ToUnicode map).
"""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from fpdf import FPDF
from PIL import Image, ImageDraw
from pypdf import PdfReader, PdfWriter

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
    sheet = "Workbook".encode("utf-16-le").ljust(128, b"\0")
    write("legacy.doc", ole + entry + word + bytes(256))
    write("legacy_sheet.doc", ole + entry + sheet + bytes(256))


if __name__ == "__main__":
    texts()
    docx_files()
    pdf_files()
    other_files()
    total = sum(p.stat().st_size for p in HERE.iterdir() if p.suffix != ".py")
    print(f"corpus: {total} bytes")
