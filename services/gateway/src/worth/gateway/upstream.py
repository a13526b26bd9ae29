"""Forwarding commands to the service that owns them, passing its answer through."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
from fastapi import Request, Response

from worth.common.http import CORRELATION_HEADER, correlation_id
from worth.common.logging import get_logger
from worth.common.problems import PayloadTooLarge, ServiceUnavailable

log = get_logger(__name__)
PASSED_HEADERS = ("authorization", CORRELATION_HEADER.lower())
# Only a body passed through as-is keeps its framing; a re-encoded one gets new headers.
BODY_HEADERS = ("content-type", "content-length")


class Upstream:
    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def forward(
        self,
        request: Request,
        url: str,
        *,
        json: Any = None,
        content: AsyncIterator[bytes] | None = None,
    ) -> Response:
        passed = PASSED_HEADERS + (BODY_HEADERS if content is not None else ())
        headers = {k: v for k, v in request.headers.items() if k.lower() in passed}
        if CORRELATION_HEADER.lower() not in headers and (current := correlation_id()):
            headers[CORRELATION_HEADER] = current
        try:
            answer = await self._client.request(
                request.method, url, json=json, content=content, headers=headers
            )
        except _TooLarge as exc:
            raise PayloadTooLarge(str(exc), limit=exc.limit) from None
        except httpx.HTTPError as exc:
            log.warning("upstream.unreachable", url=url, error=type(exc).__name__)
            raise ServiceUnavailable("A service behind the gateway is not reachable.") from None
        return Response(
            content=answer.content,
            status_code=answer.status_code,
            media_type=answer.headers.get("content-type"),
            headers={k: v for k, v in answer.headers.items() if k.lower() == "retry-after"},
        )


class _TooLarge(Exception):
    def __init__(self, limit: int) -> None:
        super().__init__(f"The upload is larger than the limit of {limit} bytes.")
        self.limit = limit


async def limited_body(request: Request, limit: int) -> AsyncIterator[bytes]:
    """The request body, stopped as soon as it exceeds `limit` (never read whole first)."""
    seen = 0
    async for chunk in request.stream():
        seen += len(chunk)
        if seen > limit:
            raise _TooLarge(limit)
        yield chunk
