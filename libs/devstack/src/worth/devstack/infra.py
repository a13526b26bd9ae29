"""All of Worth's infrastructure as local processes: broker, PostgreSQL, Redis, SMTP sink."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from worth.devstack._process import Server, run_sync
from worth.devstack.kafka import KafkaBroker
from worth.devstack.postgres import Postgres
from worth.devstack.redis_server import Redis
from worth.devstack.smtp_sink import SmtpSink
from worth.devstack.topics import DEFAULT_TOPICS_FILE, create_topics, load_topic_specs

DATABASES = ("auth_db", "emails_db", "resumes_db", "analysis_db")


class EmbeddedInfra(Server):
    """Starts the four servers under `root` (kafka/, postgres/, redis/, mail/) with the
    databases and topics the services expect; `env()` tells the services where they are.

    `durable=True` for development (PostgreSQL fsyncs; its data persists across restarts),
    `durable=False` for tests and benchmarks.
    """

    def __init__(
        self, root: Path, durable: bool = True, *, topics_file: Path = DEFAULT_TOPICS_FILE
    ) -> None:
        super().__init__()
        self.root = Path(root).resolve()
        self.topic_specs = load_topic_specs(topics_file)
        self.broker = KafkaBroker(self.root / "kafka")
        self.postgres = Postgres(self.root / "postgres", durable=durable)
        self.redis = Redis(self.root / "redis")
        self.smtp = SmtpSink(self.root / "mail")

    def _start(self) -> None:
        # Each server starts in its own thread: PostgreSQL's first initdb takes the longest.
        with ThreadPoolExecutor(4) as pool:
            futures = [
                pool.submit(self._start_broker),
                pool.submit(self._start_postgres),
                pool.submit(self.redis.start),
                pool.submit(self.smtp.start),
            ]
        for future in futures:
            future.result()  # re-raise the first failure; _stop then stops the rest

    def _start_broker(self) -> None:
        self.broker.start()
        run_sync(create_topics(self.broker.bootstrap_servers, self.topic_specs))

    def _start_postgres(self) -> None:
        self.postgres.start()
        for database in DATABASES:
            self.postgres.create_database(database)

    def _stop(self) -> None:
        for server in (self.smtp, self.redis, self.postgres, self.broker):
            server.stop()

    def env(self) -> dict[str, str]:
        """Settings for the services, as environment variables."""
        env = {
            "WORTH_KAFKA_BOOTSTRAP_SERVERS": self.broker.bootstrap_servers,
            "WORTH_REDIS_URL": self.redis.url,
            "WORTH_SMTP_HOST": self.smtp.host,
            "WORTH_SMTP_PORT": str(self.smtp.port),
            "WORTH_POSTGRES_URL": self.postgres.url,
        }
        for database in DATABASES:
            env[f"WORTH_{database.upper()}_URL"] = self.postgres.asyncpg_url(database)
        return env
