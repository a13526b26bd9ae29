"""Access to the Avro schemas in `schemas/avro/<event_type>/v<N>.avsc`.

The files are the single source of truth and are not copied into the package. They are found
through the `WORTH_SCHEMAS_DIR` environment variable (set it where the package is installed
without the source tree, e.g. in a container image that copies `schemas/avro`), else by walking
up from this module to the first ancestor holding `schemas/avro` (the workspace checkout).
"""

from __future__ import annotations

import json
import os
import re
from functools import cache
from pathlib import Path
from typing import Any, cast

import fastavro

ENV_VAR = "WORTH_SCHEMAS_DIR"
_VERSION_FILE = re.compile(r"^v([1-9][0-9]*)\.avsc$")


@cache
def schemas_dir() -> Path:
    """The directory holding one sub-directory per event type."""
    if configured := os.environ.get(ENV_VAR):
        path = Path(configured)
        if not path.is_dir():
            raise FileNotFoundError(f"{ENV_VAR}={configured} is not a directory")
        return path
    for parent in Path(__file__).resolve().parents:
        if (candidate := parent / "schemas" / "avro").is_dir():
            return candidate
    raise FileNotFoundError(f"schemas/avro not found above {__file__}; set {ENV_VAR}")


def event_types_on_disk() -> list[str]:
    """Event types that have a schema directory, sorted."""
    return sorted(p.name for p in schemas_dir().iterdir() if p.is_dir())


def available_versions(event_type: str) -> list[int]:
    """Schema versions present for `event_type`, ascending; empty if there are none."""
    directory = schemas_dir() / event_type
    if not directory.is_dir():
        return []
    found = (_VERSION_FILE.match(p.name) for p in directory.iterdir())
    return sorted(int(m.group(1)) for m in found if m)


def schema_path(event_type: str, version: int) -> Path:
    return schemas_dir() / event_type / f"v{version}.avsc"


def raw_schema(event_type: str, version: int) -> dict[str, Any]:
    """The schema exactly as written in its .avsc file (JSON); a fresh copy on every call."""
    path = schema_path(event_type, version)
    if not path.is_file():
        raise LookupError(f"no schema v{version} for {event_type!r} in {schemas_dir()}")
    schema: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return schema


@cache
def load_schema(event_type: str, version: int) -> dict[str, Any]:
    """The schema parsed by fastavro, ready for schemaless reading and writing.

    Treat the result as read-only: it is cached and shared.
    """
    return cast(dict[str, Any], fastavro.parse_schema(raw_schema(event_type, version)))
