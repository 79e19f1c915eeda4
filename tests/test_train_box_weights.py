"""The shipped box weights are what the annotated fixtures give, and never see newer sets."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from dashboard.ingest.box_model import WEIGHTS_PATH, load_weights
from tests.conftest import load_script


@pytest.fixture(scope="module")
def trainer() -> ModuleType:
    return load_script("train_box_weights")


def test_the_shipped_weights_match_a_training_run_on_the_fixtures(
    trainer: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    assert trainer.main(["--check"]) == 0, capsys.readouterr().err
    assert "matches the fixtures" in capsys.readouterr().out


def test_a_stale_weights_file_is_caught(
    trainer: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stale = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))
    stale["weights"]["w:newsletter"] += 0.5
    path = tmp_path / "box_weights.json"
    path.write_text(json.dumps(stale), encoding="utf-8")
    assert trainer.main(["--check", "--out", str(path)]) == 1
    assert "is stale: run scripts/train_box_weights.py" in capsys.readouterr().err


def test_the_weights_are_trained_on_the_sets_up_to_the_last_training_set(
    trainer: ModuleType,
) -> None:
    trained = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))["trained_on"]
    assert trained == list(trainer.TRAINING_SETS)
    assert f"holdout{trainer.LAST_TRAINING_SET}" in trained
    assert f"holdout{trainer.LAST_TRAINING_SET + 1}" not in trained
    assert load_weights().threshold == trainer.THRESHOLD
