"""Evaluate the offline analyzer on the labelled development set (`just eval`).

For each part (tune, holdout) and language (en, ru) prints role and grade accuracy, skills
precision/recall (labels normalised through the engine's skill taxonomy) and, for salary, the
median absolute percentage error of the median, its median bias (estimate / truth - 1: negative
when the engine prices low) and the share of true salaries inside [low, high] (the band is read
as p25..p75, so about half should fall inside), next to a naive baseline: the latest market
median for the labelled role alone (no grade, city or experience) from the same tables. Writes
the same numbers as JSON to .worth/eval/latest.json.

Units: a true salary is converted into the estimate's units before comparing. month <-> year is
x12. net <-> gross only for RUB, with Russia's 13% personal income tax (НДФЛ) flat rate
(gross = net / 0.87; the 2025 progressive steps above 2.4M RUB a year are not modelled). Any
other mismatch (currency, USD net/gross) is skipped and counted.
"""

from __future__ import annotations

import json
import math
import statistics
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from worth.analysis.engine import analyze
from worth.analysis.engine.experience import latest
from worth.analysis.engine.roles import BY_ID as ROLES
from worth.analysis.engine.skills import find_skills
from worth.analysis.market import MarketTables, load_market

DATA = Path(__file__).with_name("data")
ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / ".worth" / "eval" / "latest.json"
TODAY = date(2026, 1, 1)  # pinned: results must not drift with the calendar
RUB_TAX = 0.13  # НДФЛ flat rate used for RUB net <-> gross


@dataclass(frozen=True, slots=True)
class Money:
    amount: float
    currency: str
    period: str  # month | year
    basis: str  # net | gross | unknown


def convert(value: Money, currency: str, period: str, basis: str) -> float | None:
    """`value` in the given units, or None when the units cannot be reconciled honestly."""
    if value.currency != currency:
        return None
    amount = value.amount
    if value.period != period:
        amount = amount * 12 if (value.period, period) == ("month", "year") else amount / 12
    if value.basis != basis:
        if currency != "RUB" or "unknown" in (value.basis, basis):
            return None
        amount = amount / (1 - RUB_TAX) if basis == "gross" else amount * (1 - RUB_TAX)
    return amount


def ape(estimate: float, truth: float) -> float:
    """Absolute percentage error of an estimate, in percent."""
    return abs(estimate - truth) / truth * 100


def median_or_none(values: Sequence[float]) -> float | None:
    return round(statistics.median(values), 1) if values else None


def share(hits: int, total: int) -> float | None:
    return round(hits / total * 100, 1) if total else None


def precision_recall(pairs: Iterable[tuple[set[str], set[str]]]) -> tuple[float | None, ...]:
    """Micro-averaged precision and recall over (predicted, labelled) id sets, in percent."""
    tp = fp = fn = 0
    for predicted, labelled in pairs:
        tp += len(predicted & labelled)
        fp += len(predicted - labelled)
        fn += len(labelled - predicted)
    return share(tp, tp + fp), share(tp, tp + fn)


@dataclass(slots=True)
class PartResult:
    records: int = 0
    role_hits: int = 0
    grade_labelled: int = 0
    grade_hits: int = 0
    skill_pairs: list[tuple[set[str], set[str]]] = field(default_factory=list)
    year_errors: list[float] = field(default_factory=list)
    apes: list[float] = field(default_factory=list)
    log_errors: list[float] = field(default_factory=list)  # log(estimate / truth)
    inside: int = 0
    baseline_apes: list[float] = field(default_factory=list)
    skipped_units: int = 0
    skipped_baseline: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        precision, recall = precision_recall(self.skill_pairs)
        return {
            "records": self.records,
            "role_accuracy": share(self.role_hits, self.records),
            "grade_labelled": self.grade_labelled,
            "grade_accuracy": share(self.grade_hits, self.grade_labelled),
            "skills_labelled": len(self.skill_pairs),
            "skills_precision": precision,
            "skills_recall": recall,
            "skills_unknown": sum(
                1 for _, wanted in self.skill_pairs for s in wanted if s.startswith(UNKNOWN)
            ),
            "years_labelled": len(self.year_errors),
            "years_mae": round(statistics.fmean(self.year_errors), 1) if self.year_errors else None,
            "salary_compared": len(self.apes),
            "salary_mdape": median_or_none(self.apes),
            "salary_in_range": share(self.inside, len(self.apes)),
            "salary_bias": round((math.exp(statistics.median(self.log_errors)) - 1) * 100, 1)
            if self.log_errors
            else None,
            "baseline_compared": len(self.baseline_apes),
            "baseline_mdape": median_or_none(self.baseline_apes),
            "skipped_units": self.skipped_units,
            "skipped_baseline": self.skipped_baseline,
        }


UNKNOWN = "unknown:"


def skill_ids(names: Iterable[str]) -> set[str]:
    """Taxonomy ids of labelled skills. A label the taxonomy does not know stays in as
    "unknown:<name>": it counts as missed, instead of silently leaving the recall."""
    ids: set[str] = set()
    for name in names:
        ids |= {s.id for s in find_skills(name)} or {UNKNOWN + name.strip().lower()}
    return ids


def baseline(tables: MarketTables, role_id: str, currency: str) -> tuple[float, str, str] | None:
    """Median of the latest market row for the role alone: (median, period, basis)."""
    market = "RU" if currency == "RUB" else "GLOBAL"
    rows = latest(tables.pay, market)
    slug = ROLES[role_id].market_role if role_id in ROLES else None
    wanted = "*" if market == "RU" else slug  # the Russian tables have no role rows yet
    for row in rows:
        if row.role == wanted and row.grade == "*" and row.city == "*":
            return row.median, row.pay_period, row.basis
    return None


def evaluate(records: Sequence[dict[str, Any]], tables: MarketTables) -> PartResult:
    result = PartResult()
    for record in records:
        labels = record["labels"]
        got = analyze(record["text"], language=record["language"], today=TODAY, tables=tables)
        result.records += 1
        result.role_hits += got.role.id == labels["role"]
        if labels.get("grade"):
            result.grade_labelled += 1
            result.grade_hits += got.grade == labels["grade"]
        if labels.get("skills"):
            result.skill_pairs.append(({s.id for s in got.skills}, skill_ids(labels["skills"])))
        if labels.get("years") is not None:  # years the engine does not find count as 0
            result.year_errors.append(abs((got.years_experience or 0.0) - labels["years"]))
        if got.role.id != labels["role"]:
            result.errors.append({"id": record["id"], "role": got.role.id, "want": labels["role"]})
        pay = labels.get("salary")
        if not pay:
            continue
        truth = Money(pay["amount"], pay["currency"], pay["period"], pay.get("basis", "unknown"))
        salary = got.salary
        true_amount = convert(truth, salary.currency, salary.period, salary.basis)
        if true_amount is None:
            result.skipped_units += 1
        else:
            result.apes.append(ape(salary.median, true_amount))
            result.log_errors.append(math.log(salary.median / true_amount))
            result.inside += salary.low <= true_amount <= salary.high
        base = baseline(tables, labels["role"], truth.currency)
        if base is None:
            result.skipped_baseline += 1
            continue
        base_truth = convert(truth, truth.currency, base[1], base[2])
        if base_truth is None:
            result.skipped_baseline += 1
        else:
            result.baseline_apes.append(ape(base[0], base_truth))
    return result


def load(part: str) -> list[dict[str, Any]]:
    path = DATA / f"{part}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def columns() -> dict[str, list[dict[str, Any]]]:
    """Each part and language, then each later addition to a holdout on its own: records added
    after the engine was tuned are the only ones nobody has looked at yet."""
    parts = {part: load(part) for part in ("tune", "holdout")}
    out: dict[str, list[dict[str, Any]]] = {}
    for language in ("en", "ru"):
        for part, records in parts.items():
            out[f"{part}/{language}"] = [r for r in records if r["language"] == language]
        holdout = out[f"holdout/{language}"]
        for batch in sorted({_batch(r) for r in holdout if "added" in r}):
            out[f"holdout/{language} +{batch}"] = [r for r in holdout if _batch(r) == batch]
    return out


def _batch(record: dict[str, Any]) -> str:
    """An addition's name: its date, and its kind when one date added more than one source."""
    return " ".join(str(part) for part in (record.get("added"), record.get("batch")) if part)


def _cell(value: object) -> str:
    return "—" if value is None else str(value)


def table(summaries: dict[str, dict[str, Any]]) -> str:
    rows: list[tuple[str, str | tuple[str, str]]] = [
        ("records", "records"),
        ("role accuracy %", "role_accuracy"),
        ("grade accuracy % (labelled n)", ("grade_accuracy", "grade_labelled")),
        ("skills precision %", "skills_precision"),
        ("skills recall % (labelled n)", ("skills_recall", "skills_labelled")),
        ("  labels unknown to taxonomy", "skills_unknown"),
        ("years MAE (labelled n)", ("years_mae", "years_labelled")),
        ("salary MdAPE % (n)", ("salary_mdape", "salary_compared")),
        ("salary median bias %", "salary_bias"),
        ("salary in [low, high] % (p25-p75)", "salary_in_range"),
        ("baseline MdAPE % (n)", ("baseline_mdape", "baseline_compared")),
        ("skipped: units / baseline", ("skipped_units", "skipped_baseline")),
    ]
    parts = list(summaries)
    widths = [max(15, len(p) + 2) for p in parts]
    lines = [f"{'metric':<32}" + "".join(f"{p:>{w}}" for p, w in zip(parts, widths, strict=True))]
    for label, key in rows:
        cells = []
        for part in parts:
            s = summaries[part]
            if isinstance(key, tuple):
                cells.append(f"{_cell(s[key[0]])} ({_cell(s[key[1]])})")
            else:
                cells.append(_cell(s[key]))
        lines.append(
            f"{label:<32}" + "".join(f"{c:>{w}}" for c, w in zip(cells, widths, strict=True))
        )
    return "\n".join(lines)


def main(argv: Sequence[str] = ()) -> int:
    tables = load_market()
    results = {name: evaluate(records, tables) for name, records in columns().items()}
    summaries = {part: r.summary() for part, r in results.items()}
    print(table(summaries))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    report = {
        "today": TODAY.isoformat(),
        "parts": summaries,
        "role_errors": {part: r.errors for part, r in results.items()},
        "units": {"rub_tax": RUB_TAX},
    }
    OUT.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"\nwrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
