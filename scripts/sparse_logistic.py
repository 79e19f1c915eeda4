"""A logistic regression over sparse named signals, shared by the trainers of the box model and
the pair words, with the file they write and the command line they answer to.

Each model has tens of thousands of signals (words, word pairs), too many for the Newton steps
the relation trainer takes; Adam with a fixed step count is deterministic, so a retraining on
another machine gives the same file within rounding.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from dashboard.ingest.weights import check_or_write


@dataclass
class Matrix:
    """Sparse rows: entry ``k`` gives row ``rows[k]`` signal ``columns[k]`` at ``values[k]``."""

    n_rows: int
    rows: np.ndarray
    columns: np.ndarray
    values: np.ndarray


def vocabulary(features: list[dict[str, float]], min_count: int) -> list[str]:
    """The signals seen in at least ``min_count`` examples: rarer ones only learn noise."""
    counts: Counter[str] = Counter()
    for f in features:
        counts.update(f.keys())
    return sorted(k for k, c in counts.items() if c >= min_count)


def matrix(features: list[dict[str, float]], names: list[str]) -> Matrix:
    """The rows, with a last column of ones for the bias."""
    index = {name: i for i, name in enumerate(names)}
    rows: list[int] = []
    columns: list[int] = []
    values: list[float] = []
    for r, f in enumerate(features):
        for name, value in f.items():
            if name in index:
                rows.append(r)
                columns.append(index[name])
                values.append(value)
        rows.append(r)
        columns.append(len(names))
        values.append(1.0)
    return Matrix(len(features), np.array(rows), np.array(columns), np.array(values, float))


def probabilities(x: Matrix, w: np.ndarray) -> np.ndarray:
    z = np.bincount(x.rows, weights=w[x.columns] * x.values, minlength=x.n_rows)
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def fit(
    x: Matrix, y: np.ndarray, n_signals: int, *, l2: float, steps: int, learning_rate: float
) -> np.ndarray:
    """Weights (the bias last, not penalised) by Adam with a fixed step count."""
    w = np.zeros(n_signals + 1)
    penalty = np.full(n_signals + 1, l2)
    penalty[-1] = 0.0
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    for step in range(1, steps + 1):
        error = probabilities(x, w) - y
        grad = np.bincount(x.columns, weights=x.values * error[x.rows], minlength=len(w))
        grad += penalty * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= learning_rate * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return w


def fit_pruned(
    features: list[dict[str, float]],
    labels: Iterable[bool],
    *,
    min_count: int,
    l2: float,
    steps: int,
    learning_rate: float,
    prune: float,
) -> tuple[list[str], np.ndarray]:
    """Signal names and weights, with the weights under ``prune`` set to zero as the file will
    have them, so that an estimate judges what ships."""
    names = vocabulary(features, min_count)
    y = np.array(list(labels), float)
    w = fit(matrix(features, names), y, len(names), l2=l2, steps=steps, learning_rate=learning_rate)
    w[:-1][np.abs(w[:-1]) < prune] = 0.0
    return names, w


@dataclass
class TypeExamples:
    """What a step that judges relation types learns from: one example per pair and type it
    weighs, and per set how the draft fared before the step (types expected, found, right)."""

    sets: list[str] = field(default_factory=list)
    features: list[dict[str, float]] = field(default_factory=list)
    labels: list[bool] = field(default_factory=list)
    expected: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    right: Counter[str] = field(default_factory=Counter)

    def count(self, name: str, want: set[tuple[str, ...]], got: set[tuple[str, ...]]) -> None:
        self.expected[name] += len(want)
        self.found[name] += len(got)
        self.right[name] += len(got & want)

    def add(self, name: str, features: dict[str, float], label: bool) -> None:
        self.sets.append(name)
        self.features.append(features)
        self.labels.append(label)


def held_out_chances(
    ex: TypeExamples,
    folds: int,
    train_on: Callable[[TypeExamples, list[int]], tuple[list[str], np.ndarray]],
) -> np.ndarray:
    """Each example's probability from weights trained on the other folds of sets, so that no
    set judges itself."""
    order = sorted(set(ex.sets) | set(ex.expected))
    fold = {name: i % folds for i, name in enumerate(order)}
    chance = np.zeros(len(ex.labels))
    for k in range(folds):
        inside = [i for i, s in enumerate(ex.sets) if fold[s] != k]
        outside = [i for i, s in enumerate(ex.sets) if fold[s] == k]
        names, w = train_on(ex, inside)
        chance[outside] = probabilities(matrix([ex.features[i] for i in outside], names), w)
    return chance


def prf(tp: int, found: int, expected: int) -> str:
    p = tp / found if found else 0.0
    r = tp / expected if expected else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f} / R {r:.3f} / F1 {f1:.3f}"


def weights_file(
    names: list[str],
    w: np.ndarray,
    *,
    about: str,
    trained_on: tuple[str, ...],
    threshold: float,
    prune: float,
) -> dict[str, object]:
    """What the weights file holds: three decimals, and no weight too small to matter."""
    rounded = {n: round(float(v), 3) for n, v in zip(names, w[:-1], strict=True)}
    return {
        "about": about,
        "trained_on": list(trained_on),
        "threshold": threshold,
        "bias": round(float(w[-1]), 3),
        "weights": {n: v for n, v in rounded.items() if abs(v) >= prune},
    }


def run(
    argv: list[str] | None,
    *,
    description: str,
    default: Path,
    script: str,
    tolerance: float,
    train: Callable[..., tuple[dict[str, object], str]],
) -> int:
    """A trainer's command line: ``--check`` compares with the committed file, else it prints
    the estimate and writes the file."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--out", type=Path, default=default)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    data, report = train(with_estimate=not args.check)
    if not args.check:
        print(report)
    return check_or_write(args.out, data, check=args.check, script=script, tolerance=tolerance)
