"""Profile facts (work format, relocation, languages, education, desired salary) and the market
distribution, in Russian and English. Every resume here is synthetic."""

import math
from datetime import date

import pytest

from worth.analysis.engine import DesiredSalary, LanguageSkill, analyze
from worth.analysis.engine.pricing import percentile_of, percentiles, quote
from worth.analysis.engine.profile import (
    find_desired_salary,
    find_education,
    find_languages,
    find_relocation,
    find_remote,
    find_stated_years,
)
from worth.analysis.market import load_market

TODAY = date(2025, 1, 15)

RU_RESUME = """Старший Python-разработчик
Москва, готов к переезду
Формат работы: удалённо
Желаемая зарплата: 350 000 руб. на руки

Опыт работы
Март 2017 — по настоящее время
ООО «Ромашка», Старший Python-разработчик
Ускорил обработку заказов на 40%.

Образование
2011 — 2016 Технический университет, магистр

Языки
Русский — родной
Английский — B2 — Средне-продвинутый

Навыки
Python, Django, PostgreSQL
"""

EN_RESUME = """Senior Backend Engineer
Location: Berlin, Germany
Open to hybrid work; not open to relocation.
Salary expectation: 90,000 EUR per year gross

Experience
Jan 2018 - Present
Acme GmbH, Senior Backend Engineer
Cut API latency by 30%.

Education
MSc Computer Science, Technical University

Languages: English (C1), Native Russian, German: basic

Skills
Go, Kubernetes, PostgreSQL
"""


def lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


# --- the new Analysis fields, end to end ----------------------------------------------------------


def test_a_russian_resume_states_its_profile() -> None:
    a = analyze(RU_RESUME, language="ru", today=TODAY)
    assert a.remote == "remote"
    assert a.relocation is True
    assert a.languages == (LanguageSkill("ru", "native"), LanguageSkill("en", "B2"))
    assert a.education == "master"
    assert a.desired_salary == DesiredSalary(350_000, "RUB", "month", "net")
    assert a.desired_percentile is not None and a.desired_percentile > 90
    advice = [r.text for r in a.recommendations if r.kind == "desired_salary"]
    assert len(advice) == 1 and "перцентил" in advice[0] and "выше медианы" in advice[0]


def test_an_english_resume_states_its_profile() -> None:
    a = analyze(EN_RESUME, language="en", today=TODAY)
    assert a.location is not None and (a.location.city, a.location.country) == ("Berlin", "DE")
    assert a.remote == "hybrid"
    assert a.relocation is False
    assert a.languages == (
        LanguageSkill("en", "C1"),
        LanguageSkill("ru", "native"),
        LanguageSkill("de", "A1"),
    )
    assert a.education == "master"
    assert a.desired_salary == DesiredSalary(90_000, "EUR", "year", "gross")
    # The German table is in USD: a EUR ask is not converted at a guessed exchange rate.
    assert a.desired_percentile is None
    assert any("no percentile" in line and "EUR" in line for line in a.explanation)
    advice = [r.text for r in a.recommendations if r.kind == "desired_salary"]
    assert len(advice) == 1 and "cannot be compared" in advice[0]


def test_a_resume_that_states_nothing_leaves_the_fields_empty(resume) -> None:
    a = analyze(resume("ru_frontend_junior_kazan"), language="ru", today=TODAY)
    assert (a.remote, a.relocation, a.languages, a.desired_salary, a.desired_percentile) == (
        None,
        None,
        (),
        None,
        None,
    )
    assert not [r for r in a.recommendations if r.kind == "desired_salary"]


def test_a_usd_ask_is_converted_to_the_tables_period_and_placed_in_it() -> None:
    text = "Backend Engineer\nLocation: Austin, TX\nExpected salary: $14,000 per month gross\n"
    a = analyze(text, language="en", today=TODAY)
    assert a.desired_salary == DesiredSalary(14_000, "USD", "month", "gross")
    pay = dict(a.market_percentiles)
    segment = quote(
        load_market(), market="US", city=None, market_role="backend", grade=a.grade, years=None
    )
    assert a.desired_percentile == percentile_of(168_000, segment)  # 14,000 x 12 a year
    assert (a.desired_percentile or 0) > 50 if 168_000 > pay[50] else True
    advice = next(r.text for r in a.recommendations if r.kind == "desired_salary")
    assert "percentile" in advice and "USD 168,000 a year before tax" in advice


def test_a_rouble_gross_ask_is_converted_to_net_at_the_flat_tax() -> None:
    net = analyze(RU_RESUME, language="ru", today=TODAY)
    gross = analyze(
        RU_RESUME.replace("350 000 руб. на руки", "402 299 руб. до вычета налогов"),
        language="ru",
        today=TODAY,
    )
    assert gross.desired_salary == DesiredSalary(402_299, "RUB", "month", "gross")
    assert gross.desired_percentile == pytest.approx(net.desired_percentile, abs=0.1)


def test_market_percentiles_are_the_band_read_as_lognormal_quartiles() -> None:
    a = analyze(RU_RESUME, language="ru", today=TODAY)
    pay = dict(a.market_percentiles)
    assert list(pay) == [10, 25, 50, 75, 90]
    assert pay[10] < pay[25] < pay[50] < pay[75] < pay[90]
    sigma = math.log(pay[75] / pay[50]) / 0.6745
    assert pay[90] == pytest.approx(pay[50] * math.exp(1.2816 * sigma), rel=0.01)
    # The candidate has 7.8 years against the senior grade's typical 7: a little above the middle.
    assert a.candidate_percentile is not None and 50 < a.candidate_percentile < 75
    assert any(line.startswith("Candidate percentile") for line in a.explanation)


def test_without_years_the_candidate_sits_at_the_segments_median() -> None:
    a = analyze("Тестировщик\nКазань\nНавыки: Postman, SQL", language="ru", today=TODAY)
    assert a.years_experience is None
    assert a.candidate_percentile == 50.0
    assert dict(a.market_percentiles)[50] == a.salary.median


def test_percentile_helpers_agree_with_each_other() -> None:
    q = quote(load_market(), market="US", city=None, market_role="qa", grade="middle", years=None)
    for p, pay in percentiles(q):
        assert percentile_of(pay, q) == pytest.approx(p, abs=1.0)
    assert percentile_of(q.low, q) == pytest.approx(25, abs=0.5)
    assert percentile_of(q.median * 100, q) == 99.9 and percentile_of(1, q) == 0.1


# --- the extractors on their own ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("График работы: полный день, удаленная работа", "remote"),
        ("Рассматриваю гибридный формат", "hybrid"),
        ("Работа в офисе", "office"),
        ("Fully remote", "remote"),
        ("Remote or on-site", "hybrid"),
        ("On-site only", "office"),
        ("Built a remote procedure call layer; Microsoft Office", None),
    ],
)
def test_work_format(text: str, expected: str | None) -> None:
    assert find_remote(lines(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Переезд: возможен", True),
        ("Готова к переезду", True),
        ("Не готов к переезду", False),
        ("Переезд: невозможен", False),
        ("Willing to relocate", True),
        ("Open to relocation", True),
        ("Not willing to relocate", False),
        ("Москва", None),
    ],
)
def test_relocation(text: str, expected: bool | None) -> None:
    assert find_relocation(lines(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Английский — B2", [("en", "B2")]),
        ("английский — свободный", [("en", "C1")]),
        ("Английский язык: B1 — Средний", [("en", "B1")]),
        ("Немецкий — базовые знания", [("de", "A1")]),
        ("English (C1)", [("en", "C1")]),
        ("Native Russian", [("ru", "native")]),
        ("Spanish: upper-intermediate", [("es", "B2")]),
        ("Languages: English, French", [("en", None), ("fr", None)]),
        ("Языки\nрусский\nанглийский", [("ru", None), ("en", None)]),
        ("Wrote Russian-language docs", []),
    ],
)
def test_languages(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(s.code, s.level) for s in find_languages(lines(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Образование: Высшее", "bachelor"),
        ("2008 — 2012 МГУ, бакалавр", "bachelor"),
        ("2010 — 2012 МГУ, магистр\n2006 — 2010 МГУ, бакалавр", "master"),
        ("МГТУ им. Баумана, специалист", "specialist"),
        ("Кандидат технических наук (к.т.н.)", "phd"),
        ("Среднее специальное, колледж связи", "vocational"),
        ("Среднее образование", "secondary"),
        ("BSc Computer Science", "bachelor"),
        ("MSc in Data Science", "master"),
        ("PhD, Physics", "phd"),
        ("Education: Master's Degree", "master"),
        ("Certified Scrum Master; Специалист по тестированию", None),
    ],
)
def test_education(text: str, expected: str | None) -> None:
    assert find_education(lines(text)) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Желаемая зарплата: 350 000 руб.", "ru", (350_000, "RUB", "month", None)),
        ("Ожидаемая зарплата от 300 000 ₽ на руки", "ru", (300_000, "RUB", "month", "net")),
        ("Желаемая зарплата\n250 тыс. руб. в месяц", "ru", (250_000, "RUB", "month", None)),
        ("Salary expectation: $120k/year", "en", (120_000, "USD", "year", None)),
        ("Expected salary: 5 000 EUR per month gross", "en", (5_000, "EUR", "month", "gross")),
        ("Desired salary: $9,500 net", "en", (9_500, "USD", "month", "net")),
        ("Expected salary: negotiable", "en", None),
        ("Expected salary: 100000", "en", None),  # no currency in an English resume
    ],
)
def test_desired_salary(text: str, language: str, expected: tuple | None) -> None:
    found = find_desired_salary(lines(text), language)
    got = (found.amount, found.currency, found.period, found.basis) if found else None
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Professional experience: 12 years", 12.0),
        ("Опыт работы — 7 лет 2 месяца", 7.2),
        ("8+ years of experience in backend development", 8.0),
        ("Опыт работы 11 месяцев", 0.9),
        ("Более 5 лет коммерческого опыта", 5.0),
        ("Опыт работы", None),
        ("Managed a team of 12 for 3 sprints", None),
    ],
)
def test_stated_years(text: str, expected: float | None) -> None:
    assert find_stated_years(lines(text)) == expected
