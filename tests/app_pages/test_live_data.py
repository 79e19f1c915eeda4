"""A data file edited on disk while the app runs shows on the next rerun, without a restart."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import FIXTURES, ROOT


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    target = tmp_path / "data"
    shutil.copytree(FIXTURES / "data", target)
    monkeypatch.setenv("ATLAS_DATA_DIR", str(target))
    return target


def _parties(at: AppTest) -> list[str]:
    assert not at.exception, [e.message for e in at.exception]
    return list(at.dataframe[0].value["Parties"])


def test_an_edit_on_disk_is_picked_up_on_the_next_rerun(data_dir: Path) -> None:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.run()
    assert _parties(at) == ["Chile ⇄ Argentina"]

    path = data_dir / "articles" / "andes-naval-drill.yaml"
    text = path.read_text(encoding="utf-8")
    assert "target: ARG" in text
    path.write_text(text.replace("target: ARG", "target: PER"), encoding="utf-8")
    stat = path.stat()  # same size; make sure the time differs even on a coarse clock
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))

    at.run()
    assert _parties(at) == ["Chile ⇄ Peru"]


def test_a_new_file_on_disk_is_picked_up(data_dir: Path) -> None:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.run()
    assert len(_parties(at)) == 1
    shutil.copy(
        ROOT / "data" / "articles" / "amerika21-us-peru-security-talks.yaml", data_dir / "articles"
    )
    at.run()
    assert len(_parties(at)) == 1 + 5
