"""`python -m worth.devstack up`: the whole system in the foreground, logs prefixed by service."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
import time
from pathlib import Path

from worth.devstack.stack import DEFAULT_PORTS, WorthStack

COLOURS = {"gateway": 36, "auth": 35, "notifier": 33, "resume": 32, "analysis": 34}


def follow(name: str, path: Path, stop: threading.Event) -> None:
    """Print a service's log as it grows, each line prefixed with the service's name."""
    colour = sys.stdout.isatty()
    prefix = f"\033[{COLOURS[name]}m{name:>8} |\033[0m " if colour else f"{name:>8} | "
    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch()
    with path.open(errors="replace") as log:
        log.seek(0, 2)
        while not stop.is_set():
            line = log.readline()
            if line:
                sys.stdout.write(prefix + line)
                sys.stdout.flush()
            else:
                time.sleep(0.1)


def up(root: Path, port_base: int) -> None:
    ports = {name: port_base + offset for offset, name in enumerate(DEFAULT_PORTS)}
    stack = WorthStack(root, durable=True, ports=ports)
    stop = threading.Event()
    for name, service in stack.services.items():
        threading.Thread(target=follow, args=(name, service.log_path, stop), daemon=True).start()

    def interrupt(*_: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)
    print("Starting Worth: broker, PostgreSQL, Redis, SMTP sink, then five services…", flush=True)
    started = time.monotonic()
    try:
        stack.start()
        # Where everything is, for `worth ops` and for anyone poking at the stack by hand.
        (root / "stack.env").write_text(
            "".join(f"{k}={v}\n" for k, v in stack.infra.env().items())
            + f"WORTH_GATEWAY_URL={stack.gateway_url}\n"
        )
        print(
            f"\nWorth is up in {time.monotonic() - started:.1f} s: {stack.gateway_url}\n"
            f"  API docs  {stack.gateway_url}/docs\n"
            f"  mail      {stack.maildir}/\n"
            f"  try       ./dev analyze path/to/resume.pdf --email you@example.com\n"
            "Ctrl-C stops everything.\n",
            flush=True,
        )
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        print("\nStopping Worth…", flush=True)
    finally:
        # Ctrl-C reaches us twice (directly and forwarded by uv): let the first one finish.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        stack.close()
        stop.set()
        print("Stopped.", flush=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m worth.devstack")
    commands = parser.add_subparsers(dest="command", required=True)
    up_parser = commands.add_parser("up", help="start everything in the foreground")
    up_parser.add_argument("--root", type=Path, default=Path(".worth"))
    up_parser.add_argument("--port-base", type=int, default=8000, help="gateway port; +1..+4")
    args = parser.parse_args(argv)
    if args.command == "up":
        up(args.root, args.port_base)


if __name__ == "__main__":
    main()
