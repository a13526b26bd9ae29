"""Load and validate the shipped market tables (CSV under ``data/``)."""

from __future__ import annotations

import csv
import functools
import io
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from worth.analysis.market.categories import (
    BASES,
    CITIES,
    CURRENCIES,
    GRADES,
    MARKET_ROLES,
    MARKETS,
    PAY_PERIODS,
)

DATA_DIR = Path(__file__).with_name("data")

# Every row of every table names where its number comes from.
PROVENANCE = ("source", "publication", "url", "period", "metric", "licence")

PAY_COLUMNS = (
    "id",
    "market",
    "category",
    "role",
    "grade",
    "city",
    "currency",
    "pay_period",
    "basis",
    "low",
    "median",
    "high",
    "mean_years",
    "sample_size",
    *PROVENANCE,
)
LANGUAGE_COLUMNS = ("id", "language", "median", "mean_years", "sample_size", *PROVENANCE)

T = TypeVar("T")

_PERIOD = re.compile(r"^(\d{4})(?:-H([12]))?$")


class MarketDataError(ValueError):
    """A shipped market table is malformed; the message names the file, row and field."""


@dataclass(frozen=True, slots=True)
class Provenance:
    source: str
    publication: str
    url: str
    period: str
    metric: str
    licence: str


@dataclass(frozen=True, slots=True)
class PayRow:
    """One published pay figure: a median (and optional quartiles) for a market segment."""

    id: str
    market: str
    category: str  # the publication's own label, verbatim
    role: str  # market role slug or "*"
    grade: str  # grade or "*"
    city: str  # city slug, "other" or "*"
    currency: str
    pay_period: str
    basis: str
    low: float | None
    median: float
    high: float | None
    mean_years: float | None  # mean years of experience behind the median, when published
    sample_size: int | None
    provenance: Provenance


@dataclass(frozen=True, slots=True)
class LanguageRow:
    """Median pay and mean experience of the people who use one programming language."""

    id: str
    language: str
    median: float
    mean_years: float
    sample_size: int | None
    provenance: Provenance


@dataclass(frozen=True, eq=False)  # identity hash: derived models are cached per loaded set
class MarketTables:
    pay: tuple[PayRow, ...]
    languages: tuple[LanguageRow, ...]

    @functools.cached_property
    def by_id(self) -> dict[str, PayRow | LanguageRow]:
        rows: list[PayRow | LanguageRow] = [*self.pay, *self.languages]
        return {row.id: row for row in rows}


def period_key(period: str) -> tuple[int, int]:
    """Sort key for "2024", "2024-H1", "2025-H2" (a whole year sorts before its halves)."""
    match = _PERIOD.match(period)
    if match is None:
        raise ValueError(f"bad period {period!r}")
    return int(match[1]), int(match[2] or 0)


@functools.cache
def load_market() -> MarketTables:
    """The shipped tables, validated once per process."""
    return load_market_from(DATA_DIR)


def load_market_from(directory: Path) -> MarketTables:
    """Read ``*_pay.csv`` and ``*_languages.csv`` from a directory; raise MarketDataError."""
    pay_files = sorted(directory.glob("*_pay.csv"))
    language_files = sorted(directory.glob("*_languages.csv"))
    if not pay_files:
        raise MarketDataError(f"{directory}: no *_pay.csv market table")
    pay = tuple(row for path in pay_files for row in _read(path, PAY_COLUMNS, _pay_row))
    languages = tuple(
        row for path in language_files for row in _read(path, LANGUAGE_COLUMNS, _language_row)
    )
    seen: set[str] = set()
    every: list[PayRow | LanguageRow] = [*pay, *languages]
    for row in every:
        if row.id in seen:
            raise MarketDataError(f"duplicate row id {row.id!r}")
        seen.add(row.id)
    return MarketTables(pay=pay, languages=languages)


def render_table(header: str, rows: Iterable[Mapping[str, Any]], columns: Sequence[str]) -> str:
    """A table as load_market_from reads it: the "#" header lines, then CSV with its column row.
    The refresh scripts write every shipped table through this."""
    out = io.StringIO()
    out.write(header)
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def _read(path: Path, columns: tuple[str, ...], build: Callable[[_Fields], T]) -> list[T]:
    with path.open(encoding="utf-8", newline="") as handle:
        # Lines starting with "#" carry the licence notice and are not data.
        reader = csv.DictReader(line for line in handle if not line.startswith("#"))
        missing = [c for c in columns if c not in (reader.fieldnames or ())]
        if missing:
            raise MarketDataError(f"{path.name}: missing columns {', '.join(missing)}")
        rows = [build(_Fields(path.name, number, raw)) for number, raw in enumerate(reader, 1)]
    if not rows:
        raise MarketDataError(f"{path.name}: no rows")
    return rows


class _Fields:
    """Typed access to one CSV row that reports errors with file, row and column."""

    def __init__(self, file: str, number: int, raw: dict[str, Any]) -> None:
        self.where = f"{file} row {number} ({raw.get('id') or 'no id'})"
        self.raw = raw

    def fail(self, message: str) -> MarketDataError:
        return MarketDataError(f"{self.where}: {message}")

    def text(self, column: str, allowed: Iterable[str] | None = None) -> str:
        value = (self.raw.get(column) or "").strip()
        if not value:
            raise self.fail(f"{column} is empty")
        if allowed is not None and value not in allowed:
            raise self.fail(f"{column}={value!r} is not one of the known values")
        return value

    def number(self, column: str) -> float:
        number = self.optional(column)
        if number is None:
            raise self.fail(f"{column} is empty")
        return number

    def optional(self, column: str) -> float | None:
        value = (self.raw.get(column) or "").strip()
        if not value:
            return None
        try:
            number = float(value)
        except ValueError:
            raise self.fail(f"{column}={value!r} is not a number") from None
        if not math.isfinite(number) or number < 0:
            raise self.fail(f"{column}={value!r} must be a finite non-negative number")
        return number

    def count(self, column: str) -> int | None:
        number = self.optional(column)
        if number is None:
            return None  # not published: never invent one
        if number != int(number) or number < 1:
            raise self.fail(f"{column} must be a positive whole number or empty")
        return int(number)

    def provenance(self) -> Provenance:
        fields = {column: self.text(column) for column in PROVENANCE}
        if not _PERIOD.match(fields["period"]):
            raise self.fail(f"period={fields['period']!r}, expected YYYY or YYYY-H1/H2")
        return Provenance(**fields)


def _pay_row(f: _Fields) -> PayRow:
    low, median, high = f.optional("low"), f.number("median"), f.optional("high")
    if median <= 0:
        raise f.fail("median must be positive")
    if (low is None) != (high is None):
        raise f.fail("low and high come together or not at all")
    if low is not None and high is not None and not low <= median <= high:
        raise f.fail(f"needs low <= median <= high, got {low} / {median} / {high}")
    return PayRow(
        id=f.text("id"),
        market=f.text("market", MARKETS),
        category=f.text("category"),
        role=f.text("role", MARKET_ROLES),
        grade=f.text("grade", (*GRADES, "*")),
        city=f.text("city", CITIES),
        currency=f.text("currency", CURRENCIES),
        pay_period=f.text("pay_period", PAY_PERIODS),
        basis=f.text("basis", BASES),
        low=low,
        median=median,
        high=high,
        mean_years=f.optional("mean_years"),
        sample_size=f.count("sample_size"),
        provenance=f.provenance(),
    )


def _language_row(f: _Fields) -> LanguageRow:
    median, mean_years = f.number("median"), f.number("mean_years")
    if median <= 0:
        raise f.fail("median must be positive")
    return LanguageRow(
        id=f.text("id"),
        language=f.text("language"),
        median=median,
        mean_years=mean_years,
        sample_size=f.count("sample_size"),
        provenance=f.provenance(),
    )
