"""Learn the pair words' weights (``data/registry/ingest/pair_weights.json``) from the fixtures.

Every pair of states that a sentence of a fixture article names among few, with every type the
draft does not already give it, is an example: right when the expected file lists that type
for the pair. The drafts are made with the relation weights as shipped and the pair words
silent, so the examples are what ``dashboard/ingest/pair_words.py`` judges in use. A logistic
regression with an L2 penalty learns one weight per signal; signals seen in fewer than
``MIN_COUNT`` examples are left out, and weights too small to matter are dropped from the file.

The weights are trained on the same sets as the relation weights, so that the sets after
``LAST_TRAINING_SET`` test both. Before writing, the script estimates what the step adds on
articles it was not trained on: it splits the sets into ``FOLDS`` groups, trains on all but one,
judges the one left out and prints relation-type precision, recall and F1 with and without it.

Usage::

    python scripts/train_pair_weights.py [--out FILE] [--check]

``--check`` writes nothing (and skips the estimate) and exits 1 when the committed file
differs from what the fixtures give now.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, str(REPO_ROOT / "scripts"))

from sparse_logistic import (  # noqa: E402
    TypeExamples,
    fit_pruned,
    held_out_chances,
    prf,
    run,
    weights_file,
)

from dashboard.gazetteer import load_gazetteer  # noqa: E402
from dashboard.ingest import evaluate, pair_words, pipeline, ranking  # noqa: E402
from dashboard.reference import load_countries  # noqa: E402
from dashboard.registry import load_registry  # noqa: E402
from dashboard.yamlio import load  # noqa: E402

FIXTURES = REPO_ROOT / "tests" / "fixtures" / "ingest"
#: The relation weights' training sets: newer sets test both learned steps.
LAST_TRAINING_SET = 368
TRAINING_SETS = (
    "eval",
    "dev",
    "holdout",
    *(f"holdout{n}" for n in range(2, LAST_TRAINING_SET + 1)),
)
MIN_COUNT = 3
L2 = 1.0
STEPS = 400
LEARNING_RATE = 0.1
#: A type joins the draft at this probability or above. Over five folds, F1 was flat between
#: 0.4 and 0.5; the higher end adds fewer wrong types for the reviewer to strike out.
THRESHOLD = 0.5
FOLDS = 5
#: Weights this small hardly move a probability (five folds gave the same F1 with and without
#: them); leaving them out keeps the file under a megabyte.
PRUNE = 0.1
TOLERANCE = 5e-3
ABOUT = (
    "Weights of the pair words (dashboard/ingest/pair_words.py), learned by "
    "scripts/train_pair_weights.py from the annotated fixtures; do not edit by hand."
)


def collect(sets: tuple[str, ...]) -> TypeExamples:
    silent = pipeline.Resources(
        load_countries(),
        load_gazetteer(),
        load_registry(),
        ranking.load_weights(),
        pair_words.SILENT,
    )
    out = TypeExamples()
    for name in sets:
        for text, expected_path in evaluate.eval_cases(FIXTURES / name):
            want = evaluate.expected_types((load(expected_path) or {}).get("relations") or [])
            draft = pipeline.ingest_path(text, resources=silent)
            out.count(name, want, evaluate.draft_types(draft))
            for c in draft.worded:
                out.add(name, dict(c.features), (c.source, c.target, c.type_id) in want)
    return out


def train_on(ex: TypeExamples, keep: list[int]) -> tuple[list[str], np.ndarray]:
    return fit_pruned(
        [ex.features[i] for i in keep],
        [ex.labels[i] for i in keep],
        min_count=MIN_COUNT,
        l2=L2,
        steps=STEPS,
        learning_rate=LEARNING_RATE,
        prune=PRUNE,
    )


def estimate(ex: TypeExamples) -> str:
    """Relation types over the training sets, each fold judged by weights it was not trained on.

    The steps before this one were trained on these same sets, so both lines flatter them a
    little; the difference between the lines is the estimate.
    """
    chance = held_out_chances(ex, FOLDS, train_on)
    expected = sum(ex.expected.values())
    found = sum(ex.found.values())
    right = sum(ex.right.values())
    labels = np.array(ex.labels)
    lines = [f"{len(labels)} pairs and types judged, {int(labels.sum())} of them right"]
    lines.append(f"before this step:          {prf(right, found, expected)}")
    for threshold in (0.4, THRESHOLD, 0.6):
        added = chance >= threshold
        tp = int((added & labels).sum())
        score = prf(right + tp, found + int(added.sum()), expected)
        wrong = int((added & ~labels).sum())
        lines.append(f"with it at {threshold:.2f}, set out: {score} ({tp} right, {wrong} wrong)")
    return "\n".join(lines)


def train(*, with_estimate: bool) -> tuple[dict[str, object], str]:
    ex = collect(TRAINING_SETS)
    report = estimate(ex) if with_estimate else ""
    names, w = train_on(ex, list(range(len(ex.labels))))
    data = weights_file(
        names, w, about=ABOUT, trained_on=TRAINING_SETS, threshold=THRESHOLD, prune=PRUNE
    )
    return data, report


def main(argv: list[str] | None = None) -> int:
    return run(
        argv,
        description=__doc__.splitlines()[0],
        default=pair_words.WEIGHTS_PATH,
        script="scripts/train_pair_weights.py",
        tolerance=TOLERANCE,
        train=train,
    )


if __name__ == "__main__":
    raise SystemExit(main())
