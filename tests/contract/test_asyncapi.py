"""The checked-in AsyncAPI document is current and describes every topic."""

from pathlib import Path
from typing import Any

import yaml

from worth.contracts import asyncapi
from worth.contracts.events import EVENT_TYPES
from worth.contracts.schemas import available_versions, raw_schema
from worth.contracts.topics import ALL_TOPICS, dlq

CHECKED_IN = Path(asyncapi.__file__).resolve().parents[3] / "asyncapi.yaml"


def test_checked_in_document_is_up_to_date() -> None:
    assert CHECKED_IN.read_text(encoding="utf-8") == asyncapi.render(), (
        "stale: run `python -m worth.contracts.asyncapi > contracts/asyncapi.yaml`"
    )


def test_every_topic_and_its_dead_letter_topic_is_a_channel() -> None:
    doc = yaml.safe_load(asyncapi.render())
    addresses = {channel["address"] for channel in doc["channels"].values()}
    assert addresses == {*ALL_TOPICS, *(dlq(t) for t in ALL_TOPICS)}
    assert dlq("resume.parsed") == "resume.parsed.dlq"


def test_every_schema_version_is_published_as_avro() -> None:
    doc = yaml.safe_load(asyncapi.render())
    messages = doc["components"]["messages"]
    for event_type in ALL_TOPICS:
        for version in available_versions(event_type):
            message = messages[f"{EVENT_TYPES[event_type].__name__}.v{version}"]
            assert message["payload"] == {
                "schemaFormat": "application/vnd.apache.avro+json;version=1.9.0",
                "schema": raw_schema(event_type, version),
            }
            dataschema = message["headers"]["properties"]["ce_dataschema"]["const"]
            assert dataschema == f"urn:worth:schema:{event_type}:v{version}"


def test_every_reference_resolves() -> None:
    doc = yaml.safe_load(asyncapi.render())
    refs = list(_refs(doc))
    assert len(refs) > len(ALL_TOPICS)
    for ref in refs:
        node: Any = doc
        for part in ref.removeprefix("#/").split("/"):
            assert part in node, f"dangling $ref {ref}"
            node = node[part]


def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        own = [node["$ref"]] if "$ref" in node else []
        return own + [r for value in node.values() for r in _refs(value)]
    if isinstance(node, list):
        return [r for value in node for r in _refs(value)]
    return []
