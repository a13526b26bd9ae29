"""Schema evolution checks: can data written with one schema be read with another?

`problems` applies Avro's resolution rules structurally; `sample_problems` proves them on
generated data. Full compatibility (the rule for `schemas/avro`) is both directions at once:
a new version must read old data and old readers must read new data. Note that this makes a
type promotion (int -> long, ...) a break too, because old readers cannot narrow it back.
"""

from __future__ import annotations

import io
from typing import Any

import fastavro
from fastavro.utils import generate_many

Schema = Any  # a JSON-shaped Avro schema: str | list | dict

# Avro promotions a reader may apply to a writer's value (writer type -> reader types).
PROMOTIONS: dict[str, set[str]] = {
    "int": {"long", "float", "double"},
    "long": {"float", "double"},
    "float": {"double"},
    "string": {"bytes"},
    "bytes": {"string"},
}
_NAMED = {"record", "enum", "fixed"}


def problems(writer: Schema, reader: Schema) -> list[str]:
    """Why data written with `writer` may not be readable with `reader`; empty if it is."""
    writer_names: dict[str, Schema] = {}
    reader_names: dict[str, Schema] = {}
    parsed_writer = fastavro.parse_schema(writer, writer_names)
    parsed_reader = fastavro.parse_schema(reader, reader_names)
    return _Checker(writer_names, reader_names).check(parsed_writer, parsed_reader, "", set())


def compatibility_problems(old: Schema, new: Schema) -> list[str]:
    """Everything that breaks full compatibility between an older and a newer version."""
    return [f"new cannot read old data: {p}" for p in problems(old, new)] + [
        f"old cannot read new data: {p}" for p in problems(new, old)
    ]


def sample_problems(writer: Schema, reader: Schema, count: int = 50) -> list[str]:
    """Write `count` generated records with `writer` and read each back with `reader`.

    Reports the first record that fails to resolve or leaves bytes unread.
    """
    parsed_writer = fastavro.parse_schema(writer)
    parsed_reader = fastavro.parse_schema(reader)
    for record in generate_many(parsed_writer, count):
        buffer = io.BytesIO()
        fastavro.schemaless_writer(buffer, parsed_writer, record)
        payload = buffer.getvalue()
        stream = io.BytesIO(payload)
        try:
            fastavro.schemaless_reader(stream, parsed_writer, parsed_reader)
        except Exception as exc:  # any resolution failure is the finding
            return [f"reading a generated record failed: {exc!r}"]
        if stream.tell() != len(payload):
            return [f"reading a generated record left {len(payload) - stream.tell()} bytes"]
    return []


class _Checker:
    def __init__(self, writer_names: dict[str, Schema], reader_names: dict[str, Schema]) -> None:
        self._writer_names = writer_names
        self._reader_names = reader_names

    def check(self, w: Schema, r: Schema, path: str, seen: set[tuple[str, str]]) -> list[str]:
        w, r = _resolve(w, self._writer_names), _resolve(r, self._reader_names)
        if isinstance(w, list):  # each branch the writer may use must be readable
            return [p for branch in w for p in self.check(branch, r, path, seen)]
        if isinstance(r, list):
            if any(not self.check(w, branch, path, seen) for branch in r):
                return []
            return [f"{path or '<root>'}: {_kind(w)} matches no branch of the reader's union"]

        where = path or "<root>"
        wk, rk = _kind(w), _kind(r)
        if wk != rk and rk not in PROMOTIONS.get(wk, set()):
            return [f"{where}: type changed from {wk} to {rk}"]
        if _logical(w) != _logical(r):
            return [f"{where}: logical type changed from {_logical(w)} to {_logical(r)}"]
        if wk in _NAMED and w["name"] not in _names(r):
            return [f"{where}: {wk} {w['name']} renamed to {r['name']} without an alias"]
        if wk == "record":
            if (w["name"], r["name"]) in seen:  # recursive type already being checked
                return []
            return self._fields(w, r, path, seen | {(w["name"], r["name"])})
        if wk == "enum":
            lost = [s for s in w["symbols"] if s not in r["symbols"]]
            if lost and "default" not in r:
                return [f"{where}: enum symbols {lost} unknown to the reader, which has no default"]
        if wk == "fixed" and w["size"] != r["size"]:
            return [f"{where}: fixed size changed from {w['size']} to {r['size']}"]
        if wk == "array":
            return self.check(w["items"], r["items"], f"{path}[]", seen)
        if wk == "map":
            return self.check(w["values"], r["values"], f"{path}{{}}", seen)
        return []

    def _fields(self, w: Schema, r: Schema, path: str, seen: set[tuple[str, str]]) -> list[str]:
        written = {f["name"]: f for f in w["fields"]}
        found: list[str] = []
        for field in r["fields"]:
            name = f"{path}.{field['name']}" if path else field["name"]
            source = next(
                (written[n] for n in (field["name"], *field.get("aliases", ())) if n in written),
                None,
            )
            if source is not None:
                found += self.check(source["type"], field["type"], name, seen)
            elif "default" not in field:
                found.append(f"{name}: the reader needs it, the writer lacks it, it has no default")
        return found


def _resolve(schema: Schema, names: dict[str, Schema]) -> Schema:
    if isinstance(schema, str) and schema in names:
        return names[schema]
    if isinstance(schema, dict) and not isinstance(schema["type"], str):
        return _resolve(schema["type"], names)  # {"type": {...}} wraps a full schema
    return schema


def _kind(schema: Schema) -> str:
    kind = schema if isinstance(schema, str) else schema["type"]
    return str(kind)


def _logical(schema: Schema) -> str | None:
    return schema.get("logicalType") if isinstance(schema, dict) else None


def _names(schema: Schema) -> set[str]:
    """The full name of a named type and its aliases, qualified by its namespace."""
    name: str = schema["name"]
    namespace = name.rpartition(".")[0]
    aliases = schema.get("aliases", ())
    return {name, *(a if "." in a or not namespace else f"{namespace}.{a}" for a in aliases)}
