"""Pytest fixtures on the embedded infrastructure. Load it from a conftest:

pytest_plugins = ["worth.devstack.pytest_plugin"]
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator

import pytest

from worth.devstack._process import run_sync
from worth.devstack.infra import EmbeddedInfra
from worth.devstack.topics import TopicSpec, create_topics


@pytest.fixture(scope="session")
def embedded_infra(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedInfra]:
    """Broker, PostgreSQL, Redis and SMTP sink for the whole session (one set per xdist worker)."""
    with EmbeddedInfra(tmp_path_factory.mktemp("infra"), durable=False) as infra:
        yield infra


def fresh_database(infra: EmbeddedInfra, prefix: str) -> str:
    """Create a database no other test uses; returns its SQLAlchemy asyncpg URL."""
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    infra.postgres.create_database(name)
    return infra.postgres.asyncpg_url(name)


def fresh_topics(infra: EmbeddedInfra, names: Iterable[str]) -> dict[str, str]:
    """Create topics no other test uses, mapping each of `names` to its unique name.

    One shared prefix keeps derived names consistent: if topics.yaml declares `<name>.dlq`,
    its twin `<prefix><name>.dlq` is created too and is in the mapping.
    """
    specs = {spec.name: spec for spec in infra.topic_specs}
    prefix = f"t{uuid.uuid4().hex[:12]}."
    wanted = list(names)
    wanted += [f"{name}.dlq" for name in wanted if f"{name}.dlq" in specs]
    mapping = {name: prefix + name for name in dict.fromkeys(wanted)}
    topics = [
        TopicSpec(
            mapping[name],
            specs[name].partitions if name in specs else 1,
            config=specs[name].config if name in specs else {},
        )
        for name in mapping
    ]
    run_sync(create_topics(infra.broker.bootstrap_servers, topics))
    return mapping
