import asyncio
import sys
from asyncio.subprocess import PIPE
from email.message import EmailMessage
from pathlib import Path

import aiosmtplib

from worth.devstack import SmtpSink
from worth.devstack._process import free_port

SUBJECT = "Ваша зарплатная оценка готова"
TEXT = "Здравствуйте! Ожидаемая зарплата: 250 000 ₽ в месяц.\n"
HTML = "<p>Здравствуйте! Ожидаемая зарплата: <b>250 000 ₽</b>.</p>\n"
ATTACHMENT = b"%PDF-1.7 \x00\xff binary"


def _letter() -> EmailMessage:
    message = EmailMessage()
    message["From"] = "Worth <noreply@worth.example>"
    message["To"] = "Иван Петров <ivan@example.com>"
    message["Bcc"] = "audit@worth.example"
    message["Subject"] = SUBJECT
    message.set_content(TEXT)
    message.add_alternative(HTML, subtype="html")
    message.add_attachment(ATTACHMENT, maintype="application", subtype="pdf", filename="отчёт.pdf")
    return message


def _assert_intact(received: EmailMessage) -> None:
    assert received["Subject"] == SUBJECT
    assert received["To"] == "Иван Петров <ivan@example.com>"
    assert received["X-RcptTo"] == "ivan@example.com, audit@worth.example"  # Bcc is kept
    plain, html = received.get_body(("plain",)), received.get_body(("html",))
    assert plain is not None and plain.get_content() == TEXT
    assert html is not None and html.get_content() == HTML
    [attachment] = received.iter_attachments()
    assert attachment.get_filename() == "отчёт.pdf"
    assert attachment.get_content() == ATTACHMENT


async def test_sink_keeps_cyrillic_multipart_mail(tmp_path: Path) -> None:
    with SmtpSink(tmp_path / "mail") as sink:
        await aiosmtplib.send(_letter(), hostname=sink.host, port=sink.port)
        await aiosmtplib.send(_letter(), hostname=sink.host, port=sink.port)
        messages = sink.messages()
    assert len(messages) == 2
    for received in messages:
        _assert_intact(received)
    names = sorted(p.name for p in (tmp_path / "mail").iterdir())
    assert all(name.endswith(".eml") and not name.startswith(".") for name in names)
    assert names[0] < names[1]  # named by time, so listing order is arrival order


async def test_sink_runs_as_a_process(tmp_path: Path) -> None:
    port = free_port()
    argv = ["-m", "worth.devstack.smtp_sink", "--dir", str(tmp_path), "--port", str(port)]
    process = await asyncio.create_subprocess_exec(sys.executable, *argv, stdout=PIPE, stderr=PIPE)
    try:
        assert process.stdout is not None
        ready = await asyncio.wait_for(process.stdout.readline(), timeout=10)
        assert f"127.0.0.1:{port}".encode() in ready  # printed once it listens
        await aiosmtplib.send(_letter(), hostname="127.0.0.1", port=port)
    finally:
        process.terminate()
    _, stderr = await asyncio.wait_for(process.communicate(), timeout=10)
    assert process.returncode == 0
    assert not stderr  # no warnings either
    [received] = SmtpSink(tmp_path).messages()
    _assert_intact(received)
