"""How well and how fast the ingestion pipeline drafts records from the evaluation set.

Quality: precision, recall and F1 per field over every article of the set (states, places
within 0.05 degrees, people with the right role, relation types per pair of states, boilerplate
blocks), pooled over all articles.

Speed, each figure also as a ratio to a baseline measured in the same run:
* loading the reference data (countries, gazetteer, registry, lexicons) once per process, against
  a plain ``json.load`` of the GeoNames cities file it is built from;
* drafting one article once everything is loaded, against only reading it (decode, split into
  blocks), so the ratio is the cost of extraction over the cost of touching the text;
* a 1,000-word article per language, built by joining the set's paragraphs.

Run: ``python bench/extraction.py [--dir FOLDER] [--runs N] [--details]``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from dashboard.ingest import evaluate, pipeline, reader  # noqa: E402
from dashboard.reference import cities_path  # noqa: E402
from dashboard.yamlio import load  # noqa: E402

DEFAULT_DIR = REPO_ROOT / "tests" / "fixtures" / "ingest" / "eval"


def _median_time(fn, runs: int) -> float:  # noqa: ANN001 - any zero-argument callable
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR, help="evaluation folder")
    parser.add_argument("--runs", type=int, default=5, help="timing repeats per article")
    parser.add_argument("--details", action="store_true", help="list misses and extras")
    args = parser.parse_args()

    args.dir = args.dir.resolve()
    cases = evaluate.eval_cases(args.dir)
    if not cases:
        print(f"no evaluation cases in {args.dir}", file=sys.stderr)
        return 1

    started = time.perf_counter()
    with cities_path().open(encoding="utf-8") as handle:
        json.load(handle)
    json_baseline = time.perf_counter() - started
    started = time.perf_counter()
    resources = pipeline.load_resources()
    pipeline.ingest(
        "Peru und China haben in Lima ein Abkommen über den Hafen unterzeichnet.",
        "warm-up",
        resources=resources,
    )
    load_seconds = time.perf_counter() - started

    totals: dict[str, evaluate.Score] = {}
    rows = []
    words_by_lang: dict[str, list[str]] = {}
    for text_path, expected_path in cases:
        expected = load(expected_path)
        draft = pipeline.ingest_path(text_path, resources=resources)
        scope = evaluate.annotated_blocks(text_path)
        for name, s in evaluate.score(expected, draft, scope).items():
            totals.setdefault(name, evaluate.Score()).add(s)
            if args.details and (s.misses or s.extras):
                print(f"{text_path.name} {name}: missed {s.misses} extra {s.extras}")
        words = sum(len(b.text.split()) for b in draft.document.blocks)
        full = _median_time(
            lambda p=text_path: pipeline.ingest_path(p, resources=resources), args.runs
        )
        base = _median_time(lambda p=text_path: reader.read_path(p), args.runs)
        rows.append((text_path.name, draft.document.language, words, full, base))
        words_by_lang.setdefault(draft.document.language, []).extend(
            b.text for b in draft.document.paragraphs
        )

    shown = args.dir.relative_to(REPO_ROOT) if args.dir.is_relative_to(REPO_ROOT) else args.dir
    print(f"Evaluation set: {len(cases)} articles in {shown}\n")
    print(f"| {'field':<15} | precision | recall |   F1 |  tp |  fp |  fn |")
    print(f"|{'-' * 17}|-----------|--------|------|-----|-----|-----|")
    for name in evaluate.FIELDS:
        s = totals.get(name)
        if s is None:
            print(f"| {name:<15} | {'not annotated in this set':<42} |")
            continue
        print(
            f"| {name:<15} | {s.precision:9.2f} | {s.recall:6.2f} | {s.f1:4.2f} "
            f"| {s.tp:3d} | {s.fp:3d} | {s.fn:3d} |"
        )

    print("\n| article | lang | words | draft ms | read ms | ratio |")
    print("|---|---|---:|---:|---:|---:|")
    for name, lang, words, full, base in rows:
        print(
            f"| {name} | {lang} | {words} | {full * 1000:.1f} | {base * 1000:.2f} "
            f"| {full / base:.0f} |"
        )
    per_article = statistics.median(r[3] for r in rows)
    print(
        f"\nMedian time per article: {per_article * 1000:.1f} ms "
        f"(ratio to reading it: {statistics.median(r[3] / r[4] for r in rows):.0f})"
    )
    print(
        f"Loading reference data once per process: {load_seconds * 1000:.0f} ms "
        f"(ratio to json.load of the GeoNames file, {json_baseline * 1000:.0f} ms: "
        f"{load_seconds / json_baseline:.2f})"
    )
    for lang, paragraphs in sorted(words_by_lang.items()):
        text, count, i = [], 0, 0
        while count < 1000:
            para = paragraphs[i % len(paragraphs)]
            text.append(para)
            count += len(para.split())
            i += 1
        joined = "\n\n".join(text)
        full = _median_time(
            lambda t=joined: pipeline.ingest(t, "bench", resources=resources), args.runs
        )
        base = _median_time(lambda t=joined: reader.read_text(t, "bench"), args.runs)
        print(
            f"1,000-word article ({lang}, {count} words): {full * 1000:.1f} ms "
            f"(ratio to reading it: {full / base:.0f})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
