"""The shipped rule-check weights are what the annotated fixtures give, and never see newer
sets."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from dashboard.ingest.rule_check import WEIGHTS_PATH, load_weights
from tests.conftest import load_script


@pytest.fixture(scope="module")
def trainer() -> ModuleType:
    """The script, with one training run shared by the tests (each takes two minutes)."""
    module = load_script("train_rule_check")
    once = module.train(with_estimate=False)
    module.train = lambda *, with_estimate: once
    return module


def test_the_shipped_weights_match_a_training_run_on_the_fixtures(
    trainer: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    assert trainer.main(["--check"]) == 0, capsys.readouterr().err
    assert "matches the fixtures" in capsys.readouterr().out


def test_a_stale_weights_file_is_caught(
    trainer: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stale = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))
    stale["weights"]["K|trade_infrastructure"] += 0.5
    path = tmp_path / "rule_check.json"
    path.write_text(json.dumps(stale), encoding="utf-8")
    assert trainer.main(["--check", "--out", str(path)]) == 1
    assert "is stale: run scripts/train_rule_check.py" in capsys.readouterr().err


def test_the_weights_share_the_other_learned_steps_training_sets(trainer: ModuleType) -> None:
    relation_trainer = load_script("train_relation_weights")
    trained = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))["trained_on"]
    assert trained == list(trainer.TRAINING_SETS) == list(relation_trainer.TRAINING_SETS)
    assert f"holdout{trainer.LAST_TRAINING_SET + 1}" not in trained
    assert load_weights().threshold == trainer.THRESHOLD
