from __future__ import annotations

import pytest

from worth.resume.documents import detect_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Опыт работы: разработка сервисов на Python и Go, руководство командой", "ru"),
        # Russian resumes are full of English tool names; the Russian function words decide
        ("Разработка на Python, Django, FastAPI, PostgreSQL, Kafka, Kubernetes, Docker, Redis, "
         "gRPC, Terraform, AWS и GCP для платформы", "ru"),
        ("Senior data engineer with 9 years of experience building pipelines for retail", "en"),
        ("Led a team of 6 engineers and migrated the warehouse to Snowflake", "en"),
        # same script, other languages
        ("Досвід роботи: розробка сервісів на Python, керівництво командою і підтримка", "unknown"),
        ("Erfahrener Entwickler mit Kenntnissen in Java und Python, verantwortlich für", "unknown"),
        # too little to tell
        ("Python, Django, PostgreSQL", "unknown"),
        ("Иван Петров", "unknown"),
        ("2018–2020 +7 900 123-45-67", "unknown"),
        ("", "unknown"),
    ],
)  # fmt: skip
def test_detect_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected
