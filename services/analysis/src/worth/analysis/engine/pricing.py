"""Price a profile (market, city, role, grade, years) against the market tables.

The experience model
--------------------
The Stack Overflow 2024 tables have no grade dimension, but the survey publishes, per DevType,
the median yearly pay *and* the mean years of professional coding of the people behind it
(`CompTotal_YearsCodePro_DevType`, n per DevType). Across DevTypes, log(median pay) rises close
to linearly with mean years. A least-squares line through those points, each weighted by its
number of respondents, gives

    log pay = a + b * years,      b ~ 0.080 per year (~8.3 % a year), R^2 ~ 0.56 (2024 data)

The slope b is the only experience parameter the engine uses, for every market:

* a DevType row stands for people with that row's mean years x_r, so someone with y years in
  that role is priced at  median_r * exp(b * (y - x_r));
* a grade is turned into years through GRADE_YEARS (a labelling convention, not a pay figure):
  stated years are clamped into the grade's range, missing years take its middle;
* a pooled "all IT" row (the Russian city medians) stands for the survey's centre: the
  respondent-weighted geometric mean of DevType medians at the weighted mean years. A role's
  offset from that centre, median_r / centre, is carried over to the pooled row;
* without published quartiles the band (low, high) is the median times exp(-/+ w), w combining
  (root of the sum of squares) the independent uncertainties the tables let us measure:
  - s, the respondent-weighted standard deviation of the DevType points around the line (~0.12):
    how far a role's pay strays from what experience alone predicts; always;
  - when no years are stated, slope x (grade's year range) / sqrt(12) (up to ~0.09 for a
    4-year range): the pay spread across a grade's years, taken as uniform over GRADE_YEARS;
  - when a figure is carried between tables (a role offset from the global table onto a pooled
    country row, or a global role row scaled by a country level), t, the respondent-weighted
    standard deviation of each country's per-DevType log(country / global) ratios around that
    country's own level (~0.15, over US, DE, IN, GB, UA): how far a role's offset in one country
    strays from the global one.
  A row with published quartiles keeps them (scaled like the median).

Percentiles: the band is read as the quartiles (p25 = low, p75 = high) of a log-normal around
the median, so each side's sigma is log(high / median) / 0.6745 (low side alike) and p10 / p90
are median x exp(-/+ 1.2816 sigma). The tables publish medians only; the shape is an assumption.

Students are left out of the fit: their answers describe stipends and part-time pay, not a rung
of a career ladder (with them b would be 0.092). Years beyond the oldest DevType mean in the
table are not extrapolated.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from statistics import NormalDist

from worth.analysis.market import MarketTables, PayRow, period_key

GRADE_YEARS: dict[str, tuple[float, float]] = {
    "intern": (0.0, 0.5),
    "junior": (0.5, 2.0),
    "middle": (2.0, 5.0),
    "senior": (5.0, 9.0),
    "lead": (9.0, 13.0),
    "principal": (13.0, 17.0),
}
ROUND_TO = 1000


@dataclass(frozen=True, slots=True)
class ExperienceModel:
    slope: float
    centre_pay: float  # USD/year at centre_years: weighted geometric mean of DevType medians
    centre_years: float
    max_years: float
    r2: float
    spread: float  # weighted residual standard deviation of log pay around the line
    rows: tuple[PayRow, ...]

    def factor(self, years: float, reference: float) -> float:
        return math.exp(self.slope * (years - reference))


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


def latest(rows: Iterable[PayRow], market: str) -> list[PayRow]:
    """A market's rows from its newest period only."""
    mine = [row for row in rows if row.market == market]
    if not mine:
        return []
    newest = max(period_key(row.provenance.period) for row in mine)
    return [row for row in mine if period_key(row.provenance.period) == newest]


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
    slope, mean_years, mean_log, r2, spread = _weighted_fit(points)
    return ExperienceModel(
        slope=slope,
        centre_pay=math.exp(mean_log),
        centre_years=mean_years,
        max_years=max(x for x, _, _ in points),
        r2=r2,
        spread=spread,
        rows=rows,
    )


@functools.lru_cache(maxsize=4)
def transfer_spread(tables: MarketTables) -> float:
    """Respondent-weighted SD of per-DevType log(country / global) median ratios around each
    country's weighted mean ratio, over every country table: the error of carrying a global role
    offset into a country. 0.0 when no country publishes DevType rows."""
    glob = {row.role: row for row in latest(tables.pay, "GLOBAL")}
    points: list[tuple[float, float]] = []
    for market in sorted({row.market for row in tables.pay} - {"GLOBAL"}):
        pairs = [
            (float(row.sample_size or 1), math.log(row.median / glob[row.role].median))
            for row in latest(tables.pay, market)
            if row.role in glob and row.role != "student" and row.grade == "*"
        ]
        if len(pairs) < 2:
            continue
        level = sum(w * x for w, x in pairs) / sum(w for w, _ in pairs)
        points.extend((w, x - level) for w, x in pairs)
    if not points:
        return 0.0
    return math.sqrt(sum(w * r * r for w, r in points) / sum(w for w, _ in points))


def grade_spread(grade: str, model: ExperienceModel) -> float:
    """Log-pay SD across a grade's years, the years taken as uniform over GRADE_YEARS."""
    low, high = GRADE_YEARS[grade]
    return model.slope * (high - low) / math.sqrt(12)


@functools.lru_cache(maxsize=4)
def language_premiums(tables: MarketTables) -> dict[str, float]:
    """Language -> pay relative to what its users' mean experience predicts (1.10 = +10 %).

    The centre is the language table's own respondent-weighted geometric mean; the experience
    correction uses the DevType slope, so a language used by veterans is not credited for them.
    """
    model = experience_model(tables)
    rows = tables.languages
    if not rows:
        return {}
    weights = [float(r.sample_size or 1) for r in rows]
    total = sum(weights)
    centre_log = sum(w * math.log(r.median) for w, r in zip(weights, rows, strict=True)) / total
    centre_years = sum(w * r.mean_years for w, r in zip(weights, rows, strict=True)) / total
    return {
        r.language: r.median / math.exp(centre_log) / model.factor(r.mean_years, centre_years)
        for r in rows
    }


@dataclass(frozen=True, slots=True)
class Quote:
    market: str
    currency: str
    pay_period: str
    basis: str
    low: int
    median: int
    high: int
    primary: PayRow  # the row the figure stands on
    sample_size: int | None
    rows: tuple[PayRow, ...]  # every row that went into it
    segment: str
    explanation: tuple[str, ...]
    derived: frozenset[str] = field(default_factory=frozenset)  # how far it is from a row


P_LEVELS = (10, 25, 50, 75, 90)
_QUARTILE_Z = NormalDist().inv_cdf(0.75)  # 0.6745: the band's ends are p25 and p75


def percentiles(q: Quote) -> tuple[tuple[int, int], ...]:
    """(p, pay) for P_LEVELS in the quote's units: its band read as log-normal quartiles."""
    out = []
    for p in P_LEVELS:
        z = NormalDist().inv_cdf(p / 100)
        value = q.median * math.exp(z * _sigma(q, above=z > 0)) if p != 50 else q.median
        out.append((p, _round(value)))
    return tuple(out)


def percentile_of(value: float, q: Quote) -> float:
    """Where `value` (in the quote's units) stands in the quote's log-normal, 0.1..99.9."""
    if value <= 0:
        return 0.1
    shift = math.log(value / q.median)
    sigma = _sigma(q, above=shift > 0)
    p = 100 * NormalDist().cdf(shift / sigma) if sigma > 0 else 50.0
    return round(min(max(p, 0.1), 99.9), 1)


def _sigma(q: Quote, *, above: bool) -> float:
    end = q.high if above else q.low
    return abs(math.log(end / q.median)) / _QUARTILE_Z if end > 0 and q.median > 0 else 0.0


def effective_years(grade: str, years: float | None, model: ExperienceModel) -> float:
    low, high = GRADE_YEARS[grade]
    value = (low + high) / 2 if years is None else min(max(years, low), high)
    return min(value, model.max_years)


def _pick(rows: Sequence[PayRow], role: str, cities: Sequence[str], grade: str) -> PayRow | None:
    for city in cities:
        for wanted in (grade, "*"):
            for row in rows:
                if row.role == role and row.city == city and row.grade == wanted:
                    return row
    return None


def _country_level(tables: MarketTables, market: str) -> tuple[float, list[PayRow]]:
    """A country's pay relative to the global rows, over the DevTypes published for both.

    Respondent-weighted geometric mean of the country/global median ratios.
    """
    glob = {row.role: row for row in latest(tables.pay, "GLOBAL")}
    pairs = [
        (row, glob[row.role])
        for row in latest(tables.pay, market)
        if row.role in glob and row.role != "student" and row.grade == "*"
    ]
    if not pairs:
        return 1.0, []
    weights = [float(row.sample_size or 1) for row, _ in pairs]
    log_level = sum(
        w * math.log(c.median / g.median) for w, (c, g) in zip(weights, pairs, strict=True)
    ) / sum(weights)
    return math.exp(log_level), [row for pair in pairs for row in pair]


def _money(value: float, row: PayRow) -> str:
    return f"{value:,.0f} {row.currency}/{row.pay_period} {row.basis}"


def quote(
    tables: MarketTables,
    *,
    market: str,
    city: str | None,
    market_role: str | None,
    grade: str,
    years: float | None,
) -> Quote:
    """Low/median/high pay for a profile, the rows behind it and how they were combined.

    `city` is a city slug inside `market` (None when unknown). Search order: the role's own row
    in the market; the market's pooled row with the role's offset from the global table; the
    global role row scaled to the country; the survey centre scaled to the country.
    """
    model = experience_model(tables)
    rows = latest(tables.pay, market)
    glob = latest(tables.pay, "GLOBAL")
    cities = [city, "other", "*"] if city else ["*"]
    steps: list[str] = []
    used: list[PayRow] = []
    derived: set[str] = set()
    global_role = _pick(glob, market_role, ["*"], "*") if market_role else None
    matched: PayRow | None = None  # a market row whose own grade and quartiles apply
    reference: float | None = None  # mean years the starting figure stands for

    if market_role and (row := _pick(rows, market_role, cities, grade)):
        matched, value = row, row.median
        used.append(row)
        steps.append(f"Row {row.id}: {row.category}, {_money(row.median, row)}.")
        reference = row.mean_years
        if reference is None and global_role and row.grade == "*":
            reference = global_role.mean_years
            steps.append(
                f"{market} rows publish no years; the global {global_role.category} mean "
                f"({reference} years, row {global_role.id}) stands for them."
            )
            used.append(global_role)
    elif row := _pick(rows, "*", cities, grade):
        matched, value = row, row.median
        used.append(row)
        steps.append(f"Row {row.id}: {row.category}, {_money(row.median, row)}.")
        if global_role:
            offset = global_role.median / model.centre_pay
            value *= offset
            reference = global_role.mean_years
            used.append(global_role)
            derived.add("role_from_global")
            steps.append(
                f"Role offset x{offset:.2f} from the global table: {global_role.category} "
                f"{global_role.median:,.0f} USD / survey centre {model.centre_pay:,.0f} USD "
                f"(row {global_role.id}); the pooled row publishes no role split."
            )
        else:
            derived.add("no_role_row")
            steps.append("No published row for this role: the pooled median is used as is.")
        if row.grade == "*":
            steps.append(
                f"The pooled median publishes no experience mix; it is taken to stand for the "
                f"survey centre ({model.centre_years:.1f} years)."
            )
    else:
        if global_role:
            value, reference = global_role.median, global_role.mean_years
            used.append(global_role)
            steps.append(
                f"Row {global_role.id}: {global_role.category}, "
                f"{_money(global_role.median, global_role)}."
            )
        else:
            value, reference = model.centre_pay, model.centre_years
            used.extend(model.rows)
            derived.add("no_role_row")
            steps.append(
                f"No published row for this role: survey centre {value:,.0f} USD/year gross, "
                f"the respondent-weighted geometric mean of {len(model.rows)} DevType medians "
                f"(rows {', '.join(r.id for r in model.rows)})."
            )
        if market != "GLOBAL":
            level, level_rows = _country_level(tables, market)
            value *= level
            used.extend(level_rows)
            derived.add("country_level")
            steps.append(
                f"{market} publishes no row for this role: global figure x{level:.2f}, the "
                f"respondent-weighted geometric mean of {market}/global median ratios over "
                f"{len(level_rows) // 2} DevTypes published for both "
                f"(rows {', '.join(r.id for r in level_rows)})."
            )

    years_used = effective_years(grade, years, model)
    graded = matched is not None and matched.grade == grade
    if graded:
        reference = effective_years(grade, None, model)  # a grade row stands for its middle
    reference = reference or model.centre_years
    median = value * model.factor(years_used, reference)
    if graded and matched and matched.low is not None and matched.high is not None:
        scale = median / matched.median
        low, high = matched.low * scale, matched.high * scale
        band = "published quartiles of the row, scaled like the median"
    else:
        parts = [(model.spread, "the weighted scatter of DevType medians around the line")]
        if years is None:
            parts.append(
                (grade_spread(grade, model), f"the {grade} grade's {GRADE_YEARS[grade]} years")
            )
        if derived & {"role_from_global", "country_level"}:
            parts.append((transfer_spread(tables), "the scatter of role offsets between countries"))
        width = math.sqrt(sum(part * part for part, _ in parts))
        low, high = median * math.exp(-width), median * math.exp(width)
        band = f"median x exp(-/+{width:.3f}), root-sum-square of " + " + ".join(
            f"{part:.3f} ({why})" for part, why in parts
        )
    steps.append(
        f"Experience x{model.factor(years_used, reference):.2f} = exp({model.slope:.4f} x "
        f"({years_used:.1f} - {reference:.1f}) years); the slope is the respondent-weighted "
        f"least-squares fit of log median pay on mean years over {len(model.rows)} DevTypes in "
        f"Stack Overflow 2024 (R^2 {model.r2:.2f})."
    )
    steps.append(f"Band: {band}. Rounded to the nearest {ROUND_TO:,} {used[0].currency}.")
    primary = used[0]
    pooled = "no_role_row" in derived and matched is None
    return Quote(
        market=market,
        currency=primary.currency,
        pay_period=primary.pay_period,
        basis=primary.basis,
        low=_round(low),
        median=_round(median),
        high=_round(high),
        primary=primary,
        sample_size=sum(r.sample_size or 0 for r in model.rows) if pooled else primary.sample_size,
        rows=tuple(dict.fromkeys(used)),
        segment=" / ".join(
            part
            for part in (
                market,
                _city_label(primary.city) if market == "RU" else "",
                market_role or "all roles",
                grade,
            )
            if part
        ),
        explanation=tuple(steps),
        derived=frozenset(derived),
    )


def _round(value: float) -> int:
    return int(round(value / ROUND_TO) * ROUND_TO)


def _city_label(slug: str) -> str:
    labels = {"*": "all cities", "other": "other cities", "saint_petersburg": "St Petersburg"}
    return labels.get(slug, slug.replace("_", " ").title())
