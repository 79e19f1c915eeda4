"""Relations read from the words around a pair of states where no cue word stands.

The rules and the ranking need a type's cue word beside the pair ("port", "drills", "accused").
Readers also take a type from wording no lexicon lists: "patrolling alongside Romanian units"
is security, "guard the junta and train its special forces" is training. On the annotated
sets, about a third of the types the pipeline missed sat in a sentence naming both states with
no cue for that type at all.

So every pair that some sentence names among few states is judged once more, type by type,
on the words of its sentences (cut to their first six letters, so that "patrols" and
"patrolling" share a stem, as do "Patrouillen" and "patrouillieren"), with what is already
known about the pair: the types the draft already gives it, and the ranking's probability when
the pair was a candidate. A logistic model
learned from the annotated fixtures (``data/registry/ingest/pair_weights.json``, written by
``scripts/train_pair_weights.py``) weighs them, and a type at its threshold or above joins the
draft with its probability as confidence, so the reviewer checks it among the least sure.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path

from dashboard import ROOT
from dashboard.ingest.document import Sentence
from dashboard.ingest.ranking import FEW_STATES, Candidate, pair, with_candidate
from dashboard.ingest.relations import CueLexicon, RelationDraft
from dashboard.ingest.weights import Weights, read_weights

WEIGHTS_PATH = ROOT / "data" / "registry" / "ingest" / "pair_weights.json"
#: Letters of a word that make its stem: long enough to tell "trade" from "train", short enough
#: to join a word's inflected forms.
STEM = 6
_WORD = re.compile(r"[^\W\d_]{3,}")
#: Weights that keep nothing: for training the steps before this one on their own.
SILENT = Weights(-30.0, {}, 0.5)


@lru_cache(maxsize=4)
def load_weights(path: Path = WEIGHTS_PATH) -> Weights:
    return read_weights(path, "scripts/train_pair_weights.py")


def stems(text: str) -> set[str]:
    folded = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    return {w[:STEM] for w in _WORD.findall(plain)}


def pair_sentences(
    per_sentence: Iterable[tuple[Sentence, Sequence[str]]],
) -> dict[tuple[str, str], list[Sentence]]:
    """Each pair of states with the sentences that name it among at most ``FEW_STATES``."""
    pairs: dict[tuple[str, str], list[Sentence]] = defaultdict(list)
    for sentence, isos in per_sentence:
        named = sorted(set(isos))
        if 2 <= len(named) <= FEW_STATES:
            for i, a in enumerate(named):
                for b in named[i + 1 :]:
                    pairs[(a, b)].append(sentence)
    return pairs


def judge(
    language: str,
    per_sentence: Iterable[tuple[Sentence, Sequence[str]]],
    relations: Sequence[RelationDraft],
    candidates: Iterable[Candidate],
    lexicon: CueLexicon,
    weights: Weights,
) -> tuple[list[RelationDraft], list[Candidate]]:
    """The relations with the types the words add, and every pair and type judged, most likely
    first (what the training script learns from)."""
    on_pair: dict[tuple[str, str], set[str]] = defaultdict(set)
    for rel in relations:
        on_pair[pair(rel.source, rel.target)].update(rel.types)
    ranked = {(c.source, c.target, c.type_id): c.probability for c in candidates}
    judged = []
    for (a, b), sentences in pair_sentences(per_sentence).items():
        known = on_pair.get((a, b), set())
        own = [(s, stems(s.text)) for s in sentences]
        words = set().union(*(w for _, w in own))
        for t in lexicon.type_order:
            if t in known:
                continue
            rivalry = t in lexicon.rivalry_types
            f = features(t, words, language, len(sentences), known, lexicon, ranked.get((a, b, t)))
            p = weights.probability(f)
            kept = p >= weights.threshold
            shown = _evidence(weights, t, own) if kept else sentences[0]
            stance = "rivalry" if rivalry else "cooperation"
            judged.append(Candidate(a, b, t, stance, f, shown, p, kept))
    judged.sort(key=lambda c: -c.probability)
    out = list(relations)
    for c in judged:
        if c.kept:
            out = with_candidate(out, c, lexicon)
    return out, judged


def features(
    type_id: str,
    words: Iterable[str],
    language: str,
    n_sentences: int,
    known: set[str],
    lexicon: CueLexicon,
    ranked: float | None,
) -> dict[str, float]:
    """The signals of one pair and type; every name carries the type, so each type learns
    its own words."""
    t = type_id
    rivalry = t in lexicon.rivalry_types
    f = {f"{t}|{w}": 1.0 for w in words}
    f[f"B|{t}"] = 1.0
    f[f"L|{t}|{language}"] = 1.0
    f[f"N|{t}"] = math.log1p(n_sentences)
    if any((u in lexicon.rivalry_types) == rivalry for u in known):
        f[f"S|{t}"] = 1.0
    if known:
        f[f"A|{t}"] = 1.0
    if ranked is not None:
        f[f"C|{t}"] = 1.0
        f[f"CP|{t}"] = ranked
    return f


def _evidence(weights: Weights, type_id: str, own: Sequence[tuple[Sentence, set[str]]]) -> Sentence:
    """The sentence whose own words speak most for the type, the shorter of equals."""
    w: Mapping[str, float] = weights.weights

    def support(item: tuple[Sentence, set[str]]) -> tuple[float, int]:
        sentence, words = item
        return (sum(w.get(f"{type_id}|{x}", 0.0) for x in words), -len(sentence.text))

    return max(own, key=support)[0]
