import json
import re
import time
from collections.abc import Callable
from datetime import date

import pytest

from worth.analysis.engine import ANALYZER_NAME, ANALYZER_VERSION, Analysis, analyze
from worth.analysis.market import load_market

Resume = Callable[[str], str]
CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)
UNITS = {"RU": ("RUB", "month", "net")}

# name, language, role, grade, years (counted by hand), city, country
CASES = [
    ("ru_backend_senior_moscow", "ru", "backend_developer", "senior", 8.9, "Moscow", "RU"),
    ("ru_frontend_junior_kazan", "ru", "frontend_developer", "junior", 1.4, "Kazan", "RU"),
    ("ru_qa_middle_spb", "ru", "qa_engineer", "middle", 4.6, "St Petersburg", "RU"),
    ("ru_analyst_intern_novosibirsk", "ru", "data_analyst", "intern", None, "Novosibirsk", "RU"),
    ("en_devops_lead_berlin", "en", "devops_engineer", "lead", 12.1, "Berlin", "DE"),
    ("en_data_scientist_london", "en", "data_scientist", "senior", 6.4, "London", "GB"),
    ("en_product_manager_new_york", "en", "product_manager", "senior", 11.6, "New York", "US"),
    ("en_mobile_bengaluru", "en", "mobile_developer", "middle", 3.8, "Bengaluru", "IN"),
    ("en_accountant", "en", "accountant", "senior", 8.0, None, None),
]


def run(text: str, today: date, language: str = "ru") -> Analysis:
    return analyze(text, language=language, today=today)


@pytest.mark.parametrize(("name", "language", "role", "grade", "years", "city", "country"), CASES)
def test_synthetic_resumes(
    resume: Resume, today: date, name, language, role, grade, years, city, country
):
    a = run(resume(name), today, language)
    assert (a.analyzer_name, a.analyzer_version) == (ANALYZER_NAME, ANALYZER_VERSION)
    assert (a.role.id, a.grade) == (role, grade)
    if years is not None:
        assert a.years_experience == pytest.approx(years)
    place = (a.location.city, a.location.country) if a.location else (None, None)
    assert place == (city, country)
    market = country if country in {"RU", "US", "DE", "GB", "IN", "UA"} else "GLOBAL"
    expected_unit = UNITS.get(market, ("USD", "year", "gross"))
    assert (a.salary.currency, a.salary.period, a.salary.basis) == expected_unit
    assert a.market.segment.startswith(market + " / ")
    assert 0 < a.salary.low <= a.salary.median <= a.salary.high
    assert 0 < a.confidence <= 1 and a.confidence_reason
    json.dumps(a.as_dict(), ensure_ascii=False)  # the service stores it as JSON


@pytest.mark.parametrize("case", CASES, ids=[case[0] for case in CASES])
def test_every_analysis_names_existing_market_rows(resume: Resume, today: date, case):
    a = run(resume(case[0]), today, case[1])
    by_id = load_market().by_id
    assert a.market.rows and all(row in by_id for row in a.market.rows)
    explained = " ".join(a.explanation)
    assert all(row in explained for row in a.market.rows)
    primary = by_id[a.market.rows[0]]
    assert a.market.period == primary.provenance.period
    assert primary.provenance.source in a.market.source


@pytest.mark.parametrize("case", CASES, ids=[case[0] for case in CASES])
def test_recommendations_speak_the_resume_language(resume: Resume, today: date, case):
    a = run(resume(case[0]), today, case[1])
    assert a.recommendations and a.language == case[1]
    for rec in a.recommendations:
        assert bool(CYRILLIC.search(rec.text)) == (case[1] == "ru"), rec.text


def test_unknown_language_is_detected_from_the_script(resume: Resume, today: date):
    a = run(resume("ru_qa_middle_spb"), today, "unknown")
    assert a.language == "ru" and all(CYRILLIC.search(r.text) for r in a.recommendations)


TEMPLATE = """{title}
Город: {city}
Опыт работы
{dates}
ООО «Вектор»
{title}
Разработка сервисов на Python и PostgreSQL, ускорили отчёты на 30%.
Навыки
Python, Django, PostgreSQL
"""


def test_salary_rises_with_grade_in_one_segment(today: date):
    medians = [
        run(TEMPLATE.format(title=f"{g} Python-разработчик", city="Москва", dates=""), today)
        for g in ("Junior", "Middle", "Senior")
    ]
    assert [a.grade for a in medians] == ["junior", "middle", "senior"]
    assert len({a.market.segment.rsplit(" / ", 1)[0] for a in medians}) == 1
    assert medians[0].salary.median < medians[1].salary.median < medians[2].salary.median


def test_salary_rises_with_experience(today: date):
    short, long = (
        run(TEMPLATE.format(title="Python-разработчик", city="Москва", dates=d), today)
        for d in ("03.2022 — по настоящее время", "03.2017 — по настоящее время")
    )
    assert (short.grade, long.grade) == ("middle", "senior")
    assert long.salary.median > short.salary.median


def test_moscow_pays_more_than_another_russian_city(today: date):
    moscow, samara = (
        run(TEMPLATE.format(title="Senior Python-разработчик", city=c, dates=""), today)
        for c in ("Москва", "Самара")
    )
    assert moscow.salary.median > samara.salary.median
    assert "Moscow" in moscow.market.segment and "other cities" in samara.market.segment


def test_a_stated_location_outranks_the_resume_language(today: date):
    text = TEMPLATE.format(title="Senior Python-разработчик", city="Берлин", dates="")
    berlin = run(text, today)
    assert berlin.market.segment.startswith("DE / ") and berlin.salary.currency == "USD"
    assert berlin.language == "ru"  # advice still in Russian
    moscow_in_english = run("Senior Python Developer\nMoscow\nSkills\nPython", today, "en")
    assert moscow_in_english.salary.currency == "RUB"


def test_russian_resume_without_location_uses_all_of_russia(today: date):
    a = run(TEMPLATE.format(title="Python-разработчик", city="не указан", dates=""), today)
    assert a.location is None and a.market.segment.startswith("RU / all cities / ")
    assert "location" in {r.kind for r in a.recommendations}


def test_gaps_in_the_resume_turn_into_recommendations(today: date):
    bare = run("Разработчик\nПисал код на Python и Django", today)
    kinds = {r.kind for r in bare.recommendations}
    assert bare.years_experience is None
    assert {"dates", "skills_section", "results", "location"} <= kinds
    full = run(
        TEMPLATE.format(title="Python-разработчик", city="Москва", dates="2019 — н.в."), today
    )
    assert not {"dates", "skills_section", "results", "location"} & {
        r.kind for r in full.recommendations
    }


@pytest.mark.parametrize(
    "line", ["Навыки: Python, Django", "Skills — Go, SQL", "Tools: Python, Git"]
)
def test_a_one_line_skills_section_is_a_skills_section(line: str, today: date):
    a = run(f"Python-разработчик\nМосква\n2019 — н.в. Писал сервисы\n{line}\n", today)
    assert "skills_section" not in {r.kind for r in a.recommendations}


def test_next_grade_advice_quotes_the_next_grade_median(today: date):
    a = run(TEMPLATE.format(title="Middle Python-разработчик", city="Москва", dates=""), today)
    senior = run(TEMPLATE.format(title="Senior Python-разработчик", city="Москва", dates=""), today)
    [advice] = [r.text for r in a.recommendations if r.kind == "next_grade"]
    assert f"{senior.salary.median:,}".replace(",", " ") in advice


@pytest.mark.parametrize("extra", ["", "Scala, Rust, Go"])
def test_premium_skill_advice_is_about_skills_the_resume_lacks(
    resume: Resume, today: date, extra: str
):
    a = run(resume("ru_backend_senior_moscow") + extra, today)
    held = {s.name for s in a.skills}
    suggested = [r.text for r in a.recommendations if r.text.startswith("Навык ")]
    assert suggested
    for text in suggested:
        assert text.split(":")[0].removeprefix("Навык ") not in held
    # The best-paid skill the resume already has is pointed out instead.
    praised = [r.text for r in a.recommendations if "платят выше рынка" in r.text]
    assert len(praised) == 1 and praised[0].split(" — ")[0] in held


def test_a_non_it_role_outside_the_us_is_carried_over_from_us_wages_and_says_so(
    resume: Resume, today: date
):
    accountant = run(resume("en_accountant"), today, "en")
    developer = run(resume("en_mobile_bengaluru"), today, "en")
    assert accountant.location is None or accountant.location.country != "US"
    assert "bls24-us-accountants-auditors" in accountant.market.rows
    assert "bls24-us-computer-occupations" in accountant.market.rows
    assert any("no row for Accountant" in r.text for r in accountant.recommendations)
    assert "carried over from US wages" in accountant.confidence_reason
    assert accountant.confidence < developer.confidence


def test_a_us_accountant_is_priced_from_the_bls_row(today: date):
    text = "Senior Accountant\nChicago, IL\nExperience\nJan 2016 – Present\nAcme, Accountant\n"
    a = run(text, today, "en")
    assert a.role.id == "accountant" and a.market.rows[0] == "bls24-us-accountants-auditors"
    assert (a.salary.currency, a.salary.period, a.salary.basis) == ("USD", "year", "gross")
    # Within the published quartiles of all US accountants (p25 64,660 .. p75 106,450).
    assert 64660 <= a.salary.median <= 106450
    assert "carried over" not in a.confidence_reason


def test_analysis_is_deterministic(resume: Resume, today: date):
    text = resume("en_devops_lead_berlin")
    assert run(text, today, "en") == run(text, today, "en")


@pytest.mark.parametrize("case", CASES, ids=[case[0] for case in CASES])
def test_well_under_100_ms_per_resume(resume: Resume, today: date, case):
    text = resume(case[0]) * 5  # a long resume
    run(text, today, case[1])
    best = min(_timed(lambda: run(text, today, case[1])) for _ in range(3))
    assert best < 0.1


def _timed(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start
