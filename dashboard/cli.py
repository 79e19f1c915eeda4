"""`python -m dashboard check | export`: a thin wrapper over the store, filters and export."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m dashboard",
        description="Relations Atlas: check and export the article dataset.",
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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (ReferenceDataError, RegistryError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
