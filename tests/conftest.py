"""Shared fixtures: small data folders the tests write themselves, never the user's data."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).resolve().parent.parent


def load_script(name: str) -> ModuleType:
    """A script of ``scripts/`` as a module, so that a test can call its functions."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def fixture_data(tmp_path: Path) -> Path:
    """A data folder holding the small valid test article."""
    target = tmp_path / "data"
    shutil.copytree(FIXTURES / "data", target)
    return target


@pytest.fixture
def seed_data() -> Path:
    """The repository's own demo data, as a user gets it on a fresh clone."""
    return ROOT / "data"


@pytest.fixture
def hostile_data() -> Path:
    return FIXTURES / "hostile"


HOSTILE_STRINGS = [
    "<img src=x onerror=alert(1)>",
    "`${alert(1)}`",
    "</script><script>alert(1)</script>",
    "\"'><svg onload=alert(1)>",
    "javascript:alert(1)",
    "[x](javascript:alert(1)) $x$ :red[y] **z**",
    "\u202eevil\u202c",
]

# The full corpus of tests/hostile.py too, so every escaping test meets every string.
from tests.hostile import CORPUS  # noqa: E402

HOSTILE_STRINGS += [s for s in CORPUS if s not in HOSTILE_STRINGS]
