"""Talking to the gateway: guest visitors, uploads, and a lean HTTP/1.1 client for saturation."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from bench.documents import Sample


@dataclass(frozen=True)
class User:
    token: str
    resume_id: str = ""

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


@dataclass(frozen=True)
class Uploaded:
    resume_id: str
    sent: float  # wall clock, seconds
    http_s: float


def http_client(base_url: str, connections: int = 100) -> httpx.AsyncClient:
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    return httpx.AsyncClient(base_url=base_url, timeout=30, limits=limits)


async def guest(http: httpx.AsyncClient) -> User:
    answer = await http.post("/api/v1/auth/guest")
    answer.raise_for_status()
    return User(answer.json()["access_token"])


async def guests(http: httpx.AsyncClient, count: int, concurrency: int = 16) -> list[User]:
    gate = asyncio.Semaphore(concurrency)

    async def one() -> User:
        async with gate:
            return await guest(http)

    return list(await asyncio.gather(*(one() for _ in range(count))))


async def upload(http: httpx.AsyncClient, user: User, sample: Sample) -> Uploaded:
    sent, started = time.time(), time.perf_counter()
    answer = await http.post(
        "/api/v1/resumes/upload", files={"file": (sample.name, sample.data)}, headers=user.auth
    )
    elapsed = time.perf_counter() - started
    if answer.status_code != 202 or answer.json().get("duplicate"):
        raise RuntimeError(f"upload of {sample.name}: {answer.status_code} {answer.text[:200]}")
    return Uploaded(answer.json()["resume_id"], sent, elapsed)


class RawConnection:
    """One keep-alive HTTP/1.1 connection doing GETs, nothing else. On these two shared cores
    httpx costs ~3.6 ms of client CPU per request and this ~0.2 ms, so the figures are the
    server's rather than the load generator's."""

    def __init__(self, base_url: str) -> None:
        url = urlsplit(base_url)
        self.host, self.port = url.hostname or "127.0.0.1", url.port or 80
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None

    async def get(self, path: str, token: str) -> tuple[int, bytes]:
        """Status code and body of GET `path`; the connection is dropped after an error."""
        try:
            return await self._get(path, token)
        except BaseException:
            await self.close()
            raise

    async def _get(self, path: str, token: str) -> tuple[int, bytes]:
        if self._reader is None or self._writer is None:
            self._reader, self._writer = await asyncio.open_connection(self.host, self.port)
        request = (
            f"GET {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
            f"Authorization: Bearer {token}\r\n\r\n"
        )
        self._writer.write(request.encode())
        head = await self._reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        length, close = 0, False
        for line in lines[1:]:
            name, _, value = line.partition(":")
            name = name.strip().lower()
            if name == "content-length":
                length = int(value)
            elif name == "connection" and value.strip().lower() == "close":
                close = True
            elif name == "transfer-encoding":
                raise RuntimeError("chunked responses are not expected from this endpoint")
        body = await self._reader.readexactly(length)
        if close:
            await self.close()
        return status, body

    async def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
            try:
                await self._writer.wait_closed()
            except OSError:
                pass
        self._reader = self._writer = None


class RawPool:
    """A few shared keep-alive connections for many users (as a proxy in front would have)."""

    def __init__(self, base_url: str, size: int) -> None:
        self._idle: asyncio.Queue[RawConnection] = asyncio.Queue()
        for _ in range(size):
            self._idle.put_nowait(RawConnection(base_url))

    async def get(self, path: str, token: str) -> tuple[int, bytes]:
        connection = await self._idle.get()
        try:
            return await connection.get(path, token)
        finally:
            self._idle.put_nowait(connection)

    async def close(self) -> None:
        while not self._idle.empty():
            await self._idle.get_nowait().close()
