"""An SMTP server that delivers nothing and keeps everything: one .eml file per message.

python -m worth.devstack.smtp_sink --dir .worth/mail --port 1025
"""

from __future__ import annotations

import argparse
import asyncio
import signal
import threading
import uuid
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Any, cast

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

from worth.devstack._process import HOST, Server, free_port


class _Keeper:
    """aiosmtpd handler writing each message to `maildir` (temp file, then rename)."""

    def __init__(self, maildir: Path) -> None:
        self.maildir = maildir

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        # The envelope is recorded like aiosmtpd's own Message handler does, so Bcc is visible.
        header = f"X-MailFrom: {envelope.mail_from}\r\nX-RcptTo: {', '.join(envelope.rcpt_tos)}\r\n"
        content = envelope.original_content or b""
        await asyncio.to_thread(self._store, header.encode() + content)
        return "250 Message accepted for delivery"

    def _store(self, data: bytes) -> None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        name = f"{stamp}-{uuid.uuid4()}.eml"
        temp = self.maildir / f".{name}.tmp"  # readers list only *.eml: no half-written mail
        temp.write_bytes(data)
        temp.replace(self.maildir / name)


class SmtpSink(Server):
    """aiosmtpd on 127.0.0.1:`port` in a background thread, keeping messages in `maildir`."""

    def __init__(self, maildir: Path, port: int | None = None) -> None:
        super().__init__()
        self.maildir = Path(maildir).resolve()
        self.host = HOST
        self.port = port or free_port()
        self._controller: Controller | None = None

    def _start(self) -> None:
        self.maildir.mkdir(parents=True, exist_ok=True)
        self._controller = Controller(
            _Keeper(self.maildir), hostname=self.host, port=self.port, enable_SMTPUTF8=True
        )
        self._controller.start()  # returns once the server answers

    def _stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def messages(self) -> list[EmailMessage]:
        """Every message received so far (also by earlier runs), oldest first."""
        parser = BytesParser(policy=policy.default)
        return [
            cast(EmailMessage, parser.parsebytes(path.read_bytes()))
            for path in sorted(self.maildir.glob("*.eml"))
        ]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m worth.devstack.smtp_sink")
    parser.add_argument("--dir", type=Path, required=True, help="where .eml files are written")
    parser.add_argument("--port", type=int, default=None, help="default: any free port")
    args = parser.parse_args(argv)
    done = threading.Event()

    def finish(*_: Any) -> None:
        done.set()

    signal.signal(signal.SIGTERM, finish)
    signal.signal(signal.SIGINT, finish)
    with SmtpSink(args.dir, args.port) as sink:
        print(f"SMTP sink on {sink.host}:{sink.port}, mail kept in {sink.maildir}", flush=True)
        done.wait()


if __name__ == "__main__":
    main()
