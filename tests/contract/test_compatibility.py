"""Full compatibility between all versions of every event, and proof the checks can fail.

Pairs are discovered from schemas/avro, so adding `v2.avsc` puts it under test automatically.
"""

from typing import Any

import pytest

from worth.contracts.compat import compatibility_problems, problems, sample_problems
from worth.contracts.schemas import available_versions, event_types_on_disk, raw_schema

PAIRS = [
    (event_type, writer, reader)
    for event_type in event_types_on_disk()
    for writer in available_versions(event_type)
    for reader in available_versions(event_type)
]


@pytest.mark.parametrize(
    ("event_type", "writer", "reader"), PAIRS, ids=[f"{t}:v{w}->v{r}" for t, w, r in PAIRS]
)
def test_data_written_with_any_version_is_readable_with_any_other(
    event_type: str, writer: int, reader: int
) -> None:
    writer_schema, reader_schema = raw_schema(event_type, writer), raw_schema(event_type, reader)
    assert problems(writer_schema, reader_schema) == []
    assert sample_problems(writer_schema, reader_schema) == []


def _v1() -> dict[str, Any]:
    return raw_schema("analysis.completed", 1)


def _field(schema: dict[str, Any], name: str) -> dict[str, Any]:
    return next(f for f in schema["fields"] if f["name"] == name)


def test_adding_a_field_without_default_is_caught() -> None:
    old, new = _v1(), _v1()
    new["fields"].append({"name": "currency_rate", "type": "double"})

    assert compatibility_problems(old, new) == [
        "new cannot read old data: currency_rate: "
        "the reader needs it, the writer lacks it, it has no default"
    ]
    assert sample_problems(old, new) != []
    assert sample_problems(new, old) == []  # old readers simply skip the new field


def test_removing_a_field_without_default_is_caught() -> None:
    old, new = _v1(), _v1()
    new["fields"].remove(_field(new, "grade"))

    assert compatibility_problems(old, new) == [
        "old cannot read new data: grade: "
        "the reader needs it, the writer lacks it, it has no default"
    ]
    assert sample_problems(new, old) != []


def test_changing_a_nested_type_is_caught() -> None:
    old, new = _v1(), _v1()
    _field(_field(new, "market")["type"], "sample_size")["type"] = ["null", "string"]

    found = compatibility_problems(old, new)
    assert "new cannot read old data: market.sample_size: long matches no branch" in found[0]
    assert len(found) == 2
    assert sample_problems(old, new) != []  # fails on the first non-null sample_size
    assert sample_problems(new, old) != []


def test_dropping_an_enum_symbol_is_caught() -> None:
    old, new = _v1(), _v1()
    _field(_field(new, "salary")["type"], "basis")["type"]["symbols"] = ["gross"]

    assert compatibility_problems(old, new) == [
        "new cannot read old data: salary.basis: "
        "enum symbols ['net'] unknown to the reader, which has no default"
    ]


def test_changing_a_logical_type_is_caught() -> None:
    old, new = _v1(), _v1()
    _field(new, "completed_at")["type"]["logicalType"] = "timestamp-micros"

    assert len(compatibility_problems(old, new)) == 2


def test_renaming_a_record_needs_an_alias() -> None:
    old, new = _v1(), _v1()
    _field(new, "market")["type"]["name"] = "MarketData"
    assert any("renamed" in p for p in compatibility_problems(old, new))

    _field(new, "market")["type"]["aliases"] = ["Market"]
    assert problems(old, new) == []
    assert sample_problems(old, new) == []


def test_promotion_reads_forward_but_not_back() -> None:
    old, new = _v1(), _v1()
    _field(_field(old, "salary")["type"], "median")["type"] = "float"  # new keeps double

    assert problems(old, new) == []
    assert sample_problems(old, new) == []
    assert problems(new, old) == ["salary.median: type changed from double to float"]


def test_compatible_evolution_passes_both_ways() -> None:
    """Adding a defaulted field and removing a defaulted one is the allowed way to evolve."""
    old, new = _v1(), _v1()
    new["fields"].remove(_field(new, "location"))
    new["fields"].append(
        {"name": "remote", "type": ["null", "boolean"], "default": None, "doc": "Remote role?"}
    )
    _field(_field(new, "salary")["type"], "period")["type"]["symbols"].append("hour")
    _field(_field(old, "salary")["type"], "period")["type"]["default"] = "month"
    _field(_field(new, "salary")["type"], "period")["type"]["default"] = "month"

    assert compatibility_problems(old, new) == []
    assert sample_problems(old, new) == []
    assert sample_problems(new, old) == []
