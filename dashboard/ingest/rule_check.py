"""A second look at the types the rules found: the ones readers would not give are set aside.

The cue lexicons fire on wording, and wording misleads in long surveys and opinion pieces:
"port" in a sentence naming two states of a list of ten, "security" in a line about a third
state. On articles the rules were not written for, about a third of the types they find are
not what a careful reader would annotate, while on the articles they were written for about a
quarter are. Those wrong types share signs a model can learn: which words surround the cue,
how many states the sentence names, whether the pair is central to the article or mentioned
in passing, and how many other types the rules gave the same pair.

So every type the rules found is weighed once more by a logistic model learned from the
annotated fixtures (``data/registry/ingest/rule_check.json``, written by
``scripts/train_rule_check.py``). A type below its threshold leaves the draft, but not the
reviewer's sight: it becomes a suggestion with its sentence and its probability, one click from
coming back. Types that the learned steps added are not weighed again; they were judged once.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from dashboard import ROOT
from dashboard.ingest.document import Document, Sentence
from dashboard.ingest.mentions import PlaceMention
from dashboard.ingest.pair_words import stems
from dashboard.ingest.ranking import pair
from dashboard.ingest.relations import EvidenceDraft, RelationDraft
from dashboard.ingest.suggestions import Suggestion
from dashboard.ingest.weights import Weights, read_weights

WEIGHTS_PATH = ROOT / "data" / "registry" / "ingest" / "rule_check.json"
#: Weights that keep every type: for training this step, and the steps before it, on their own.
KEEP_ALL = Weights(30.0, {}, 0.5)
#: A state's rank by the sentences that name it, beyond which all ranks count alike.
RANK_CAP = 5
#: States in the sentence that names the pair among the fewest, beyond which all counts alike.
CROWD_CAP = 5


@lru_cache(maxsize=4)
def load_weights(path: Path = WEIGHTS_PATH) -> Weights:
    return read_weights(path, "scripts/train_rule_check.py")


@dataclass(frozen=True)
class Judged:
    """One type the rules gave one pair, with its signals and what the weights made of it."""

    source: str
    target: str
    type_id: str
    stance: str
    features: dict[str, float]
    probability: float
    kept: bool
    #: The rules' evidence for the type, the surest first.
    evidence: tuple[EvidenceDraft, ...]


class _Article:
    """What the signals need to know of the whole article: how often each state and each pair
    is named, and among how many states."""

    def __init__(self, per_sentence: Iterable[tuple[Sentence, Sequence[str]]]) -> None:
        mentions: Counter[str] = Counter()
        self.crowds: dict[tuple[str, str], list[int]] = defaultdict(list)
        for _, isos in per_sentence:
            named = sorted(set(isos))
            mentions.update(named)
            for i, a in enumerate(named):
                for b in named[i + 1 :]:
                    self.crowds[(a, b)].append(len(named))
        self.order = [iso for iso, _ in mentions.most_common()]
        self.states = len(self.order)

    def rank(self, iso: str) -> int:
        return min(self.order.index(iso), RANK_CAP) if iso in self.order else RANK_CAP


def sites_quoted(
    document: Document | None, places: Sequence[PlaceMention], evidence: Iterable[EvidenceDraft]
) -> list[PlaceMention]:
    """The places named inside the evidence quotes: a port or a base makes a type concrete."""
    if document is None:
        return []
    out = []
    for e in evidence:
        block = document.block(e.paragraph)
        if block is None:
            continue
        start = block.text.find(e.quote)
        if start < 0:
            continue
        out.extend(
            p
            for p in places
            if p.span.paragraph == e.paragraph and start <= p.span.start < start + len(e.quote)
        )
    return out


def features(
    type_id: str,
    language: str,
    evidence: Sequence[EvidenceDraft],
    types_on_pair: int,
    ranks: tuple[int, int],
    crowds: Sequence[int],
    states: int,
    sites: Sequence[tuple[str, bool]] = (),
) -> dict[str, float]:
    """The signals of one type the rules gave one pair; every name carries the type, so each
    type learns its own. ``sites`` are the kinds of place its evidence names, each with whether
    the place lies in one of the two states."""
    t = type_id
    low, high = sorted(ranks)
    f = {
        f"B|{t}": 1.0,
        f"L|{t}|{language}": 1.0,
        f"C|{t}": max((e.confidence for e in evidence), default=0.0),
        f"N|{t}": math.log1p(len(evidence)),
        f"P|{t}": math.log1p(len({e.paragraph for e in evidence})),
        f"K|{t}": math.log(max(types_on_pair, 1)),
        f"R|{t}|{low}{high}": 1.0,
        f"PS|{t}": math.log1p(len(crowds)),
        f"MN|{t}|{min(min(crowds, default=0), CROWD_CAP)}": 1.0,
        f"NS|{t}": math.log1p(states),
    }
    if any(e.speaker for e in evidence):
        f[f"SP|{t}"] = 1.0
    for kind, in_pair in sites:
        f[f"SITE|{t}|{kind}"] = 1.0
        if in_pair:
            f[f"OWN|{t}"] = 1.0
    for word in set().union(*(stems(e.quote) for e in evidence)):
        f[f"{t}|{word}"] = 1.0
    return f


def judge(
    language: str,
    per_sentence: Iterable[tuple[Sentence, Sequence[str]]],
    found: Sequence[RelationDraft],
    weights: Weights,
    document: Document | None = None,
    places: Sequence[PlaceMention] = (),
) -> list[Judged]:
    """Every type the rules found, per pair, with its probability, least likely first.

    ``document`` and ``places`` tell which places the evidence names; without them no place
    counts."""
    article = _Article(per_sentence)
    by_pair: dict[tuple[str, str], dict[str, tuple[str, list[EvidenceDraft]]]] = defaultdict(dict)
    for rel in found:
        key = pair(rel.source, rel.target)
        for t in rel.types:
            _, items = by_pair[key].setdefault(t, (rel.stance, []))
            items.extend(e for e in rel.evidence if t in e.types)
    judged = []
    for (a, b), types in by_pair.items():
        for t, (stance, items) in types.items():
            evidence = tuple(sorted(items, key=lambda e: -e.confidence))
            f = features(
                t,
                language,
                evidence,
                len(types),
                (article.rank(a), article.rank(b)),
                article.crowds.get((a, b), []),
                article.states,
                [(p.kind, p.iso3 in (a, b)) for p in sites_quoted(document, places, evidence)],
            )
            p = weights.probability(f)
            judged.append(Judged(a, b, t, stance, f, p, p >= weights.threshold, evidence))
    judged.sort(key=lambda j: j.probability)
    return judged


def without(relations: Sequence[RelationDraft], judged: Iterable[Judged]) -> list[RelationDraft]:
    """The relations without the types the weights set aside; a relation left with no type
    goes, and so does evidence that spoke only for such types."""
    dropped = {(j.source, j.target, j.type_id) for j in judged if not j.kept}
    out = []
    for rel in relations:
        key = pair(rel.source, rel.target)
        gone = {t for t in rel.types if (*key, t) in dropped}
        if not gone:
            out.append(rel)
            continue
        types = tuple(t for t in rel.types if t not in gone)
        if not types:
            continue
        evidence = tuple(
            replace(e, types=tuple(t for t in e.types if t not in gone))
            for e in rel.evidence
            if set(e.types) - gone
        )
        out.append(replace(rel, types=types, evidence=evidence))
    return out


def doubts(judged: Iterable[Judged]) -> list[Suggestion]:
    """The types set aside, as suggestions with the rules' surest sentence for each."""
    return [
        Suggestion(
            j.source,
            j.target,
            j.stance,
            j.type_id,
            j.evidence[0].paragraph,
            j.evidence[0].quote,
            round(j.probability, 2),
        )
        for j in judged
        if not j.kept and j.evidence
    ]
