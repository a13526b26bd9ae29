"""Parts 2 and 3: `GET /api/v1/analysis/{id}`, open loop (users polling every 10 s) and closed
loop (saturation). Every user polls the resume it uploaded, with its own token.

Client-side latency includes the load generator and the OS run queue on the shared cores; the
gateway's own access log (time inside the app) is summarised beside it as `server_ms`.
"""

from __future__ import annotations

import asyncio
import json
import random
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from bench import cpu
from bench.clients import RawConnection, RawPool, User
from bench.stats import summarize

ERRORS = (OSError, asyncio.IncompleteReadError, ValueError)


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    statuses: Counter[str] = field(default_factory=Counter)  # HTTP status, or the error's name
    lateness: list[float] = field(default_factory=list)  # open loop: start behind schedule
    states: Counter[str] = field(default_factory=Counter)  # analysis status in 200 bodies

    def add(self, started: float, status: str) -> None:
        self.latencies.append(time.perf_counter() - started)
        self.statuses[status] += 1

    def report(
        self, seconds: float, window: tuple[cpu.Snapshot, cpu.Snapshot], gateway: str
    ) -> dict[str, object]:
        result: dict[str, object] = {
            "seconds": round(seconds, 2),
            "requests": len(self.latencies),
            "req_per_s": round(len(self.latencies) / seconds, 1),
            "latency_ms": summarize(self.latencies).ms(),
            "statuses": dict(sorted(self.statuses.items())),
        }
        if self.lateness:
            result["client_lateness_ms"] = summarize(self.lateness).ms()
        if self.states:
            result["analysis_states"] = dict(self.states)
        result["cpu_cores"] = used = cpu.cores(*window)
        if self.latencies:  # the gateway's CPU per request, from its process's CPU time
            per_request = used.get(gateway, 0.0) * seconds / len(self.latencies)
            result["gateway_cpu_ms_per_request"] = round(per_request * 1000, 2)
        return result


def path(user: User) -> str:
    return f"/api/v1/analysis/{user.resume_id}"


async def open_loop(
    base_url: str,
    users: Sequence[User],
    *,
    seconds: float,
    interval: float,
    connections: int,
    labels: Mapping[int, str],
    gateway: str,
    seed: int = 1,
) -> dict[str, object]:
    """Each user polls every `interval` s from a random phase, on schedule whatever the answer
    time (open loop), for `seconds`; requests share `connections` keep-alive connections."""
    loop = asyncio.get_running_loop()
    pool = RawPool(base_url, connections)
    tally = Tally()
    phases = random.Random(seed)
    start = loop.time()
    end = start + seconds

    async def user_loop(user: User, due: float) -> None:
        while due < end:
            await asyncio.sleep(due - loop.time())
            tally.lateness.append(max(0.0, loop.time() - due))
            started = time.perf_counter()
            try:
                status, body = await pool.get(path(user), user.token)
            except ERRORS as error:
                tally.add(started, type(error).__name__)
            else:
                tally.add(started, str(status))
                if status == 200:
                    tally.states[json.loads(body)["status"]] += 1
            due += interval

    before = cpu.snapshot(labels)
    try:
        await asyncio.gather(*(user_loop(u, start + phases.uniform(0, interval)) for u in users))
    finally:
        await pool.close()
    after = cpu.snapshot(labels)
    return tally.report(loop.time() - start, (before, after), gateway)


async def closed_loop(
    base_url: str,
    users: Sequence[User],
    *,
    connections: int,
    seconds: float,
    warmup: float,
    labels: Mapping[int, str],
    gateway: str,
) -> dict[str, object]:
    """`connections` keep-alive connections each sending the next request as soon as the last
    is answered, rotating through all users' tokens; the first `warmup` s are not counted."""
    loop = asyncio.get_running_loop()
    tally = Tally()
    measure_from = loop.time() + warmup
    end = measure_from + seconds

    async def worker(index: int) -> None:
        connection = RawConnection(base_url)
        turn = index
        try:
            while (now := loop.time()) < end:
                user = users[turn % len(users)]
                turn += connections
                started = time.perf_counter()
                try:
                    status = str((await connection.get(path(user), user.token))[0])
                except ERRORS as error:
                    status = type(error).__name__
                if now >= measure_from and loop.time() <= end:
                    tally.add(started, status)
        finally:
            await connection.close()

    window: list[cpu.Snapshot] = []
    ended = asyncio.Event()

    def close_window() -> None:
        window.append(cpu.snapshot(labels))
        ended.set()

    loop.call_at(measure_from, lambda: window.append(cpu.snapshot(labels)))
    loop.call_at(end, close_window)
    await asyncio.gather(*(worker(i) for i in range(connections)))
    await ended.wait()  # the timer may fire just after the last worker stops
    return tally.report(seconds, (window[0], window[1]), gateway)


def server_side(log: Path, since: float, until: float) -> dict[str, float]:
    """The gateway's own timing of polls (its access log, JSON lines) between two instants."""
    times = []
    for line in log.read_text(errors="replace").splitlines():
        if '"http.request"' not in line or "/api/v1/analysis/" not in line:
            continue
        entry = json.loads(line)
        at = datetime.fromisoformat(entry["timestamp"]).timestamp()
        if since <= at <= until:
            times.append(entry["ms"] / 1000)
    return summarize(times).ms()
