"""Scoring a draft against the record a careful person would have written.

Used by the evaluation test and by ``bench/extraction.py``. Each field is scored as sets of
comparable keys, so precision and recall mean the same thing everywhere: of what the pipeline
found, how much was right; of what was there, how much it found.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from dashboard import yamlio
from dashboard.gazetteer import normalise
from dashboard.ingest.draft import Draft
from dashboard.ingest.roles import ROLES_PATH

#: How far a found place may lie from the expected one and still count, in degrees.
PLACE_TOLERANCE = 0.05
FIELDS = ("states", "places", "people", "people, country", "relation types", "boilerplate")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.misses += other.misses
        self.extras += other.extras

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _sets(expected: Iterable[Any], found: Iterable[Any]) -> Score:
    want, got = set(expected), set(found)
    return Score(
        tp=len(want & got),
        fp=len(got - want),
        fn=len(want - got),
        misses=sorted(map(str, want - got)),
        extras=sorted(map(str, got - want)),
    )


@lru_cache(maxsize=1)
def role_ids() -> Mapping[str, str]:
    """Canonical role label (folded) to role id, to compare a draft's roles with expectations."""
    data = yamlio.load(ROLES_PATH) or {}
    return {normalise(r["label"]): r["id"] for r in data.get("roles", [])}


def _same_person(a: str, b: str) -> bool:
    x, y = normalise(a).split(), normalise(b).split()
    if x == y:
        return True
    # "Carlos Chávez" and "Carlos Chávez Cateriano" are the same man; require two shared words
    # so that two people who share only a surname are not merged.
    shorter, longer = sorted((x, y), key=len)
    return len(shorter) >= 2 and all(w in longer for w in shorter)


def score_people(
    expected: list[dict[str, Any]], draft: Draft, *, with_country: bool = False
) -> Score:
    """People with the right role; with ``with_country``, also serving the right state."""
    roles = role_ids()
    found = [
        (p.name, roles.get(normalise(p.role), p.role), p.country if with_country else None)
        for p in draft.people
    ]
    score = Score()
    used: set[int] = set()
    for item in expected:
        match = next(
            (
                i
                for i, (name, role, country) in enumerate(found)
                if i not in used
                and _same_person(name, item["name"])
                and role == item["role"]
                and (not with_country or country == item.get("country"))
            ),
            None,
        )
        if match is None:
            score.fn += 1
            score.misses.append(f"{item['name']} ({item['role']})")
        else:
            used.add(match)
            score.tp += 1
    for i, (name, role, country) in enumerate(found):
        if i not in used:
            score.fp += 1
            score.extras.append(f"{name} ({role}{', ' + str(country) if with_country else ''})")
    return score


def score_places(expected: list[dict[str, Any]], draft: Draft) -> Score:
    score = Score()
    used: set[int] = set()
    for item in expected:
        match = next(
            (
                i
                for i, s in enumerate(draft.sites)
                if i not in used
                and abs(s.lat - float(item["lat"])) <= PLACE_TOLERANCE
                and abs(s.lon - float(item["lon"])) <= PLACE_TOLERANCE
            ),
            None,
        )
        if match is None:
            score.fn += 1
            score.misses.append(str(item["name"]))
        else:
            used.add(match)
            score.tp += 1
    for i, s in enumerate(draft.sites):
        if i not in used:
            score.fp += 1
            score.extras.append(f"{s.name} ({s.country})")
    return score


def expected_types(expected: list[dict[str, Any]]) -> set[tuple[str, str, str]]:
    """Every (state, state, type) an expected file's relations list, the states sorted."""
    return {(*sorted(item["parties"]), t) for item in expected for t in item.get("types") or []}


def draft_types(draft: Draft) -> set[tuple[str, str, str]]:
    """Every (state, state, type) of a draft's relations, the states sorted."""
    return {(*sorted((r.source, r.target)), t) for r in draft.relations for t in r.types}


def score_relation_types(expected: list[dict[str, Any]], draft: Draft) -> Score:
    return _sets(expected_types(expected), draft_types(draft))


#: An expected file lists a box by its first this many characters, or whole if it is shorter.
SNIPPET_CHARS = 30


def lists(snippet: str, text: str) -> bool:
    """Whether ``snippet`` of an expected file's ``boilerplate`` names the block ``text``.

    A snippet shorter than ``SNIPPET_CHARS`` is a whole block: "Serbia" in a menu names the
    menu item, not every paragraph that begins with the word. Runs of white space count as
    one, as the reader collapses them: an annotator copies the raw file ("MARKETS DATA  BIST").
    """
    whole = len(snippet) < SNIPPET_CHARS
    snippet, text = _collapsed(snippet), _collapsed(text)
    return text == snippet if whole else text.startswith(snippet)


def _collapsed(text: str) -> str:
    return " ".join(text.split())


#: The HTML elements the eval README calls blocks; the reader also splits off other text
#: (a logo in a ``div``, an ``h3`` over related links), which the answers need not annotate.
ANNOTATED_ELEMENTS = frozenset({"p", "li", "figcaption"})


class _AnnotatedBlocks(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[list[str]] = []
        self.texts: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ANNOTATED_ELEMENTS:
            self.open.append([])

    def handle_endtag(self, tag: str) -> None:
        if tag in ANNOTATED_ELEMENTS and self.open:
            self.texts.add(_collapsed("".join(self.open.pop())))

    def handle_data(self, data: str) -> None:
        for parts in self.open:
            parts.append(data)


def annotated_blocks(path: Path) -> frozenset[str] | None:
    """The texts of the blocks an answer file speaks for, or None when it speaks for all.

    The eval README defines an HTML block as one ``<p>``, ``<li>`` or ``<figcaption>``; a
    page's other text (a masthead in a ``div``, a breadcrumb, an ``h2`` over "Lo más leído")
    is outside the answer unless it lists it, so dropping it is neither right nor wrong.
    """
    if path.suffix.lower() not in {".html", ".htm"}:
        return None
    parser = _AnnotatedBlocks()
    parser.feed(path.read_text(encoding="utf-8", errors="replace"))
    parser.close()
    return frozenset(parser.texts)


def speaks_for(scope: frozenset[str] | None, text: str) -> bool:
    """Whether an answer with ``scope`` (see ``annotated_blocks``) judges the block ``text``."""
    return scope is None or _collapsed(text) in scope


def score_boilerplate(
    expected: list[str], draft: Draft, scope: frozenset[str] | None = None
) -> Score:
    """Blocks that should go, by their opening words; every other removal is a paragraph lost.

    ``scope`` (see ``annotated_blocks``) limits the blocks judged to those the answer speaks
    for; a block it lists is always judged.
    """
    blocks = draft.document.blocks
    should = {b.number for b in blocks if any(lists(s, b.text) for s in expected)}
    judged = {b.number for b in blocks if b.number in should or speaks_for(scope, b.text)}
    unmatched = [s for s in expected if not any(lists(s, b.text) for b in blocks)]
    score = _sets(should, {b.number for b in blocks if not b.kept and b.number in judged})
    # A snippet that matches no block at all is a box the reader merged into an article
    # paragraph: it was not dropped.
    score.fn += len(unmatched)
    score.misses += [f"(no block starts with) {s!r}" for s in unmatched]
    return score


#: Field name in the scores, and the key an expected file annotates it under.
KEYS = {
    "states": "states",
    "places": "places",
    "people": "people",
    "people, country": "people",
    "relation types": "relations",
    "boilerplate": "boilerplate",
}


def score(
    expected: Mapping[str, Any], draft: Draft, scope: frozenset[str] | None = None
) -> dict[str, Score]:
    """Scores for the fields the expected file annotates; a field it leaves out is not scored.

    ``scope`` is ``annotated_blocks`` of the article file, for the boilerplate score.
    """
    scorers = {
        "states": lambda want: _sets(want, (s.iso3 for s in draft.states)),
        "places": lambda want: score_places(want, draft),
        "people": lambda want: score_people(want, draft),
        "people, country": lambda want: score_people(want, draft, with_country=True),
        "relation types": lambda want: score_relation_types(want, draft),
        "boilerplate": lambda want: score_boilerplate(want, draft, scope),
    }
    return {
        name: scorers[name](expected[key] or []) for name, key in KEYS.items() if key in expected
    }


def eval_cases(folder: Path) -> list[tuple[Path, Path]]:
    """(article, expected) pairs: every ``NN-name.ext`` beside its ``NN-name.expected.yaml``."""
    pairs = []
    for expected in sorted(folder.glob("*.expected.yaml")):
        stem = expected.name.removesuffix(".expected.yaml")
        texts = [p for p in folder.glob(f"{stem}.*") if p != expected]
        if len(texts) == 1:
            pairs.append((texts[0], expected))
    return pairs
