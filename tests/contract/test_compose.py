"""docker-compose.yml and the Dockerfiles agree with the code.

No Docker engine runs where Worth is developed, so these tests read the files as compose and
docker would and hold them against what the code defines: each service's settings class, the
databases and read models, the topics, the ports. The one-shot jobs (postgres init script, key
pair, migrations) are run for real against a local PostgreSQL, with compose's host names swapped
for the local server.
"""

from __future__ import annotations

import asyncio
import base64
import importlib
import ipaddress
import json
import os
import re
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml
from pydantic_settings import BaseSettings

from worth.common.keys import load_private_key, load_public_key
from worth.common.migrations import GATEWAY_READER
from worth.contracts.topics import ALL_TOPICS, dlq
from worth.devstack.postgres import Postgres
from worth.devstack.stack import DATABASES, DEFAULT_PORTS

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
SERVICES: dict[str, dict[str, Any]] = COMPOSE["services"]
APPS = list(DEFAULT_PORTS)  # gateway, auth, notifier, resume, analysis
INITDB = "/docker-entrypoint-initdb.d"


# --- reading compose and Dockerfiles -------------------------------------------------------------


def env(name: str) -> dict[str, str]:
    """A service's environment as compose hands it over, on a host with none of the
    `${VAR:-default}` variables set."""
    raw = SERVICES[name].get("environment") or {}
    if isinstance(raw, list):
        raw = dict(item.split("=", 1) for item in raw)
    return {key: _interpolate(str(value)) for key, value in raw.items()}


def _interpolate(value: str) -> str:
    return re.sub(r"\$\{\w+(?::?-([^}]*))?\}", lambda m: m.group(1) or "", value)


def test_host_variables_default_to_empty() -> None:
    # Without a key on the host, the analysis service runs offline (empty means "no Claude").
    assert env("analysis")["WORTH_ANALYSIS_ANTHROPIC_API_KEY"] == ""
    assert _interpolate("${A:-x}/${B}") == "x/"


def image_of(name: str) -> str | None:
    """The Worth service whose Dockerfile builds `name`'s image (migrations and keys included)."""
    build = SERVICES[name].get("build")
    if not build:
        return None
    match = re.fullmatch(r"services/(\w+)/Dockerfile", build["dockerfile"])
    assert match, f"{name}: builds {build['dockerfile']}, not a service's Dockerfile"
    return match.group(1)


def settings_class(app: str) -> type[BaseSettings]:
    settings: type[BaseSettings] = importlib.import_module(f"worth.{app}.settings").Settings
    return settings


def prefix(app: str) -> str:
    return str(settings_class(app).model_config["env_prefix"])


def volumes(name: str) -> dict[str, str]:
    """Mount target -> source (a named volume, or a path relative to the repository)."""
    mounts = {}
    for spec in SERVICES[name].get("volumes", []):
        source, target, *_ = spec.split(":")
        mounts[target] = source
    return mounts


def depends_on(name: str) -> dict[str, str]:
    return {dep: spec["condition"] for dep, spec in SERVICES[name].get("depends_on", {}).items()}


def dockerfile(app: str) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) in order; continuation lines joined, comments dropped."""
    instructions, pending = [], ""
    for line in (ROOT / "services" / app / "Dockerfile").read_text().splitlines():
        if not pending and (not line.strip() or line.lstrip().startswith("#")):
            continue
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        keyword, _, args = (pending + line).strip().partition(" ")
        instructions.append((keyword.upper(), args.strip()))
        pending = ""
    return instructions


def exec_form(args: str) -> list[str]:
    """A CMD in exec form (a JSON array): in shell form, sh and not uvicorn would get SIGTERM."""
    argv = json.loads(args)
    assert isinstance(argv, list), args
    return argv


def run_command(name: str) -> list[str]:
    """What the container runs: compose's `command`, else the image's CMD."""
    if "command" in SERVICES[name]:
        return list(SERVICES[name]["command"])
    cmd = [args for keyword, args in dockerfile(str(image_of(name))) if keyword == "CMD"]
    return exec_form(cmd[-1])


def database_url(app: str) -> str:
    return env(app)[prefix(app) + "DATABASE_URL"]


def migrate_job(app: str) -> str:
    jobs = [
        name
        for name in SERVICES
        if name != app and image_of(name) == app and prefix(app) + "DATABASE_URL" in env(name)
    ]
    assert len(jobs) == 1, f"{app}: expected one migration job, found {jobs}"
    return jobs[0]


# --- settings ------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", [name for name in SERVICES if image_of(name)])
def test_every_variable_is_a_setting_of_that_service(name: str) -> None:
    app = str(image_of(name))
    fields = settings_class(app).model_fields
    unknown = [
        key
        for key in env(name)
        if not (key.startswith(prefix(app)) and key[len(prefix(app)) :].lower() in fields)
    ]
    assert not unknown, f"{name} sets variables that worth.{app} does not read: {unknown}"


@pytest.mark.parametrize("app", APPS)
def test_settings_load_from_the_compose_environment(
    app: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = settings_class(app)
    missing = [
        prefix(app) + field.upper()
        for field, info in settings.model_fields.items()
        if info.is_required() and prefix(app) + field.upper() not in env(app)
    ]
    assert not missing, f"{app}: required settings not set: {missing}"
    for key in list(os.environ):
        if key.startswith("WORTH_"):
            monkeypatch.delenv(key)
    for key, value in env(app).items():
        monkeypatch.setenv(key, value)
    loaded = settings()  # validates every value (types, and no placeholder in production)
    assert loaded.model_dump()["environment"] == "production"


# --- the five services ---------------------------------------------------------------------------


@pytest.mark.parametrize("app", APPS)
def test_service_runs_its_app_on_its_port_and_checks_readiness(app: str) -> None:
    port = DEFAULT_PORTS[app]
    assert image_of(app) == app
    argv = run_command(app)
    assert argv[:2] == ["uvicorn", "--factory"], argv
    assert argv[2] == f"worth.{app}.app:create_app"
    # Every interface, or the other containers cannot reach it.
    assert ipaddress.ip_address(argv[argv.index("--host") + 1]).is_unspecified
    assert argv[argv.index("--port") + 1] == str(port)

    ready = f"http://127.0.0.1:{port}/ready"
    assert ready in " ".join(SERVICES[app]["healthcheck"]["test"])
    (image_check,) = [args for keyword, args in dockerfile(app) if keyword == "HEALTHCHECK"]
    assert ready in " ".join(exec_form(image_check.partition("CMD ")[2]))

    published = SERVICES[app].get("ports", [])
    assert published == (["8000:8000"] if app == "gateway" else []), "only the gateway is public"


@pytest.mark.parametrize("app", APPS)
def test_dockerfile_builds_the_service_from_the_lock_file(app: str) -> None:
    instructions = dockerfile(app)
    assert [args.split()[0] for keyword, args in instructions if keyword == "FROM"] == [
        "python:3.11-slim",
        "python:3.11-slim",
    ]
    installs = [args for keyword, args in instructions if keyword == "RUN" and "uv sync" in args]
    assert installs and all(f"--package worth-{app} " in args + " " for args in installs)
    assert all("--no-dev" in args for args in installs)
    assert "--no-editable" in installs[-1], "the runtime stage must not need the source tree"
    assert not any(keyword == "ENTRYPOINT" for keyword, _ in instructions)

    users = [args for keyword, args in instructions if keyword == "USER"]
    assert users and users[-1] not in ("root", "0"), "the service must not run as root"

    # worth.contracts finds the Avro schemas through WORTH_SCHEMAS_DIR.
    copied = [args.split() for keyword, args in instructions if keyword == "COPY"]
    (schemas,) = [dest for *sources, dest in copied if sources == ["schemas/avro"]]
    environment = " ".join(args for keyword, args in instructions if keyword == "ENV")
    assert f"WORTH_SCHEMAS_DIR={schemas}" in environment


def test_every_build_uses_the_repository_root_and_an_existing_dockerfile() -> None:
    builds = {name: spec["build"] for name, spec in SERVICES.items() if "build" in spec}
    assert set(APPS) <= set(builds)
    for name, build in builds.items():
        assert build["context"] == ".", f"{name}: the workspace (libs/, contracts/) is the context"
        assert (ROOT / build["dockerfile"]).is_file(), f"{name}: {build['dockerfile']} is missing"
        # Services sharing an image name must build it from the same Dockerfile.
        assert SERVICES[name]["image"] == f"worth/{image_of(name)}"


# --- start-up order ------------------------------------------------------------------------------


def test_dependency_conditions_fit_their_targets() -> None:
    for name in SERVICES:
        for dep, condition in depends_on(name).items():
            target = SERVICES[dep]
            if condition == "service_healthy":
                assert "healthcheck" in target, f"{name} waits for {dep} to be healthy: no check"
            else:
                assert condition == "service_completed_successfully", (name, dep, condition)
                assert "restart" not in target and "healthcheck" not in target, (
                    f"{name} waits for {dep} to finish, but {dep} is a long-running service"
                )
            assert set(target.get("profiles", [])) <= set(SERVICES[name].get("profiles", [])), (
                f"{name} depends on {dep}, which only starts with a profile"
            )


@pytest.mark.parametrize("app", APPS)
def test_service_waits_for_what_it_uses(app: str) -> None:
    settings, deps = env(app), depends_on(app)
    uses_keys = any(key.endswith("_KEY_FILE") for key in settings)
    assert (deps.get("keys") == "service_completed_successfully") == uses_keys
    uses_kafka = prefix(app) + "KAFKA_BOOTSTRAP_SERVERS" in settings
    assert (deps.get("topics") == "service_completed_successfully") == uses_kafka
    if uses_kafka:
        assert deps.get("redpanda") == "service_healthy"
        assert settings[prefix(app) + "KAFKA_ENABLE_IDEMPOTENCE"] == "true"
    if app in DATABASES:
        assert deps.get(migrate_job(app)) == "service_completed_successfully"
    if app == "gateway":  # it reads the views that the resume and analysis migrations create
        for owner in ("resume", "analysis"):
            assert deps.get(migrate_job(owner)) == "service_completed_successfully"
        for upstream in ("auth", "notifier", "resume"):
            assert deps.get(upstream) == "service_healthy"


# --- keys and files ------------------------------------------------------------------------------


def keys_command_paths() -> list[str]:
    return re.findall(r"Path\('([^']+)'\)", " ".join(SERVICES["keys"]["command"]))


@pytest.mark.parametrize("app", APPS)
def test_key_files_come_from_the_keys_job(app: str) -> None:
    written = keys_command_paths()
    for key, path in env(app).items():
        if not key.endswith("_KEY_FILE"):
            continue
        assert path in written, f"{app}: {key}={path} is not written by the keys job"
        directory = str(Path(path).parent)
        assert volumes(app).get(directory) == volumes("keys")[directory], (
            f"{app}: {directory} is not the keys job's volume"
        )


def test_only_auth_mounts_the_signing_key() -> None:
    private = Path(env("auth")["WORTH_AUTH_JWT_PRIVATE_KEY_FILE"])
    volume = volumes("keys")[str(private.parent)]
    holders = {name for name in SERVICES if volume in volumes(name).values()}
    assert holders == {"keys", "auth"}


def test_keys_job_writes_a_matching_key_pair_and_a_storage_key(tmp_path: Path) -> None:
    (code,) = [arg for arg in SERVICES["keys"]["command"] if "write_keypair" in arg]
    for path in keys_command_paths():
        code = code.replace(path, f"{tmp_path}{path}")
        # In compose both directories are volume mount points, there before the job runs.
        assert str(Path(path).parent) in volumes("keys")
        Path(f"{tmp_path}{path}").parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-c", code], check=True)
    private_file, public_file, storage_file = (
        Path(f"{tmp_path}{path}") for path in keys_command_paths()
    )
    private = load_private_key(private_file.read_bytes())
    public = load_public_key(public_file.read_bytes())
    assert private.public_key() == public
    assert len(base64.b64decode(storage_file.read_text(), validate=True)) == 32


def test_resume_storage_is_a_named_volume() -> None:
    storage = env("resume")["WORTH_RESUME_STORAGE_DIR"]
    assert volumes("resume").get(storage) in COMPOSE["volumes"], "uploads must survive restarts"


# --- databases -----------------------------------------------------------------------------------


def init_script() -> Path:
    (source,) = [src for dest, src in volumes("postgres").items() if dest.startswith(INITDB)]
    return ROOT / source


def test_postgres_creates_exactly_the_databases_the_services_use() -> None:
    created = re.findall(r"CREATE DATABASE\s+(\w+)", init_script().read_text(), re.IGNORECASE)
    used = {app: urlsplit(database_url(app)).path.lstrip("/") for app in DATABASES}
    assert used == DATABASES, "compose and the embedded stack must agree on who owns which db"
    assert sorted(created) == sorted(used.values())

    postgres = env("postgres")
    owner = (postgres["POSTGRES_USER"], postgres["POSTGRES_PASSWORD"])
    gateway = env("gateway")
    # The gateway logs in as the read-only role the init script creates with its password.
    reader = re.search(
        r"CREATE ROLE (\w+) LOGIN PASSWORD '([^']+)'", init_script().read_text(), re.IGNORECASE
    )
    assert reader, "the init script must create the gateway's read-only login"
    assert reader.group(1) == GATEWAY_READER
    urls = [(database_url(app), owner) for app in DATABASES]
    urls += [
        (gateway[f"WORTH_GATEWAY_{view}_READ_URL"], (reader.group(1), reader.group(2)))
        for view in ("RESUMES", "ANALYSIS")
    ]
    for url, (user, password) in urls:
        parts = urlsplit(url)
        assert (parts.hostname, parts.port) == ("postgres", 5432), url
        assert (parts.username, parts.password) == (user, password), url


@pytest.fixture(scope="module")
def postgres(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Postgres]:
    with Postgres(tmp_path_factory.mktemp("compose-pg"), durable=False) as server:
        yield server


def local(url: str, server: Postgres) -> str:
    """A compose database URL, pointed at the local server instead of the `postgres` host."""
    parts = urlsplit(url)
    netloc = f"{parts.username}:{parts.password}@{server.host}:{server.port}"
    return parts._replace(netloc=netloc).geturl()


def test_init_script_and_migration_jobs_publish_the_gateways_read_models(
    postgres: Postgres,
) -> None:
    """What compose runs on first start, in its order: init script, then each migration job."""
    psql = [str(postgres.bindir / "psql"), "-h", postgres.host, "-p", str(postgres.port)]
    script = ["-U", "postgres", "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-f", str(init_script())]
    subprocess.run([*psql, *script], check=True, capture_output=True)

    clean = {key: value for key, value in os.environ.items() if not key.startswith("WORTH_")}
    jobs = {}
    for app in DATABASES:  # separate databases, so the jobs run side by side as in compose
        job = migrate_job(app)
        argv = SERVICES[job]["command"]
        assert argv[0] == "python"
        job_env = {key: local(value, postgres) for key, value in env(job).items()}
        assert job_env[prefix(app) + "DATABASE_URL"] == local(database_url(app), postgres)
        jobs[job] = subprocess.Popen([sys.executable, *argv[1:]], env={**clean, **job_env})
    assert {job: process.wait(timeout=120) for job, process in jobs.items()} == dict.fromkeys(
        jobs, 0
    )

    from worth.gateway.read_model import ReadModel

    async def poll_unknown_resume() -> object:
        gateway = env("gateway")
        model = await ReadModel.connect(
            local(gateway["WORTH_GATEWAY_RESUMES_READ_URL"], postgres),
            local(gateway["WORTH_GATEWAY_ANALYSIS_READ_URL"], postgres),
            size=1,
        )
        try:
            return await model.state(uuid.uuid4())  # queries both published views
        finally:
            await model.close()

    assert asyncio.run(poll_unknown_resume()) is None


# --- broker and topics ---------------------------------------------------------------------------


def internal_kafka_address() -> str:
    command = " ".join(SERVICES["redpanda"]["command"])
    match = re.search(r"--advertise-kafka-addr \S*internal://([^,\s]+)", command)
    assert match, "redpanda must advertise an internal listener"
    return match.group(1)


def test_everyone_uses_redpandas_internal_listener() -> None:
    address = internal_kafka_address()
    assert address.rpartition(":")[0] == "redpanda"
    assert env("topics")["RPK_BROKERS"] == address
    for app in APPS:
        configured = env(app).get(prefix(app) + "KAFKA_BOOTSTRAP_SERVERS", address)
        assert configured == address, app


def test_topic_creator_runs_the_repositorys_script() -> None:
    topics = SERVICES["topics"]
    assert topics["image"] == SERVICES["redpanda"]["image"], "the script needs rpk"
    mounted = {dest for dest, src in volumes("topics").items() if src == "./infra/redpanda"}
    argv = [*topics.get("entrypoint", []), *topics.get("command", [])]
    assert any(f"{dest}/create-topics.sh" in argv for dest in mounted), argv
    assert depends_on("topics") == {"redpanda": "service_healthy"}


def test_every_topic_in_use_is_created() -> None:
    needed = set(ALL_TOPICS) | {dlq(topic) for topic in ALL_TOPICS}
    declared = yaml.safe_load((ROOT / "infra/redpanda/topics.yaml").read_text())["topics"]
    assert needed <= {topic["name"] for topic in declared}

    script = ROOT / "infra/redpanda/create-topics.sh"
    printed = subprocess.run(
        ["sh", str(script), "--print"], capture_output=True, text=True, check=True
    ).stdout
    assert needed <= set(re.findall(r"^rpk topic create (\S+)", printed, re.MULTILINE))


# --- addresses -----------------------------------------------------------------------------------


def test_gateway_upstreams_are_the_compose_services() -> None:
    gateway = env("gateway")
    for upstream in ("auth", "notifier", "resume"):
        url = urlsplit(gateway[f"WORTH_GATEWAY_{upstream.upper()}_URL"])
        argv = run_command(upstream)
        assert (url.scheme, url.hostname) == ("http", upstream)
        assert str(url.port) == argv[argv.index("--port") + 1]


def test_services_reach_redis_and_mail_by_service_name() -> None:
    for app in APPS:
        if redis := env(app).get(prefix(app) + "REDIS_URL"):
            assert urlsplit(redis).hostname == "redis", app
    notifier = env("notifier")
    assert notifier["WORTH_NOTIFIER_SMTP_HOST"] == "mailpit"
    assert notifier["WORTH_NOTIFIER_SMTP_PORT"] == "1025"  # Mailpit's SMTP port


def test_compose_accepts_the_file() -> None:
    docker = shutil.which("docker")
    if docker is None or subprocess.run([docker, "compose", "version"]).returncode != 0:
        pytest.skip("the docker compose plugin is not installed")
    result = subprocess.run(
        [docker, "compose", "--file", str(ROOT / "docker-compose.yml"), "config", "--quiet"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
