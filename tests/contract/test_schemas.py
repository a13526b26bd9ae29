"""The .avsc files are well-formed, documented, private, and mirrored by the event models."""

import re
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import fastavro
import pytest
from pydantic import BaseModel

from worth.contracts import schemas
from worth.contracts.events import EVENT_TYPES
from worth.contracts.topics import ALL_TOPICS

FILES = sorted(schemas.schemas_dir().glob("*/*"))
PRIVATE = re.compile(r"e-?mail|phone|token|file_?name|password|secret", re.IGNORECASE)


@pytest.mark.parametrize("path", FILES, ids=[f"{p.parent.name}/{p.name}" for p in FILES])
def test_every_schema_file_is_a_versioned_avsc_that_parses(path: Path) -> None:
    assert re.fullmatch(r"v[1-9][0-9]*\.avsc", path.name), f"{path} would be ignored"
    schema = schemas.raw_schema(path.parent.name, int(path.stem[1:]))
    fastavro.parse_schema(schema)
    assert schema["type"] == "record"
    assert schema["namespace"] == "worth.events"


def test_every_topic_has_a_schema_directory_and_a_model() -> None:
    assert schemas.event_types_on_disk() == sorted(ALL_TOPICS) == sorted(EVENT_TYPES)


@pytest.mark.parametrize("event_type", ALL_TOPICS)
def test_versions_count_up_from_one(event_type: str) -> None:
    versions = schemas.available_versions(event_type)
    assert versions == list(range(1, len(versions) + 1))


@pytest.mark.parametrize("event_type", ALL_TOPICS)
def test_model_mirrors_the_latest_schema(event_type: str) -> None:
    model = EVENT_TYPES[event_type]
    assert model.schema_version == schemas.available_versions(event_type)[-1]
    schema = schemas.raw_schema(event_type, model.schema_version)
    assert schema["name"] == model.__name__
    assert _mismatches(model, schema) == []


def test_mirror_check_notices_drift() -> None:
    schema = schemas.raw_schema("analysis.completed", 2)
    schema["fields"][3]["type"]["fields"].append({"name": "build", "type": "string"})  # analyzer
    schema["fields"] = [f for f in schema["fields"] if f["name"] != "location"]
    assert _mismatches(EVENT_TYPES["analysis.completed"], schema) == [
        "AnalysisCompleted: fields differ: ['location']",
        "AnalysisCompleted.analyzer: fields differ: ['build']",
    ]


@pytest.mark.parametrize("path", FILES, ids=[f"{p.parent.name}/{p.name}" for p in FILES])
def test_every_record_enum_and_field_is_documented(path: Path) -> None:
    schema = schemas.raw_schema(path.parent.name, int(path.stem[1:]))
    undocumented = [n["name"] for n in _named_types(schema) if not n.get("doc")]
    undocumented += [name for name, field in _fields(schema) if not field.get("doc")]
    assert undocumented == []


@pytest.mark.parametrize("path", FILES, ids=[f"{p.parent.name}/{p.name}" for p in FILES])
def test_timestamps_are_utc_milliseconds(path: Path) -> None:
    schema = schemas.raw_schema(path.parent.name, int(path.stem[1:]))
    stamps = [(name, f["type"]) for name, f in _fields(schema) if name.endswith("_at")]
    assert stamps
    assert all(t == {"type": "long", "logicalType": "timestamp-millis"} for _, t in stamps)


@pytest.mark.parametrize("path", FILES, ids=[f"{p.parent.name}/{p.name}" for p in FILES])
def test_no_contact_details_or_credentials_in_events(path: Path) -> None:
    schema = schemas.raw_schema(path.parent.name, int(path.stem[1:]))
    assert _private_fields(schema) == []


def test_privacy_guard_finds_nested_fields() -> None:
    schema = {
        "type": "record",
        "name": "Leaky",
        "fields": [
            {"name": "resume_id", "type": "string"},
            {"name": "originalFileName", "type": ["null", "string"], "default": None},
            {
                "name": "contacts",
                "type": {
                    "type": "array",
                    "items": {
                        "type": "record",
                        "name": "Contact",
                        "fields": [
                            {"name": "Email", "type": "string"},
                            {"name": "phone_number", "type": "string"},
                        ],
                    },
                },
            },
            {"name": "refresh_token", "type": "string"},
        ],
    }
    assert _private_fields(schema) == [
        "originalFileName",
        "contacts.Email",
        "contacts.phone_number",
        "refresh_token",
    ]


def _private_fields(schema: Any) -> list[str]:
    return [name for name, _ in _fields(schema) if PRIVATE.search(name.rpartition(".")[2])]


def _named_types(schema: Any) -> Iterator[dict[str, Any]]:
    """Every record, enum and fixed defined anywhere in `schema`."""
    if isinstance(schema, list):
        for branch in schema:
            yield from _named_types(branch)
    elif isinstance(schema, dict):
        if schema["type"] in ("record", "enum", "fixed"):
            yield schema
        for field in schema.get("fields", ()):
            yield from _named_types(field["type"])
        for key in ("items", "values"):
            if key in schema:
                yield from _named_types(schema[key])
        if isinstance(schema["type"], dict | list):
            yield from _named_types(schema["type"])


def _fields(schema: Any, prefix: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """(dotted path, field) for every record field, nested ones included."""
    for record in _records_directly_in(schema):
        for field in record["fields"]:
            path = f"{prefix}{field['name']}"
            yield path, field
            yield from _fields(field["type"], f"{path}.")


def _records_directly_in(schema: Any) -> Iterator[dict[str, Any]]:
    if isinstance(schema, list):
        for branch in schema:
            yield from _records_directly_in(branch)
    elif isinstance(schema, dict):
        if schema["type"] == "record":
            yield schema
        elif schema["type"] in ("array", "map"):
            yield from _records_directly_in(schema.get("items", schema.get("values")))
        elif isinstance(schema["type"], dict | list):
            yield from _records_directly_in(schema["type"])


def _mismatches(model: type[BaseModel], record: dict[str, Any], path: str = "") -> list[str]:
    """Differences in field names and nullability between a model and an Avro record."""
    where = path or model.__name__
    fields = {f["name"]: f for f in record["fields"]}
    found = []
    if diff := sorted(fields.keys() ^ model.model_fields.keys()):
        found.append(f"{where}: fields differ: {diff}")
    for name in sorted(fields.keys() & model.model_fields.keys()):
        field, info = fields[name], model.model_fields[name]
        nullable = isinstance(field["type"], list) and "null" in field["type"]
        if nullable != (not info.is_required() and info.default is None):
            found.append(f"{where}.{name}: nullability differs")
        nested = next(_records_directly_in(field["type"]), None)
        if nested is not None:
            found += _mismatches(_model_in(info.annotation), nested, f"{where}.{name}")
    return found


def _model_in(annotation: Any) -> type[BaseModel]:
    """The model class inside an annotation such as `Salary` or `tuple[Section, ...]`."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        try:
            return _model_in(arg)
        except LookupError:
            continue
    raise LookupError(f"no model in {annotation!r}")
