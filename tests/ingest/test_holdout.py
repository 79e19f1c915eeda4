"""The held-out sets guard against regressions: scores may rise, never fall below these floors.

The floors sit a little under what the pipeline reached when each set was scored (see the
closing notes of the ingestion issue); the targets themselves are checked on the evaluation set
in ``test_evaluation.py``. Every set was written blind and scored blind once (each set's README
says when and with what result); since then their misses have been used to find general faults
in the rules, so they now guard against regressions more than they estimate unseen text.
"""

from __future__ import annotations

import pytest

from dashboard.ingest import evaluate, pipeline
from dashboard.yamlio import load
from tests.conftest import FIXTURES

SETS = tuple(f"holdout{n}" if n > 1 else "holdout" for n in range(1, 35))
FLOORS = {
    # field: (minimum precision, minimum recall)
    "states": (0.9, 0.95),
    "places": (0.8, 0.8),
    "people": (0.85, 0.8),
    "people, country": (0.6, 0.6),
    "relation types": (0.7, 0.5),
    "boilerplate": (1.0, 1.0),
}
#: Lower floors where a set asks for what the reference data cannot give (towns that GeoNames'
#: list of cities leaves out, people named only after a long apposition) or where its relations
#: still miss most (set 8: four-party deals and shared enemies; set 12: lists of members; set 16:
#: pronoun subjects and shared operations such as a UN-backed force; sets 17-19: relations told
#: across sentences and implied by context, each scored blind at the floors' level).
LOWER = {
    ("holdout8", "relation types"): (0.65, 0.4),
    ("holdout9", "places"): (0.75, 0.8),
    ("holdout9", "people"): (0.85, 0.7),
    ("holdout11", "places"): (0.85, 0.6),
    ("holdout12", "relation types"): (0.55, 0.6),
    ("holdout16", "relation types"): (0.6, 0.6),
    ("holdout17", "relation types"): (0.55, 0.35),
    ("holdout17", "people, country"): (0.6, 0.55),
    ("holdout18", "relation types"): (0.65, 0.45),
    ("holdout19", "relation types"): (0.55, 0.4),
    ("holdout20", "boilerplate"): (0.95, 1.0),  # the answer keeps a newsletter's "3. IN BRIEF"
    ("holdout20", "relation types"): (0.65, 0.6),
    ("holdout21", "relation types"): (0.65, 0.55),
    ("holdout21", "places"): (0.75, 0.7),  # eleven places set by hand, not in the gazetteer
    ("holdout22", "relation types"): (0.65, 0.4),
    # sets 23-25 are still blind: their floors sit under what they scored, misses unused
    ("holdout23", "relation types"): (0.65, 0.45),
    ("holdout23", "boilerplate"): (0.95, 0.9),
    ("holdout24", "relation types"): (0.55, 0.4),
    ("holdout24", "boilerplate"): (0.95, 0.9),
    ("holdout25", "boilerplate"): (0.95, 0.8),
    # sets 26-28 were scored blind at relation F1 0.45, 0.53 and 0.63, then used
    ("holdout26", "relation types"): (0.65, 0.4),
    ("holdout27", "relation types"): (0.65, 0.4),
    ("holdout28", "relation types"): (0.6, 0.6),
    # sets 29-31 were scored blind at relation F1 0.62, 0.66 and 0.54; only their boxes used
    ("holdout29", "relation types"): (0.65, 0.5),
    ("holdout30", "relation types"): (0.7, 0.5),
    ("holdout31", "relation types"): (0.55, 0.45),
    # sets 32-34 were scored blind with the final code of that session; only boxes used
    ("holdout32", "relation types"): (0.45, 0.4),
}


@pytest.fixture(scope="module")
def pooled() -> dict[str, dict[str, evaluate.Score]]:
    resources = pipeline.load_resources()
    result: dict[str, dict[str, evaluate.Score]] = {}
    for name in SETS:
        totals: dict[str, evaluate.Score] = {}
        for text, expected in evaluate.eval_cases(FIXTURES / "ingest" / name):
            draft = pipeline.ingest_path(text, resources=resources)
            for field, score in evaluate.score(load(expected), draft).items():
                totals.setdefault(field, evaluate.Score()).add(score)
        result[name] = totals
    return result


@pytest.mark.parametrize("name", SETS)
@pytest.mark.parametrize("field", list(FLOORS))
def test_held_out_scores_stay_above_their_floors(
    name: str, field: str, pooled: dict[str, dict[str, evaluate.Score]]
) -> None:
    score = pooled[name][field]
    precision, recall = LOWER.get((name, field), FLOORS[field])
    assert score.precision >= precision, (score.precision, score.extras)
    assert score.recall >= recall, (score.recall, score.misses)
