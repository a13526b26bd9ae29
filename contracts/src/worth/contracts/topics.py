"""Kafka topic names. Each event type has its own topic, named like the event itself."""

from typing import Final

RESUME_UPLOADED: Final = "resume.uploaded"
RESUME_PARSED: Final = "resume.parsed"
ANALYSIS_COMPLETED: Final = "analysis.completed"
EMAIL_REQUESTED: Final = "email.requested"
RESUME_DELETED: Final = "resume.deleted"

ALL_TOPICS: Final = (
    RESUME_UPLOADED,
    RESUME_PARSED,
    ANALYSIS_COMPLETED,
    EMAIL_REQUESTED,
    RESUME_DELETED,
)


def dlq(topic: str) -> str:
    """The dead-letter topic where poison messages from `topic` are parked."""
    return f"{topic}.dlq"
