"""What the embedded servers share: a free port, a child process that cannot outlive its owner,
and a readiness wait whose failure shows the server's own log."""

from __future__ import annotations

import asyncio
import atexit
import logging
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from contextlib import suppress
from pathlib import Path
from types import TracebackType
from typing import Any, Self, TypeVar

log = logging.getLogger("worth.devstack")

HOST = "127.0.0.1"
T = TypeVar("T")


class InfraError(RuntimeError):
    """An embedded server failed to start, become ready, or stop."""


def _ephemeral_floor() -> int:
    """The lowest port the OS hands out as a connection's source (Linux's default when unknown)."""
    try:
        return int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 32768


# Ports for our servers come from below the OS's ephemeral range: a port the OS picks there
# is free only until some outgoing connection takes it as its source port, which happens
# between the pick and the server's bind often enough to fail test runs on a busy machine.
SERVER_PORTS = range(20000, max(_ephemeral_floor(), 21000))


def port_is_free(port: int, host: str = HOST) -> bool:
    with socket.socket() as sock:
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


# Ports this process has handed out. A server with many ports gets them all before it binds
# any, so "free right now" alone once gave SeaweedFS's master and filer the same port.
_HANDED_OUT: set[int] = set()
_PICKING = threading.Lock()  # servers start in parallel threads
# Ports claimed across processes: parallel test workers (and other checkouts' runs) start their
# servers at the same moment, and a port one of them picked is free until it binds, which for
# PostgreSQL comes only after initdb. A claim is a file; it lapses after RESERVATION_S.
RESERVATIONS = Path(tempfile.gettempdir()) / "worth-port-claims"
RESERVATION_S = 120.0


def _claim(port: int) -> bool:
    """Claim `port` for this process unless another process claimed it recently."""
    RESERVATIONS.mkdir(exist_ok=True)
    path = RESERVATIONS / str(port)
    for _ in range(2):
        try:
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
            return True
        except FileExistsError:
            with suppress(FileNotFoundError):
                if time.time() - path.stat().st_mtime < RESERVATION_S:
                    return False
                path.unlink()  # a lapsed claim: whoever creates the file next wins it
    return False


def free_port(host: str = HOST) -> int:
    """A port free right now, at random from SERVER_PORTS (the server binds it a moment later),
    never one this process handed out before, and claimed against other processes.
    """
    with _PICKING:
        if len(_HANDED_OUT) > len(SERVER_PORTS) // 2:  # a long-lived process: old ones are stale
            _HANDED_OUT.clear()
        while True:
            port = random.choice(SERVER_PORTS)
            if port not in _HANDED_OUT and port_is_free(port, host) and _claim(port):
                _HANDED_OUT.add(port)
                return port


def ensure_port_free(port: int, name: str, host: str = HOST) -> None:
    """Refuse a taken port up front: a readiness probe would happily talk to its owner."""
    with socket.socket() as sock:
        try:
            sock.bind((host, port))
        except OSError as error:
            raise InfraError(f"{name} cannot use {host}:{port}: {error.strerror}") from None


def log_tail(path: Path, lines: int = 30) -> str:
    try:
        text = path.read_text(errors="replace")
    except FileNotFoundError:
        return "(no log written)"
    return "\n".join(text.splitlines()[-lines:]) or "(log is empty)"


def run_sync(coro: Coroutine[Any, Any, T]) -> T:
    """Run `coro` from sync code - also when the caller is itself inside a running event loop."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coro).result()


class _Reaper:
    """One helper process per owner that stops our servers if the owner dies (see _reaper.py)."""

    _lock = threading.Lock()
    _proc: subprocess.Popen[str] | None = None

    @classmethod
    def send(cls, line: str) -> None:
        with cls._lock:
            if cls._proc is None or cls._proc.poll() is not None:
                script = Path(__file__).with_name("_reaper.py")
                cls._proc = subprocess.Popen(
                    [sys.executable, str(script)],
                    stdin=subprocess.PIPE,
                    start_new_session=True,  # survives the signals aimed at its owner's group
                    text=True,
                )
                atexit.register(cls._close)
            assert cls._proc.stdin is not None
            cls._proc.stdin.write(line + "\n")
            cls._proc.stdin.flush()

    @classmethod
    def _close(cls) -> None:
        with cls._lock:
            if cls._proc is not None and cls._proc.stdin is not None:
                cls._proc.stdin.close()
                with suppress(subprocess.TimeoutExpired):
                    cls._proc.wait(timeout=2)


def spawn(
    argv: list[str],
    log_path: Path,
    *,
    graceful: signal.Signals = signal.SIGTERM,
    user: int | None = None,
    group: int | None = None,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    pass_fds: tuple[int, ...] = (),
) -> subprocess.Popen[bytes]:
    """Start a server in its own session, output appended to `log_path`, watched by the reaper."""
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("ab") as out:
        proc = subprocess.Popen(
            argv,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # own process group: stopped as a whole, deaf to Ctrl+C
            user=user,
            group=group,
            extra_groups=[] if user is not None else None,
            cwd=cwd,
            env=env,
            pass_fds=pass_fds,
        )
    _Reaper.send(f"+ {proc.pid} {int(graceful)}")
    return proc


def terminate(
    proc: subprocess.Popen[bytes], sig: signal.Signals = signal.SIGTERM, timeout: float = 10.0
) -> None:
    """Stop a spawned server's whole process group: `sig` first, SIGKILL if it lingers."""
    if proc.poll() is None:
        with suppress(ProcessLookupError):
            os.killpg(proc.pid, sig)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            log.warning("pid %d ignored %s for %.0f s; killing it", proc.pid, sig.name, timeout)
    with suppress(ProcessLookupError):  # also sweeps children left behind by the leader
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    _Reaper.send(f"- {proc.pid}")


def wait_ready(
    proc: subprocess.Popen[bytes],
    probe: Callable[[], bool],
    *,
    name: str,
    log_path: Path,
    timeout: float,
) -> None:
    """Poll `probe` until it says yes; fail early and clearly if the process dies or hangs."""
    deadline = time.monotonic() + timeout
    while not probe():
        if proc.poll() is not None:
            raise InfraError(
                f"{name} exited with code {proc.returncode} while starting; "
                f"last lines of {log_path}:\n{log_tail(log_path)}"
            )
        if time.monotonic() > deadline:
            raise InfraError(
                f"{name} was not ready after {timeout:.0f} s; "
                f"last lines of {log_path}:\n{log_tail(log_path)}"
            )
        time.sleep(0.05)


class Server:
    """Start/stop lifecycle shared by the embedded servers; also stops them at interpreter exit.

    Subclasses implement `_start` (which may leave partial state behind on failure) and `_stop`
    (which must cope with that partial state).
    """

    def __init__(self) -> None:
        self._running = False

    def _start(self) -> None:
        raise NotImplementedError

    def _stop(self) -> None:
        raise NotImplementedError

    def start(self) -> Self:
        if self._running:
            return self
        try:
            self._start()
        except BaseException:
            self._stop()
            raise
        self._running = True
        atexit.register(self.stop)
        return self

    def stop(self) -> None:
        if not self._running:
            return
        self._running = False
        atexit.unregister(self.stop)
        self._stop()

    @property
    def running(self) -> bool:
        return self._running

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
