from __future__ import annotations

from worth.resume.documents import Section, split_sections

RU = """Петров Пётр
Москва

О СЕБЕ
Люблю распределённые системы.

Опыт работы —6 лет 3 месяца
ООО «Ромашка», 2018–2024
Опыт использования Kafka в продакшене

Ключевые навыки:
Python, Kafka

Образование
МГУ, 2017

Знание языков
Английский — C1"""

EN = """Jane Roe
Profile
Backend engineer.
WORK HISTORY
Acme Corp (2019 - 2024)
Experience with Kafka and Redis
Skills: Go, Rust, SQL
Education
MIT, 2018
Hobbies
Chess"""


def test_russian_headings() -> None:
    assert split_sections(RU) == (
        Section("other", "Петров Пётр\nМосква"),
        Section("summary", "Люблю распределённые системы."),
        # the heading's tail ("6 лет 3 месяца") belongs to the section; "Опыт использования"
        # inside it is not a heading
        Section(
            "experience",
            "6 лет 3 месяца\nООО «Ромашка», 2018–2024\nОпыт использования Kafka в продакшене",
        ),
        Section("skills", "Python, Kafka"),
        Section("education", "МГУ, 2017"),
        Section("other", "Английский — C1"),  # a known heading ends education
    )


def test_english_headings_and_inline_content() -> None:
    assert [(s.name, s.text) for s in split_sections(EN)] == [
        ("other", "Jane Roe"),
        ("summary", "Backend engineer."),
        ("experience", "Acme Corp (2019 - 2024)\nExperience with Kafka and Redis"),
        ("skills", "Go, Rust, SQL"),
        ("education", "MIT, 2018"),
        ("other", "Chess"),
    ]


def test_text_without_headings_is_one_other_section() -> None:
    assert split_sections("Just some text\nwith lines") == (
        Section("other", "Just some text\nwith lines"),
    )


def test_empty_sections_are_left_out() -> None:
    assert split_sections("Skills\nEducation\nHarvard") == (Section("education", "Harvard"),)
