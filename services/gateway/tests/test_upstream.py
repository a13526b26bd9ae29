"""Forwarding to the owning service: bodies cut off past the limit, answers passed through."""

from __future__ import annotations

import json
from collections.abc import Callable

import httpx
import pytest
import structlog
from fastapi import Request
from starlette.types import Message

from worth.common.problems import PayloadTooLarge, ServiceUnavailable
from worth.gateway.upstream import Upstream, limited_body


class Sender:
    """An ASGI `receive` delivering the body in chunks, counting how many were read."""

    def __init__(self, chunks: list[bytes]) -> None:
        self.chunks = chunks
        self.read = 0

    async def __call__(self) -> Message:
        chunk = self.chunks[self.read]
        self.read += 1
        return {"type": "http.request", "body": chunk, "more_body": self.read < len(self.chunks)}


def incoming(
    chunks: list[bytes], headers: dict[str, str] | None = None, method: str = "POST"
) -> tuple[Request, Sender]:
    sender = Sender(chunks)
    scope = {
        "type": "http",
        "method": method,
        "path": "/api/v1/resumes/upload",
        "query_string": b"",
        "headers": [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()],
    }
    return Request(scope, sender), sender


async def collect(request: Request, limit: int) -> list[bytes]:
    return [chunk async for chunk in limited_body(request, limit)]


async def test_a_body_within_the_limit_passes_whole() -> None:
    request, _ = incoming([b"12345", b"67890"])
    assert b"".join(await collect(request, 10)) == b"1234567890"


async def test_an_over_limit_body_is_cut_off_without_reading_the_rest() -> None:
    request, sender = incoming([b"12345", b"67890", b"X", b"never read"])
    passed: list[bytes] = []
    with pytest.raises(Exception, match="larger than the limit of 10 bytes"):
        async for chunk in limited_body(request, 10):
            passed.append(chunk)
    assert passed == [b"12345", b"67890"]
    assert sender.read == 3


def upstream_answering(handler: Callable[[httpx.Request], httpx.Response]) -> Upstream:
    return Upstream(httpx.AsyncClient(transport=httpx.MockTransport(handler)))


async def test_forward_streams_the_body_and_passes_the_answer_through() -> None:
    seen: list[httpx.Request] = []

    def resume_service(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            202,
            json={"resume_id": "r-1"},
            headers={"Retry-After": "3", "Set-Cookie": "session=leak", "Server": "resume"},
        )

    headers = {
        "Authorization": "Bearer t",
        "Content-Type": "multipart/form-data; boundary=xyz",
        "Cookie": "tracking=1",
        "X-Correlation-ID": "corr-9",
    }
    request, _ = incoming([b"--xyz\r\n", b"data"], headers)
    answer = await upstream_answering(resume_service).forward(
        request, "http://resume/upload", content=limited_body(request, 100)
    )

    [sent] = seen
    assert (sent.method, str(sent.url), sent.content) == (
        "POST",
        "http://resume/upload",
        b"--xyz\r\ndata",
    )
    assert sent.headers["authorization"] == "Bearer t"
    assert sent.headers["content-type"] == "multipart/form-data; boundary=xyz"
    assert sent.headers["x-correlation-id"] == "corr-9"
    assert "cookie" not in sent.headers
    assert answer.status_code == 202
    assert json.loads(bytes(answer.body)) == {"resume_id": "r-1"}
    assert answer.headers["content-type"] == "application/json"
    assert answer.headers["retry-after"] == "3"
    assert "set-cookie" not in answer.headers
    assert "server" not in answer.headers


async def test_forward_turns_an_over_limit_body_into_a_413() -> None:
    request, _ = incoming([b"a" * 60, b"b" * 60], {"Content-Type": "multipart/form-data"})
    upstream = upstream_answering(lambda _: httpx.Response(202))
    with pytest.raises(PayloadTooLarge) as caught:
        await upstream.forward(request, "http://resume/upload", content=limited_body(request, 100))
    assert caught.value.status == 413
    assert caught.value.extensions == {"limit": 100}


async def test_a_re_encoded_body_gets_its_own_framing_and_the_current_correlation_id() -> None:
    seen: list[httpx.Request] = []

    def auth_service(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(401, json={"detail": "no"}, headers={"Content-Type": "x/problem"})

    request, _ = incoming([b"ignored"], {"Content-Type": "text/plain", "Content-Length": "7"})
    with structlog.contextvars.bound_contextvars(correlation_id="from-context"):
        answer = await upstream_answering(auth_service).forward(
            request, "http://auth/refresh", json={"refresh_token": "r"}
        )
    [sent] = seen
    assert json.loads(sent.content) == {"refresh_token": "r"}
    assert sent.headers["content-type"] == "application/json"
    assert sent.headers["content-length"] == str(len(sent.content))
    assert sent.headers["x-correlation-id"] == "from-context"
    assert (answer.status_code, answer.headers["content-type"]) == (401, "x/problem")


async def test_an_unreachable_service_is_a_503() -> None:
    def down(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    request, _ = incoming([b""], method="GET")
    with pytest.raises(ServiceUnavailable) as caught:
        await upstream_answering(down).forward(request, "http://resume/supported-formats")
    assert caught.value.status == 503
