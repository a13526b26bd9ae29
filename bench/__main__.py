"""`python -m bench`: run all three parts on a fresh embedded stack; see bench/__init__.py."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Coroutine
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from bench import cpu, documents, latency, polling, report
from bench.clients import User, guest, http_client, upload
from bench.events import EventWatcher
from bench.stats import summarize
from worth.devstack.stack import ServiceProcess, WorthStack, listening_socket
from worth.resume.documents import benchmark as parse_benchmark

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / ".worth" / "bench"
WARMUP = 3  # resumes through the pipeline before measuring (first-use costs)
POLL_INTERVAL_S = 10.0
# Saturation runs against a second gateway process with the polling limit out of the way
# (same code, database, Redis and Lua script; only the GCRA parameters differ).
UNLIMITED = {"WORTH_GATEWAY_POLL_RATE_PER_MINUTE": "600000", "WORTH_GATEWAY_POLL_BURST": "100000"}
SATURATION_GATEWAY = "gateway (saturation)"
SATURATION_WARMUP_S = 1.0


def arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="just bench", description=__doc__)
    parser.add_argument("--resumes", type=int, default=60, help="latency sample (default 60)")
    parser.add_argument("--in-flight", type=int, default=1, help="latency uploads at a time")
    parser.add_argument("--users", type=int, default=1000, help="polling users (default 1000)")
    parser.add_argument("--poll-seconds", type=float, default=30.0)
    parser.add_argument("--poll-connections", type=int, default=16, help="shared by the users")
    parser.add_argument("--connections", type=int, default=64, help="saturation connections")
    parser.add_argument("--saturation-seconds", type=float, default=10.0)
    parser.add_argument("--burst-in-flight", type=int, default=16, help="burst uploads at a time")
    parser.add_argument("--keep-stack", action="store_true", help="keep databases and files")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    args = arguments(argv)
    began = time.monotonic()
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    result: dict[str, Any] = {"meta": machine(stamp, args)}
    if (busy := result["meta"]["busy_cores_at_start"]) > 0.3:
        say(f"warning: the machine is already using {busy} cores; figures will be noisy")

    say(f"in-process cost of parsing and analysis for {args.resumes} samples")
    documents.warm_up()
    samples = documents.samples(args.resumes, start=WARMUP)
    costs = [documents.cost(s) for s in samples]
    say("parse throughput per format over the corpus")
    result["parsing"] = parse_benchmark.run(documents.CORPUS, repeat=5)

    root = OUT / f"stack-{stamp}"
    say(f"starting the stack under {root.relative_to(REPO)}")
    started = time.monotonic()
    stack = WorthStack(root, durable=False)
    saturation_gateway = ServiceProcess(
        "gateway", listening_socket(0), {}, root / "logs" / "gateway-saturation.log"
    )
    try:
        stack.start()
        saturation_gateway.env = stack.service_env("gateway") | UNLIMITED
        saturation_gateway.start()
        result["stack_start_s"] = round(time.monotonic() - started, 1)
        processes = {**stack.services, SATURATION_GATEWAY: saturation_gateway}
        labels = cpu.stack_roots({n: s.proc.pid for n, s in processes.items() if s.proc})
        run(parts(stack, saturation_gateway, samples, costs, labels, args, result))
    finally:
        saturation_gateway.stop()
        saturation_gateway.sock.close()
        stack.close()
        if not args.keep_stack and root.exists():  # keep the logs, drop the data
            for child in root.iterdir():
                if child.name != "logs":
                    shutil.rmtree(child, ignore_errors=True)
    result["total_s"] = round(time.monotonic() - began, 1)

    OUT.mkdir(parents=True, exist_ok=True)
    text = json.dumps(result, indent=2, ensure_ascii=False)
    (OUT / f"{stamp}.json").write_text(text)
    (OUT / "latest.json").write_text(text)
    print()
    print(report.render(result))
    print(f"\nJSON: {(OUT / f'{stamp}.json').relative_to(REPO)} (and latest.json)")


async def parts(
    stack: WorthStack,
    saturation: ServiceProcess,
    samples: list[documents.Sample],
    costs: list[documents.Cost],
    labels: dict[int, str],
    args: argparse.Namespace,
    result: dict[str, Any],
) -> None:
    phases: dict[str, Any] = {}
    result["cpu"] = phases

    watcher = EventWatcher(stack.infra.broker.bootstrap_servers)
    await watcher.start()
    try:
        async with http_client(stack.gateway_url) as http:
            say(f"1. upload → completed: {WARMUP} warm-up + {len(samples)} resumes")
            _, users = await latency.measure(
                http, watcher, documents.samples(WARMUP), [None] * WARMUP, in_flight=1, wait_s=60
            )
            before = cpu.snapshot(labels)
            measured, measured_users = await latency.measure(
                http, watcher, samples, costs, in_flight=args.in_flight, wait_s=30
            )
            phases["latency"] = {"cpu_cores": cpu.cores(before, cpu.snapshot(labels))}
            result["latency"] = {"in_flight": args.in_flight, **latency.summary(measured)}
            users += measured_users

            extra = max(0, args.users - len(users))
            say(f"   burst: {extra} more users upload one each, {args.burst_in_flight} at once")
            before = cpu.snapshot(labels)
            result["burst"], more_users = await burst(http, watcher, extra, args.burst_in_flight)
            phases["burst"] = {"cpu_cores": cpu.cores(before, cpu.snapshot(labels))}
            users = (users + more_users)[: args.users]
    finally:
        await watcher.stop()  # its fetches would cost CPU in what follows

    say("   idle for 3 s (baseline CPU)")
    before = cpu.snapshot(labels)
    await asyncio.sleep(3)
    phases["idle"] = {"cpu_cores": cpu.cores(before, cpu.snapshot(labels))}

    say(f"2. {len(users)} users polling every {POLL_INTERVAL_S:.0f} s for {args.poll_seconds} s")
    since = time.time()
    polled = await polling.open_loop(
        stack.gateway_url,
        users,
        seconds=args.poll_seconds,
        interval=POLL_INTERVAL_S,
        connections=args.poll_connections,
        labels=labels,
        gateway="gateway",
    )
    result["polling"] = {
        "users": len(users),
        "interval": POLL_INTERVAL_S,
        "connections": args.poll_connections,
        **polled,
        "server_ms": polling.server_side(stack.services["gateway"].log_path, since, time.time()),
    }
    phases["polling"] = {"cpu_cores": polled["cpu_cores"]}

    say(f"3. saturation: {args.connections} connections for {args.saturation_seconds} s")
    since = time.time() + SATURATION_WARMUP_S
    saturated = await polling.closed_loop(
        saturation.url,
        users,
        connections=args.connections,
        seconds=args.saturation_seconds,
        warmup=SATURATION_WARMUP_S,
        labels=labels,
        gateway=SATURATION_GATEWAY,
    )
    result["saturation"] = {
        "connections": args.connections,
        "subjects": len(users),
        "gateway_overrides": UNLIMITED,
        **saturated,
        "server_ms": polling.server_side(saturation.log_path, since, time.time()),
    }
    phases["saturation"] = {"cpu_cores": saturated["cpu_cores"]}


async def burst(
    http: httpx.AsyncClient, watcher: EventWatcher, count: int, concurrency: int
) -> tuple[dict[str, Any], list[User]]:
    """`count` new guests each upload a resume, `concurrency` at a time; wait until every
    analysis is completed (bounded), and report how fast the pipeline drained."""
    gate = asyncio.Semaphore(concurrency)
    samples = documents.samples(count, start=100_000)
    started = time.monotonic()

    async def one(sample: documents.Sample) -> tuple[User, float]:
        async with gate:
            user = await guest(http)
            uploaded = await upload(http, user, sample)
        return User(user.token, uploaded.resume_id), uploaded.sent

    done = await asyncio.gather(*map(one, samples))
    uploaded_s = time.monotonic() - started
    deadline = max(60.0, count / 5)
    waits = [watcher.completed(user.resume_id, deadline) for user, _ in done]
    outcomes = await asyncio.gather(*waits, return_exceptions=True)
    seconds = time.monotonic() - started
    e2e = [
        track.at["received"] - sent
        for track, (_, sent) in zip(outcomes, done, strict=True)
        if not isinstance(track, BaseException)
    ]
    return {
        "resumes": count,
        "in_flight": concurrency,
        "completed": len(e2e),
        "uploads_s": round(uploaded_s, 1),
        "seconds": round(seconds, 1),
        "resumes_per_s": round(count / seconds, 1) if count else None,
        "e2e_ms": summarize(e2e).ms(),
    }, [user for user, _ in done]


def machine(stamp: str, args: argparse.Namespace) -> dict[str, Any]:
    def git(*argv: str) -> str:
        return subprocess.run(
            ["git", *argv], cwd=REPO, capture_output=True, text=True, check=False
        ).stdout.strip()

    return {
        "timestamp": stamp,
        "git_commit": git("rev-parse", "HEAD"),
        "git_dirty": bool(git("status", "--porcelain", "--untracked-files=no")),
        "nproc": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "loadavg_at_start": [round(v, 2) for v in os.getloadavg()],
        "busy_cores_at_start": cpu.box_busy_cores(),
        "args": vars(args),
    }


def run(coro: Coroutine[Any, Any, None]) -> None:
    """uvloop when there is one (uvicorn[standard] brings it): a lighter load generator."""
    try:
        import uvloop
    except ImportError:
        asyncio.run(coro)
    else:
        runner: Callable[[Coroutine[Any, Any, None]], None] = uvloop.run
        runner(coro)


def say(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    main()
