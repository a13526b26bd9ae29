import asyncio
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient

from worth.contracts.topics import ALL_TOPICS, dlq
from worth.devstack import KafkaBroker, TopicSpec, create_topics, load_topic_specs
from worth.devstack.topics import DEFAULT_TOPICS_FILE, REPO_ROOT

CREATE_TOPICS_SH = REPO_ROOT / "infra" / "redpanda" / "create-topics.sh"
WEEK_MS, MONTH_MS = str(7 * 24 * 3600 * 1000), str(30 * 24 * 3600 * 1000)


@pytest.fixture(scope="module")
def broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KafkaBroker]:
    with KafkaBroker(tmp_path_factory.mktemp("kafka")) as broker:
        yield broker


async def _partitions(bootstrap: str) -> dict[str, int]:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        return {t["topic"]: len(t["partitions"]) for t in await admin.describe_topics()}
    finally:
        await admin.close()


def test_topics_yaml_declares_every_contract_topic_and_its_dlq() -> None:
    specs = {spec.name: spec for spec in load_topic_specs()}
    assert set(specs) == {*ALL_TOPICS, *map(dlq, ALL_TOPICS)}
    for topic in ALL_TOPICS:
        assert specs[topic].partitions == 3
        assert specs[topic].config == {"retention.ms": WEEK_MS, "cleanup.policy": "delete"}
        assert specs[dlq(topic)].partitions == 1
        assert specs[dlq(topic)].config == {"retention.ms": MONTH_MS, "cleanup.policy": "delete"}


def test_broker_address(broker: KafkaBroker) -> None:
    assert broker.bootstrap_servers == f"127.0.0.1:{broker.port}"
    assert broker.log_path.exists()


async def test_create_topics_is_idempotent(broker: KafkaBroker) -> None:
    specs = load_topic_specs()
    await create_topics(broker.bootstrap_servers, specs)
    await create_topics(broker.bootstrap_servers, specs)  # all exist now: no error
    partitions = await _partitions(broker.bootstrap_servers)
    assert {spec.name: partitions[spec.name] for spec in specs} == {
        spec.name: spec.partitions for spec in specs
    }


async def test_produce_and_consume(broker: KafkaBroker) -> None:
    topic = "test.roundtrip"
    await create_topics(broker.bootstrap_servers, [TopicSpec(topic, partitions=3)])
    producer = AIOKafkaProducer(bootstrap_servers=broker.bootstrap_servers, acks="all")
    await producer.start()
    try:
        await producer.send_and_wait(topic, "привет".encode(), key=b"resume-1")
    finally:
        await producer.stop()
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=broker.bootstrap_servers,
        auto_offset_reset="earliest",
        fetch_max_wait_ms=10,
    )
    await consumer.start()
    try:
        message = await asyncio.wait_for(consumer.getone(), timeout=10)
    finally:
        await consumer.stop()
    assert (message.key, message.value.decode()) == (b"resume-1", "привет")


def test_create_topics_sh_prints_the_same_commands_as_python() -> None:
    script = subprocess.run(
        [CREATE_TOPICS_SH, "--print"], capture_output=True, text=True, check=True
    )
    python = [spec.rpk_command() for spec in load_topic_specs(DEFAULT_TOPICS_FILE)]
    assert script.stdout.splitlines() == python


FAKE_RPK = """#!/bin/sh
# Pretends to be `rpk topic create NAME ...`: remembers NAME, rejects it the second time.
[ -n "${FAKE_RPK_FAIL:-}" ] && { echo "NOT_CONTROLLER"; exit 1; }
if [ -e "$FAKE_RPK_DIR/$3" ]; then echo "$3 TOPIC_ALREADY_EXISTS: exists"; exit 1; fi
echo "rpk $*" > "$FAKE_RPK_DIR/$3"; echo "$3 OK"
"""


def test_create_topics_sh_creates_each_topic_once_and_reports_errors(tmp_path: Path) -> None:
    bin_dir, created = tmp_path / "bin", tmp_path / "created"
    bin_dir.mkdir()
    created.mkdir()
    (bin_dir / "rpk").write_text(FAKE_RPK)
    (bin_dir / "rpk").chmod(0o755)
    env = {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}", "FAKE_RPK_DIR": str(created)}
    for _ in range(2):  # the second run finds every topic there and still succeeds
        subprocess.run([CREATE_TOPICS_SH], env=env, capture_output=True, check=True)
    specs = load_topic_specs()
    assert {p.name: p.read_text().strip() for p in created.iterdir()} == {
        spec.name: spec.rpk_command() for spec in specs
    }
    failing = subprocess.run([CREATE_TOPICS_SH], env={**env, "FAKE_RPK_FAIL": "1"})
    assert failing.returncode != 0
