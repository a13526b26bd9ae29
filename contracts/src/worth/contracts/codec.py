"""The one codec every producer and consumer uses.

Wire format: the Kafka value is the event as Avro schemaless binary; the envelope travels as
CloudEvents Kafka binary-mode headers (`ce_*`, `content-type`), plus `x-correlation-id` and W3C
`traceparent` when known. `ce_dataschema` names the writer's schema as
`urn:worth:schema:<event_type>:v<N>`, i.e. `schemas/avro/<event_type>/v<N>.avsc`, so a consumer
holding only `schemas/avro` can decode any event.
"""

from __future__ import annotations

import io
import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final

import fastavro
from cloudevents.core.bindings import kafka
from cloudevents.core.exceptions import BaseCloudEventException
from cloudevents.core.v1.event import CloudEvent
from pydantic import ValidationError

from worth.contracts.events import EVENT_TYPES, Event
from worth.contracts.schemas import load_schema

CONTENT_TYPE: Final = "application/avro"
CORRELATION_ID_HEADER: Final = "x-correlation-id"
TRACEPARENT_HEADER: Final = "traceparent"
REQUIRED_HEADERS: Final = (
    "ce_specversion",
    "ce_id",
    "ce_type",
    "ce_source",
    "ce_time",
    "ce_subject",
    "ce_dataschema",
    "content-type",
)
_DATASCHEMA = re.compile(r"^urn:worth:schema:(?P<type>[a-z0-9._-]+):v(?P<version>[1-9][0-9]*)$")


class ContractError(ValueError):
    """A message does not honour the event contract; retrying cannot help, dead-letter it."""


@dataclass(frozen=True)
class EncodedEvent:
    """A Kafka record ready to publish (or to store in an outbox)."""

    topic: str
    key: bytes
    value: bytes
    headers: list[tuple[str, bytes]]
    event_id: str


@dataclass(frozen=True)
class Envelope:
    """CloudEvents attributes and trace context of a consumed event."""

    id: str
    type: str
    source: str
    time: datetime
    subject: str
    schema_version: int
    correlation_id: str | None
    traceparent: str | None


@dataclass(frozen=True)
class DecodedEvent:
    envelope: Envelope
    event: Event


def dataschema_uri(event_type: str, version: int) -> str:
    return f"urn:worth:schema:{event_type}:v{version}"


class _AvroPayload:
    """A cloudevents `Format` whose data is already-encoded bytes, passed through untouched.

    Only the binary-mode half (`write_data`/`read_data`) is needed; structured mode is unused.
    """

    def write_data(self, data: Any, datacontenttype: str | None) -> bytes:
        return bytes(data)

    def read_data(self, body: bytes, datacontenttype: str | None) -> bytes:
        return body

    def read(self, event_factory: Any, data: str | bytes) -> Any:
        raise NotImplementedError("structured mode is not used")

    def write(self, event: Any) -> bytes:
        raise NotImplementedError("structured mode is not used")

    def get_content_type(self) -> str:
        return CONTENT_TYPE


def encode(
    event: Event,
    *,
    source: str,
    correlation_id: str | None = None,
    traceparent: str | None = None,
    event_id: str | None = None,
) -> EncodedEvent:
    """Serialise `event` with its model's schema version; `source` is e.g. "/worth/resume".

    Pass `event_id` to keep the id stable across retries (e.g. the outbox row's id).
    """
    event_id = event_id or str(uuid.uuid4())
    buffer = io.BytesIO()
    fastavro.schemaless_writer(
        buffer,
        load_schema(event.event_type, event.schema_version),
        event.model_dump(),
        strict=True,  # a field the schema lacks is a bug in this package, not data to drop
        disable_tuple_notation=True,  # tuples in the models are lists, never union hints
    )
    cloud_event = CloudEvent(
        {
            "specversion": "1.0",
            "id": event_id,
            "type": event.event_type,
            "source": source,
            "time": event.occurred_at,
            "subject": event.resume_id,
            "dataschema": dataschema_uri(event.event_type, event.schema_version),
            "datacontenttype": CONTENT_TYPE,
        },
        buffer.getvalue(),
    )
    key = event.key.encode()
    message = kafka.to_binary(cloud_event, _AvroPayload(), key_mapper=lambda _: key)
    headers = list(message.headers.items())
    if correlation_id:
        headers.append((CORRELATION_ID_HEADER, correlation_id.encode()))
    if traceparent:
        headers.append((TRACEPARENT_HEADER, traceparent.encode()))
    return EncodedEvent(
        topic=event.event_type, key=key, value=message.value, headers=headers, event_id=event_id
    )


def decode(
    value: bytes, headers: Sequence[tuple[str, bytes]] | Mapping[str, bytes]
) -> DecodedEvent:
    """Parse a consumed record; raises ContractError for anything that breaks the contract.

    The payload is read with the schema version it was written with (from `ce_dataschema`)
    and resolved to the version this code's models know, so older events stay readable.
    """
    # Kafka allows repeated header names; the last one wins, as in most clients' lookups.
    by_name = dict(headers.items() if isinstance(headers, Mapping) else headers)
    missing = [name for name in REQUIRED_HEADERS if name not in by_name]
    if missing:
        raise ContractError(f"missing headers: {', '.join(missing)}")

    try:
        cloud_event = kafka.from_binary(
            kafka.KafkaMessage(headers=by_name, key=None, value=value), _AvroPayload(), CloudEvent
        )
    except (BaseCloudEventException, ValueError) as exc:
        raise ContractError(f"invalid CloudEvents headers: {exc}") from exc
    if cloud_event.get_datacontenttype() != CONTENT_TYPE:
        raise ContractError(f"content-type is {cloud_event.get_datacontenttype()!r}, not Avro")

    event_type = cloud_event.get_type()
    model = EVENT_TYPES.get(event_type)
    if model is None:
        raise ContractError(f"unknown event type {event_type!r}")
    version = _writer_version(cloud_event.get_dataschema() or "", event_type)
    try:
        writer = load_schema(event_type, version)
    except LookupError as exc:
        raise ContractError(f"{event_type} v{version} is unknown here; upgrade contracts") from exc

    event = _read(model, writer, value)
    time, subject = cloud_event.get_time(), cloud_event.get_subject()
    if time is None or subject is None:  # unreachable (required above); narrows the types
        raise ContractError("missing header: ce_time or ce_subject")
    if subject != event.resume_id:
        raise ContractError("ce_subject does not match the payload's resume_id")
    return DecodedEvent(
        envelope=Envelope(
            id=cloud_event.get_id(),
            type=event_type,
            source=cloud_event.get_source(),
            time=time.astimezone(UTC),
            subject=subject,
            schema_version=version,
            correlation_id=_text(by_name.get(CORRELATION_ID_HEADER)),
            traceparent=_text(by_name.get(TRACEPARENT_HEADER)),
        ),
        event=event,
    )


def _writer_version(dataschema: str, event_type: str) -> int:
    match = _DATASCHEMA.match(dataschema)
    if match is None or match["type"] != event_type:
        raise ContractError(f"ce_dataschema {dataschema!r} does not name a {event_type} schema")
    return int(match["version"])


def _read(model: type[Event], writer: dict[str, Any], value: bytes) -> Event:
    buffer = io.BytesIO(value)
    reader = load_schema(model.event_type, model.schema_version)
    try:
        record = fastavro.schemaless_reader(buffer, writer, reader)
    # Malformed Avro surfaces as many exception types (EOFError, UnicodeDecodeError, ...).
    except Exception as exc:
        raise ContractError(f"undecodable {model.event_type} payload: {exc!r}") from exc
    if buffer.tell() != len(value):
        raise ContractError(f"{len(value) - buffer.tell()} trailing bytes after the event")
    try:
        return model.model_validate(record)
    except ValidationError as exc:
        raise ContractError(f"{model.event_type} payload fails validation: {exc}") from exc


def _text(raw: bytes | None) -> str | None:
    return raw.decode(errors="replace") if raw is not None else None
