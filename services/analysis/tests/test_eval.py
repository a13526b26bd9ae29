"""The evaluation harness's arithmetic, on a tiny hand-made set (not the real data)."""

import json
import math
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

RUN = Path(__file__).resolve().parents[1] / "eval" / "run.py"


@pytest.fixture(scope="module")
def run(load_script: Callable[[Path], ModuleType]) -> ModuleType:
    return load_script(RUN)


def test_ape_and_median(run: ModuleType) -> None:
    errors = [run.ape(110, 100), run.ape(50, 100), run.ape(300, 200)]
    assert errors == pytest.approx([10.0, 50.0, 50.0])
    assert run.median_or_none(errors) == 50.0
    assert run.median_or_none([]) is None


def test_convert_units(run: ModuleType) -> None:
    monthly_net = run.Money(87_000, "RUB", "month", "net")
    assert run.convert(monthly_net, "RUB", "year", "net") == pytest.approx(1_044_000)
    assert run.convert(monthly_net, "RUB", "month", "gross") == pytest.approx(100_000)
    assert run.convert(monthly_net, "USD", "month", "net") is None  # no exchange rate
    usd = run.Money(120_000, "USD", "year", "gross")
    assert run.convert(usd, "USD", "month", "gross") == pytest.approx(10_000)
    assert run.convert(usd, "USD", "year", "net") is None  # no documented US tax rate


def test_precision_recall_is_micro_averaged(run: ModuleType) -> None:
    pairs = [({"python", "docker"}, {"python", "sql"}), ({"go"}, {"go"})]
    precision, recall = run.precision_recall(pairs)
    assert (precision, recall) == (pytest.approx(66.7), pytest.approx(66.7))
    assert run.precision_recall([]) == (None, None)


def test_a_skill_label_the_taxonomy_does_not_know_counts_as_missed(run: ModuleType) -> None:
    wanted = run.skill_ids(["Python", "питон", "Frobnicator 3000"])
    assert wanted == {"python", "unknown:frobnicator 3000"}
    part = run.PartResult(skill_pairs=[({"python"}, wanted)])
    summary = part.summary()
    assert (summary["skills_precision"], summary["skills_recall"]) == (100.0, 50.0)
    assert summary["skills_unknown"] == 1


def test_salary_bias_is_the_median_ratio_of_estimate_to_truth(run: ModuleType) -> None:
    part = run.PartResult(log_errors=[math.log(0.8), math.log(0.9), math.log(1.5)])
    assert part.summary()["salary_bias"] == pytest.approx(-10.0)


def test_part_summary_counts_coverage_and_skips(run: ModuleType) -> None:
    part = run.PartResult(records=4, role_hits=3, grade_labelled=2, grade_hits=1)
    part.apes = [10.0, 20.0, 40.0]
    part.inside = 2
    part.baseline_apes = [30.0, 50.0]
    part.skipped_units = 1
    summary = part.summary()
    assert summary["role_accuracy"] == 75.0
    assert summary["grade_accuracy"] == 50.0
    assert summary["salary_mdape"] == 20.0
    assert summary["salary_in_range"] == pytest.approx(66.7)
    assert summary["baseline_mdape"] == 40.0
    assert summary["skipped_units"] == 1


def test_each_addition_to_a_holdout_is_reported_on_its_own(
    run: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = {"language": "ru", "added": "2026-11-30"}
    synthetic = {"language": "ru", "added": "2026-11-30", "batch": "synthetic"}
    data = {
        "tune": [{"language": "ru"}, {"language": "ru", "added": "2026-11-30"}],
        "holdout": [{"language": "ru"}, fresh, synthetic, {"language": "en"}],
    }
    monkeypatch.setattr(run, "load", lambda part: data[part])
    columns = run.columns()
    assert list(columns) == [
        "tune/en",
        "holdout/en",
        "tune/ru",
        "holdout/ru",
        "holdout/ru +2026-11-30",
        "holdout/ru +2026-11-30 synthetic",
    ]
    assert len(columns["holdout/ru"]) == 3  # the additions still count in their part
    assert columns["holdout/ru +2026-11-30"] == [fresh]  # tune additions get no column
    assert columns["holdout/ru +2026-11-30 synthetic"] == [synthetic]  # one column per batch


def test_the_committed_dev_set_is_what_its_builder_makes_of_the_sources(
    load_script: Callable[[Path], ModuleType],
) -> None:
    builder = load_script(RUN.with_name("build_devset.py"))
    for part, records in builder.build().items():
        committed = (RUN.parent / "data" / f"{part}.jsonl").read_text(encoding="utf-8")
        assert [json.loads(line) for line in committed.splitlines()] == records
