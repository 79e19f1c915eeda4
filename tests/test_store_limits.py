"""A hostile or careless data file fails fast, in little memory, and names itself.

Each bad file sits next to the valid fixture article, which must still load. The load runs in
a fresh process (tests/helpers/measure_load.py) so that its time and peak memory are its own;
`pytest -s` prints the figures.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from dashboard import yamlio
from tests.conftest import ROOT

HELPER = ROOT / "tests" / "helpers" / "measure_load.py"
MAX_SECONDS = 1.0
MAX_GROWTH_BYTES = 30 * 1024 * 1024


def _alias_bomb(path: Path) -> None:
    """Nine levels of nine-fold aliases: a few hundred bytes that stand for 387 million values."""
    lines = ["a0: &a0 [" + ", ".join(["lol"] * 9) + "]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 9)]
    path.write_text("\n".join(lines) + "\narticle: *a8\n", encoding="utf-8")


def _alias_bomb_in_mappings(path: Path) -> None:
    """The same bomb built from mappings and merge keys, hidden below a valid-looking article."""
    lines = ["x0: &x0 {" + ", ".join(f"k{j}: lol" for j in range(9)) + "}"]
    lines += [
        f"x{i}: &x{i} {{" + ", ".join(f"k{j}: *x{i - 1}" for j in range(9)) + "}"
        for i in range(1, 9)
    ]
    lines += [
        "article: {id: bomb, title: Bomb, outlet: Nowhere, language: en}",
        "sites: [{<<: *x8}]",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _deep_flow(levels: int) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        path.write_text("[" * levels + "]" * levels + "\n", encoding="utf-8")

    return write


def _deep_block(path: Path) -> None:
    """Deep nesting in the indented style a person would type, not only in brackets."""
    lines = [f"{'  ' * i}k{i}:" for i in range(2_000)]
    path.write_text("\n".join(lines) + " end\n", encoding="utf-8")


def _self_reference(path: Path) -> None:
    path.write_text("article: &loop\n  id: loop\n  again: *loop\n", encoding="utf-8")


def _huge(path: Path) -> None:
    """50 MB of plausible YAML, written in chunks so that the test itself stays small."""
    chunk = ("  - number: 1\n    text: " + "lorem ipsum " * 40 + "\n") * 1_000
    target = 50 * 1024 * 1024
    with path.open("w", encoding="utf-8") as handle:
        handle.write("article:\n  id: huge\n  paragraphs:\n")
        written = 0
        while written < target:
            written += handle.write(chunk)


CASES: list[tuple[str, Callable[[Path], None], str]] = [
    ("alias-bomb", _alias_bomb, "too many aliases"),
    ("alias-bomb-mappings", _alias_bomb_in_mappings, "too many aliases"),
    ("deep-10k", _deep_flow(10_000), "nested too deep"),
    # This many levels used to crash the whole process: the C composer recursed per level.
    ("deep-500k", _deep_flow(500_000), "nested too deep"),
    ("deep-block", _deep_block, "nested too deep"),
    ("self-reference", _self_reference, "refers to the value that contains it"),
    ("huge-50mb", _huge, "too large"),
]


def _measure(directory: Path) -> dict:
    result = subprocess.run(
        [sys.executable, str(HELPER), str(directory)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, f"the load crashed ({result.returncode}): {result.stderr}"
    return json.loads(result.stdout)


@pytest.mark.parametrize(("name", "write", "reason"), CASES, ids=[c[0] for c in CASES])
def test_bad_file_fails_fast_small_and_named(
    fixture_data: Path, name: str, write: Callable[[Path], None], reason: str
) -> None:
    write(fixture_data / "articles" / f"{name}.yaml")

    report = _measure(fixture_data)

    growth = max(report["rss_growth_kib"] * 1024, report["traced_peak_bytes"])
    print(
        f"\n{name}: {report['seconds'] * 1000:.1f} ms, peak RSS +{report['rss_growth_kib']} KiB, "
        f"traced peak {report['traced_peak_bytes'] / 1024:.0f} KiB"
    )
    assert report["seconds"] < MAX_SECONDS
    assert growth < MAX_GROWTH_BYTES
    assert report["relations"] == ["chl-arg-naval-drill"], "the valid article must still load"
    assert report["skipped"] == [f"data/articles/{name}.yaml"]
    [issue] = report["issues"]
    assert issue["file"] == f"data/articles/{name}.yaml"
    assert reason in issue["message"]
    assert f"{name}.yaml" in issue["text"]


def test_a_few_anchors_in_an_honest_record_still_load(fixture_data: Path) -> None:
    """The guard is against expansion, not against YAML features a person may use."""
    path = fixture_data / "articles" / "andes-naval-drill.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("  - id: port-of-valparaiso", "  - id: &port port-of-valparaiso")
    text = text.replace("sites: [port-of-valparaiso]", "sites: [*port]")
    assert "&port" in text and "[*port]" in text
    path.write_text(text, encoding="utf-8")
    report = _measure(fixture_data)
    assert report["issues"] == []
    assert report["relations"] == ["chl-arg-naval-drill"]


def test_aliases_within_the_budget_are_allowed() -> None:
    text = "base: &b [1, 2, 3]\n" + "".join(f"k{i}: *b\n" for i in range(100))
    data = yamlio.parse(text)
    assert data["k99"] == [1, 2, 3]


def test_depth_just_inside_the_limit_is_allowed() -> None:
    levels = yamlio.MAX_DEPTH
    assert yamlio.parse("[" * levels + "]" * levels) is not None
    with pytest.raises(yamlio.YamlError, match="nested too deep"):
        yamlio.parse("[" * (levels + 1) + "]" * (levels + 1))
