from __future__ import annotations

import pytest

from worth.resume.documents import redact_contacts

RU_CONTACTS = """Смирнова Анастасия Игоревна
Москва, ул. Садовая-Черногрязская, д. 5, кв. 12
Телефон: +7 (900) 123-45-67, 8 912 345 67 89, 8-912-345-67-89, 89123456789
Email: a.smirnova@example.com
Telegram: @smirnova_dev, t.me/smirnova_dev
GitHub: github.com/asmirnova-example; vk.com/id12345
hh.ru/resume/0a1b2c3d4e5f6a7b8c9d
Сайт: smirnova.dev
Санкт-Петербург, Невский пр-т, 28 | готова к переезду"""

RU_REDACTED = """Смирнова Анастасия Игоревна
Москва, [address]
Телефон: [phone], [phone], [phone], [phone]
Email: [email]
Telegram: [handle], [link]
GitHub: [link]; [link]
[link]
Сайт: [link]
Санкт-Петербург, [address] | готова к переезду"""

EN_CONTACTS = """Daniel Whitmore
221 Harbor Street, Apt 4B, Portland, OR 97201
Phone: +1 (503) 555-0147 | Mobile: +44 20 7946 0958 | (415) 555-0132
Email: daniel.whitmore+jobs@mail.example.co.uk
linkedin.com/in/daniel-whitmore-example | https://whitmore.example.dev/cv?lang=en.
Twitter: @dwhitmore"""

EN_REDACTED = """Daniel Whitmore
[address], Portland, OR 97201
Phone: [phone] | Mobile: [phone] | [phone]
Email: [email]
[link] | [link].
Twitter: [handle]"""


def test_russian_contact_block() -> None:
    assert redact_contacts(RU_CONTACTS) == RU_REDACTED


def test_english_contact_block() -> None:
    assert redact_contacts(EN_CONTACTS) == EN_REDACTED


@pytest.mark.parametrize(
    "text",
    [
        "ООО «Северный ветер», 2018–2020; АО «Глобус», 2015-2018, 01.2019 — 12.2021",
        "Ожидаемая зарплата: 150 000 - 200 000 руб., сейчас 180000 руб.; бонус +15 000",
        "Salary expectation: $150,000 - $170,000 (or 12 500 000 RUB per year)",
        "Python 3.11, PostgreSQL 15.4, Django 4.2.7, ISO 9001:2015, v2.3.4, 99.95% uptime",
        "Сократил время ответа на 35% (с 1200 до 300 мс), 2 000 000 запросов в сутки",
        "Java, Spring (@Transactional, @Override), socket.io, Node.js/React, ASP.NET/MVC",
        "Работала в Mail.ru Group и Ozon.ru, и т.д.; стр. 5; пер. с англ.",
        "Москва, готова к переезду в Санкт-Петербург",
        "Managed 12 people across 3 time zones; 2015 - 2018 2019 2020",
        "Запуск продукта во 2 кв. 2021 года; д.т.н. Иванов; ИНН 7712345678",
        "Winner of the 2019 Best Place to Work award; Product Roadmap 2022",
    ],
)
def test_work_history_salaries_and_versions_survive(text: str) -> None:
    assert redact_contacts(text) == text


def test_redaction_is_idempotent_and_names_stay() -> None:
    once = redact_contacts(RU_CONTACTS + "\n" + EN_CONTACTS)
    assert redact_contacts(once) == once
    for contact in ("45-67", "0147", "smirnova_dev", "asmirnova", "dwhitmore", "Садовая", "Harbor"):
        assert contact not in once
    assert "Смирнова Анастасия Игоревна" in once and "Daniel Whitmore" in once
