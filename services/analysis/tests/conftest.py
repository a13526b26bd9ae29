from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

RESUMES = Path(__file__).with_name("resumes")


@pytest.fixture
def today() -> date:
    """Every test pins "present" so results never drift with the calendar."""
    return date(2025, 1, 15)


@pytest.fixture
def resume() -> Callable[[str], str]:
    """Synthetic resumes written for these tests (no real people)."""
    return lambda name: (RESUMES / f"{name}.txt").read_text(encoding="utf-8")
