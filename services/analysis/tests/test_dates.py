from datetime import date

import pytest

from worth.analysis.engine.dates import Period, find_ranges, merge, month_index, years_of
from worth.analysis.engine.text import layout


@pytest.mark.parametrize(
    ("text", "start", "months"),
    [
        ("янв. 2019 — по настоящее время", (2019, 1), 73),
        ("Январь 2019 — настоящее время", (2019, 1), 73),
        ("Сентябрь 2019 —\nнастоящее время\n5 лет 4 месяца", (2019, 9), 65),
        ("с марта 2017 г. по декабрь 2018 г.", (2017, 3), 22),
        ("03.2018–05.2020", (2018, 3), 27),
        ("2015 — н.в.", (2015, 7), 115),
        ("2020 – наст. время", (2020, 7), 55),
        ("Jan 2019 – Present", (2019, 1), 73),
        ("January 2020 to March 2021", (2020, 1), 15),
        ("01/2021 - now", (2021, 1), 49),
        ("2019-03 – 2020-05", (2019, 3), 15),
        ("2016-2018", (2016, 7), 24),
    ],
)
def test_reads_every_date_form(text: str, start: tuple[int, int], months: int, today: date):
    # Months count inclusively (Jan 2019 – Jan 2025 is 73); a bare year stands for its July.
    [found] = find_ranges(text, today)
    assert found.period.start == month_index(*start)
    assert found.period.months == months


def test_present_follows_the_given_today():
    a_year_later = find_ranges("Jan 2019 – Present", date(2026, 1, 15))
    now = find_ranges("Jan 2019 – Present", date(2025, 1, 15))
    assert a_year_later[0].period.months - now[0].period.months == 12


def test_future_end_dates_are_clipped_to_today(today: date):
    [found] = find_ranges("03.2024 – 12.2030", today)
    assert found.period.end == month_index(today.year, today.month) + 1


@pytest.mark.parametrize(
    "text",
    ["Родилась в 1990 году", "опыт 5 лет 2 месяца", "тел. 2016 доб. 15", "Python 3.11, 2023"],
)
def test_ignores_years_that_are_not_ranges(text: str, today: date):
    assert find_ranges(text, today) == []


def test_overlapping_and_touching_jobs_count_once(today: date):
    text = "03.2016–12.2018\n06.2018–09.2018 (side project)\n01.2019 – present"
    periods = [r.period for r in find_ranges(text, today)]
    naive = sum(p.months for p in periods) / 12
    # Mar 2016 .. Jan 2025 inclusive, once.
    assert years_of(periods) == pytest.approx(107 / 12)
    assert years_of(periods) < naive


def test_gaps_between_jobs_are_not_counted():
    first, second = Period(0, 12), Period(24, 36)
    assert merge([second, first]) == [first, second]
    assert years_of([first, second]) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Опыт работы\n2019 — 2021\nООО Ромашка\nОбразование\n2010 — 2015\nГосуниверситет",
        "2019 — 2021 ООО Ромашка\n2010 — 2015 Университет, бакалавр",  # no headings at all
        "Experience\n2019 - 2021 Acme\nCourses\n2022 - 2023 Online data course",
    ],
)
def test_education_dates_are_not_experience(text: str, today: date):
    ranges = find_ranges(layout(text, ()).work, today)
    assert years_of(r.period for r in ranges) == 2


def test_a_given_experience_section_is_the_only_source(today: date):
    text = "2001 — 2020 something unrelated\nОпыт: 2019 — 2021"
    work = layout(text, [("experience", "2019 — 2021 ООО Ромашка")]).work
    assert years_of(r.period for r in find_ranges(work, today)) == 2
