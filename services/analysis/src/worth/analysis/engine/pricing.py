"""Price a profile (market, city, role, grade, years) against the market tables.

Experience is priced along the market's curve (`experience.py`: its own grade ladder where it
publishes one, else the within-country slope of the Stack Overflow tables):

* a DevType row stands for people with that row's mean years x_r, so someone with y years in
  that role is priced at  median_r * curve(y) / curve(x_r);
* a pooled "all IT" row (the Russian city medians) stands for the survey's centre: the
  respondent-weighted geometric mean of DevType medians at the weighted mean years. A role's
  offset from that centre, median_r / centre, is carried over to the pooled row compressed to
  (median_r / centre) ** beta (see RoleTransfer: inside one country DevType pay spreads ~0.66 as
  far as across the global table, which also mixes countries); a country with no row for the
  role likewise gets centre x offset ** beta x the country's level;
* without published quartiles the band (low, high) is the median times exp(-/+ w), w combining
  (root of the sum of squares) the independent uncertainties the tables let us measure:
  - s, the respondent-weighted standard deviation of the DevType points around the line (~0.12):
    how far a role's pay strays from what experience alone predicts; always;
  - when no years are stated, the curve's rise across the grade's years / sqrt(12) (~0.05 for a
    4-year range on the survey slope): the pay spread across a grade's years, taken as uniform
    over GRADE_YEARS;
  - when a figure is carried between tables (a role offset from the global table onto a pooled
    country row, or onto a country's level), t, the respondent-weighted residual SD of the
    countries' DevType medians around the compressed offsets (~0.14, over US, DE, IN, GB, UA):
    how far a role's offset in one country strays from what the global one predicts.
  A row with published quartiles keeps them (scaled like the median).

Percentiles: the band is read as the quartiles (p25 = low, p75 = high) of a log-normal around
the median, so each side's sigma is log(high / median) / 0.6745 (low side alike) and p10 / p90
are median x exp(-/+ 1.2816 sigma). The tables publish medians only; the shape is an assumption.

The language premiums compare languages across the whole survey, so their experience correction
uses the survey-wide slope.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from statistics import NormalDist

from worth.analysis.engine.experience import (
    GRADE_YEARS,
    ExperienceModel,
    devtype_pairs,
    effective_years,
    experience_curve,
    experience_model,
    latest,
    weighted_mean,
    within_country_fit,
)
from worth.analysis.market import MarketTables, PayRow, period_key

ROUND_TO = 1000

# Years of experience a market's pooled "all IT" median is taken to stand for, on the market's
# experience curve (for Russia its grade ladder). The survey centre (~10 years, the respondents'
# mean) overstates it for Russia: Habr Career's calculator is used mostly by people early in their
# careers. 6.8 is the one parameter fitted to the Russian tune part of the development set (median
# log error of the engine vs offered pay in hh.ru vacancies -> 0); the holdout part was not used.
# See services/analysis/eval/data/README.md.
POOLED_REFERENCE_YEARS: dict[str, float] = {"RU": 6.8}


@dataclass(frozen=True, slots=True)
class RoleTransfer:
    """How a global DevType offset carries into one country.

    The global DevType medians mix countries: a DevType common in low-pay countries (frontend,
    mobile) looks cheaper globally than it is next to its colleagues at home. Within a country the
    offsets are compressed: regressing each country's log DevType medians on the global ones, both
    centred on the country's own respondent-weighted mean (so the country's level drops out),
    gives a pooled slope `beta` (~0.66 in 2024, over US, DE, GB, UA, IN). `spread` is the weighted
    residual SD around that fit: how far a role's offset in one country strays from the
    prediction (the error of carrying an offset into a country).
    """

    beta: float
    spread: float
    markets: tuple[str, ...]

    def offset(self, global_offset: float) -> float:
        return global_offset**self.beta


@functools.lru_cache(maxsize=4)
def role_transfer(tables: MarketTables) -> RoleTransfer:
    fit = within_country_fit(tables, lambda glob: math.log(glob.median))
    if fit is None:
        return RoleTransfer(beta=1.0, spread=0.0, markets=())
    return RoleTransfer(beta=fit.slope, spread=fit.spread, markets=fit.markets)


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
    centre_log = weighted_mean((math.log(r.median) for r in rows), weights)
    centre_years = weighted_mean((r.mean_years for r in rows), weights)
    return {
        r.language: r.median
        / math.exp(centre_log)
        / math.exp(model.survey_slope * (r.mean_years - centre_years))
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


def _pick(rows: Sequence[PayRow], role: str, cities: Sequence[str], grade: str) -> PayRow | None:
    for city in cities:
        for wanted in (grade, "*"):
            for row in rows:
                if row.role == role and row.city == city and row.grade == wanted:
                    return row
    return None


def _cities(rows: Sequence[PayRow], city: str | None) -> list[str]:
    """Where to look for a city's pay: its own rows, then "other cities" (only for a city the
    market publishes nothing for: Moscow is not an "other city"), then the whole market."""
    if city is None:
        return ["*"]
    return [city, *(["other"] if city not in {r.city for r in rows} else []), "*"]


@dataclass(frozen=True, slots=True)
class Ratio:
    """How a market's published pay moves when one dimension takes a value instead of "*":
    two rows of one publication and period that agree on everything else."""

    factor: float
    numerator: PayRow
    denominator: PayRow

    def describe(self, what: str) -> str:
        n, d = self.numerator, self.denominator
        return (
            f"{what} x{self.factor:.2f} = {n.category} {_money(n.median, n)} (row {n.id}) / "
            f"{d.category} {_money(d.median, d)} (row {d.id}), {n.provenance.period}."
        )


_DIMENSIONS = ("role", "grade", "city")


def published_ratio(
    tables: MarketTables,
    market: str,
    dimension: str,
    value: str,
    contexts: Sequence[dict[str, str]],
) -> Ratio | None:
    """numerator / denominator for `dimension` = `value` vs "*" in a market's own rows.

    `contexts` fix the other two dimensions, most specific first; within a context the newest
    period publishing both rows wins. A ratio travels across periods better than a level does, so
    an older ladder may scale a newer headline median (the explanation names both periods).
    """
    mine = [row for row in tables.pay if row.market == market]
    for context in dict.fromkeys(tuple(sorted(c.items())) for c in contexts):
        rows = [r for r in mine if all(getattr(r, key) == want for key, want in context)]
        ratio = _newest_ratio(
            rows,
            lambda r: getattr(r, dimension) == value,
            lambda r: getattr(r, dimension) == "*",
        )
        if ratio:
            return ratio
    return None


def _newest_ratio(
    rows: Sequence[PayRow],
    is_numerator: Callable[[PayRow], bool],
    is_denominator: Callable[[PayRow], bool],
) -> Ratio | None:
    """numerator / denominator from the newest period of `rows` that publishes both, alike."""
    for period in sorted({r.provenance.period for r in rows}, key=period_key, reverse=True):
        same = [r for r in rows if r.provenance.period == period]
        numerator = next((r for r in same if is_numerator(r)), None)
        denominator = next((r for r in same if is_denominator(r)), None)
        if numerator and denominator and _same_units(numerator, denominator):
            return Ratio(numerator.median / denominator.median, numerator, denominator)
    return None


def _same_units(a: PayRow, b: PayRow) -> bool:
    return (a.currency, a.pay_period, a.basis) == (b.currency, b.pay_period, b.basis)


def _contexts(dimension: str, specific: dict[str, str]) -> list[dict[str, str]]:
    """The other two dimensions of `dimension`, from the profile's own values to "*"."""
    first, second = (d for d in _DIMENSIONS if d != dimension)
    a, b = specific[first], specific[second]
    return [
        {first: a, second: b},
        {first: a, second: "*"},
        {first: "*", second: b},
        {first: "*", second: "*"},
    ]


OCCUPATIONS_MARKET = "US"  # the market whose occupational table spans IT and non-IT jobs
# The occupation whose city rows measure a market's city premium for IT roles without their own.
CITY_PROXY_ROLE: dict[str, str] = {"US": "software_developers"}
IT_OCCUPATIONS = "computer_occupations"


def occupation_offset(tables: MarketTables, market_role: str) -> Ratio | None:
    """An occupation's pay relative to IT pay, from one release of the US occupational table
    (BLS OEWS): how a non-IT job is carried to a market that publishes IT pay only."""
    rows = [
        r for r in tables.pay if r.market == OCCUPATIONS_MARKET and r.grade == "*" and r.city == "*"
    ]
    return _newest_ratio(rows, lambda r: r.role == market_role, lambda r: r.role == IT_OCCUPATIONS)


def _country_level(tables: MarketTables, market: str) -> tuple[float, list[PayRow]]:
    """A country's pay relative to the global rows, over the DevTypes published for both.

    Respondent-weighted geometric mean of the country/global median ratios.
    """
    pairs = devtype_pairs(tables, market)
    if not pairs:
        return 1.0, []
    weights = [float(row.sample_size or 1) for row, _ in pairs]
    log_level = weighted_mean((math.log(c.median / g.median) for c, g in pairs), weights)
    return math.exp(log_level), [row for pair in pairs for row in pair]


def _within_country_offset(
    tables: MarketTables, model: ExperienceModel, global_role: PayRow
) -> tuple[float, str]:
    """A global DevType row's offset from the survey centre as it holds inside one country."""
    transfer = role_transfer(tables)
    offset = transfer.offset(global_role.median / model.centre_pay)
    return offset, (
        f"Role offset x{offset:.2f} = ({global_role.category} {global_role.median:,.0f} USD / "
        f"survey centre {model.centre_pay:,.0f} USD, row {global_role.id})^{transfer.beta:.2f}: "
        f"inside a country DevType pay spreads {transfer.beta:.2f} times as far (in logs) as "
        f"across the global table, which also mixes countries (Stack Overflow 2024, fitted over "
        f"{', '.join(transfer.markets)})."
    )


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

    `city` is a city slug inside `market` (None when unknown). The starting figure is the most
    specific row of the market's newest period: the role's own row, else the pooled row. What
    that row does not pin down is filled from the market's own published ratios (role, grade,
    city: each "this value vs all" from one publication), else from the global table: the role's
    offset from the survey centre, the experience slope, or the global role row scaled to the
    country when the market has no row at all.
    """
    model = experience_model(tables)
    # A row that does not say net or gross can give ratios (a grade ladder), never the figure.
    rows = [row for row in latest(tables.pay, market) if row.basis != "unstated"]
    glob = latest(tables.pay, "GLOBAL")
    cities = _cities(rows, city)
    steps: list[str] = []
    used: list[PayRow] = []
    derived: set[str] = set()
    global_role = _pick(glob, market_role, ["*"], "*") if market_role else None
    matched: PayRow | None = None  # the market row the figure starts from
    reference: float | None = None  # mean years the starting figure stands for
    graded = False  # the figure stands for the grade (a grade row or a published grade ratio)
    value = 0.0  # the figure being built, in the starting row's units

    def apply(ratio: Ratio, what: str, flag: str) -> None:
        nonlocal value
        value *= ratio.factor
        used.extend((ratio.numerator, ratio.denominator))
        derived.add(flag)
        steps.append(ratio.describe(what))

    def apply_city(want: dict[str, str]) -> None:
        """The city's published ratio, for a figure that stands for the whole market. An IT role
        without city rows of its own takes the city premium of the market's proxy occupation
        (US: software developers' metro wages)."""
        if not city:
            return
        proxy = CITY_PROXY_ROLE.get(market) if global_role else None
        for place in cities[:-1]:
            contexts = _contexts("city", {**want, "city": place})
            contexts += [{"role": proxy, "grade": "*"}] if proxy else []
            if ratio := published_ratio(tables, market, "city", place, contexts):
                measured = (
                    f", measured on {ratio.numerator.category.split(' (')[0].lower()}' wages"
                    if ratio.numerator.role == proxy and proxy != market_role
                    else ""
                )
                apply(ratio, f"City ({_city_label(place)}{measured})", "city_from_market")
                return

    if market_role and (row := _pick(rows, market_role, cities, grade)):
        matched, value = row, row.median
    elif row := _pick(rows, "*", cities, grade):
        matched, value = row, row.median
    if matched is not None:
        used.append(matched)
        steps.append(f"Row {matched.id}: {matched.category}, {_money(matched.median, matched)}.")
        have = {"role": matched.role, "grade": matched.grade, "city": matched.city}
        want = {"role": market_role or "*", "grade": grade, "city": city or "*"}
        if have["role"] == "*":
            ratio = market_role and published_ratio(
                tables, market, "role", market_role, _contexts("role", {**have, **want})
            )
            if ratio:
                apply(ratio, f"Role ({market})", "role_from_market")
            elif global_role:
                offset, why = _within_country_offset(tables, model, global_role)
                value *= offset
                used.append(global_role)
                derived.add("role_from_global")
                steps.append(f"{why} {market} publishes no role split.")
            elif market_role and (occupation := occupation_offset(tables, market_role)):
                apply(occupation, "Occupation vs IT (US wages)", "role_from_occupations")
            else:
                derived.add("no_role_row")
                steps.append("No published row for this role: the pooled median is used as is.")
        if have["grade"] == grade:
            graded = True
        elif ratio := published_ratio(
            tables, market, "grade", grade, _contexts("grade", {**want, "city": have["city"]})
        ):
            apply(ratio, f"Grade {grade} ({market})", "grade_from_market")
            graded = True
        if have["city"] == "*":
            apply_city(want)
        reference = matched.mean_years
        if reference is None and not graded and global_role:
            reference = global_role.mean_years
            if matched.role != "*" and reference is not None:
                used.append(global_role)
                steps.append(
                    f"{market} rows publish no years; the global {global_role.category} mean "
                    f"({reference:.1f} years, row {global_role.id}) stands for them."
                )
        pooled_years = POOLED_REFERENCE_YEARS.get(market)
        if matched.role == "*" and matched.grade == "*" and not graded and pooled_years:
            # The role offset keeps its own experience mix (SRE veterans, young frontenders):
            # its people's mean years move the reference along the market's curve.
            shift = (
                (global_role.mean_years or model.centre_years) - model.centre_years
                if "role_from_global" in derived and global_role
                else 0.0
            )
            reference = pooled_years + shift
            steps.append(
                f"Row {matched.id} publishes no experience mix; it is taken to stand for "
                f"{pooled_years:g} years (fitted on the tune part of the development set)"
                + (f", {shift:+.1f} for the role's own experience mix." if shift else ".")
            )
        elif matched.grade == "*" and not graded and reference is None:
            steps.append(
                f"Row {matched.id} publishes no experience mix; it is taken to stand for the "
                f"survey centre ({model.centre_years:.1f} years)."
            )
    else:
        if global_role and market != "GLOBAL":
            offset, why = _within_country_offset(tables, model, global_role)
            value, reference = model.centre_pay * offset, global_role.mean_years
            used.append(global_role)
            steps.append(f"Survey centre {model.centre_pay:,.0f} USD/year gross. {why}")
        elif global_role:
            value, reference = global_role.median, global_role.mean_years
            used.append(global_role)
            steps.append(
                f"Row {global_role.id}: {global_role.category}, "
                f"{_money(global_role.median, global_role)}."
            )
        else:
            value, reference = model.centre_pay, model.centre_years
            used.extend(model.rows)
            steps.append(
                f"Survey centre {value:,.0f} USD/year gross, the respondent-weighted geometric "
                f"mean of {len(model.rows)} DevType medians "
                f"(rows {', '.join(r.id for r in model.rows)})."
            )
            if market_role and (occupation := occupation_offset(tables, market_role)):
                apply(occupation, "Occupation vs IT (US wages)", "role_from_occupations")
            else:
                derived.add("no_role_row")
                steps.append("No published row for this role: the survey centre is used as is.")
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
            apply_city({"role": market_role or "*", "grade": grade})

    years_used = effective_years(grade, years, model)
    if graded:
        reference = effective_years(grade, None, model)  # a grade figure stands for its middle
    reference = reference or model.centre_years
    curve = experience_curve(tables, market)
    experience = curve.factor(years_used, reference)
    median = value * experience
    own_band = matched is not None and matched.grade == grade and not derived
    if own_band and matched and matched.low is not None and matched.high is not None:
        scale = median / matched.median
        low, high = matched.low * scale, matched.high * scale
        band = "published quartiles of the row, scaled like the median"
    else:
        parts = [(model.spread, "the weighted scatter of DevType medians around the line")]
        if years is None:
            parts.append(
                (curve.grade_spread(grade), f"the {grade} grade's {GRADE_YEARS[grade]} years")
            )
        if derived & {"role_from_global", "role_from_occupations", "country_level"}:
            parts.append(
                (role_transfer(tables).spread, "the scatter of role offsets between countries")
            )
        width = math.sqrt(sum(part * part for part, _ in parts))
        low, high = median * math.exp(-width), median * math.exp(width)
        band = f"median x exp(-/+{width:.3f}), root-sum-square of " + " + ".join(
            f"{part:.3f} ({why})" for part, why in parts
        )
    if curve.ladder:
        used.extend(curve.rows)
        steps.append(
            f"Experience x{experience:.2f} from {reference:.1f} to {years_used:.1f} years along "
            f"{curve.describe()}."
        )
    else:
        steps.append(
            f"Experience x{experience:.2f} = exp({curve.slope:.4f} x ({years_used:.1f} - "
            f"{reference:.1f}) years); the slope is how log median pay rises with the DevTypes' "
            f"mean years inside one country (Stack Overflow 2024, pooled over "
            f"{', '.join(model.markets)}; across the global table, which also mixes countries, "
            f"it is {model.survey_slope:.4f})."
        )
    steps.append(f"Band: {band}. Rounded to the nearest {ROUND_TO:,} {used[0].currency}.")
    primary = used[0]
    pooled = "no_role_row" in derived and matched is None
    shown_city = city if "city_from_market" in derived else primary.city
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
                _city_label(shown_city or "*")
                if market == "RU" or "city_from_market" in derived
                else "",
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
