import json
import shutil
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from worth.analysis.market import MarketDataError, load_market, load_market_from
from worth.analysis.market.loader import DATA_DIR, PROVENANCE

SCRIPT = Path(__file__).parents[1] / "scripts" / "refresh_market_data.py"
WORK_JSON = Path("/work/shared/data/stackoverflow-2024/work.json")
ODBL = "Stack Overflow Developer Survey 2024, Stack Exchange Inc., ODbL 1.0"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A writable copy of the shipped tables."""
    for csv in DATA_DIR.glob("*.csv"):
        shutil.copy(csv, tmp_path)
    return tmp_path


def edit(path: Path, change: Callable[[str], str]) -> None:
    path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")


def test_shipped_tables_load_with_provenance_on_every_row():
    tables = load_market()
    assert tables.pay and tables.languages
    for row in (*tables.pay, *tables.languages):
        assert all(getattr(row.provenance, field) for field in PROVENANCE), row.id
    for row in tables.pay:
        if row.provenance.source.startswith("Stack Overflow"):
            assert row.provenance.licence == ODBL
    for name in ("so2024_pay.csv", "so2024_languages.csv"):
        head = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()[:4]
        assert any(ODBL in line for line in head) and any("ODbL" in line for line in head[1:])


def test_no_sample_size_is_invented_for_the_russian_rows():
    ru = [row for row in load_market().pay if row.market == "RU"]
    assert ru and all(row.sample_size is None for row in ru)


def test_loading_is_cached():
    assert load_market() is load_market()


def test_rejects_a_row_without_its_source(data: Path):
    edit(
        data / "ru_habr_pay.csv",
        lambda t: t.replace(",Хабр Карьера (Habr Career) salary calculator,", ",,", 1),
    )
    with pytest.raises(MarketDataError, match=r"ru_habr_pay\.csv row 1 .*source is empty"):
        load_market_from(data)


def test_rejects_a_table_without_a_provenance_column(data: Path):
    def drop_url(text: str) -> str:
        lines = text.splitlines()
        header = next(i for i, line in enumerate(lines) if line.startswith("id,"))
        lines[header] = lines[header].replace(",url,", ",link,")
        return "\n".join(lines) + "\n"

    edit(data / "so2024_languages.csv", drop_url)
    with pytest.raises(MarketDataError, match="missing columns url"):
        load_market_from(data)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            ",*,*,moscow,RUB,month,net,,230000,,",
            ",*,*,moscow,RUB,month,net,250000,230000,240000,",
            "low <= median <= high",
        ),
        (",*,*,moscow,RUB,month,net,,230000,", ",*,*,moscow,RUB,month,net,,-5,", "non-negative"),
        (",*,*,moscow,RUB,month,net,", ",wizard,*,moscow,RUB,month,net,", "role='wizard'"),
        (",*,*,moscow,RUB,month,net,", ",*,guru,moscow,RUB,month,net,", "grade='guru'"),
        (",*,*,moscow,RUB,month,net,", ",*,*,moscow,RUB,week,net,", "pay_period='week'"),
        ("ru-habr-2025h2-spb,", "ru-habr-2025h2-moscow,", "duplicate row id"),
        (",2025-H2,", ",second half 2025,", "period="),
    ],
)
def test_rejects_inconsistent_rows(data: Path, old: str, new: str, message: str):
    edit(data / "ru_habr_pay.csv", lambda t: t.replace(old, new, 1))
    with pytest.raises(MarketDataError, match=message):
        load_market_from(data)


def test_rejects_an_empty_directory(tmp_path: Path):
    with pytest.raises(MarketDataError, match=r"no \*_pay\.csv"):
        load_market_from(tmp_path)


@pytest.mark.skipif(not WORK_JSON.exists(), reason="the survey results file is not on this machine")
def test_refresh_script_reproduces_the_shipped_tables(
    tmp_path: Path, load_script: Callable[[Path], ModuleType]
):
    shutil.copy(DATA_DIR / "ru_habr_pay.csv", tmp_path)
    assert load_script(SCRIPT).main([str(WORK_JSON), "--out", str(tmp_path)]) == 0
    for name in ("so2024_pay.csv", "so2024_languages.csv"):
        assert (tmp_path / name).read_bytes() == (DATA_DIR / name).read_bytes(), name


@pytest.mark.skipif(not WORK_JSON.exists(), reason="the survey results file is not on this machine")
def test_refresh_script_stops_on_an_unmapped_devtype(
    tmp_path: Path, load_script: Callable[[Path], ModuleType]
):
    survey = json.loads(WORK_JSON.read_text(encoding="utf-8"))
    survey["CompTotal"]["datasets"]["Germany"]["data"].append(
        {
            "response": "Prompt whisperer",
            "frequency": 9,
            "median_yearly_salary_usd": 1,
            "percent": 0,
        }
    )
    changed = tmp_path / "work.json"
    changed.write_text(json.dumps(survey), encoding="utf-8")
    with pytest.raises(SystemExit, match="Prompt whisperer"):
        load_script(SCRIPT).main([str(changed), "--out", str(tmp_path)])


BLS_SCRIPT = Path(__file__).parents[1] / "scripts" / "refresh_bls_oews.py"
BLS_SAMPLE = Path(__file__).parent / "data" / "bls_national_M2024_sample.csv"


def test_bls_refresh_reproduces_the_shipped_us_occupation_table(
    tmp_path: Path, load_script: Callable[[Path], ModuleType]
):
    for table in DATA_DIR.glob("*.csv"):
        shutil.copy(table, tmp_path)
    (tmp_path / "us_bls_oews_pay.csv").unlink()
    assert load_script(BLS_SCRIPT).main([str(BLS_SAMPLE), "--out", str(tmp_path)]) == 0
    assert (tmp_path / "us_bls_oews_pay.csv").read_bytes() == (
        DATA_DIR / "us_bls_oews_pay.csv"
    ).read_bytes()
    accountants = load_market_from(tmp_path).by_id["bls24-us-accountants-auditors"]
    # The 25th / 50th / 75th percentiles of the national row, as published.
    assert (accountants.low, accountants.median, accountants.high) == (64660, 81680, 106450)


def test_bls_refresh_refuses_a_top_coded_or_missing_figure(
    tmp_path: Path, load_script: Callable[[Path], ModuleType]
):
    text = BLS_SAMPLE.read_text(encoding="utf-8")
    topcoded = tmp_path / "national_M2024_dl.csv"
    topcoded.write_text(text.replace('"81,680"', "#"), encoding="utf-8")
    with pytest.raises(SystemExit, match="13-2011: A_MEDIAN='#'"):
        load_script(BLS_SCRIPT).main([str(topcoded), "--out", str(tmp_path)])
    missing = tmp_path / "national_M2023_dl.csv"
    missing.write_text(
        "\n".join(line for line in text.splitlines() if ",13-1071," not in line) + "\n",
        encoding="utf-8",
    )
    with pytest.raises(SystemExit, match="not in the file: 13-1071"):
        load_script(BLS_SCRIPT).main([str(missing), "--out", str(tmp_path)])


BLS_METRO_SAMPLE = Path(__file__).parent / "data" / "bls_msa_M2024_sample.csv"


def test_bls_refresh_reproduces_the_shipped_metro_table(
    tmp_path: Path, load_script: Callable[[Path], ModuleType]
):
    for table in DATA_DIR.glob("*.csv"):
        shutil.copy(table, tmp_path)
    (tmp_path / "us_bls_oews_metro_pay.csv").unlink()
    assert load_script(BLS_SCRIPT).main([str(BLS_METRO_SAMPLE), "--out", str(tmp_path)]) == 0
    assert (tmp_path / "us_bls_oews_metro_pay.csv").read_bytes() == (
        DATA_DIR / "us_bls_oews_metro_pay.csv"
    ).read_bytes()
    seattle = load_market_from(tmp_path).by_id["bls24-us-seattle-software-developers"]
    # MSA 42660, SOC 15-1252: the published 25th / 50th / 75th percentiles.
    assert (seattle.city, seattle.low, seattle.median, seattle.high) == (
        "seattle",
        136010,
        169340,
        211590,
    )
    missing = tmp_path / "MSA_M2024_dl.csv"
    missing.write_text(
        "\n".join(
            line
            for line in BLS_METRO_SAMPLE.read_text(encoding="utf-8").splitlines()
            if not line.startswith("42660,")
        )
        + "\n",
        encoding="utf-8",
    )
    with pytest.raises(SystemExit, match="not in the file: 42660/15-1252"):
        load_script(BLS_SCRIPT).main([str(missing), "--out", str(tmp_path)])
