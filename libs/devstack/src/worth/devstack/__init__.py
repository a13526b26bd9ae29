"""Worth's infrastructure as local processes (no Docker), for `./dev up`, tests and benchmarks.

Names are imported on first use, so `python -m worth.devstack.<module>` runs that module once
and light uses do not pay for aiokafka, asyncpg and friends.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from worth.devstack._process import InfraError
    from worth.devstack.infra import DATABASES, EmbeddedInfra
    from worth.devstack.kafka import KafkaBroker
    from worth.devstack.postgres import Postgres
    from worth.devstack.redis_server import Redis
    from worth.devstack.smtp_sink import SmtpSink
    from worth.devstack.topics import TopicSpec, create_topics, load_topic_specs

_HOMES = {
    "InfraError": "_process",
    "DATABASES": "infra",
    "EmbeddedInfra": "infra",
    "KafkaBroker": "kafka",
    "Postgres": "postgres",
    "Redis": "redis_server",
    "SmtpSink": "smtp_sink",
    "TopicSpec": "topics",
    "create_topics": "topics",
    "load_topic_specs": "topics",
}
__all__ = [
    "DATABASES",
    "EmbeddedInfra",
    "InfraError",
    "KafkaBroker",
    "Postgres",
    "Redis",
    "SmtpSink",
    "TopicSpec",
    "create_topics",
    "load_topic_specs",
]


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"worth.devstack.{_HOMES[name]}"), name)
