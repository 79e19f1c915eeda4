"""Whatever text a record holds, the map's HTML keeps its scripts whole and its data inert.

The map page is one HTML document full of inline scripts that carry record text as data. A
single unescaped `</script`, quote, backtick or backslash would end a script early or make it
invalid, and the map would not appear at all (or worse, run the text). So every inline script
of the rendered map must parse as JavaScript, checked by Node, for any text at all.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard import filters
from dashboard.mapping.build import build_map
from dashboard.mapping.picker import PickerSite, build_picker
from dashboard.model import ArticleRecord
from dashboard.store import dataset_of, load_dataset
from tests.hostile import (
    CORPUS,
    PAIRS,
    RECORD_KINDS,
    build_hostile_dataset,
    hostile_record,
    is_hostile,
    text_fields,
)

SENTINEL = "ZZPWNZZ<script>"
_OPEN = re.compile(r"<script\b[^>]*>", re.IGNORECASE)
_CLOSE = re.compile(r"</script", re.IGNORECASE)
#: How the sentinel's `<` may look once escaped for HTML, for JSON in a script, or both.
_ESCAPED_LT = re.compile(r"ZZPWNZZ(?:\\u003c|&lt;|\\u0026lt;|&amp;lt;|&#60;)", re.IGNORECASE)

#: Reads one JSON list of scripts per line and answers with the syntax errors it found, so one
#: Node process checks every example of a run.
_CHECKER = r"""
const rl = require("readline").createInterface({ input: process.stdin });
rl.on("line", (line) => {
  const errors = [];
  JSON.parse(line).forEach((src, i) => {
    try { new Function(src); } catch (e) { errors.push([i, String(e)]); }
  });
  process.stdout.write(JSON.stringify(errors) + "\n");
});
"""


class Node:
    def __init__(self, path: str) -> None:
        self.proc = subprocess.Popen(
            [path, "-e", _CHECKER],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )

    def syntax_errors(self, scripts: list[str]) -> list[tuple[int, str]]:
        assert self.proc.stdin and self.proc.stdout
        self.proc.stdin.write(json.dumps(scripts) + "\n")
        self.proc.stdin.flush()
        return [tuple(e) for e in json.loads(self.proc.stdout.readline())]

    def close(self) -> None:
        assert self.proc.stdin
        self.proc.stdin.close()
        self.proc.wait(timeout=10)


@pytest.fixture(scope="module")
def node() -> Iterator[Node]:
    path = shutil.which("node")
    if path is None:
        pytest.skip("node is not installed (setup installs it with npm); cannot check JavaScript")
    checker = Node(path)
    yield checker
    checker.close()


def inline_scripts(html: str) -> list[str]:
    """The bodies of the inline scripts, cut where a browser would cut them.

    A browser ends a script at the first `</script`, whatever it is inside; if the data put
    one there, the body found here is truncated and will not parse. Fails when a closing tag
    stands outside any script or a script never ends.
    """
    bodies = []
    pos = 0
    while (opening := _OPEN.search(html, pos)) is not None:
        assert not _CLOSE.search(html, pos, opening.start()), "a </script> closes no script"
        closing = _CLOSE.search(html, opening.end())
        assert closing is not None, "a <script> is never closed"
        body = html[opening.end() : closing.start()]
        assert "<!--" not in body and not _OPEN.search(body), "markup inside a script body"
        if "src=" not in opening.group(0):
            bodies.append(body)
        pos = html.index(">", closing.end()) + 1
    assert not _CLOSE.search(html, pos), "a </script> after the last script"
    return bodies


def check_page(html: str, node: Node) -> None:
    scripts = inline_scripts(html)
    assert scripts, "the page has no inline script at all"
    errors = node.syntax_errors(scripts)
    assert errors == [], "\n".join(f"{msg}\n{scripts[i][:2000]}" for i, msg in errors)
    assert html.count("ZZPWNZZ") == len(_ESCAPED_LT.findall(html)), "the sentinel's < is raw"


def rendered(records: list[ArticleRecord]) -> tuple[str, str]:
    """The main map and the site picker, rendered from these records, as HTML."""
    data = dataset_of(records)
    assert data.issues == ()
    main = build_map(filters.apply(data, filters.FilterState())).get_root().render()
    sites = [PickerSite(s.id, s.name, s.lat, s.lon) for s in data.sites.values()]
    picker = build_picker(sites, sites[0].id, countries=["BRA"]).get_root().render()
    return main, picker


class Drawn:
    """Texts for the record builder from a drawn list, trimmed to fit each field."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self.i = 0

    def next(self, limit: int) -> str:
        text = self.texts[self.i % len(self.texts)][:limit]
        self.i += 1
        return text if text.strip() else f"x{text}"[:limit]


_ANY_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=60)
_PIECE = st.one_of(_ANY_TEXT, st.sampled_from(CORPUS))
_TEXT = st.one_of(
    _PIECE,
    st.tuples(_PIECE, _PIECE).map(lambda pair: f"{pair[0]}{SENTINEL}{pair[1]}"),
)


@settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(texts=st.lists(_TEXT, min_size=12, max_size=40))
def test_any_text_keeps_every_map_script_whole_and_inert(texts: list[str], node: Node) -> None:
    raw = hostile_record(0, Drawn(texts))
    for site in raw["sites"]:  # site names reach the map's tooltips: always carry the sentinel
        site["name"] = site["name"][:180] + SENTINEL
    main, picker = rendered([ArticleRecord.model_validate(raw)])
    for html in (main, picker):
        assert SENTINEL[:7] in html
        check_page(html, node)


def test_the_hostile_dataset_fills_every_text_field_of_every_record_kind(tmp_path: Path) -> None:
    data = load_dataset(build_hostile_dataset(tmp_path))
    assert data.issues == ()
    found = {kind: [] for kind in RECORD_KINDS}
    for kind, index in (
        ("Site", data.sites),
        ("Person", data.people),
        ("Organization", data.organizations),
        ("Event", data.events),
        ("Relation", data.relations),
    ):
        found[next(k for k in RECORD_KINDS if k.__name__ == kind)] += index.values()
    for article in data.articles.values():
        found[type(article)].append(article)
        found[type(article.paragraphs[0])] += article.paragraphs
    for holder in [*data.events.values(), *data.relations.values()]:
        found[type(holder.evidence[0])] += holder.evidence
    missing = [
        f"{kind.__name__}.{name}"
        for kind, records in found.items()
        for name in text_fields(kind)
        if not any(is_hostile(getattr(r, name)) for r in records)
    ]
    assert missing == []
    assert {n for k in RECORD_KINDS for n in text_fields(k)} >= {"quote", "title", "role"}


def test_every_corpus_string_lands_in_several_fields(tmp_path: Path) -> None:
    data = load_dataset(build_hostile_dataset(tmp_path))
    stored = [
        str(value)
        for loaded in data.files
        for value in _leaves(loaded.record.model_dump())
        if isinstance(value, str)
    ]
    rare = [s[:40] for s in CORPUS if sum(s.strip() in v for v in stored) < 2]
    assert rare == [] and len(CORPUS) >= 30
    assert len(data.files) == len(PAIRS)


def _leaves(value: object) -> Iterator[object]:
    if isinstance(value, dict):
        for item in value.values():
            yield from _leaves(item)
    elif isinstance(value, list):
        for item in value:
            yield from _leaves(item)
    else:
        yield value


def test_the_hostile_dataset_draws_a_map_whose_scripts_all_parse(tmp_path: Path, node: Node):
    data = load_dataset(build_hostile_dataset(tmp_path))
    records = [f.record for f in data.files]
    main, picker = rendered(records)
    for html in (main, picker):
        check_page(html, node)
        assert "__pwned" in html and "<img src=x" not in html


def test_every_corpus_string_as_a_site_name_keeps_both_maps_whole(node: Node) -> None:
    """Site names are the text that reaches the maps' tooltips; try each string there."""
    raw = hostile_record(0, Drawn(["plain text"]))
    template = raw["sites"][0]
    extra = [
        template | {"id": f"site-{i}", "name": text[:200], "lat": i - 20.0}
        for i, text in enumerate(CORPUS)
    ]
    raw["sites"] += extra
    raw["relations"][0]["sites"] += [s["id"] for s in extra]
    main, picker = rendered([ArticleRecord.model_validate(raw)])
    for html in (main, picker):
        check_page(html, node)
