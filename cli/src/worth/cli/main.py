"""`worth analyze FILE [--email ADDR]`: the user's flow against a running gateway."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import httpx
from rich.console import Console
from rich.table import Table

DEFAULT_URL = "http://127.0.0.1:8000"
FINAL = {"completed", "failed"}
STEPS = {
    "uploaded": "uploaded, waiting to be read",
    "parsed": "text extracted, waiting for analysis",
    "analyzing": "analysing",
    "completed": "done",
    "failed": "failed",
}


class CliError(Exception):
    pass


def _problem(response: httpx.Response) -> str:
    try:
        body = response.json()
        return f"{response.status_code} {body.get('title', '')}: {body.get('detail', body)}"
    except ValueError:
        return f"{response.status_code}: {response.text[:200]}"


def _check(response: httpx.Response) -> dict[str, Any]:
    if response.is_error:
        raise CliError(_problem(response))
    return response.json()


def analyze(
    client: httpx.Client,
    path: Path,
    *,
    email: str | None,
    timeout_s: float,
    console: Console,
) -> dict[str, Any]:
    tokens = _check(client.post("/api/v1/auth/guest"))
    client.headers["Authorization"] = f"Bearer {tokens['access_token']}"
    if email:
        _check(client.post("/api/v1/emails/subscribe", json={"email": email}))
        console.print(f"[dim]Results will also be emailed to {email}.[/dim]")

    started = time.monotonic()
    with path.open("rb") as document:
        accepted = _check(
            client.post("/api/v1/resumes/upload", files={"file": (path.name, document)})
        )
    console.print(f"[dim]Uploaded as {accepted['resume_id']}.[/dim]")

    # Quick first polls use the gateway's burst allowance; then back off towards 10 s.
    delay = 0.1
    state: dict[str, Any] = {"status": "uploaded"}
    with console.status("uploaded") as spinner:
        while state["status"] not in FINAL:
            if time.monotonic() - started > timeout_s:
                raise CliError(
                    f"no result after {timeout_s:.0f} s (last status: {state['status']})"
                )
            time.sleep(delay)
            response = client.get(accepted["status_url"])
            if response.status_code == 429:  # the gateway allows a burst, then one poll per 10 s
                delay = float(response.headers.get("Retry-After", "10"))
                continue
            state = _check(response)
            spinner.update(
                f"{STEPS.get(state['status'], state['status'])} "
                f"({time.monotonic() - started:.1f} s)"
            )
            delay = min(delay * 2, 10.0)
    state["elapsed_s"] = round(time.monotonic() - started, 3)
    return state


def render(state: dict[str, Any], console: Console) -> None:
    if state["status"] == "failed":
        console.print(f"[red]The analysis failed:[/red] {state.get('error', 'unknown reason')}")
        return
    result = state["result"]
    salary = result["salary"]
    table = Table(show_header=False, box=None, padding=(0, 2))
    table.add_row("Role", f"{result.get('role_title') or result['role']}  ({result['grade']})")
    years = result.get("years_experience")
    table.add_row("Experience", f"{years:.1f} years" if years is not None else "not dated")
    table.add_row("Skills", ", ".join(result["skills"]) or "—")
    if where := result.get("location"):
        place = [where.get("city"), where.get("country")] if isinstance(where, dict) else [where]
        table.add_row("Location", ", ".join(p for p in place if p))
    table.add_row(
        "Salary",
        f"{_money(salary['low'])} – {_money(salary['high'])} {salary['currency']} "
        f"per {salary['period']}, {salary['basis']}  (median {_money(salary['median'])})",
    )
    market = result["market"]
    table.add_row("Market", f"{market['segment']} — {market['source']}")
    if points := result.get("market_percentiles"):
        spread = "  ".join(f"p{p['percentile']} {_money(p['value'])}" for p in points)
        table.add_row("Distribution", spread)
    if (where := result.get("candidate_percentile")) is not None:
        table.add_row("You stand at", f"percentile {where:.0f} of that segment")
    if (asked := result.get("desired_salary")) and result.get("desired_percentile") is not None:
        table.add_row(
            "You ask for",
            f"{_money(asked['amount'])} {asked['currency']} per {asked['period']}"
            f" — percentile {result['desired_percentile']:.0f}",
        )
    console.print(table)
    recommendations = result.get("recommendations") or []
    if recommendations:
        console.print("\n[bold]To earn more[/bold]")
        for item in recommendations:
            console.print(f" • {item['text'] if isinstance(item, dict) else item}")
    console.print(f"\n[dim]Completed in {state['elapsed_s']:.2f} s.[/dim]")


def _money(value: float) -> str:
    return f"{round(value):,}".replace(",", " ")


def _bootstrap() -> str:
    """The broker of the environment, or of the stack `./dev up` is running."""
    if value := os.environ.get("WORTH_KAFKA_BOOTSTRAP_SERVERS"):
        return value
    stack_env = Path(".worth/stack.env")
    if stack_env.is_file():
        for line in stack_env.read_text().splitlines():
            name, _, value = line.partition("=")
            if name == "WORTH_KAFKA_BOOTSTRAP_SERVERS":
                return value
    return "127.0.0.1:9092"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="worth", description="Worth's command-line client.")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("analyze", help="upload a resume and print its analysis")
    run.add_argument("file", type=Path)
    run.add_argument("--email", help="also email the result to this address")
    run.add_argument("--url", default=DEFAULT_URL, help=f"gateway URL (default {DEFAULT_URL})")
    run.add_argument("--timeout", type=float, default=300.0, help="seconds to wait for a result")
    run.add_argument("--json", action="store_true", help="print the raw result as JSON")
    ops = commands.add_parser(
        "ops",
        help="dead letters and replays on the broker (see `worth ops help`)",
        description="worth ops dlq list|redrive TOPIC · worth ops replay GROUP TOPIC --from-start",
    )
    ops.add_argument("--bootstrap", default=None, help="Kafka bootstrap servers")
    ops.add_argument("words", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)

    if args.command == "ops":
        from worth.cli import ops as ops_commands

        return ops_commands.run(args.words, args.bootstrap or _bootstrap())

    console = Console(stderr=args.json)
    if not args.file.is_file():
        console.print(f"[red]No such file:[/red] {args.file}", soft_wrap=True)
        return 2
    try:
        with httpx.Client(base_url=args.url, timeout=60) as client:
            state = analyze(
                client, args.file, email=args.email, timeout_s=args.timeout, console=console
            )
    except (CliError, httpx.HTTPError) as exc:
        console.print(f"[red]Error:[/red] {exc}", soft_wrap=True)
        return 1
    if args.json:
        print(json.dumps(state, ensure_ascii=False, indent=2))
    else:
        render(state, console)
    return 0 if state["status"] == "completed" else 1


if __name__ == "__main__":
    sys.exit(main())
