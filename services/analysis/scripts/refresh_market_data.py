"""Regenerate the Stack Overflow 2024 market tables from the survey's published results file.

    .venv/bin/python services/analysis/scripts/refresh_market_data.py \\
        /work/shared/data/stackoverflow-2024/work.json

Writes ``so2024_pay.csv`` (median yearly total compensation by DevType: all respondents and five
countries, with mean years of professional coding per DevType) and ``so2024_languages.csv``
(the same by programming language) into the market data directory, or ``--out``.
The output is deterministic, so a diff shows exactly what a new results file changed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

from worth.analysis.market.categories import SO_DEVTYPES
from worth.analysis.market.loader import (
    DATA_DIR,
    LANGUAGE_COLUMNS,
    PAY_COLUMNS,
    load_market_from,
    render_table,
)

URL = (
    "https://github.com/StackExchange/Survey/blob/79b83b81e766aa70fe63ed74e49b724ec625a168/"
    "packages/archive/2024/json/work.json"
)
SOURCE = "Stack Overflow Developer Survey 2024"
ATTRIBUTION = "Stack Overflow Developer Survey 2024, Stack Exchange Inc., ODbL 1.0"
METRIC = "median yearly total compensation (salary, bonuses, perks), USD, gross"
COUNTRIES = {
    "United States": "US",
    "Germany": "DE",
    "India": "IN",
    "United Kingdom": "GB",
    "Ukraine": "UA",
}


def header(sha256: str) -> str:
    return (
        f"# Derived from the {ATTRIBUTION}.\n"
        "# This database is made available under the Open Database License (ODbL) 1.0,\n"
        "# https://opendatacommons.org/licenses/odbl/1-0/ ; its contents under the Database\n"
        "# Contents License (DbCL) 1.0, https://opendatacommons.org/licenses/dbcl/1-0/ .\n"
        f"# Generated from work.json (sha256 {sha256}) by\n"
        "# services/analysis/scripts/refresh_market_data.py; do not edit by hand.\n"
    )


def provenance(table: str) -> dict[str, str]:
    return {
        "source": SOURCE,
        "publication": f"{SOURCE} results, Stack Exchange Inc.: work.json, table {table}",
        "url": URL,
        "period": "2024",
        "licence": ATTRIBUTION,
    }


def slug(label: str) -> str:
    label = label.lower().replace("#", "sharp").replace("+", "p")
    return re.sub(r"[^a-z0-9]+", "-", label).strip("-")


def pay_rows(survey: dict[str, Any]) -> list[dict[str, Any]]:
    comp = survey["CompTotal"]["datasets"]
    years = {
        r["response"]: r
        for r in survey["CompTotal_YearsCodePro_DevType"]["datasets"][
            "CompTotal_YearsCodePro_DevType"
        ]["data"]
    }
    rows = []
    for dataset, market in (("CompTotal", "GLOBAL"), *COUNTRIES.items()):
        table = f"CompTotal / {comp[dataset]['name']}"
        for item in comp[dataset]["data"]:
            label = item["response"]
            if label not in SO_DEVTYPES:
                raise SystemExit(f"unknown DevType {label!r}: extend SO_DEVTYPES first")
            row: dict[str, Any] = {
                "id": f"so24-{market.lower()}-{SO_DEVTYPES[label]}",
                "market": market,
                "category": label,
                "role": SO_DEVTYPES[label],
                "grade": "*",
                "city": "*",
                "currency": "USD",
                "pay_period": "year",
                "basis": "gross",
                "low": "",
                "median": item["median_yearly_salary_usd"],
                "high": "",
                "mean_years": "",
                "sample_size": item.get("frequency", ""),
                "metric": METRIC,
                **provenance(table),
            }
            # The all-respondents table has no per-row n; the salary-and-experience table is
            # built from the same 22,677 answers and publishes n and mean years per DevType.
            if market == "GLOBAL" and label in years:
                scatter = years[label]
                if scatter["y"] != item["median_yearly_salary_usd"]:
                    raise SystemExit(f"{label}: the two tables disagree on the median")
                row["mean_years"] = scatter["x"]
                row["sample_size"] = scatter["frequency"]
                row["publication"] += " and CompTotal_YearsCodePro_DevType"
                row["metric"] += "; mean years of professional coding"
            rows.append(row)
    return rows


def language_rows(survey: dict[str, Any]) -> list[dict[str, Any]]:
    table = "CompTotal_YearsCodePro_Language"
    data = survey[table]["datasets"][table]["data"]
    return [
        {
            "id": f"so24-lang-{slug(item['response'])}",
            "language": item["response"],
            "median": item["y"],
            "mean_years": item["x"],
            "sample_size": item["frequency"],
            "metric": METRIC + "; mean years of professional coding",
            **provenance(f"{table} (Salary and Experience by Language)"),
        }
        for item in data
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "work_json", type=Path, help="the survey's packages/.../2024/json/work.json"
    )
    parser.add_argument("--out", type=Path, default=DATA_DIR, help="market data directory")
    args = parser.parse_args(argv)

    raw = args.work_json.read_bytes()
    sha256 = hashlib.sha256(raw).hexdigest()
    survey = json.loads(raw)
    files = {
        "so2024_pay.csv": render_table(header(sha256), pay_rows(survey), PAY_COLUMNS),
        "so2024_languages.csv": render_table(
            header(sha256), language_rows(survey), LANGUAGE_COLUMNS
        ),
    }
    for name, text in files.items():
        (args.out / name).write_text(text, encoding="utf-8")
    load_market_from(args.out)  # refuse to leave a directory the service would reject
    print(f"wrote {', '.join(files)} to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
