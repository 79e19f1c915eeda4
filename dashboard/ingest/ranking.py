"""Which relations the rules missed to add: weights learned from annotated articles decide.

The relation rules are precise about the wording they were written for and, on articles they
have never seen, find about half of what a careful reader draws from context. A cue word beside
two states ("port", "drones", "accused") catches much of the rest but is wrong more often than
right. So the rules' relations stand, and every other pair of states that shares a paragraph
with a type's cue word is a candidate: a handful of plain signals describe it (in how many
sentences and paragraphs the pair and the cue meet, whether the rules found the pair with
another type, how central the two states are, whether the sentence is hostile) and a logistic
model weighs them. A candidate at the threshold or above joins the draft with a confidence equal
to its probability, so the reviewer checks it before the rules' own relations.

The weights are data (``data/registry/ingest/relation_weights.json``), written by
``scripts/train_relation_weights.py`` from the annotated fixtures: a better annotation set needs
no code change, and anyone can read which signal counts for how much.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import combinations, pairwise
from pathlib import Path

from dashboard import ROOT
from dashboard.ingest.document import Document, Sentence
from dashboard.ingest.relations import (
    CueLexicon,
    EvidenceDraft,
    LanguageCues,
    RelationDraft,
    default_status,
)
from dashboard.ingest.weights import Weights, read_weights
from dashboard.ingest.weights import parse_weights as _parse_weights
from dashboard.model import QUOTE_MAX_CHARS

WEIGHTS_PATH = ROOT / "data" / "registry" / "ingest" / "relation_weights.json"
LANGUAGES = ("de", "es", "en")
#: A sentence naming more states than this is a list or a survey: "sent_le3" tells the weights
#: whether some sentence names the pair among few, and only such a sentence makes a suggestion.
FEW_STATES = 3
#: Ranks beyond this count as "a state in passing": the sixth and the tenth state of an
#: article are equally peripheral.
_RANK_CAP = 6


#: The relation weights; the name is kept for the callers that build their own.
RelationWeights = Weights


@dataclass(frozen=True)
class Candidate:
    #: The pair in alphabetical order: a candidate is about the pair, not a direction.
    source: str
    target: str
    type_id: str
    stance: str
    features: Mapping[str, float]
    #: The sentence to show as evidence: one naming both states and the cue if there is one,
    #: else the paragraph's sentence with the cue.
    sentence: Sentence
    probability: float = 0.0
    #: Whether the weights added it to the draft.
    kept: bool = False


def parse_weights(raw: object, path: Path = WEIGHTS_PATH) -> RelationWeights:
    return _parse_weights(raw, path)


@lru_cache(maxsize=4)
def load_weights(path: Path = WEIGHTS_PATH) -> RelationWeights:
    return read_weights(path, "scripts/train_relation_weights.py")


@dataclass
class _Meeting:
    """Where one pair and one type's cue meet in the article."""

    sentences: int = 0
    in_two_state_sentence: bool = False
    in_small_sentence: bool = False
    hostile: bool = False
    paragraphs: int = 0
    in_two_state_paragraph: bool = False
    in_first_paragraph: bool = False
    #: A sentence with the cue names one of the two states, or none, right after a sentence
    #: that names the other: the subject carries over ("Seoul and Tokyo met. They agreed to…").
    carried: bool = False
    #: The sentence naming both states and the cue among the fewest other states.
    sentence: Sentence | None = None
    sentence_states: int = 0
    #: A sentence of a shared paragraph with the cue, for a pair no sentence names together.
    fallback: Sentence | None = None


def candidates(
    doc: Document,
    per_sentence: Sequence[tuple[Sentence, list[str]]],
    found: Sequence[RelationDraft],
    lexicon: CueLexicon,
) -> list[Candidate]:
    """Every pair and type a paragraph puts together that the rules did not find, with its
    signals."""
    lang = lexicon.for_language(doc.language)
    named = [(s, sorted(set(isos)), types_named(lexicon, lang, s)) for s, isos in per_sentence]
    by_pair: dict[tuple[str, str], set[str]] = defaultdict(set)
    for rel in found:
        by_pair[pair(rel.source, rel.target)].update(rel.types)

    mentions: Counter[str] = Counter()
    pair_sentences: Counter[tuple[str, str]] = Counter()
    cue_sentences: Counter[str] = Counter()
    meetings: dict[tuple[str, str, str], _Meeting] = defaultdict(_Meeting)
    #: Per paragraph: its states, and per type the sentence with the cue (and whether that
    #: sentence names a state).
    paragraphs: dict[int, tuple[set[str], dict[str, tuple[Sentence, bool]]]] = {}
    for sentence, isos, types in named:
        mentions.update(isos)
        cue_sentences.update(types)
        hostile = bool(lang.stance is not None and lang.stance.search(sentence.text))
        for a, b in combinations(isos, 2):
            pair_sentences[(a, b)] += 1
            for t in types:
                m = meetings[(a, b, t)]
                m.sentences += 1
                m.in_two_state_sentence |= len(isos) == 2
                m.in_small_sentence |= len(isos) <= FEW_STATES
                m.hostile |= hostile
                if m.sentence is None or len(isos) < m.sentence_states:
                    m.sentence, m.sentence_states = sentence, len(isos)
        states_here, cues_here = paragraphs.setdefault(sentence.paragraph, (set(), {}))
        states_here.update(isos)
        for t in types:
            # prefer a sentence that names a state over one that names none
            if t not in cues_here or (isos and not cues_here[t][1]):
                cues_here[t] = (sentence, bool(isos))
    for (_, before, _), (_, isos, types) in pairwise(named):
        here = set(isos)
        both = here | set(before)
        if not types or len(both) > FEW_STATES:
            continue
        for a, b in combinations(sorted(both), 2):
            if here < {a, b}:
                for t in types:
                    meetings[(a, b, t)].carried = True
    first = min(paragraphs, default=0)
    for number, (isos, cues) in paragraphs.items():
        for a, b in combinations(sorted(isos), 2):
            for t, (sentence, _) in cues.items():
                m = meetings[(a, b, t)]
                m.paragraphs += 1
                m.in_two_state_paragraph |= len(isos) == 2
                m.in_first_paragraph |= number == first
                m.fallback = m.fallback or sentence

    rank = {iso: i for i, (iso, _) in enumerate(mentions.most_common())}
    out = []
    for (a, b, t), m in meetings.items():
        on_pair = by_pair.get((a, b), set())
        sentence = m.sentence or m.fallback
        if t in on_pair or t not in lexicon.type_order or sentence is None:
            continue
        rivalry = t in lexicon.rivalry_types
        f = {
            "rule_pair": _flag(bool(on_pair)),
            "rule_pair_same_stance": _flag(
                any((u in lexicon.rivalry_types) == rivalry for u in on_pair)
            ),
            "rule_pair_other_stance": _flag(
                any((u in lexicon.rivalry_types) != rivalry for u in on_pair)
            ),
            "sent_n": math.log1p(m.sentences),
            "sent_any": _flag(m.sentences > 0),
            "sent_2": _flag(m.in_two_state_sentence),
            "sent_le3": _flag(m.in_small_sentence),
            "para_n": math.log1p(m.paragraphs),
            "para_2": _flag(m.in_two_state_paragraph),
            "first_par": _flag(m.in_first_paragraph),
            "pair_sent": math.log1p(pair_sentences[(a, b)]),
            "cue_n": math.log1p(cue_sentences[t]),
            "hostile_coop": _flag(m.hostile and not rivalry),
            "hostile_riv": _flag(m.hostile and rivalry),
            "n_states": math.log1p(len(mentions)),
            "carry": _flag(m.carried),
        }
        _, high = sorted((rank.get(a, _RANK_CAP), rank.get(b, _RANK_CAP)))
        f["top2"] = _flag(high <= 1)
        f["top3"] = _flag(high <= 2)
        f["rank_max"] = min(high, _RANK_CAP) / _RANK_CAP
        f[f"T_{t}"] = 1.0
        f[f"TS_{t}"] = f["sent_any"]
        if doc.language in LANGUAGES:
            f[f"L_{doc.language}"] = 1.0
        out.append(
            Candidate(
                a,
                b,
                t,
                "rivalry" if rivalry else "cooperation",
                {k: v for k, v in f.items() if v},
                sentence,
            )
        )
    return out


def decide(
    found: Sequence[RelationDraft],
    cands: Iterable[Candidate],
    weights: RelationWeights,
    lexicon: CueLexicon,
) -> tuple[list[RelationDraft], list[Candidate]]:
    """The rules' relations with the candidates the weights keep, and every candidate with its
    probability, most likely first.

    A kept candidate joins the pair's relation of its stance, or starts one, with its sentence
    as evidence and its probability as confidence.
    """
    scored = []
    for c in cands:
        p = weights.probability(c.features)
        scored.append(replace(c, probability=p, kept=p >= weights.threshold))
    scored.sort(key=lambda c: -c.probability)
    relations = list(found)
    for c in scored:
        if c.kept:
            relations = with_candidate(relations, c, lexicon)
    return relations, scored


def with_candidate(
    relations: list[RelationDraft], c: Candidate, lexicon: CueLexicon
) -> list[RelationDraft]:
    """The relations with a learned type added: to the pair's relation of its stance, or as a
    new one; shared with ``pair_words``, whose types join the draft the same way."""
    confidence = round(c.probability, 2)
    evidence = EvidenceDraft(
        c.sentence.paragraph, quote_of(c.sentence), (c.type_id,), None, confidence
    )
    for i, rel in enumerate(relations):
        if {rel.source, rel.target} == {c.source, c.target} and rel.stance == c.stance:
            present = {*rel.types, c.type_id}
            types = tuple(t for t in lexicon.type_order if t in present)
            merged = replace(rel, types=types, evidence=(*rel.evidence, evidence))
            return [*relations[:i], merged, *relations[i + 1 :]]
    new = RelationDraft(
        source=c.source,
        target=c.target,
        direction="mutual",
        stance=c.stance,
        types=(c.type_id,),
        status=default_status(c.stance),
        evidence=(evidence,),
        confidence=confidence,
    )
    return [*relations, new]


def _flag(value: bool) -> float:
    return 1.0 if value else 0.0


def pair(a: str, b: str) -> tuple[str, str]:
    """The two states in alphabetical order: how every learned step keys a pair."""
    return (a, b) if a <= b else (b, a)


def types_named(lexicon: CueLexicon, lang: LanguageCues, sentence: Sentence) -> list[str]:
    """The types whose cue words, and the words some types also need, stand in the sentence;
    a hostile word with no type of its own counts as criticism."""
    text = sentence.text
    named = [
        type_id
        for type_id, pattern in lang.types
        if pattern.search(text) and lang.needs_met(type_id, text)
    ]
    stance = lang.stance
    if stance is not None and stance.search(text) and not set(named) & lexicon.rivalry_types:
        named.append("criticism")
    return sorted(named, key=lexicon.type_order.index)


def quote_of(sentence: Sentence) -> str:
    """The sentence, cut at a word boundary to the evidence length: a verbatim slice."""
    text = sentence.text
    if len(text) <= QUOTE_MAX_CHARS:
        return text
    cut = text.rfind(" ", 0, QUOTE_MAX_CHARS)
    return text[: cut if cut > 0 else QUOTE_MAX_CHARS].rstrip(" ,;:–—-")
