"""`python -m dashboard check | export`: a thin wrapper over the store, filters and export."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from dashboard import export, filters
from dashboard.reference import ReferenceDataError
from dashboard.registry import RegistryError
from dashboard.store import Dataset, data_dir, load_dataset


def _load(directory: Path | None) -> Dataset:
    return load_dataset(directory)


def cmd_check(args: argparse.Namespace) -> int:
    directory = args.data_dir or data_dir()
    dataset = _load(args.data_dir)
    print(f"Data directory: {directory}")
    print(
        f"Loaded {len(dataset.files)} article file(s): {len(dataset.articles)} articles, "
        f"{len(dataset.countries)} states, {len(dataset.sites)} sites, "
        f"{len(dataset.people)} people, {len(dataset.organizations)} organisations, "
        f"{len(dataset.events)} events, {len(dataset.relations)} relations "
        f"({sum(len(r.evidence) for r in dataset.relations.values())} pieces of evidence)."
    )
    print(f"Cooperation types in the registry: {len(dataset.registry)}.")
    if not dataset.issues:
        print("No problems found.")
        return 0
    print(
        f"\n{len(dataset.issues)} problem(s) in {len(dataset.skipped_files)} file(s); "
        "these files were left out:"
    )
    for issue in dataset.issues:
        print(f"  - {issue}")
    return 1


def cmd_export(args: argparse.Namespace) -> int:
    dataset = _load(args.data_dir)
    state = filters.FilterState.of(args.type or (), args.stance or (), args.country or ())
    unknown = state.unknown_values(dataset)
    if unknown:
        print(f"error: unknown filter value(s): {', '.join(unknown)}", file=sys.stderr)
        return 2
    for issue in dataset.issues:
        print(f"warning: {issue}", file=sys.stderr)
    view = filters.apply(dataset, state)
    sys.stdout.write(export.render(view, args.format))
    return 0


INGEST_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm")


def _progress(done: int, total: int, label: str) -> None:
    """A one-line progress bar on stderr, so stdout stays clean for --json."""
    width = 30
    filled = int(width * done / total) if total else width
    bar = "#" * filled + "-" * (width - filled)
    print(f"\r[{bar}] {done}/{total} {label[:40]:<40}", end="", file=sys.stderr, flush=True)
    if done == total:
        print(file=sys.stderr)


def _ingest_one(args: argparse.Namespace, source: str, dataset: Dataset | None) -> Any:
    from dashboard.ingest import pipeline
    from dashboard.ingest.reader import MAX_INPUT_BYTES

    options = {
        "outlet": args.outlet,
        "url": args.url,
        "article_id": args.id,
        "title": args.title,
        "dataset": dataset,
    }
    if source == "-":
        data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        return pipeline.ingest(data, "standard input", **options)
    return pipeline.ingest_path(Path(source), **options)


def _save(args: argparse.Namespace, draft: Any, dataset: Dataset) -> Path:
    from dashboard.ingest import pipeline
    from dashboard.ingest.errors import IngestError
    from dashboard.store import RecordExistsError, record_path, save_record

    if not draft.savable:
        raise IngestError("no state found in the text, so there is nothing to save")
    replacing = record_path(draft.article.id, args.data_dir).exists()
    if replacing and not args.replace:
        raise IngestError(
            f"a record with id {draft.article.id!r} already exists; pass --replace to overwrite "
            "it (the previous version is kept as .yaml.bak) or --id to save under another id"
        )
    record, issues = pipeline.to_record(draft, dataset, replacing=replacing)
    if record is None:
        raise IngestError("the draft does not validate:\n" + "\n".join(f"  - {i}" for i in issues))
    try:
        return save_record(record, args.data_dir, replace=args.replace)
    except RecordExistsError as err:
        raise IngestError(str(err)) from None
    except OSError as err:
        raise IngestError(
            f"cannot write to the data folder: {err.strerror or err} ({err.filename or ''})"
        ) from None


def cmd_ingest(args: argparse.Namespace) -> int:
    from dashboard.ingest import pipeline
    from dashboard.ingest.errors import IngestError
    from dashboard.ingest.summary import summarise

    dataset = _load(args.data_dir) if args.save else None
    target = Path(args.source)
    if args.source != "-" and target.is_dir():
        files = sorted(
            p for p in target.iterdir() if p.is_file() and p.suffix.lower() in INGEST_SUFFIXES
        )
        if not files:
            print(f"error: no .txt, .md or .html files in {target}", file=sys.stderr)
            return 1
        failures: list[tuple[str, str]] = []
        drafts = []
        for i, path in enumerate(files, start=1):
            try:
                draft = _ingest_one(args, str(path), dataset)
                if args.save and dataset is not None:
                    _save(args, draft, dataset)
                    dataset = _load(args.data_dir)
                drafts.append(draft)
            except IngestError as err:
                failures.append((path.name, str(err)))
            _progress(i, len(files), path.name)
        if args.json:
            out = [pipeline.export_dict(d) for d in drafts]
            sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
        else:
            for draft in drafts:
                print(
                    f"{draft.document.source_name}: {len(draft.states)} state(s), "
                    f"{len(draft.relations)} relation(s)"
                )
        verb = "saved" if args.save else "drafted"
        print(
            f"{len(drafts)} of {len(files)} file(s) {verb}; {len(failures)} failed.",
            file=sys.stderr,
        )
        for name, reason in failures:
            print(f"  - {name}: {reason}", file=sys.stderr)
        return 1 if failures else 0
    try:
        draft = _ingest_one(args, args.source, dataset)
        if args.json:
            sys.stdout.write(
                json.dumps(pipeline.export_dict(draft), ensure_ascii=False, indent=2) + "\n"
            )
        else:
            sys.stdout.write(summarise(draft))
        if args.save and dataset is not None:
            path = _save(args, draft, dataset)
            print(f"Saved {path}", file=sys.stderr)
        elif not args.json:
            print("Nothing saved (pass --save to write the record).")
    except IngestError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    except OSError as err:
        print(f"error: cannot read {args.source}: {err.strerror or err}", file=sys.stderr)
        return 1
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m dashboard",
        description="Relations Atlas: check, export and ingest articles.",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="data folder with articles/ (default: $ATLAS_DATA_DIR or ./data)",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    check = sub.add_parser("check", help="validate all data files and print a report")
    check.set_defaults(func=cmd_check)

    exp = sub.add_parser("export", help="write the (filtered) dataset to standard output")
    exp.add_argument("--format", choices=export.FORMATS, default="json")
    exp.add_argument("--type", action="append", metavar="ID", help="cooperation type (repeatable)")
    exp.add_argument("--country", action="append", metavar="ISO3", help="country (repeatable)")
    exp.add_argument(
        "--stance", action="append", choices=("cooperation", "rivalry"), help="stance (repeatable)"
    )
    exp.set_defaults(func=cmd_export)

    ing = sub.add_parser(
        "ingest",
        help="draft a record from an article (.txt, .md, .html, - for stdin, or a folder)",
    )
    ing.add_argument("source", help="file, folder, or - to read standard input")
    ing.add_argument("--json", action="store_true", help="print the draft as export JSON")
    ing.add_argument("--save", action="store_true", help="validate and save into the data folder")
    ing.add_argument(
        "--replace", action="store_true", help="with --save: overwrite, keeping a .bak"
    )
    ing.add_argument("--outlet", help="the outlet's name (else taken from a wire dateline)")
    ing.add_argument("--url", help="the article's http(s) address")
    ing.add_argument("--id", help="record id (default: from the title)")
    ing.add_argument("--title", help="headline (default: from the text)")
    ing.set_defaults(func=cmd_ingest)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (ReferenceDataError, RegistryError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
