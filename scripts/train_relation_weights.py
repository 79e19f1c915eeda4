"""Learn the relation weights (``data/registry/ingest/relation_weights.json``) from the fixtures.

Every annotated fixture article is drafted with the rules; each candidate pair and type (see
``dashboard/ingest/ranking.py``) is labelled by whether the article's expected record holds it,
and a logistic regression with a small L2 penalty learns one weight per signal. Held-out sets
newer than ``LAST_TRAINING_SET`` are never read, so that they stay a fair test of the weights.

Before writing, the script estimates how the weights do on text they have not seen: it leaves
each set out in turn, trains on the others and scores the left-out set, and prints the pooled
precision and recall beside the rules' own. The threshold is the highest that gives (within
``F1_TIE``) the best pooled F1 on the blind-written sets (``VALIDATION``), whose relations the
rules were least tuned on.

Usage::

    python scripts/train_relation_weights.py [--out FILE] [--check]

``--check`` writes nothing and exits 1 when the committed file differs from what the fixtures
give now (beyond rounding), so that a changed fixture or rule cannot leave stale weights behind.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from dashboard.gazetteer import load_gazetteer  # noqa: E402
from dashboard.ingest import evaluate, pipeline, ranking  # noqa: E402
from dashboard.ingest.weights import check_or_write  # noqa: E402
from dashboard.reference import load_countries  # noqa: E402
from dashboard.registry import load_registry  # noqa: E402
from dashboard.yamlio import load  # noqa: E402

FIXTURES = REPO_ROOT / "tests" / "fixtures" / "ingest"
LAST_TRAINING_SET = 368
#: Written blind after these weights were trained; they test the weights and are never read.
TEST_SETS = tuple(range(LAST_TRAINING_SET + 1, 385))
TRAINING_SETS = (
    "eval",
    "dev",
    "holdout",
    *(f"holdout{n}" for n in range(2, LAST_TRAINING_SET + 1)),
)
VALIDATION = tuple(f"holdout{n}" for n in range(26, LAST_TRAINING_SET + 1))
#: Thresholds whose F1 on the validation sets is this close to the best count as equal; the
#: highest of them is taken, because a reviewer would rather check fewer wrong relations.
F1_TIE = 0.005
L2 = 1.0
NEWTON_STEPS = 50
THRESHOLDS = tuple(round(0.15 + 0.05 * i, 2) for i in range(10))
#: Two trainings on different machines agree to this much; the file rounds to four decimals.
TOLERANCE = 2e-3
ABOUT = (
    "Weights of the relation ranking (dashboard/ingest/ranking.py), learned by "
    "scripts/train_relation_weights.py from the annotated fixtures; do not edit by hand."
)


@dataclass
class Examples:
    sets: list[str]
    features: list[dict[str, float]]
    labels: list[bool]
    #: Per set: relation types the expected records hold, and how many of them the rules find
    #: and get right on their own.
    expected: Counter[str]
    rules_found: Counter[str]
    rules_right: Counter[str]


def collect(sets: tuple[str, ...]) -> Examples:
    # Weights that add nothing: the draft's relations are then the rules' own, and the
    # candidates (which do not depend on the weights) are what the weights will judge.
    rules_only = ranking.RelationWeights(-30.0, {}, 0.5)
    blank = pipeline.Resources(load_countries(), load_gazetteer(), load_registry(), rules_only)
    out = Examples([], [], [], Counter(), Counter(), Counter())
    for name in sets:
        for text, expected_path in evaluate.eval_cases(FIXTURES / name):
            want = evaluate.expected_types((load(expected_path) or {}).get("relations") or [])
            out.expected[name] += len(want)
            draft = pipeline.ingest_path(text, resources=blank)
            found = evaluate.draft_types(draft)
            out.rules_found[name] += len(found)
            out.rules_right[name] += len(found & want)
            for c in draft.candidates:
                out.sets.append(name)
                out.features.append(dict(c.features))
                out.labels.append((c.source, c.target, c.type_id) in want)
    return out


def fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """Weights on the raw signals, fitted on standardised ones so that one penalty suits all.

    Newton's method finds the penalised optimum in a few dozen steps where plain gradient
    descent needed thousands; with one fit per left-out set, that is most of the run time.
    """
    mean = x.mean(axis=0)
    scale = x.std(axis=0) + 1e-9
    z = np.hstack([(x - mean) / scale, np.ones((len(y), 1))])
    penalty = np.full(z.shape[1], L2)
    penalty[-1] = 0.0  # the bias is not penalised
    theta = np.zeros(z.shape[1])
    for _ in range(NEWTON_STEPS):
        p = 1.0 / (1.0 + np.exp(-(z @ theta)))
        gradient = z.T @ (p - y) + penalty * theta
        hessian = (z.T * (p * (1.0 - p))) @ z + np.diag(penalty) + 1e-9 * np.eye(len(theta))
        step = np.linalg.solve(hessian, gradient)
        theta -= step
        if np.abs(step).max() < 1e-10:
            break
    raw = theta[:-1] / scale
    return raw, float(theta[-1]) - float(raw @ mean)


def _prf(tp: int, predicted: int, expected: int) -> tuple[float, float, float]:
    p = tp / predicted if predicted else 0.0
    r = tp / expected if expected else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def cross_validate(ex: Examples, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    sets = np.array(ex.sets)
    prob = np.zeros(len(y))
    for name in dict.fromkeys(ex.sets):
        out = sets == name
        w, b = fit(x[~out], y[~out])
        prob[out] = 1.0 / (1.0 + np.exp(-(x[out] @ w + b)))
    return prob


def scores(
    ex: Examples, y: np.ndarray, chosen: np.ndarray, group: tuple[str, ...]
) -> tuple[float, float, float]:
    """Precision, recall and F1 of the rules' relations plus the chosen candidates."""
    mask = np.isin(np.array(ex.sets), group)
    tp = int((chosen & (y == 1) & mask).sum()) + sum(ex.rules_right[s] for s in group)
    predicted = int((chosen & mask).sum()) + sum(ex.rules_found[s] for s in group)
    return _prf(tp, predicted, sum(ex.expected[s] for s in group))


def report(ex: Examples, y: np.ndarray, chosen: np.ndarray, group: tuple[str, ...]) -> str:
    p, r, f = scores(ex, y, chosen, group)
    return f"P {p:.2f} / R {r:.2f} / F1 {f:.3f}"


def train(sets: tuple[str, ...] = TRAINING_SETS) -> dict[str, object]:
    ex = collect(sets)
    names = sorted({k for f in ex.features for k in f})
    x = np.array([[f.get(k, 0.0) for k in names] for f in ex.features])
    y = np.array(ex.labels, dtype=float)
    prob = cross_validate(ex, x, y)
    validation = tuple(s for s in VALIDATION if s in ex.expected)
    f1 = {t: scores(ex, y, prob >= t, validation)[2] for t in THRESHOLDS}
    best = max(t for t in THRESHOLDS if f1[t] >= max(f1.values()) - F1_TIE)
    none = np.zeros(len(y), dtype=bool)
    print(f"{len(y)} candidates from {len(ex.expected)} sets; threshold {best}")
    for label, group in (("all sets", tuple(ex.expected)), ("validation", validation)):
        print(f"  {label:10}  rules alone          {report(ex, y, none, group)}")
        print(f"  {'':10}  with weights, set out {report(ex, y, prob >= best, group)}")
    w, b = fit(x, y)
    return {
        "about": ABOUT,
        "trained_on": list(ex.expected),
        "threshold": best,
        "bias": round(b, 4),
        "weights": {k: round(float(v), 4) for k, v in zip(names, w, strict=True)},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ranking.WEIGHTS_PATH)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    data = train()
    return check_or_write(
        args.out,
        data,
        check=args.check,
        script="scripts/train_relation_weights.py",
        tolerance=TOLERANCE,
    )


if __name__ == "__main__":
    raise SystemExit(main())
