"""Fixes for what the evaluation found: US "City, ST" locations, mobile and manager titles,
experience stated in words, and a band that carries the uncertainty of derived figures.
Every resume here is synthetic."""

import math
from datetime import date

import pytest

from worth.analysis.engine import analyze
from worth.analysis.engine.experience import experience_curve, experience_model
from worth.analysis.engine.location import find_place
from worth.analysis.engine.pricing import quote, role_transfer
from worth.analysis.engine.roles import detect_role
from worth.analysis.market import load_market

TODAY = date(2025, 1, 15)


# (a) US "City, ST" --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "city", "country"),
    [
        ("Location: Redmond, WA", "Redmond", "US"),
        ("Austin, TX", "Austin", "US"),
        ("Boston, MA", "Boston", "US"),
        ("Seattle, WA", "Seattle", "US"),
        ("Kansas City, MO", "Kansas City", "US"),
        ("Indianapolis, IN, USA", "Indianapolis", "US"),
        ("Moscow, ID", "Moscow", "US"),  # the state code says Idaho
        ("Pune, IN, India", "Pune", "IN"),  # IN followed by another country is not Indiana
        ("London, EN, United Kingdom", "London", "GB"),
    ],
)
def test_us_city_state_locations(line: str, city: str, country: str) -> None:
    place = find_place([line])
    assert place is not None and (place.city, place.country) == (city, country)


@pytest.mark.parametrize(
    ("line", "slug"),
    [
        ("Location: Redmond, WA", "seattle"),  # priced as its metro area
        ("Mountain View, CA", "san_jose"),
        ("Vancouver, WA", "portland"),  # Portland-Vancouver-Hillsboro
        ("St. Louis, MO", "st_louis"),
        ("Portland, ME", "portland_me"),  # not Portland, OR
        ("Moscow, ID", "moscow_id"),  # not Moscow, Russia
    ],
)
def test_a_us_city_is_priced_as_its_metro_area(line: str, slug: str) -> None:
    place = find_place([line])
    assert place is not None and place.slug == slug


def test_a_skills_list_ending_in_a_state_code_is_not_a_place() -> None:
    assert find_place(["Python, Go, SQL, CA"]) is None


def test_a_us_location_prices_in_the_us_table() -> None:
    a = analyze("Backend Engineer\nLocation: Redmond, WA\n", language="en", today=TODAY)
    assert a.location is not None and (a.location.city, a.location.country) == ("Redmond", "US")
    assert a.market.segment.startswith("US / ") and a.salary.currency == "USD"


# (b) mobile titles, (c) manager titles ------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Software Engineer (iOS)", "mobile_developer"),
        ("Software Engineer (Android)", "mobile_developer"),
        ("Software Engineer (Mobile (iOS + Android))", "mobile_developer"),
        ("Mobile (iOS + Android)", "mobile_developer"),
        ("Android developer", "mobile_developer"),
        ("Разработчик под iOS", "mobile_developer"),
        ("Engineering Manager (Back-End)", "engineering_manager"),
        ("Software Engineering Manager (Distributed Systems (Back-End))", "engineering_manager"),
        ("Руководитель разработки, Back-End", "engineering_manager"),
        ("Head of Engineering, backend platform", "engineering_manager"),
        ("Product Manager (Android)", "product_manager"),
        ("Backend developer", "backend_developer"),
        ("Software Engineer", "software_developer"),
    ],
)
def test_titles(title: str, role: str) -> None:
    assert detect_role(title, [], []).role.id == role


def test_a_manager_title_in_the_latest_job_outranks_a_stack_word() -> None:
    titles = ["Руководитель разработки (Back-End)\nООО «Ромашка»", "Руководитель разработки"]
    assert detect_role("", titles, []).role.id == "engineering_manager"


# (d) experience stated in words -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "years", "grade"),
    [
        ("Backend Engineer\nProfessional experience: 12 years\n", "en", 12.0, "senior"),
        ("Backend Engineer\n8+ years of experience\n", "en", 8.0, "senior"),
        ("Python-разработчик\nОпыт работы — 7 лет 2 месяца\n", "ru", 7.2, "senior"),
        ("Python-разработчик\nОпыт работы — 1 год 6 месяцев\n", "ru", 1.5, "junior"),
    ],
)
def test_stated_years_are_used_without_dated_positions(
    text: str, language: str, years: float, grade: str
) -> None:
    a = analyze(text, language=language, today=TODAY)
    assert (a.years_experience, a.grade) == (years, grade)
    assert "as the resume states it in words" in a.explanation[0]
    assert "stated in words" in a.confidence_reason
    assert not [r for r in a.recommendations if r.kind == "dates"]
    undated = analyze(text.split("\n")[0], language=language, today=TODAY)
    assert undated.years_experience is None and a.confidence > undated.confidence
    dated = analyze(text + "Mar 2017 - Present\n", language=language, today=TODAY)
    assert a.confidence < dated.confidence  # words are trusted less than dates


def test_dated_positions_win_over_stated_years() -> None:
    text = "Backend Engineer\n15 years of experience\nMar 2020 - Feb 2022\n"
    assert analyze(text, language="en", today=TODAY).years_experience == 2.0


# (e) the band -------------------------------------------------------------------------------------


def test_band_width_components_come_from_the_tables() -> None:
    tables = load_market()
    model = experience_model(tables)
    assert 0.10 < model.spread < 0.13
    assert 0.12 < role_transfer(tables).spread < 0.18
    us = experience_curve(tables, "US")  # no US grade ladder: the within-country slope
    assert us.grade_spread("senior") == pytest.approx(model.slope * 4 / math.sqrt(12))
    assert us.grade_spread("intern") < us.grade_spread("junior") < us.grade_spread("middle")


def _half_width(low: int, high: int) -> float:
    return math.log(high / low) / 2


def test_a_carried_over_figure_has_a_wider_band_than_a_published_row() -> None:
    tables = load_market()
    own = quote(tables, market="US", city=None, market_role="backend", grade="senior", years=7)
    carried = quote(
        tables, market="RU", city="moscow", market_role="backend", grade="senior", years=7
    )
    model = experience_model(tables)
    assert _half_width(own.low, own.high) == pytest.approx(model.spread, abs=0.01)
    expected = math.hypot(model.spread, role_transfer(tables).spread)
    assert _half_width(carried.low, carried.high) == pytest.approx(expected, abs=0.01)
    assert "role offsets between countries" in " ".join(carried.explanation)


def test_unknown_years_widen_the_band_by_the_grades_year_range() -> None:
    tables = load_market()
    known = quote(tables, market="US", city=None, market_role="qa", grade="senior", years=7)
    unknown = quote(tables, market="US", city=None, market_role="qa", grade="senior", years=None)
    model = experience_model(tables)
    expected = math.hypot(model.spread, experience_curve(tables, "US").grade_spread("senior"))
    assert _half_width(unknown.low, unknown.high) == pytest.approx(expected, abs=0.01)
    assert _half_width(unknown.low, unknown.high) > _half_width(known.low, known.high)
