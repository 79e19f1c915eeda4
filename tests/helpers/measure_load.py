"""Load a data folder in a fresh process and report time, memory and issues as JSON.

A fresh process gives an honest peak-memory figure: the pytest process has already grown
for other reasons, and `ru_maxrss` only ever goes up.

Usage: python tests/helpers/measure_load.py DATA_DIR
"""

from __future__ import annotations

import json
import resource
import sys
import time
import tracemalloc
from pathlib import Path

from dashboard import store
from dashboard.reference import load_countries
from dashboard.registry import load_registry


def main(directory: Path) -> None:
    # Warm everything that is not the file under test so that only the load itself is counted.
    countries = load_countries()
    registry = load_registry(store.registry_path(directory))
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    started = time.perf_counter()
    dataset = store.load_dataset(directory, registry=registry, countries=countries)
    seconds = time.perf_counter() - started
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    tracemalloc.start()
    store.load_dataset(directory, registry=registry, countries=countries)
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    json.dump(
        {
            "seconds": seconds,
            "rss_growth_kib": rss_after - rss_before,  # Linux reports ru_maxrss in KiB
            "traced_peak_bytes": traced_peak,
            "issues": [
                {"file": i.file, "message": i.message, "text": str(i)} for i in dataset.issues
            ],
            "skipped": list(dataset.skipped_files),
            "relations": sorted(dataset.relations),
        },
        sys.stdout,
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
