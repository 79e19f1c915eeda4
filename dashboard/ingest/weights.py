"""Weights of a logistic model kept as data: a bias, a threshold and one weight per signal.

Two learned steps use them, the relation ranking and the box model; both files are written by
a training script from the annotated fixtures and read here, so that a broken or missing file
gets the same clear message naming the file, the field and the script that writes it.
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from dashboard.yamlio import write_atomic


class WeightsError(ValueError):
    """The weights file is broken; the message names the file and the field."""


@dataclass(frozen=True)
class Weights:
    bias: float
    weights: Mapping[str, float]
    #: An item is kept at this probability or above.
    threshold: float

    def probability(self, features: Mapping[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def parse_weights(raw: object, path: Path) -> Weights:
    if not isinstance(raw, dict):
        raise WeightsError(f"{path}: expected an object with bias, threshold and weights")
    out: dict[str, float] = {}
    for key in ("bias", "threshold"):
        value = raw.get(key)
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise WeightsError(f"{path}: field {key!r} must be a number, not {value!r}")
    threshold = float(raw["threshold"])
    if not 0.0 < threshold < 1.0:
        raise WeightsError(f"{path}: field 'threshold' must lie between 0 and 1, not {threshold}")
    weights = raw.get("weights")
    if not isinstance(weights, dict) or not weights:
        raise WeightsError(f"{path}: field 'weights' must map signal names to numbers")
    for name, value in weights.items():
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise WeightsError(f"{path}: weights[{name!r}] must be a number, not {value!r}")
        out[str(name)] = float(value)
    return Weights(float(raw["bias"]), out, threshold)


def read_weights(path: Path, script: str) -> Weights:
    """The weights in ``path``; ``script`` is named in the message when the file is missing."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise WeightsError(f"{path}: missing; run {script} to write it") from exc
    except json.JSONDecodeError as exc:
        raise WeightsError(f"{path}: not valid JSON (line {exc.lineno}): {exc.msg}") from exc
    return parse_weights(raw, path)


def same_weights(a: Mapping[str, object], b: Mapping[str, object], tolerance: float) -> bool:
    """Whether two trainings agree: the same threshold and sets, each weight within
    ``tolerance`` (a weight one file left out as too small counts as zero)."""
    if a.get("threshold") != b.get("threshold") or a.get("trained_on") != b.get("trained_on"):
        return False
    wa, wb = a["weights"], b["weights"]
    assert isinstance(wa, dict) and isinstance(wb, dict)
    close = all(abs(wa.get(k, 0.0) - wb.get(k, 0.0)) <= tolerance for k in set(wa) | set(wb))
    return close and abs(float(a["bias"]) - float(b["bias"])) <= tolerance  # type: ignore[arg-type]


def check_or_write(
    path: Path, data: Mapping[str, object], *, check: bool, script: str, tolerance: float
) -> int:
    """A training script's last step: compare with the committed file, or write it atomically.

    Returns the exit code: 1 when checking finds the file stale, so that a test or CI fails.
    """
    if check:
        current = json.loads(path.read_text(encoding="utf-8"))
        if not same_weights(current, data, tolerance):
            print(f"{path} is stale: run {script}", file=sys.stderr)
            return 1
        print(f"{path} matches the fixtures")
        return 0
    write_atomic(path, json.dumps(data, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {path}")
    return 0
