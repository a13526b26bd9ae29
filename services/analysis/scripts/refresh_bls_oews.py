"""Regenerate the US occupational wage tables from BLS OEWS files.

    .venv/bin/python services/analysis/scripts/refresh_bls_oews.py national_M2024_dl.csv
    .venv/bin/python services/analysis/scripts/refresh_bls_oews.py MSA_M2024_dl.csv

National: the national, cross-industry sheet of the OEWS release (https://www.bls.gov/oes/tables.htm
→ "National" → oesm24nat.zip → national_M2024_dl.xlsx, saved as CSV with its header row); rows
are kept for the occupations in ``BLS_OCCUPATIONS``; writes ``us_bls_oews_pay.csv``.
Metropolitan (a file named MSA_…: "Metropolitan and nonmetropolitan area" → oesm24ma.zip →
MSA_M2024_dl.xlsx as CSV): the occupations in ``BLS_METRO_OCCUPATIONS`` for the areas in
``BLS_METROS``; writes ``us_bls_oews_metro_pay.csv``. A wanted row missing from the file is an
error. Into the market data directory, or ``--out``. Deterministic.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import re
import sys
from pathlib import Path
from typing import Any

from worth.analysis.market.categories import BLS_METRO_OCCUPATIONS, BLS_METROS, BLS_OCCUPATIONS
from worth.analysis.market.loader import DATA_DIR, PAY_COLUMNS, load_market_from, render_table

SOURCE = "U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics (OEWS)"
URL = "https://www.bls.gov/oes/tables.htm"
LICENCE = "Public domain (U.S. federal government work); cite the Bureau of Labor Statistics"
OUTPUT = "us_bls_oews_pay.csv"
METRO_OUTPUT = "us_bls_oews_metro_pay.csv"


def header(release: str, source_name: str, sha256: str, *, metro: bool = False) -> str:
    scope = "metropolitan area" if metro else "national cross-industry"
    return (
        f"# {SOURCE}, {release} {scope} estimates. Public domain.\n"
        "# low / median / high = the 25th / 50th / 75th percentile annual wage (base pay, no\n"
        "# bonus or stock; wage and salary workers, self-employed excluded).\n"
        f"# Generated from {source_name} (sha256 {sha256}) by\n"
        "# services/analysis/scripts/refresh_bls_oews.py; do not edit by hand.\n"
    )


def number(raw: str, *, code: str, column: str) -> int:
    value = raw.replace(",", "").strip()
    if not re.fullmatch(r"\d+(?:\.\d+)?", value):
        # "#" = at or above the top-code ($239,200 in 2024), "*" = not published.
        raise SystemExit(f"{code}: {column}={raw!r} is not a published figure")
    return round(float(value))


def wage_row(
    r: dict[str, str], code: str, year: str, *, where: str, row_id: str, city: str, scope: str
) -> dict[str, Any]:
    """One OEWS record as a market row: the published 25th / 50th / 75th percentiles."""
    employment = number(r["TOT_EMP"], code=where, column="TOT_EMP")
    employed = "national employment" if city == "*" else "employment in the area"
    return {
        "id": row_id,
        "market": "US",
        "category": f"{r['OCC_TITLE']} (SOC {code})"
        + (f", {r['AREA_TITLE']}" if city != "*" else ""),
        "role": BLS_OCCUPATIONS[code],
        "grade": "*",
        "city": city,
        "currency": "USD",
        "pay_period": "year",
        "basis": "gross",
        "low": number(r["A_PCT25"], code=where, column="A_PCT25"),
        "median": number(r["A_MEDIAN"], code=where, column="A_MEDIAN"),
        "high": number(r["A_PCT75"], code=where, column="A_PCT75"),
        "mean_years": "",
        "sample_size": "",  # OEWS publishes employment and standard errors, not n
        "source": SOURCE,
        "publication": f"OEWS May {year}, {scope}, SOC {code}",
        "url": URL,
        "period": year,
        "metric": (
            "annual wage, USD, gross base pay: 25th percentile (low), median, 75th "
            f"percentile (high); {employed} {employment:,}"
        ),
        "licence": LICENCE,
    }


def pay_rows(records: list[dict[str, str]], year: str) -> list[dict[str, Any]]:
    national = {
        r["OCC_CODE"]: r
        for r in records
        if r.get("AREA") == "99" and r.get("NAICS") == "000000" and r["OCC_CODE"] in BLS_OCCUPATIONS
    }
    missing = sorted(set(BLS_OCCUPATIONS) - set(national))
    if missing:
        raise SystemExit(f"not in the file: {', '.join(missing)}")
    return [
        wage_row(
            national[code],
            code,
            year,
            where=code,
            row_id=f"bls{year[2:]}-us-{slug.replace('_', '-')}",
            city="*",
            scope="national cross-industry estimates",
        )
        for code, slug in BLS_OCCUPATIONS.items()
    ]


def metro_rows(records: list[dict[str, str]], year: str) -> list[dict[str, Any]]:
    found = {
        (r["AREA"], r["OCC_CODE"]): r
        for r in records
        if r.get("AREA") in BLS_METROS and r["OCC_CODE"] in BLS_METRO_OCCUPATIONS
    }
    wanted = [(area, code) for area in BLS_METROS for code in BLS_METRO_OCCUPATIONS]
    missing = [f"{area}/{code}" for area, code in wanted if (area, code) not in found]
    if missing:
        raise SystemExit(f"not in the file: {', '.join(missing)}")
    return [
        wage_row(
            found[area, code],
            code,
            year,
            where=f"{code} in {area}",
            row_id=f"bls{year[2:]}-us-{BLS_METROS[area].replace('_', '-')}-"
            f"{BLS_OCCUPATIONS[code].replace('_', '-')}",
            city=BLS_METROS[area],
            scope=f"metropolitan area estimates, MSA {area}",
        )
        for area, code in wanted
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "bls_csv", type=Path, help="national_M<YYYY>_dl or MSA_M<YYYY>_dl sheet as CSV"
    )
    parser.add_argument("--out", type=Path, default=DATA_DIR, help="market data directory")
    args = parser.parse_args(argv)

    match = re.search(r"M(\d{4})", args.bls_csv.name)
    if match is None:
        raise SystemExit("name the file as BLS does (national_M2024_dl...): it carries the year")
    year = match[1]
    metro = "msa" in args.bls_csv.name.lower()
    raw = args.bls_csv.read_bytes()
    records = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    build, output = (metro_rows, METRO_OUTPUT) if metro else (pay_rows, OUTPUT)
    text = render_table(
        header(f"May {year}", args.bls_csv.name, hashlib.sha256(raw).hexdigest(), metro=metro),
        build(records, year),
        PAY_COLUMNS,
    )
    (args.out / output).write_text(text, encoding="utf-8")
    load_market_from(args.out)  # refuse to leave a directory the service would reject
    print(f"wrote {output} to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
