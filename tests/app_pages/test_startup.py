"""A broken install says once, on every page, which reference file is wrong and how to fix it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.reference import REFERENCE_DIR
from tests.conftest import ROOT

APP = str(ROOT / "app.py")


@pytest.fixture
def reference_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    target = tmp_path / "reference"
    shutil.copytree(REFERENCE_DIR, target)
    monkeypatch.setenv("ATLAS_REFERENCE_DIR", str(target))
    return target


def _errors(page: str | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    if page:
        at.switch_page(page)
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


@pytest.mark.parametrize(
    ("name", "damage", "problem"),
    [
        ("countries.geojson", "delete", "is missing"),
        ("cities.json", "truncate", "is not valid JSON"),
        ("countries.json", "truncate", "is not valid JSON"),
    ],
)
@pytest.mark.parametrize("page", [None, "dashboard/app_pages/about.py"])
def test_one_clear_message_names_the_file_and_the_rebuild_command(
    reference_copy: Path, name: str, damage: str, problem: str, page: str | None
) -> None:
    path = reference_copy / name
    if damage == "delete":
        path.unlink()
    else:
        path.write_text(path.read_text(encoding="utf-8")[:500], encoding="utf-8")
    at = _errors(page)
    assert len(at.error) == 1
    message = at.error[0].value.replace("\\", "")  # markdown escapes are not shown
    assert name in message and problem in message
    assert "python scripts/build_reference.py" in message
    assert not at.title, "the page stops before drawing anything half-broken"


def test_intact_reference_data_shows_no_message(reference_copy: Path) -> None:
    at = _errors()
    assert not at.error
    assert at.title
