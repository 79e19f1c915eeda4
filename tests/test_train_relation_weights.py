"""The shipped relation weights are what the annotated fixtures give, and never see the sets
kept aside to test them."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from dashboard.ingest.ranking import WEIGHTS_PATH, load_weights
from tests.conftest import load_script


@pytest.fixture(scope="module")
def trainer() -> ModuleType:
    return load_script("train_relation_weights")


def test_the_shipped_weights_match_a_training_run_on_the_fixtures(
    trainer: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    assert trainer.main(["--check"]) == 0, capsys.readouterr().err
    out = capsys.readouterr().out
    assert "rules alone" in out and "with weights, set out" in out


def test_a_stale_weights_file_is_caught(
    trainer: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stale = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))
    stale["weights"]["sent_any"] += 0.5
    path = tmp_path / "relation_weights.json"
    path.write_text(json.dumps(stale), encoding="utf-8")
    assert trainer.main(["--check", "--out", str(path)]) == 1
    assert "is stale: run scripts/train_relation_weights.py" in capsys.readouterr().err


def test_the_sets_kept_for_testing_are_not_trained_on(trainer: ModuleType) -> None:
    trained = set(json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))["trained_on"])
    assert trained == set(trainer.TRAINING_SETS)
    assert not trained & {f"holdout{n}" for n in trainer.TEST_SETS}
    assert load_weights().threshold in trainer.THRESHOLDS
