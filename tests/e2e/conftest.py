"""The whole system on real servers: broker, PostgreSQL, Redis, SMTP sink and five services."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Callable, Iterator
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiokafka.structs import ConsumerRecord

from worth.cli import ops
from worth.devstack.stack import WorthStack

CORPUS = Path(__file__).resolve().parents[2] / "services" / "resume" / "tests" / "corpus"
# The polling limit has its own test; the flows here poll faster than a browser would.
FAST_POLLING = {"WORTH_GATEWAY_POLL_RATE_PER_MINUTE": "60000", "WORTH_GATEWAY_POLL_BURST": "1000"}


@pytest.fixture(scope="session")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WorthStack]:
    with WorthStack(
        tmp_path_factory.mktemp("worth"), durable=False, overrides=FAST_POLLING
    ) as running:
        yield running


class Visitor:
    """One browser session: a guest token and the calls the web page makes."""

    def __init__(self, base_url: str) -> None:
        self.http = httpx.Client(base_url=base_url, timeout=30)
        tokens = self.http.post("/api/v1/auth/guest")
        assert tokens.status_code == 201, tokens.text
        self.tokens = tokens.json()
        self.http.headers["Authorization"] = f"Bearer {self.tokens['access_token']}"

    def subscribe(self, email: str) -> dict[str, Any]:
        answer = self.http.post("/api/v1/emails/subscribe", json={"email": email})
        assert answer.status_code == 200, answer.text
        return answer.json()

    def upload(self, path: Path, name: str | None = None) -> httpx.Response:
        return self.upload_bytes(path.read_bytes(), name or path.name)

    def upload_bytes(self, data: bytes, name: str) -> httpx.Response:
        return self.http.post("/api/v1/resumes/upload", files={"file": (name, data)})

    def poll(self, resume_id: str) -> httpx.Response:
        return self.http.get(f"/api/v1/analysis/{resume_id}")

    def wait(self, resume_id: str, timeout: float = 60.0) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            answer = self.poll(resume_id)
            assert answer.status_code == 200, answer.text
            state: dict[str, Any] = answer.json()
            if state["status"] in ("completed", "failed"):
                return state
            assert time.monotonic() < deadline, f"still {state['status']} after {timeout} s"
            time.sleep(0.1)


@pytest.fixture
def visitor(stack: WorthStack) -> Iterator[Visitor]:
    person = Visitor(stack.gateway_url)
    yield person
    person.http.close()


def unique_address() -> str:
    return f"reader-{uuid.uuid4().hex[:10]}@example.org"


def mail_to(stack: WorthStack, address: str) -> list[EmailMessage]:
    return [m for m in stack.infra.smtp.messages() if address in str(m["To"])]


def wait_for_mail(stack: WorthStack, address: str, timeout: float = 30.0) -> list[EmailMessage]:
    eventually(lambda: mail_to(stack, address), timeout)
    return mail_to(stack, address)


def read_topic(bootstrap: str, topic: str) -> list[ConsumerRecord[bytes, bytes]]:
    """Every record now in `topic`, read outside any consumer group (as the data team would)."""
    return asyncio.run(ops.read_records(bootstrap, topic))


def eventually(condition: Callable[[], object], timeout: float = 30.0) -> None:
    """Wait for something another service does in its own time (an event, an email)."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"not so after {timeout} s"
        time.sleep(0.1)


def header(record: Any, name: str) -> str | None:
    for key, value in record.headers or ():
        if key == name:
            return bytes(value).decode()
    return None
