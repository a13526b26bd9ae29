"""PostgreSQL in a private data dir on a private port: the machine's server if it has one,
else the one bundled in `pgserver`."""

from __future__ import annotations

import importlib.util
import os
import pwd
import shutil
import signal
import stat
import subprocess
from pathlib import Path

import asyncpg

from worth.devstack._process import (
    HOST,
    InfraError,
    Server,
    ensure_port_free,
    free_port,
    log,
    log_tail,
    run_sync,
    spawn,
    terminate,
    wait_ready,
)

SUPERUSER = "postgres"
FALLBACK_OS_USER = "worth-pg"
_SOCKET_PATH_MAX = 100  # sun_path holds 108 bytes; "/.s.PGSQL.NNNNN" takes 15 of them
_PG_HBA = "local all all trust\nhost all all 127.0.0.1/32 trust\n"


def system_bindir() -> Path | None:
    """The machine's PostgreSQL server binaries (Debian keeps them off PATH), newest first."""
    candidates: list[Path] = []
    if pg_config := shutil.which("pg_config"):
        out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True)
        if out.returncode == 0:
            candidates.append(Path(out.stdout.strip()))
    versions = Path("/usr/lib/postgresql").glob("*/bin")
    candidates += sorted(versions, key=lambda p: int(p.parent.name), reverse=True)
    for bindir in candidates:
        if all((bindir / tool).is_file() for tool in ("initdb", "pg_ctl", "postgres")):
            return bindir
    return None


def pgserver_bindir() -> Path:
    """The binaries bundled in pgserver, found without importing it (its import has effects)."""
    spec = importlib.util.find_spec("pgserver")
    if spec is None or not spec.submodule_search_locations:
        raise InfraError("no PostgreSQL on this machine and the pgserver package is missing")
    return Path(spec.submodule_search_locations[0]) / "pginstall" / "bin"


def make_traversable(path: Path) -> None:
    """Give every parent of `path` the o+x bit it lacks, so another user can reach `path`.

    CI clones into `mktemp -d` (mode 700) and pytest's tmp root is 700 too; only the missing
    execute bit is added, nothing else changes.
    """
    for parent in path.resolve().parents:
        mode = parent.stat().st_mode
        if not mode & stat.S_IXOTH:
            parent.chmod(mode | stat.S_IXOTH)
            log.warning("added o+x to %s so the PostgreSQL user can reach its files", parent)


def _server_account() -> pwd.struct_passwd | None:
    """The unprivileged account to run PostgreSQL as when we are root (it refuses root)."""
    if os.geteuid() != 0:
        return None
    for name in (SUPERUSER, FALLBACK_OS_USER):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            pass
    useradd = ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin"]
    subprocess.run([*useradd, FALLBACK_OS_USER], check=True, capture_output=True)
    log.warning("created system user %s to run PostgreSQL", FALLBACK_OS_USER)
    return pwd.getpwnam(FALLBACK_OS_USER)


def _chown_tree(path: Path, account: pwd.struct_passwd) -> None:
    if path.stat().st_uid == account.pw_uid:
        return
    for root, dirs, files in os.walk(path):
        for name in [root, *(os.path.join(root, n) for n in dirs + files)]:
            os.chown(name, account.pw_uid, account.pw_gid)


class Postgres(Server):
    """A PostgreSQL server listening on 127.0.0.1:`port` and on a Unix socket in `workdir`.

    The cluster lives in `workdir/data` and is reused on the next start. Authentication is
    `trust`, for 127.0.0.1 and the socket only. `durable=False` turns fsync off (tests).
    """

    def __init__(
        self,
        workdir: Path,
        port: int | None = None,
        *,
        durable: bool = True,
        prefer_system: bool = True,
        timeout: float = 30.0,
    ) -> None:
        super().__init__()
        self.workdir = Path(workdir).resolve()
        self.data_dir = self.workdir / "data"
        self.log_path = self.workdir / "postgres.log"
        self.host = HOST
        self.port = port or free_port()
        self.durable = durable
        self.timeout = timeout
        system = system_bindir() if prefer_system else None
        self.bindir = system or pgserver_bindir()
        self.bundled = system is None
        # Long paths cannot hold a socket; TCP is what clients use anyway.
        socket_fits = len(str(self.workdir)) <= _SOCKET_PATH_MAX
        self.socket_dir: Path | None = self.workdir if socket_fits else None
        self._account: pwd.struct_passwd | None = None
        self._proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        """The server without a database, e.g. for asyncpg or psql."""
        return f"postgresql://{SUPERUSER}@{self.host}:{self.port}"

    def dsn(self, database: str = "postgres", *, user: str = SUPERUSER) -> str:
        return f"postgresql://{user}@{self.host}:{self.port}/{database}"

    def asyncpg_url(self, database: str) -> str:
        """The SQLAlchemy URL of `database`, with the asyncpg driver."""
        return f"postgresql+asyncpg://{SUPERUSER}@{self.host}:{self.port}/{database}"

    def create_database(self, name: str) -> None:
        """Create database `name` unless it exists (safe to race with other callers)."""
        run_sync(self._create_database(name))

    async def _create_database(self, name: str) -> None:
        conn = await asyncpg.connect(self.dsn())
        try:
            if await conn.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name):
                return
            quoted = '"' + name.replace('"', '""') + '"'
            try:
                await conn.execute(f"CREATE DATABASE {quoted}")
            except asyncpg.DuplicateDatabaseError:
                pass
        finally:
            await conn.close()

    def _run_as_server_user(self, tool: str, *args: str) -> None:
        account = self._account
        with self.log_path.open("ab") as out:
            result = subprocess.run(
                [str(self.bindir / tool), *args],
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                user=account.pw_uid if account else None,
                group=account.pw_gid if account else None,
                extra_groups=[] if account else None,
                cwd=self.workdir,
            )
        if result.returncode != 0:
            raise InfraError(
                f"{tool} failed with code {result.returncode}; "
                f"last lines of {self.log_path}:\n{log_tail(self.log_path)}"
            )

    def _start(self) -> None:
        ensure_port_free(self.port, "postgres")
        self.workdir.mkdir(parents=True, exist_ok=True)
        self._account = account = _server_account()
        if account is not None:
            make_traversable(self.workdir)
            if self.bundled:
                make_traversable(self.bindir)
            _chown_tree(self.workdir, account)
        if not (self.data_dir / "PG_VERSION").exists():
            self._init_cluster()
        argv = [str(self.bindir / "postgres"), "-D", str(self.data_dir)]
        argv += ["-h", self.host, "-p", str(self.port), "-k", str(self.socket_dir or "")]
        if not self.durable:
            argv += ["-c", "fsync=off", "-c", "synchronous_commit=off"]
            argv += ["-c", "full_page_writes=off"]
        self._proc = spawn(
            argv,
            self.log_path,
            graceful=signal.SIGINT,  # PostgreSQL's "fast" shutdown
            user=account.pw_uid if account else None,
            group=account.pw_gid if account else None,
            cwd=self.workdir,
        )
        wait_ready(
            self._proc, self._answers, name="postgres", log_path=self.log_path, timeout=self.timeout
        )

    def _init_cluster(self) -> None:
        # A stale half-made cluster would make initdb refuse; there is nothing in it to keep.
        shutil.rmtree(self.data_dir, ignore_errors=True)
        args = ["-D", str(self.data_dir), "-U", SUPERUSER, "--auth=trust"]
        args += ["--encoding=UTF8", "--locale=C.UTF-8"]
        if not self.durable:
            args.append("--no-sync")
        self._run_as_server_user("initdb", *args)
        hba = self.data_dir / "pg_hba.conf"
        hba.write_text(_PG_HBA)
        if self._account is not None:
            os.chown(hba, self._account.pw_uid, self._account.pw_gid)

    def _answers(self) -> bool:
        async def select_one() -> bool:
            try:
                conn = await asyncpg.connect(self.dsn(), timeout=2)
            except (OSError, TimeoutError, asyncpg.PostgresError):
                return False  # not listening yet, or still starting up
            try:
                return bool(await conn.fetchval("SELECT 1"))
            finally:
                await conn.close()

        return run_sync(select_one())

    def _stop(self) -> None:
        if self._proc is None:
            return
        if self._proc.poll() is None:
            try:
                self._run_as_server_user("pg_ctl", "stop", "-D", str(self.data_dir), "-m", "fast")
            except InfraError as error:
                log.warning("pg_ctl stop failed, killing postgres instead: %s", error)
        terminate(self._proc, signal.SIGINT)
        self._proc = None
