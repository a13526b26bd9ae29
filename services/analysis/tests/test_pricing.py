import csv
import math
from pathlib import Path

import pytest

from worth.analysis.engine.experience import (
    experience_curve,
    experience_model,
    grade_middle,
    latest,
)
from worth.analysis.engine.pricing import POOLED_REFERENCE_YEARS, quote, role_transfer
from worth.analysis.market import MarketTables, load_market, load_market_from
from worth.analysis.market.loader import PAY_COLUMNS

TABLES = load_market()


def price(market: str, role: str | None, grade: str, city: str | None = None, years=None):
    return quote(TABLES, market=market, city=city, market_role=role, grade=grade, years=years)


def write_table(directory: Path, rows: list[dict[str, object]]) -> MarketTables:
    """A pay table built for one test, loaded through the real loader."""
    base = {
        "grade": "*",
        "city": "*",
        "currency": "USD",
        "pay_period": "year",
        "basis": "gross",
        "low": "",
        "high": "",
        "mean_years": "",
        "sample_size": "",
        "category": "test",
        "source": "test",
        "publication": "test",
        "url": "test",
        "period": "2024",
        "metric": "test",
        "licence": "test",
    }
    with (directory / "test_pay.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=PAY_COLUMNS)
        writer.writeheader()
        writer.writerows({**base, **row} for row in rows)
    return load_market_from(directory)


def test_experience_slope_is_recovered_from_the_salary_vs_years_table(tmp_path: Path):
    # Medians on an exact 10 %/year line; a student row far off it must not bend the fit.
    rows: list[dict[str, object]] = [
        {
            "id": f"r{x}",
            "market": "GLOBAL",
            "role": role,
            "median": round(40000 * math.exp(0.1 * x)),
            "mean_years": x,
            "sample_size": n,
        }
        for x, role, n in (
            (2, "qa", 100),
            (5, "backend", 400),
            (9, "devops", 50),
            (14, "executive", 20),
        )
    ]
    rows.append(
        {
            "id": "s",
            "market": "GLOBAL",
            "role": "student",
            "median": 90000,
            "mean_years": 1,
            "sample_size": 500,
        }
    )
    model = experience_model(write_table(tmp_path, rows))
    assert model.slope == pytest.approx(0.1, abs=1e-4)
    assert model.r2 == pytest.approx(1.0, abs=1e-6)
    assert len(model.rows) == 4


def test_a_person_is_priced_on_the_slope_inside_a_country(tmp_path: Path):
    # Two countries whose DevTypes each pay 5 %/year more per year of their people's experience;
    # the veterans' DevType is common in the rich country, so the global medians, which mix
    # the two, rise much faster. The slope a person is priced on is the within-country one.
    years = {"qa": 4, "backend": 8, "executive": 12}
    levels = {"DE": 2.0, "IN": 0.4}
    rows: list[dict[str, object]] = []
    for role, x in years.items():
        rows += [
            {
                "id": f"{market}-{role}",
                "market": market,
                "role": role,
                "median": round(50000 * level * math.exp(0.05 * x)),
                "sample_size": 100,
            }
            for market, level in levels.items()
        ]
        rich_share = x / 16  # veterans work mostly in the rich country
        rows.append(
            {
                "id": f"g-{role}",
                "market": "GLOBAL",
                "role": role,
                "median": round(
                    50000 * math.exp(0.05 * x) * 2.0**rich_share * 0.4 ** (1 - rich_share)
                ),
                "mean_years": x,
                "sample_size": 100,
            }
        )
    model = experience_model(write_table(tmp_path, rows))
    assert model.slope == pytest.approx(0.05, abs=1e-3)
    assert model.survey_slope == pytest.approx(0.05 + math.log(2.0 / 0.4) / 16, abs=1e-3)


def test_shipped_slope_says_pay_rises_with_experience():
    model = experience_model(TABLES)
    assert 0 < model.slope < 0.2 and model.r2 > 0.3
    assert model.max_years == max(row.mean_years or 0 for row in model.rows)


@pytest.mark.parametrize(("market", "city"), [("RU", "moscow"), ("US", None), ("GLOBAL", None)])
def test_higher_grades_pay_more_in_the_same_segment(market: str, city: str | None):
    medians = [
        price(market, "backend", grade, city).median
        for grade in ("intern", "junior", "middle", "senior", "lead", "principal")
    ]
    assert medians == sorted(medians) and len(set(medians)) == len(medians)


def test_more_years_within_a_grade_pay_more():
    assert (
        price("RU", "backend", "senior", "moscow", 8).median
        > price("RU", "backend", "senior", "moscow", 5).median
    )


def test_pooled_russian_rows_take_role_offsets_from_the_global_table_compressed():
    ru = {role: price("RU", role, "senior", "moscow").median for role in ("sre", "frontend")}
    assert ru["sre"] > ru["frontend"]
    # The global offsets are compressed, and each role's experience mix moves the pooled row's
    # reference along Russia's own curve.
    glob = {r.role: r for r in latest(TABLES.pay, "GLOBAL")}
    centre = experience_model(TABLES).centre_years

    def reference(role: str) -> float:
        return POOLED_REFERENCE_YEARS["RU"] + (glob[role].mean_years or centre) - centre

    offset = (glob["sre"].median / glob["frontend"].median) ** role_transfer(TABLES).beta
    mix = experience_curve(TABLES, "RU").factor(reference("frontend"), reference("sre"))
    assert ru["sre"] / ru["frontend"] == pytest.approx(offset * mix, rel=0.02)


def test_shipped_role_offsets_are_compressed_inside_countries():
    transfer = role_transfer(TABLES)
    assert set(transfer.markets) >= {"US", "DE", "GB"}
    assert 0.5 < transfer.beta < 0.8
    assert 0.10 < transfer.spread < 0.18


def test_within_country_compression_is_recovered_from_country_rows(tmp_path: Path):
    # Two countries whose DevType medians spread exactly half as far (in logs) as the global
    # ones, at different levels: beta is 0.5, the levels drop out and nothing is left over.
    global_medians = {"qa": 40000, "backend": 60000, "devops": 90000}
    rows: list[dict[str, object]] = [
        {
            "id": f"g-{role}",
            "market": "GLOBAL",
            "role": role,
            "median": median,
            "mean_years": years,
            "sample_size": 100,
        }
        for (role, median), years in zip(global_medians.items(), (3, 6, 9), strict=True)
    ]
    for market, level in (("DE", 1.3), ("IN", 0.25)):
        rows += [
            {
                "id": f"{market}-{role}",
                "market": market,
                "role": role,
                "median": round(level * math.sqrt(median * 60000)),
                "sample_size": 50,
            }
            for role, median in global_medians.items()
        ]
    transfer = role_transfer(write_table(tmp_path, rows))
    assert transfer.markets == ("DE", "IN")
    assert transfer.beta == pytest.approx(0.5, abs=1e-3)
    assert transfer.spread == pytest.approx(0.0, abs=1e-3)


def test_moscow_pays_more_than_st_petersburg_and_other_cities():
    moscow, spb, kazan = (
        price("RU", "qa", "middle", city) for city in ("moscow", "saint_petersburg", "kazan")
    )
    assert moscow.median > spb.median > kazan.median
    assert kazan.primary.city == "other"  # a city without its own row is "other cities"
    assert price("RU", "qa", "middle").primary.city == "*"  # no city: all of Russia


@pytest.mark.parametrize(
    ("market", "unit"),
    [
        ("RU", ("RUB", "month", "net")),
        ("US", ("USD", "year", "gross")),
        ("DE", ("USD", "year", "gross")),
        ("GLOBAL", ("USD", "year", "gross")),
    ],
)
def test_currency_period_and_basis_follow_the_market(market: str, unit: tuple[str, str, str]):
    q = price(market, "backend", "middle")
    assert (q.currency, q.pay_period, q.basis) == unit
    assert q.low <= q.median <= q.high


def test_russian_rows_come_from_the_newest_period():
    newest = latest(TABLES.pay, "RU")[0].provenance.period
    periods = {row.provenance.period for row in TABLES.pay if row.market == "RU"}
    assert len(periods) > 1 and newest == max(periods)
    assert price("RU", "backend", "senior", "moscow").primary.provenance.period == newest


def test_a_country_without_the_role_scales_the_global_row():
    de, world = price("DE", "qa", "middle"), price("GLOBAL", "qa", "middle")
    assert "country_level" in de.derived
    assert "so24-global-qa" in {row.id for row in de.rows}
    # Germany's published DevType medians sit above the global ones, and so does the estimate.
    assert de.median > world.median


def test_a_role_without_any_row_falls_back_to_the_overall_level():
    ru = price("RU", None, "middle", "moscow")
    assert ru.primary.role == "*" and "no_role_row" in ru.derived
    assert set(ru.rows) == {ru.primary, *experience_curve(TABLES, "RU").rows}  # + the ladder
    world = price("GLOBAL", None, "middle")
    assert "no_role_row" in world.derived and world.sample_size and world.sample_size > 20000


def test_a_published_grade_row_is_used_as_is_with_its_quartiles(tmp_path: Path):
    rows = _with_global(
        [
            {
                "id": "ru-all",
                "market": "RU",
                "role": "*",
                "city": "moscow",
                "currency": "RUB",
                "pay_period": "month",
                "basis": "net",
                "median": 200000,
                "period": "2025-H2",
            },
            {
                "id": "ru-backend-senior",
                "market": "RU",
                "role": "backend",
                "grade": "senior",
                "city": "moscow",
                "currency": "RUB",
                "pay_period": "month",
                "basis": "net",
                "low": 250000,
                "median": 300000,
                "high": 360000,
                "period": "2025-H2",
            },
        ]
    )
    tables = write_table(tmp_path, rows)
    senior = quote(
        tables, market="RU", city="moscow", market_role="backend", grade="senior", years=None
    )
    assert (senior.low, senior.median, senior.high) == (250000, 300000, 360000)
    assert senior.rows[0].id == "ru-backend-senior" and not senior.derived
    middle = quote(
        tables, market="RU", city="moscow", market_role="backend", grade="middle", years=None
    )
    assert middle.primary.id == "ru-all" and "role_from_global" in middle.derived


def _ru(row_id: str, median: int, **dims: object) -> dict[str, object]:
    return {
        "id": row_id,
        "market": "RU",
        "role": "*",
        "currency": "RUB",
        "pay_period": "month",
        "basis": "net",
        "median": median,
        "period": "2025-H2",
        **dims,
    }


def _with_global(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    glob = [
        {
            "id": f"so-{r.role}",
            "market": "GLOBAL",
            "role": r.role,
            "median": r.median,
            "mean_years": r.mean_years or "",
            "sample_size": r.sample_size or "",
        }
        for r in latest(TABLES.pay, "GLOBAL")
    ]
    return glob + rows


def test_published_grade_role_and_city_ratios_fill_what_the_row_lacks(tmp_path: Path):
    # A country-wide specialisation x grade row, a city headline and the country headline.
    tables = write_table(
        tmp_path,
        _with_global(
            [
                _ru("all", 200000),
                _ru("moscow", 250000, city="moscow"),
                _ru("senior-all", 300000, grade="senior"),
                _ru("backend", 220000, role="backend"),
                _ru("backend-older", 100000, role="frontend", period="2024-H1"),
                _ru("all-older", 125000, period="2024-H1"),
            ]
        ),
    )
    q = quote(tables, market="RU", city="moscow", market_role="backend", grade="senior", years=None)
    # The role's own row x (senior / all) x (Moscow / all): every factor is a published ratio.
    assert q.primary.id == "backend"
    assert q.median == round(220000 * (300000 / 200000) * (250000 / 200000), -3)
    assert {"grade_from_market", "city_from_market"} <= q.derived
    # Without the role's row, the Moscow headline takes the published role ratio instead.
    da = quote(tables, market="RU", city="moscow", market_role="qa", grade="senior", years=None)
    assert da.primary.id == "moscow" and "role_from_global" in da.derived
    assert "role_from_global" not in q.derived
    # A ratio may come from an older period when the newest one does not publish it.
    front = quote(
        tables, market="RU", city=None, market_role="frontend", grade="senior", years=None
    )
    assert front.median == round(200000 * (100000 / 125000) * (300000 / 200000), -3)
    assert "role_from_market" in front.derived and "2024-H1" in " ".join(front.explanation)


def test_a_country_wide_row_takes_the_city_from_the_published_city_ratio(tmp_path: Path):
    tables = write_table(
        tmp_path,
        _with_global(
            [
                _ru("all", 200000),
                _ru("moscow", 250000, city="moscow"),
                _ru("backend-senior", 320000, role="backend", grade="senior"),
            ]
        ),
    )
    q = quote(tables, market="RU", city="moscow", market_role="backend", grade="senior", years=None)
    assert q.primary.id == "backend-senior" and "city_from_market" in q.derived
    assert q.median == round(320000 * 250000 / 200000, -3)
    assert "Moscow" in q.segment


def test_moscow_is_never_priced_as_an_other_city(tmp_path: Path):
    tables = write_table(
        tmp_path,
        _with_global(
            [
                _ru("all", 200000),
                _ru("moscow", 250000, city="moscow"),
                _ru("other-qa", 90000, role="qa", city="other"),
            ]
        ),
    )
    moscow = quote(tables, market="RU", city="moscow", market_role="qa", grade="middle", years=3)
    kazan = quote(tables, market="RU", city="kazan", market_role="qa", grade="middle", years=3)
    assert moscow.primary.id == "moscow" and kazan.primary.id == "other-qa"


def test_a_non_it_occupation_is_carried_by_its_us_ratio_to_it_pay():
    ru = price("RU", "accountants_auditors", "middle", "moscow", 4)
    it = price("RU", None, "middle", "moscow", 4)
    assert "role_from_occupations" in ru.derived
    accountants, computer = (
        next(r for r in TABLES.pay if r.id == row_id)
        for row_id in ("bls24-us-accountants-auditors", "bls24-us-computer-occupations")
    )
    assert ru.median == pytest.approx(it.median * accountants.median / computer.median, rel=0.01)
    us = price("US", "accountants_auditors", "middle", None, 4)
    assert us.primary.id == "bls24-us-accountants-auditors" and not us.derived


def _rung(row_id: str, grade: str, median: int, publication: str, period: str):
    """A ladder row: a grade median whose publication does not say net or gross."""
    return _ru(
        row_id, median, grade=grade, basis="unstated", publication=publication, period=period
    )


def test_a_published_grade_ladder_shapes_the_curve_and_older_ones_extend_it(tmp_path: Path):
    rows = _with_global(
        [
            _rung("new-junior", "junior", 100, "new", "2024"),
            _rung("new-middle", "middle", 200, "new", "2024"),
            _rung("new-senior", "senior", 300, "new", "2024"),
            _rung("old-intern", "intern", 40, "old", "2022"),
            _rung("old-junior", "junior", 80, "old", "2022"),
        ]
    )
    tables = write_table(tmp_path, rows)
    curve = experience_curve(tables, "RU")
    slope = experience_model(tables).slope
    years = {grade: grade_middle(grade) for grade in ("intern", "junior", "middle", "senior")}
    assert [grade for grade, _, _ in curve.ladder] == ["intern", "junior", "middle", "senior"]
    assert curve.factor(years["middle"], years["junior"]) == pytest.approx(2.0)
    assert curve.factor(years["senior"], years["middle"]) == pytest.approx(1.5)
    # The older ladder lends its intern rung, chained at the junior rung both publish.
    assert curve.factor(years["intern"], years["junior"]) == pytest.approx(0.5)
    # Halfway between rungs: halfway in log pay; beyond the ends: the within-country slope.
    halfway = (years["junior"] + years["middle"]) / 2
    assert curve.factor(halfway, years["junior"]) == pytest.approx(math.sqrt(2.0))
    assert curve.factor(years["senior"] + 4, years["senior"]) == pytest.approx(math.exp(4 * slope))
    assert {row.id for row in curve.rows} == {
        "new-junior",
        "new-middle",
        "new-senior",
        "old-junior",
        "old-intern",
    }
    # Without a ladder a market keeps the straight within-country slope.
    assert experience_curve(tables, "US").factor(7, 3) == pytest.approx(math.exp(4 * slope))


def test_a_row_that_does_not_say_net_or_gross_is_never_the_quoted_figure(tmp_path: Path):
    rows = _with_global(
        [
            _rung("new-junior", "junior", 100, "new", "2025"),
            _rung("new-middle", "middle", 200, "new", "2025"),
            _ru("ru-all", 150, period="2025"),
        ]
    )
    tables = write_table(tmp_path, rows)
    junior = quote(tables, market="RU", city=None, market_role=None, grade="junior", years=None)
    assert junior.primary.id == "ru-all" and junior.basis == "net"
    assert {"new-junior", "new-middle"} <= {row.id for row in junior.rows}


def test_the_shipped_russian_ladder_prices_a_junior_well_below_a_middle():
    junior, middle = (price("RU", "backend", grade, "moscow") for grade in ("junior", "middle"))
    # hh.ru's St Petersburg medians: junior 71,000 vs middle 133,000 (0.53).
    assert junior.median / middle.median == pytest.approx(71 / 133, rel=0.03)
    assert any("grade ladder" in step for step in junior.explanation)


def test_a_us_city_scales_an_it_role_by_its_metro_wages():
    seattle, nationwide = (
        price("US", "backend", "senior", "seattle"),
        price("US", "backend", "senior"),
    )
    ratio = (
        TABLES.by_id["bls24-us-seattle-software-developers"].median
        / TABLES.by_id["bls24-us-software-developers"].median
    )
    assert seattle.median / nationwide.median == pytest.approx(ratio, rel=0.01)
    assert "bls24-us-seattle-software-developers" in {row.id for row in seattle.rows}
    assert "Seattle" in seattle.segment and "software developers' wages" in " ".join(
        seattle.explanation
    )
    # A city outside the published areas, and a non-IT occupation, keep the national figure.
    assert price("US", "backend", "senior", "boise_id").median == nationwide.median
    accountant = price("US", "accountants_auditors", "senior")
    assert price("US", "accountants_auditors", "senior", "seattle").median == accountant.median


def test_every_role_prices_in_every_market_and_city_it_may_meet():
    # A row without mean years, a role without a row, a city without a ratio: each path must
    # still give a figure and an explanation without gaps.
    roles = [*sorted({r.role for r in TABLES.pay} - {"*"}), None]
    for market, city in (
        ("RU", "moscow"),
        ("RU", "kazan"),
        ("US", "seattle"),
        ("DE", None),
        ("GLOBAL", None),
    ):
        for role in roles:
            q = price(market, role, "senior", city, years=6.0)
            assert 0 < q.low <= q.median <= q.high, (market, role)
            assert "None" not in " ".join(q.explanation), (market, role)
