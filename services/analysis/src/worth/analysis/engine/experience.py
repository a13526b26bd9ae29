"""How pay grows with experience, in one market.

Inside a country
----------------
The Stack Overflow 2024 tables have no grade dimension, but the survey publishes, per DevType,
the median yearly pay *and* the mean years of professional coding of the people behind it
(`CompTotal_YearsCodePro_DevType`, n per DevType). Across DevTypes, log(median pay) rises close
to linearly with mean years: a least-squares line through those points, each weighted by its
number of respondents, has a slope of ~0.080 a year (R^2 ~ 0.56, 2024 data: `survey_slope`).

That line mixes countries: the veterans' DevTypes (executives, architects) are common where pay
is high. Inside one country pay rises about half as fast: regressing each country's log DevType
medians on the DevTypes' global mean years, both centred on the country's own respondent-weighted
means (so its level drops out), pooled over the countries the survey publishes (US, DE, GB, UA,
IN), gives ~0.044 a year (`slope`; US alone 0.050, GB 0.047, UA 0.051). A person climbs the
ladder of one country, so that is the slope a person is priced on. Students are left out of both
fits: their answers describe stipends and part-time pay, not a rung of a career ladder.

A market's own grade ladder
---------------------------
Where a market publishes pay by grade (rows with role "*" and a grade, e.g. hh.ru's St Petersburg
medians for juniors, middles and seniors), its curve follows that ladder instead: log pay is
piecewise linear through the grade medians placed at each grade's middle years, and the
within-country slope carries it on beyond the ladder's ends. A ladder whose publication lacks a
grade may borrow it from an older one that shares a grade with it (the ratio is chained at that
grade). Such ladders are far steeper early in a career than the survey's slope (in St Petersburg
a senior earns 2.6 times a junior), which the survey, with no grades, cannot show.

Grades and years
----------------
A grade is turned into years through GRADE_YEARS (a labelling convention, not a pay figure):
stated years are clamped into the grade's range, missing years take its middle. Years beyond the
oldest DevType mean in the table (~17) are not extrapolated.
"""

from __future__ import annotations

import functools
import itertools
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from worth.analysis.market import MarketTables, PayRow, period_key

GRADE_YEARS: dict[str, tuple[float, float]] = {
    "intern": (0.0, 0.5),
    "junior": (0.5, 2.0),
    "middle": (2.0, 5.0),
    "senior": (5.0, 9.0),
    "lead": (9.0, 13.0),
    "principal": (13.0, 17.0),
}


def grade_middle(grade: str) -> float:
    low, high = GRADE_YEARS[grade]
    return (low + high) / 2


@dataclass(frozen=True, slots=True)
class ExperienceModel:
    """What the survey says about experience and pay, for every market."""

    slope: float  # within one country: what a year of experience adds to log pay
    survey_slope: float  # across the global DevType rows, which also mix countries
    centre_pay: float  # USD/year at centre_years: weighted geometric mean of DevType medians
    centre_years: float
    max_years: float
    r2: float  # of the survey-wide line
    spread: float  # weighted residual standard deviation of log pay around the survey-wide line
    rows: tuple[PayRow, ...]
    markets: tuple[str, ...]  # the countries the within-country slope is pooled over


@dataclass(frozen=True, slots=True)
class ExperienceCurve:
    """log pay against years of experience in one market, up to a constant."""

    slope: float  # per year, beyond the ladder's ends (everywhere when there is no ladder)
    ladder: tuple[tuple[str, float, float], ...] = ()  # (grade, years, log pay), by years
    rows: tuple[PayRow, ...] = ()  # the ladder's rows

    def log_pay(self, years: float) -> float:
        points = [(x, y) for _, x, y in self.ladder]
        if not points:
            return self.slope * years
        (first_x, first_y), (last_x, last_y) = points[0], points[-1]
        if years <= first_x:
            return first_y - self.slope * (first_x - years)
        if years >= last_x:
            return last_y + self.slope * (years - last_x)
        for (x0, y0), (x1, y1) in itertools.pairwise(points):
            if years <= x1:
                return y0 + (y1 - y0) * (years - x0) / (x1 - x0)
        raise AssertionError("unreachable: years lies inside the ladder")

    def factor(self, years: float, reference: float) -> float:
        return math.exp(self.log_pay(years) - self.log_pay(reference))

    def grade_spread(self, grade: str) -> float:
        """Log-pay SD across a grade's years, the years taken as uniform over GRADE_YEARS (the
        curve taken as straight inside one grade)."""
        low, high = GRADE_YEARS[grade]
        return abs(self.log_pay(high) - self.log_pay(low)) / math.sqrt(12)

    def describe(self) -> str:
        if not self.ladder:
            return f"{self.slope:.4f} a year"
        base = next((y for g, _, y in self.ladder if g == "middle"), self.ladder[0][2])
        steps = ", ".join(
            f"{grade} x{math.exp(y - base):.2f} at {x:g} years" for grade, x, y in self.ladder
        )
        return (
            f"the market's published grade ladder ({steps}; rows "
            f"{', '.join(r.id for r in self.rows)}), {self.slope:.4f} a year beyond its ends"
        )


def _weighted_fit(
    points: Sequence[tuple[float, float, float]],
) -> tuple[float, float, float, float, float]:
    """Weighted least squares of y on x for (x, y, weight): slope, mean x, mean y, R^2 and the
    residual standard deviation."""
    total = sum(w for _, _, w in points)
    mx = sum(w * x for x, _, w in points) / total
    my = sum(w * y for _, y, w in points) / total
    sxx = sum(w * (x - mx) ** 2 for x, _, w in points)
    sxy = sum(w * (x - mx) * (y - my) for x, y, w in points)
    syy = sum(w * (y - my) ** 2 for _, y, w in points)
    slope = sxy / sxx
    residual = sum(w * (y - my - slope * (x - mx)) ** 2 for x, y, w in points) / total
    return slope, mx, my, (sxy * sxy) / (sxx * syy), math.sqrt(residual)


def weighted_mean(values: Iterable[float], weights: Sequence[float]) -> float:
    return sum(w * v for w, v in zip(weights, values, strict=True)) / sum(weights)


def latest(rows: Iterable[PayRow], market: str) -> list[PayRow]:
    """A market's rows from its newest period only."""
    mine = [row for row in rows if row.market == market]
    if not mine:
        return []
    newest = max(period_key(row.provenance.period) for row in mine)
    return [row for row in mine if period_key(row.provenance.period) == newest]


def devtype_pairs(tables: MarketTables, market: str) -> list[tuple[PayRow, PayRow]]:
    """(country row, global row) for each DevType a country publishes country-wide, students
    left out: the rows a country's level and the role compression are measured on."""
    glob = {row.role: row for row in latest(tables.pay, "GLOBAL")}
    return [
        (row, glob[row.role])
        for row in latest(tables.pay, market)
        if row.role in glob and row.role != "student" and row.grade == row.city == "*"
    ]


class WithinCountryFit(NamedTuple):
    slope: float
    spread: float  # weighted residual SD around the fit
    markets: tuple[str, ...]  # the countries it is pooled over


def within_country_fit(
    tables: MarketTables, x_of: Callable[[PayRow], float | None]
) -> WithinCountryFit | None:
    """How log pay varies with x *inside* one country: x is read off each DevType's global row,
    and x and log pay are centred on each country's own respondent-weighted means (so its level
    drops out) before a weighted line through the origin is fitted to all countries' points.
    None when no country publishes two DevTypes."""
    points: list[tuple[float, float, float]] = []
    markets: list[str] = []
    for market in sorted({row.market for row in tables.pay} - {"GLOBAL"}):
        pairs = [
            (row, x) for row, glob in devtype_pairs(tables, market) if (x := x_of(glob)) is not None
        ]
        if len(pairs) < 2:
            continue
        weights = [float(row.sample_size or 1) for row, _ in pairs]
        xs = [x for _, x in pairs]
        ys = [math.log(row.median) for row, _ in pairs]
        mx, my = weighted_mean(xs, weights), weighted_mean(ys, weights)
        points.extend((x - mx, y - my, w) for x, y, w in zip(xs, ys, weights, strict=True))
        markets.append(market)
    sxx = sum(w * x * x for x, _, w in points)
    if not sxx:
        return None
    slope = sum(w * x * y for x, y, w in points) / sxx
    residual = sum(w * (y - slope * x) ** 2 for x, y, w in points) / sum(w for *_, w in points)
    return WithinCountryFit(slope, math.sqrt(residual), tuple(markets))


@functools.lru_cache(maxsize=4)
def experience_model(tables: MarketTables) -> ExperienceModel:
    rows = tuple(
        row
        for row in latest(tables.pay, "GLOBAL")
        if row.mean_years is not None and row.sample_size and row.role != "student"
    )
    if len(rows) < 3:
        raise ValueError("the GLOBAL table needs mean years and n on at least three rows")
    points = [(r.mean_years or 0.0, math.log(r.median), float(r.sample_size or 0)) for r in rows]
    survey_slope, mean_years, mean_log, r2, spread = _weighted_fit(points)
    within = within_country_fit(tables, lambda glob: glob.mean_years)
    return ExperienceModel(
        slope=within.slope if within else survey_slope,
        survey_slope=survey_slope,
        centre_pay=math.exp(mean_log),
        centre_years=mean_years,
        max_years=max(x for x, _, _ in points),
        r2=r2,
        spread=spread,
        rows=rows,
        markets=within.markets if within else (),
    )


@functools.lru_cache(maxsize=16)
def experience_curve(tables: MarketTables, market: str) -> ExperienceCurve:
    """The market's grade ladder when it publishes one, else the within-country slope."""
    slope = experience_model(tables).slope
    graded = [r for r in tables.pay if r.market == market and r.role == "*" and r.grade != "*"]
    publications: dict[tuple[str, str, str], dict[str, PayRow]] = {}
    for row in graded:
        key = (row.provenance.publication, row.provenance.period, row.city)
        publications.setdefault(key, {}).setdefault(row.grade, row)
    ladders = sorted(
        (rows for rows in publications.values() if len(rows) >= 2),
        key=lambda rows: (
            len(rows),
            max(period_key(r.provenance.period) for r in rows.values()),
        ),
        reverse=True,
    )
    if not ladders:
        return ExperienceCurve(slope=slope)
    chosen, *older = ladders
    log_pay = {grade: math.log(row.median) for grade, row in chosen.items()}
    used = list(chosen.values())
    for other in older:  # grades the chosen ladder lacks, chained at a grade both publish
        shared = next((grade for grade in other if grade in log_pay), None)
        missing = [grade for grade in other if grade not in log_pay]
        if shared is None or not missing:
            continue
        shift = log_pay[shared] - math.log(other[shared].median)
        log_pay.update({grade: math.log(other[grade].median) + shift for grade in missing})
        used += [other[shared], *(other[grade] for grade in missing)]
    ladder = sorted(((g, grade_middle(g), y) for g, y in log_pay.items()), key=lambda p: p[1])
    return ExperienceCurve(slope=slope, ladder=tuple(ladder), rows=tuple(used))


def effective_years(grade: str, years: float | None, model: ExperienceModel) -> float:
    low, high = GRADE_YEARS[grade]
    value = (low + high) / 2 if years is None else min(max(years, low), high)
    return min(value, model.max_years)
