import json
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import ClassVar

import pytest

from worth.contracts import schemas
from worth.contracts.codec import ContractError, decode, encode
from worth.contracts.events import EVENT_TYPES, Event, ResumeUploaded

TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"


def test_round_trip_keeps_event_and_envelope(event: Event) -> None:
    encoded = encode(event, source="/worth/test", correlation_id="corr-1", traceparent=TRACEPARENT)
    decoded = decode(encoded.value, encoded.headers)

    assert decoded.event == event
    assert type(decoded.event) is type(event)
    envelope = decoded.envelope
    assert envelope.id == encoded.event_id
    assert envelope.type == event.event_type
    assert envelope.source == "/worth/test"
    assert envelope.time == event.occurred_at
    assert envelope.subject == event.resume_id
    assert envelope.schema_version == type(event).schema_version
    assert envelope.correlation_id == "corr-1"
    assert envelope.traceparent == TRACEPARENT


def test_record_addresses_topic_and_partition(event: Event) -> None:
    encoded = encode(event, source="/worth/test")
    assert encoded.topic == event.event_type
    assert encoded.key == event.resume_id.encode()


def test_headers_are_cloudevents_binary_mode(event: Event) -> None:
    encoded = encode(event, source="/worth/resume", event_id="evt-1", correlation_id="c")
    headers = dict(encoded.headers)

    assert len(headers) == len(encoded.headers), "no header may repeat"
    assert all(isinstance(v, bytes) for v in headers.values())
    assert headers["ce_specversion"] == b"1.0"
    assert headers["ce_id"] == b"evt-1"
    assert encoded.event_id == "evt-1"
    assert headers["ce_type"] == event.event_type.encode()
    assert headers["ce_source"] == b"/worth/resume"
    assert headers["ce_subject"] == event.resume_id.encode()
    assert (
        headers["ce_dataschema"]
        == f"urn:worth:schema:{event.event_type}:v{event.schema_version}".encode()
    )
    assert headers["content-type"] == b"application/avro"
    assert headers["x-correlation-id"] == b"c"
    assert "traceparent" not in headers
    sent_at = datetime.fromisoformat(headers["ce_time"].decode())
    assert sent_at == event.occurred_at


def test_event_ids_are_unique_unless_given(event: Event) -> None:
    ids = {encode(event, source="/s").event_id for _ in range(3)}
    assert len(ids) == 3


def test_decode_accepts_a_header_mapping(event: Event) -> None:
    encoded = encode(event, source="/s")
    assert decode(encoded.value, dict(encoded.headers)).event == event


def test_timestamps_are_utc_milliseconds() -> None:
    sample = _uploaded(uploaded_at=datetime(2025, 1, 2, 3, 4, 5, 678_999, tzinfo=UTC))
    assert sample.uploaded_at.microsecond == 678_000
    decoded = decode(*_wire(sample))
    assert decoded.event.occurred_at == datetime(2025, 1, 2, 3, 4, 5, 678_000, tzinfo=UTC)
    assert decoded.event.occurred_at.utcoffset() is not None


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone"):
        _uploaded(uploaded_at=datetime(2025, 1, 2, 3, 4, 5))


def test_events_are_immutable() -> None:
    with pytest.raises(ValueError, match="frozen"):
        _uploaded().resume_id = "other"


def test_registry_is_keyed_by_event_type() -> None:
    assert {name: cls.event_type for name, cls in EVENT_TYPES.items()} == {
        name: name for name in EVENT_TYPES
    }


@pytest.mark.parametrize(
    "value",
    [b"", b"not avro at all", b"\xff" * 40],
    ids=["empty", "text", "high-bytes"],
)
def test_garbage_payload_is_a_contract_error(value: bytes) -> None:
    _, headers = _wire(_uploaded())
    with pytest.raises(ContractError, match="undecodable"):
        decode(value, headers)


def test_truncated_and_padded_payloads_are_contract_errors() -> None:
    value, headers = _wire(_uploaded())
    with pytest.raises(ContractError):
        decode(value[:-3], headers)
    with pytest.raises(ContractError, match="trailing"):
        decode(value + b"\x00", headers)


@pytest.mark.parametrize(
    ("header", "bad", "message"),
    [
        ("ce_type", b"resume.archived", "unknown event type"),
        ("ce_dataschema", b"urn:worth:schema:resume.parsed:v1", "does not name"),
        ("ce_dataschema", b"https://example.com/schema.avsc", "does not name"),
        ("ce_dataschema", b"urn:worth:schema:resume.uploaded:v99", "upgrade"),
        ("content-type", b"application/json", "not Avro"),
        ("ce_specversion", b"0.3", "CloudEvents"),
        ("ce_time", b"yesterday", "CloudEvents"),
        ("ce_id", b"\xff\xfe", "CloudEvents"),
        ("ce_subject", b"another-resume", "resume_id"),
    ],
)
def test_bad_headers_are_contract_errors(header: str, bad: bytes, message: str) -> None:
    value, headers = _wire(_uploaded())
    with pytest.raises(ContractError, match=message):
        decode(value, {**dict(headers), header: bad})


@pytest.mark.parametrize("header", ["ce_id", "ce_type", "ce_dataschema", "ce_time", "ce_source"])
def test_missing_headers_are_contract_errors(header: str) -> None:
    value, headers = _wire(_uploaded())
    with pytest.raises(ContractError, match=f"missing headers: {header}"):
        decode(value, [(k, v) for k, v in headers if k != header])


def test_contract_error_is_a_value_error() -> None:
    assert issubclass(ContractError, ValueError)


@pytest.fixture
def scratch_schemas(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A writable copy of schemas/avro that the package uses for one test."""
    shutil.copytree(schemas.schemas_dir(), tmp_path, dirs_exist_ok=True)
    monkeypatch.setenv(schemas.ENV_VAR, str(tmp_path))
    _clear_schema_caches()
    yield tmp_path
    monkeypatch.undo()
    _clear_schema_caches()


def _clear_schema_caches() -> None:
    schemas.schemas_dir.cache_clear()
    schemas.load_schema.cache_clear()


def test_event_written_by_a_newer_producer_is_read_by_this_code(scratch_schemas: Path) -> None:
    """A v2 producer adds a defaulted field; this code (models at v1) still reads its events."""
    v2 = schemas.raw_schema("resume.uploaded", 1)
    v2["fields"].append({"name": "pages_hint", "type": "int", "default": 0})
    (scratch_schemas / "resume.uploaded" / "v2.avsc").write_text(json.dumps(v2))

    class NewerResumeUploaded(ResumeUploaded):  # what the newer producer's models look like
        schema_version: ClassVar[int] = 2
        pages_hint: int

    sample = _uploaded()
    encoded = encode(
        NewerResumeUploaded(**sample.model_dump(), pages_hint=7), source="/worth/future"
    )
    assert dict(encoded.headers)["ce_dataschema"].endswith(b":v2")

    decoded = decode(encoded.value, encoded.headers)
    assert decoded.envelope.schema_version == 2
    assert decoded.event == sample


def test_schemas_dir_comes_from_the_environment(scratch_schemas: Path) -> None:
    assert schemas.schemas_dir() == scratch_schemas


def _uploaded(**changes: object) -> ResumeUploaded:
    fields: dict[str, object] = {
        "resume_id": "6f1c2b8e-3d4a-4c5b-9e7f-1a2b3c4d5e6f",
        "owner_id": "github|42",
        "content_sha256": "0" * 64,
        "format": "docx",
        "media_type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "size_bytes": 10_240,
        "storage_key": "resumes/original/6f1c2b8e",
        "uploaded_at": datetime(2025, 3, 14, 9, 26, 53, tzinfo=UTC),
    }
    return ResumeUploaded.model_validate(fields | changes)


def _wire(event: Event) -> tuple[bytes, list[tuple[str, bytes]]]:
    encoded = encode(event, source="/worth/test")
    return encoded.value, encoded.headers
