"""Topic declarations (infra/redpanda/topics.yaml) and their creation on any Kafka-API broker.

    python -m worth.devstack.topics rpk-commands [--file topics.yaml]

prints the `rpk topic create` commands for the same topics, one per line.
"""

from __future__ import annotations

import argparse
import shlex
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError, for_code

# libs/devstack/src/worth/devstack/topics.py -> the repository root (workspace installs are
# editable, so this holds wherever the devstack is used).
REPO_ROOT = Path(__file__).resolve().parents[5]
DEFAULT_TOPICS_FILE = REPO_ROOT / "infra" / "redpanda" / "topics.yaml"


@dataclass(frozen=True)
class TopicSpec:
    name: str
    partitions: int
    replication_factor: int = 1
    config: dict[str, str] = field(default_factory=dict)

    def rpk_command(self) -> str:
        args = ["rpk", "topic", "create", self.name, "-p", str(self.partitions)]
        args += ["-r", str(self.replication_factor)]
        for key, value in self.config.items():
            args += ["-c", f"{key}={value}"]
        return shlex.join(args)


def load_topic_specs(path: Path = DEFAULT_TOPICS_FILE) -> list[TopicSpec]:
    document = yaml.safe_load(Path(path).read_text())
    return [
        TopicSpec(
            name=str(topic["name"]),
            partitions=int(topic["partitions"]),
            replication_factor=int(topic.get("replication_factor", 1)),
            config={str(k): str(v) for k, v in (topic.get("config") or {}).items()},
        )
        for topic in document["topics"]
    ]


async def create_topics(bootstrap: str, topics: list[TopicSpec]) -> None:
    """Create `topics`; those that already exist are left as they are."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, client_id="worth-devstack")
    await admin.start()
    try:
        new_topics = [
            NewTopic(t.name, t.partitions, t.replication_factor, topic_configs=t.config)
            for t in topics
        ]
        response = await admin.create_topics(new_topics)
    finally:
        await admin.close()
    for name, code, *detail in response.topic_errors:
        if code not in (0, TopicAlreadyExistsError.errno):
            raise for_code(code)(f"creating topic {name!r}: {detail}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m worth.devstack.topics")
    parser.add_argument("command", choices=["rpk-commands"])
    parser.add_argument("--file", type=Path, default=DEFAULT_TOPICS_FILE)
    args = parser.parse_args(argv)
    for spec in load_topic_specs(args.file):
        print(spec.rpk_command())


if __name__ == "__main__":
    main()
