import importlib.util
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from types import ModuleType

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


@pytest.fixture(scope="session")
def load_script() -> Callable[[Path], ModuleType]:
    """Import a standalone script (eval, data refresh) by path, as its own module."""

    def load(path: Path) -> ModuleType:
        spec = importlib.util.spec_from_file_location(f"worth_script_{path.stem}", path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # dataclasses look their module up while being created
        spec.loader.exec_module(module)
        return module

    return load
