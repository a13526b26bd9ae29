"""The whole of Worth on one machine: the embedded infrastructure plus the five services.

`./dev up` runs it in the foreground; tests and benchmarks start it on random ports.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from worth.common.keys import write_keypair
from worth.common.migrations import GATEWAY_READER, upgrade
from worth.devstack._process import HOST, InfraError, spawn, terminate, wait_ready
from worth.devstack.infra import EmbeddedInfra

REPO_ROOT = Path(__file__).resolve().parents[5]
DEFAULT_PORTS = {"gateway": 8000, "auth": 8001, "notifier": 8002, "resume": 8003, "analysis": 8004}
# Which database each service owns (and migrates).
DATABASES = {
    "auth": "auth_db",
    "notifier": "emails_db",
    "resume": "resumes_db",
    "analysis": "analysis_db",
}


def listening_socket(port: int) -> socket.socket:
    """A bound, listening socket the service inherits: the port is ours from now on, so no
    other server started meanwhile can take it (choosing a free port and binding it later
    races), and a restarted service gets the same port back."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((HOST, port))
    except OSError as error:
        sock.close()
        raise InfraError(f"cannot listen on {HOST}:{port}: {error.strerror}") from None
    sock.listen(1024)
    sock.set_inheritable(True)
    return sock


@dataclass
class ServiceProcess:
    name: str
    sock: socket.socket
    env: dict[str, str]
    log_path: Path
    proc: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    @property
    def port(self) -> int:
        return int(self.sock.getsockname()[1])

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def start(self, timeout: float = 60.0) -> None:
        argv = [
            sys.executable,
            "-m",
            "uvicorn",
            "--factory",
            f"worth.{self.name}.app:create_app",
            "--fd",
            str(self.sock.fileno()),
            "--no-access-log",
            "--timeout-graceful-shutdown",
            "10",
        ]
        self.proc = spawn(argv, self.log_path, env=self.env, pass_fds=(self.sock.fileno(),))
        wait_ready(self.proc, self._ready, name=self.name, log_path=self.log_path, timeout=timeout)

    def _ready(self) -> bool:
        try:
            with urllib.request.urlopen(f"{self.url}/ready", timeout=1) as answer:  # noqa: S310
                return bool(answer.status == 200)
        except OSError:
            return False

    def stop(self) -> None:
        if self.proc is not None:
            terminate(self.proc, signal.SIGTERM, timeout=15)
            self.proc = None

    def kill(self) -> None:
        """A crash, not a shutdown: nothing gets to finish or commit."""
        if self.proc is not None:
            terminate(self.proc, signal.SIGKILL, timeout=5)
            self.proc = None


class WorthStack:
    """Infrastructure, keys, migrations and services under `root` (the project uses `.worth/`)."""

    def __init__(
        self,
        root: Path,
        *,
        durable: bool = True,
        ports: dict[str, int] | None = None,
        overrides: dict[str, str] | None = None,
    ) -> None:
        self.root = Path(root).resolve()
        self.infra = EmbeddedInfra(self.root, durable=durable)
        ports = ports or dict.fromkeys(DEFAULT_PORTS, 0)  # 0: the OS picks
        self.overrides = overrides or {}
        self.keys = self.root / "keys"
        self.services = {
            name: ServiceProcess(
                name, listening_socket(ports[name]), {}, self.root / "logs" / f"{name}.log"
            )
            for name in DEFAULT_PORTS
        }

    @property
    def gateway_url(self) -> str:
        return self.services["gateway"].url

    @property
    def maildir(self) -> Path:
        return self.infra.smtp.maildir

    def start(self) -> None:
        try:
            self.infra.start()
            write_keypair(self.keys / "jwt-private.pem", self.keys / "jwt-public.pem")
            self.migrate()
            for service in self.services.values():
                service.env = self.service_env(service.name)
            # Producers first, so the gateway's first request finds everyone up.
            with ThreadPoolExecutor(len(self.services)) as pool:
                list(pool.map(lambda s: s.start(), self.services.values()))
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        with ThreadPoolExecutor(len(self.services)) as pool:
            list(pool.map(lambda s: s.stop(), self.services.values()))
        self.infra.stop()

    def close(self) -> None:
        """Stop everything and give the ports back."""
        self.stop()
        for service in self.services.values():
            service.sock.close()

    def __enter__(self) -> WorthStack:
        self.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def migrate(self) -> None:
        # One after another: alembic's `context` is module-global, so not thread-safe.
        for service, database in DATABASES.items():
            upgrade(f"worth.{service}", self.infra.postgres.asyncpg_url(database))

    def database_url(self, service: str) -> str:
        return self.infra.postgres.asyncpg_url(DATABASES[service])

    def service_env(self, name: str) -> dict[str, str]:
        """Everything a service is configured with, as its environment variables."""
        prefix = f"WORTH_{name.upper()}_"
        settings = {
            "ENVIRONMENT": "development",
            "KAFKA_BOOTSTRAP_SERVERS": self.infra.broker.bootstrap_servers,
            "REDIS_URL": self.infra.redis.url,
            "JWT_PUBLIC_KEY_FILE": str(self.keys / "jwt-public.pem"),
        }
        if name in DATABASES:
            settings["DATABASE_URL"] = self.database_url(name)
        if name == "auth":
            settings["JWT_PRIVATE_KEY_FILE"] = str(self.keys / "jwt-private.pem")
        if name == "resume":
            settings["STORAGE_DIR"] = str(self.root / "storage")
        if name == "notifier":
            settings["SMTP_HOST"] = self.infra.smtp.host
            settings["SMTP_PORT"] = str(self.infra.smtp.port)
            settings["PUBLIC_BASE_URL"] = self.gateway_url
        if name == "gateway":
            for upstream in ("auth", "notifier", "resume"):
                settings[f"{upstream.upper()}_URL"] = self.services[upstream].url
            # As the read-only role the migrations grant the views to (see grant_read_model).
            for key, database in (("RESUMES", "resumes_db"), ("ANALYSIS", "analysis_db")):
                settings[f"{key}_READ_URL"] = self.infra.postgres.dsn(database, user=GATEWAY_READER)
        env = {k: v for k, v in os.environ.items() if not k.startswith("WORTH_")}
        env.update({prefix + key: value for key, value in settings.items()})
        env["WORTH_SCHEMAS_DIR"] = str(REPO_ROOT / "schemas" / "avro")
        env.update({k: v for k, v in self.overrides.items() if k.startswith(prefix)})
        return env

    def restart(self, name: str) -> None:
        service = self.services[name]
        service.stop()
        service.start()


__all__ = ["InfraError", "ServiceProcess", "WorthStack"]
