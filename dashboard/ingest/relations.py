"""Which states a sentence joins, in what kind of relation, how far it has come, and the proof.

The finder reads one sentence at a time and asks three questions of it: which parties does it
name (states, and the countries of the people and organisations it names), which cues does it
carry (cooperation types, criticism and hostility, status verbs, negation, direction), and how
do the cues pair the parties. A sentence that names states but carries no cue is a mention,
not a relation: news text names many states in passing, and a reviewer should not have to
delete a relation for every one of them.

Every claim keeps the sentence or clause it came from as a verbatim quote, so the draft can
show a reviewer exactly which words led to it; claims about the same pair and stance are then
merged into one relation, the shape of :class:`dashboard.model.Relation`.

The cue words are data (``data/registry/ingest/cues.yaml``), checked against the type
registry on load, so that a new cooperation type or a better cue needs no code change.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from itertools import combinations, pairwise
from pathlib import Path
from typing import TypeVar

from dashboard import ROOT, yamlio
from dashboard.ingest.document import Document, Sentence, Span
from dashboard.ingest.mentions import OrgMention, PersonMention, PlaceMention, StateMention
from dashboard.model import QUOTE_MAX_CHARS
from dashboard.registry import Registry, load_registry

_T = TypeVar("_T")

CUES_PATH = ROOT / "data" / "registry" / "ingest" / "cues.yaml"
LANGUAGES = ("de", "es", "en")

#: Status from least to most advanced; a relation takes the most advanced one its cues support.
STATUS_ORDER = ("announced", "under_way", "agreed", "carried_out")

# Confidence of a claim, by how its parties were found. Not probabilities: they order the
# draft so that a reviewer looks at inferred and negated claims first.
DIRECT = 0.85  # both states and the cue in one sentence
VIA_ACTOR = 0.8  # one party is the country of a person or organisation named in the sentence
BOTH_SIDES = 0.7  # "both sides" refers back to the last pair
PARTNERS = 0.55  # a topic beside two states that cooperate elsewhere in the article
ALL_PAIRS = 0.55  # three or more states and no syntax to pair them
LISTED = 0.75  # three or more states in one list ("X, Y and Z held drills")
INFERRED = 0.6  # the other party is the speaker's country or the pair named just before
PARAGRAPH = 0.5  # the other party is the state the paragraph is mostly about
NEGATED = 0.4  # the clause negates or hedges the cue

#: How far (in characters) a negation may stand before or after the cue it weakens.
_NEGATION_BEFORE = 60
_NEGATION_AFTER = 25
#: How far (in characters) a comparison marker may stand before the state it sets aside.
_ASIDE_REACH = 16
_PASSIVE_REACH = 12
#: How far (in characters) a hostile act may follow the list of states that does it.
_CO_SUBJECT_REACH = 30
#: Punctuation that ends the reach of a comparison marker.
_GAP_STOP = re.compile(r"[,;:.!?]")
#: Quotation marks; the typographic apostrophe is left out, it also stands in "China’s".
_QUOTE_MARKS = re.compile('["«»„“”]')
#: What may stand between a verb's stem and its object: the rest of the verb and a space.
_VERB_END = re.compile(r"\w*[ \t\u00a0]+")
#: What joins a rival noun to the rival it names: "Konkurrenten Moskaus", "a rival of Beijing",
#: "rival de Washington".
_RIVAL_OF = re.compile(
    r"\w*\s+(?:(?:of|de|del|von|des|der)\s+)?(?:(?:the|la|el)\s+)?", re.IGNORECASE
)
#: A noun for one side of a rivalry, not the rivalry itself nor a verb ("beanspruchen").
_RIVAL_NOUN = re.compile(
    r"(?:rival(?:e|en|es|in|innen|s)?|konkurrent(?:en|in|innen)?|competitors?|competidor(?:a|es|as)?)",
    re.IGNORECASE,
)
#: The word that aims a hostile act at its target, inside the cue ("Krieg gegen") or right
#: after it ("a war against", "ataques contra").
_AIM_WORDS = r"(?:gegen|against|contra|auf|on|sobre)\b"
_AIM_BEFORE = re.compile(r"\b" + _AIM_WORDS, re.IGNORECASE)
_AIM_AFTER = re.compile(r"\s+" + _AIM_WORDS, re.IGNORECASE)
#: What a quarrel is about, between the word and "between": "Streit um Fischfangquoten
#: zwischen", "a dispute over fishing quotas between", "la disputa por las cuotas entre".
_ABOUT_GAP = re.compile(
    r"\w*\s+(?:um|über|over|about|sobre|por)\s+(?:[^\W\d][\w-]*\s+){1,4}", re.IGNORECASE
)


def _overlaps(hits: Iterable[_Hit], cue: _Hit) -> bool:
    """Whether one of ``hits`` shares a character with ``cue``."""
    return any(h.start < cue.end and cue.start < h.end for h in hits)


class CueLexiconError(ValueError):
    """The cue file is broken; the message names the file, the section or type and the pattern."""


# --------------------------------------------------------------------------------------------
# The cue lexicon


@dataclass(frozen=True)
class LanguageCues:
    """Every cue of one language, compiled once: one pattern per type and per cue kind."""

    language: str
    types: tuple[tuple[str, re.Pattern[str]], ...]
    stance: re.Pattern[str] | None
    status: tuple[tuple[str, re.Pattern[str]], ...]
    status_nouns: re.Pattern[str] | None
    reject: re.Pattern[str] | None
    weaken: re.Pattern[str] | None
    give: re.Pattern[str] | None
    receive: re.Pattern[str] | None
    both_sides: re.Pattern[str] | None
    speech: re.Pattern[str] | None
    aside: re.Pattern[str] | None
    between: re.Pattern[str] | None
    agent: re.Pattern[str] | None
    clause_break: re.Pattern[str] | None
    titles: re.Pattern[str] | None
    pronouns: re.Pattern[str] | None
    critic_after: re.Pattern[str] | None
    coordination: re.Pattern[str] | None
    interaction: re.Pattern[str] | None = None
    both_people: re.Pattern[str] | None = None
    distributive: re.Pattern[str] | None = None
    mutual: re.Pattern[str] | None = None
    with_: re.Pattern[str] | None = None
    rebuttal: re.Pattern[str] | None = None
    recipient: re.Pattern[str] | None = None
    origin: re.Pattern[str] | None = None
    clash: re.Pattern[str] | None = None
    conditional: re.Pattern[str] | None = None
    mediation: re.Pattern[str] | None = None
    group: re.Pattern[str] | None = None
    participation: re.Pattern[str] | None = None
    continuation: re.Pattern[str] | None = None
    counted_sides: re.Pattern[str] | None = None
    unsettles: re.Pattern[str] | None = None
    reciprocal: re.Pattern[str] | None = None
    prize: re.Pattern[str] | None = None
    complement: re.Pattern[str] | None = None
    anaphora: re.Pattern[str] | None = None
    #: The number words of counted_sides and what they count.
    counts: Mapping[str, int] = field(default_factory=dict)
    #: Per type, words the sentence must also hold for the type's cues to count.
    needs: Mapping[str, re.Pattern[str]] = field(default_factory=dict)

    def needs_met(self, type_id: str, text: str) -> bool:
        """Whether ``text`` holds the words the type's cues need beside them, if any."""
        need = self.needs.get(type_id)
        return need is None or need.search(text) is not None


#: The cue kinds kept at the top level of the cue file, by field name: the file says "with".
_TOP_SECTIONS = {
    name: name.rstrip("_")
    for name in (
        "both_sides", "speech", "aside", "between", "agent", "clause_break", "titles",
        "pronouns", "critic_after", "coordination", "interaction", "both_people",
        "distributive", "mutual", "with_", "rebuttal", "recipient", "origin",
        "clash", "conditional", "mediation", "group", "participation", "continuation",
        "unsettles", "counted_sides", "reciprocal", "prize", "complement", "anaphora",
    )
}  # fmt: skip


@dataclass(frozen=True)
class CueLexicon:
    path: Path
    languages: Mapping[str, LanguageCues]
    #: Types whose stance is rivalry in the registry (criticism, rivalry).
    rivalry_types: frozenset[str]
    #: Cooperation types that a give or receive verb makes one-way (arms, technology...).
    directed_types: frozenset[str]
    #: Registry order, so relation types come out in the order users see them in.
    type_order: tuple[str, ...]
    #: Types that need both parties named in the sentence (no inferred partner).
    direct_only: frozenset[str] = frozenset()
    #: Types that are goods: a charge about them still hits the state they come from.
    goods: frozenset[str] = frozenset()
    #: Types that others join by taking part in them (an exercise).
    taken_part_in: frozenset[str] = frozenset()

    def for_language(self, language: str) -> LanguageCues:
        """The cues of ``language``; English for any other, since the pipeline refuses others."""
        code = language[:2].lower()
        return self.languages.get(code) or self.languages["en"]


#: German joins nouns into compounds ("Militärtechnologie", "Militärmanöver"): a cue that is a
#: plain word stem this long also counts at the end of a longer word.
COMPOUND_STEM = re.compile(r"[^\W\d_]{7,}")


def _compile(
    path: Path, where: str, patterns: object, *, compounds: bool = False
) -> re.Pattern[str] | None:
    """One alternation of all ``patterns``, each anchored at the start of a word.

    Each pattern is compiled on its own first, so a mistake is reported with the pattern that
    holds it rather than as an error somewhere in one long alternation.
    """
    if patterns is None:
        return None
    if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
        raise CueLexiconError(f"{path}: {where}: expected a list of patterns")
    for pattern in patterns:
        if not pattern.strip():
            raise CueLexiconError(f"{path}: {where}: empty pattern")
        try:
            re.compile(pattern)
        except re.error as err:
            raise CueLexiconError(f"{path}: {where}: pattern {pattern!r}: {err}") from None
    if not patterns:
        return None
    # longest first, so that the reported span covers "drug trafficking" rather than "drug"
    ordered = sorted(patterns, key=len, reverse=True)
    anchored = r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in ordered) + ")"
    stems = [p for p in ordered if COMPOUND_STEM.fullmatch(p)] if compounds else []
    if stems:
        anchored += r"|(?<=\w)(?:" + "|".join(stems) + ")"
    return re.compile(anchored, re.IGNORECASE)


def _per_language(path: Path, where: str, raw: object) -> dict[str, object]:
    if not isinstance(raw, dict):
        raise CueLexiconError(f"{path}: {where}: expected a mapping of languages (de, es, en)")
    unknown = sorted(set(raw) - set(LANGUAGES))
    if unknown:
        raise CueLexiconError(f"{path}: {where}: unknown language {unknown[0]!r}")
    return raw


def _section(path: Path, raw: dict, name: str, lang: str) -> re.Pattern[str] | None:
    entry = raw.get(name)
    if entry is None:
        return None
    return _compile(path, f"{name}.{lang}", _per_language(path, name, entry).get(lang))


def _check_type_ids(path: Path, where: str, ids: Iterable[str], registry: Registry) -> None:
    for type_id in ids:
        if type_id not in registry:
            raise CueLexiconError(f"{path}: {where}: {type_id!r} is not a registry type")


def _counts(path: Path, lang: str, raw: object) -> dict[str, int]:
    if raw is None:
        return {}
    if not isinstance(raw, dict) or not all(
        isinstance(k, str) and isinstance(v, int) and v > 1 for k, v in raw.items()
    ):
        raise CueLexiconError(f"{path}: counts.{lang}: expected number words mapped to counts")
    return {k.lower(): v for k, v in raw.items()}


def parse_cues(raw: object, path: Path = CUES_PATH) -> CueLexicon:
    """Validate and compile a parsed cue file against the type registry."""
    registry = load_registry()
    if not isinstance(raw, dict) or not isinstance(raw.get("types"), dict):
        raise CueLexiconError(f"{path}: expected a mapping with a 'types' mapping")
    types = raw["types"]
    for type_id in types:
        if type_id not in registry:
            raise CueLexiconError(
                f"{path}: type {type_id!r} is not in the cooperation type registry"
            )
    missing = [t for t in registry.ids if t not in types]
    if missing:
        raise CueLexiconError(f"{path}: type {missing[0]!r} has no cues")
    one_way = raw.get("one_way") or {}
    directed = one_way.get("types", []) if isinstance(one_way, dict) else []
    _check_type_ids(path, "one_way.types", directed, registry)
    status = raw.get("status") or {}
    for name in status:
        if name not in STATUS_ORDER:
            raise CueLexiconError(f"{path}: status: unknown status {name!r}")
    nouns = raw.get("status_nouns") or {}
    negation = raw.get("negation") or {}
    direct_only = raw.get("direct_only") or []
    if not isinstance(direct_only, list):
        raise CueLexiconError(f"{path}: direct_only: expected a list of type ids")
    _check_type_ids(path, "direct_only", direct_only, registry)
    needs = raw.get("needs") or {}
    if not isinstance(needs, dict):
        raise CueLexiconError(f"{path}: needs: expected a mapping of type ids")
    _check_type_ids(path, "needs", needs, registry)
    type_lists: dict[str, list[str]] = {}
    for name in ("goods", "taken_part_in"):
        ids = raw.get(name) or []
        if not isinstance(ids, list):
            raise CueLexiconError(f"{path}: {name}: expected a list of type ids")
        _check_type_ids(path, name, ids, registry)
        type_lists[name] = ids
    counts = _per_language(path, "counts", raw.get("counts") or {})

    languages: dict[str, LanguageCues] = {}
    for lang in LANGUAGES:
        compiled_types = []
        for type_id in registry.ids:
            by_lang = _per_language(path, f"type {type_id}", types[type_id])
            if lang not in by_lang:
                raise CueLexiconError(f"{path}: type {type_id!r} has no cues for {lang!r}")
            pattern = _compile(
                path, f"type {type_id} ({lang})", by_lang[lang], compounds=lang == "de"
            )
            if pattern is not None:
                compiled_types.append((type_id, pattern))
        compiled_status = []
        for name in STATUS_ORDER:
            if name in status:
                words = _per_language(path, f"status.{name}", status[name]).get(lang)
                pattern = _compile(path, f"status.{name}.{lang}", words)
                if pattern is not None:
                    compiled_status.append((name, pattern))
        languages[lang] = LanguageCues(
            language=lang,
            types=tuple(compiled_types),
            stance=_section(path, raw, "stance", lang),
            status=tuple(compiled_status),
            status_nouns=_section(path, nouns, "agreed", lang),
            reject=_section(path, negation, "reject", lang),
            weaken=_section(path, negation, "weaken", lang),
            give=_section(path, one_way, "give", lang),
            receive=_section(path, one_way, "receive", lang),
            **{name: _section(path, raw, key, lang) for name, key in _TOP_SECTIONS.items()},
            needs={
                type_id: pattern
                for type_id in needs
                if (pattern := _section(path, needs, type_id, lang)) is not None
            },
            counts=_counts(path, lang, counts.get(lang)),
        )
    return CueLexicon(
        path=path,
        languages=languages,
        rivalry_types=frozenset(t.id for t in registry if t.stance == "rivalry"),
        directed_types=frozenset(directed),
        type_order=tuple(registry.ids),
        direct_only=frozenset(direct_only),
        goods=frozenset(type_lists["goods"]),
        taken_part_in=frozenset(type_lists["taken_part_in"]),
    )


@lru_cache(maxsize=4)
def load_cues(path: Path = CUES_PATH) -> CueLexicon:
    """The cue lexicon, read and compiled once per process."""
    try:
        raw = yamlio.load(path)
    except (OSError, yamlio.YamlError) as err:
        raise CueLexiconError(f"{path}: {err}") from None
    return parse_cues(raw, path)


# --------------------------------------------------------------------------------------------
# What the finder returns


@dataclass(frozen=True, slots=True)
class EvidenceDraft:
    paragraph: int
    #: Verbatim from the paragraph text, at most QUOTE_MAX_CHARS characters.
    quote: str
    types: tuple[str, ...]
    #: A person's name or an organisation key; None when it is the outlet's own account.
    speaker: str | None
    confidence: float


@dataclass(frozen=True, slots=True)
class RelationDraft:
    source: str
    target: str
    direction: str  # mutual | one_way
    stance: str  # cooperation | rivalry
    types: tuple[str, ...]
    status: str  # announced | agreed | under_way | carried_out
    evidence: tuple[EvidenceDraft, ...]
    confidence: float


# --------------------------------------------------------------------------------------------
# One sentence


@dataclass(frozen=True, slots=True)
class _Party:
    iso3: str
    start: int  # offsets into the paragraph text, like Span
    end: int
    via: str  # state | person | org
    #: How a state was named (StateMention.form); "adjective" for "Colombian", "peruanische".
    form: str = "name"


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int
    end: int
    label: str = ""


@dataclass(frozen=True, slots=True)
class _Speaker:
    name: str
    iso3: str | None
    #: Named in an earlier sentence ("..., he said"), not in this one.
    inferred: bool


@dataclass(frozen=True, slots=True)
class _Opposed:
    """The rivalry pair of a sentence, which its cooperation cues are then read against."""

    source: str
    target: str
    cue: _Hit
    #: A criticism (its object may be someone else's cooperation) rather than a competition.
    criticised: bool


@dataclass(frozen=True, slots=True)
class _Claim:
    """One type for one pair from one sentence: what a RelationDraft is merged from."""

    source: str
    target: str
    stance: str
    type_id: str
    directed: bool
    status: str | None
    evidence: EvidenceDraft
    #: Reading order, so merged evidence stays in article order.
    order: tuple[int, int, int]


def _hits(pattern: re.Pattern[str] | None, sentence: Sentence, label: str = "") -> list[_Hit]:
    if pattern is None:
        return []
    base = sentence.start
    return [_Hit(base + m.start(), base + m.end(), label) for m in pattern.finditer(sentence.text)]


#: Top-level cue kinds that are not scanned for as they are: "both sides" is scanned with
#: "both people", titles are masked, and the rest are matched at a given place in the text.
_NOT_SCANNED = frozenset(
    {"both_sides", "both_people", "titles", "pronouns", "coordination", "prize", "complement"}
)
#: The cue kinds a sentence is scanned for as they are, without a label: every top-level kind
#: (so a new section of the cue file needs only its field here and on _Scan) and the kinds of
#: the negation and one-way sections.
_SCANNED = (
    "reject", "weaken", "give", "receive",
    *(name for name in _TOP_SECTIONS if name not in _NOT_SCANNED),
)  # fmt: skip


@dataclass
class _Scan:
    """Every cue of one sentence, found in one pass over its text per cue kind."""

    types: dict[str, list[_Hit]]
    stance: list[_Hit]
    status: list[_Hit]
    nouns: list[_Hit]
    reject: list[_Hit]
    weaken: list[_Hit]
    give: list[_Hit]
    receive: list[_Hit]
    both_sides: list[_Hit]
    speech: list[_Hit]
    aside: list[_Hit]
    between: list[_Hit]
    agent: list[_Hit]
    critic_after: list[_Hit]
    interaction: list[_Hit]
    with_: list[_Hit]
    rebuttal: list[_Hit]
    recipient: list[_Hit]
    origin: list[_Hit]
    distributive: list[_Hit]
    mutual: list[_Hit]
    clash: list[_Hit]
    conditional: list[_Hit]
    mediation: list[_Hit]
    group: list[_Hit]
    participation: list[_Hit]
    continuation: list[_Hit]
    unsettles: list[_Hit]
    counted_sides: list[_Hit]
    clause_break: list[_Hit]
    reciprocal: list[_Hit]
    anaphora: list[_Hit]
    clauses: list[tuple[int, int]]
    #: The paragraph text the offsets point into.
    text: str

    @classmethod
    def of(
        cls,
        cues: LanguageCues,
        sentence: Sentence,
        paragraph_text: str,
        names: Sequence[tuple[int, int]] = (),
    ) -> _Scan:
        """``names`` are the spans of names in the paragraph (places, states, people): a cue
        word inside one ("Port-au-Prince", "Puerto Cabello", "Bandar Abbas") is no cue."""
        masked = [*((t.start, t.end) for t in _hits(cues.titles, sentence)), *names]
        types: dict[str, list[_Hit]] = {}
        for type_id, pattern in cues.types:
            found = [
                h
                for h in _hits(pattern, sentence, type_id)
                if not any(a <= h.start < b for a, b in masked)
            ]
            if found and not cues.needs_met(type_id, sentence.text):
                found = []
            if found:
                types[type_id] = found
        types = _longest(types, paragraph_text)
        status = [h for name, pattern in cues.status for h in _hits(pattern, sentence, name)]
        return cls(
            types=types,
            stance=_hits(cues.stance, sentence, "stance"),
            status=status,
            nouns=_hits(cues.status_nouns, sentence, "agreed"),
            **{name: _hits(getattr(cues, name), sentence) for name in _SCANNED},
            both_sides=sorted(
                [*_hits(cues.both_sides, sentence), *_hits(cues.both_people, sentence, "people")],
                key=lambda h: h.start,
            ),
            clauses=_clauses(cues, sentence),
            text=paragraph_text,
        )

    def clause_of(self, pos: int) -> tuple[int, int]:
        for start, end in self.clauses:
            if start <= pos < end:
                return start, end
        return self.clauses[-1]

    def in_clause(self, hits: Iterable[_Hit], pos: int) -> list[_Hit]:
        start, end = self.clause_of(pos)
        return [h for h in hits if start <= h.start < end]

    def negation(self, pos: int) -> str | None:
        """ "reject" drops the cue at ``pos``, "weaken" lowers it, None leaves it alone.

        A refusal ("lehnte ... ab", "rejected") covers its whole clause. A plain negation or
        hedge reaches only the words near it and not across a comma: in "will not allow
        Beijing to dominate, he warned" the warning is not negated.
        """
        refusals = [
            r
            for r in self.in_clause(self.reject, pos)
            # a charge rejected later in the sentence was still made: "accused X of Y, a
            # charge X rejected"
            if not (
                r.start > pos and any(b.start < r.end and r.start < b.end for b in self.rebuttal)
            )
        ]
        if refusals:
            return "reject"
        for hit in self.in_clause(self.weaken, pos):
            if hit.end <= pos:
                between = self.text[hit.end : pos]
                # "erkennt X nicht an und ringt mit Y um Einfluss": the negation ends with its
                # own verb's clause, even where no comma marks it
                near = len(between) <= _NEGATION_BEFORE and not any(
                    hit.end <= b.start < pos for b in self.clause_break
                )
            else:
                between = self.text[pos : hit.start]
                near = len(between) <= _NEGATION_AFTER
            if near and "," not in between:
                return "weaken"
        return None


#: How far (in characters) "with" may stand before the list it governs ("with firms from").
_WITH_REACH = 30
_SHORT_BRACKET = re.compile(r"\s*\((?:[^()\s]+ ?){1,3}\)")
_PUNCT_BREAK = re.compile(r"\s*[;:()\[\]]\s*|\s+[–—-]\s+")


def _longest(types: dict[str, list[_Hit]], text: str) -> dict[str, list[_Hit]]:
    """Drop a cue that overlaps the first or last word of a longer cue of another type.

    The longer phrase is the more specific reading: "drug smuggling" is counter-narcotics,
    not organised crime, and "people smuggling" is human trafficking. A cue among the middle
    words of a longer one is a thing of its own: "enviar armas y tropas" sends arms as well
    as troops.
    """
    every = [h for hits in types.values() for h in hits]

    def swallowed(h: _Hit, o: _Hit) -> bool:
        if o.label == h.label or (o.end - o.start) <= (h.end - h.start):
            return False
        if not (o.start < h.end and h.start < o.end):
            return False
        inner = text[o.start : o.end]
        first_end = o.start + (inner.find(" ") if " " in inner else len(inner))
        last_start = o.start + inner.rfind(" ") + 1
        return h.start < first_end or h.end > last_start

    kept: dict[str, list[_Hit]] = {}
    for type_id, hits in types.items():
        own = [h for h in hits if not any(swallowed(h, o) for o in every)]
        if own:
            kept[type_id] = own
    return kept


def _clauses(cues: LanguageCues, sentence: Sentence) -> list[tuple[int, int]]:
    """Clauses by strong punctuation and by a comma before a conjunction that opens a clause.

    A plain comma does not end a clause: it also separates list items ("the US, Peru and
    Ecuador"), and splitting there would tear a group of partners apart.
    """
    text = sentence.text
    # a short aside in brackets ("Christian Stocker (ÖVP), Ungarns Ministerpräsident ...") is
    # part of its clause: a party, an acronym or an age
    asides = {pos for m in _SHORT_BRACKET.finditer(text) for pos in range(m.start(), m.end())}
    cuts = {m.start() for m in _PUNCT_BREAK.finditer(text) if m.start() not in asides}
    if cues.clause_break is not None:
        for match in cues.clause_break.finditer(text):
            before = text[: match.start()].rstrip()
            if before.endswith(","):
                cuts.add(len(before) - 1)
    bounds = [0, *sorted(c for c in cuts if 0 < c < len(text)), len(text)]
    base = sentence.start
    return [(base + a, base + b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]


def _status_of(scan: _Scan, clause: tuple[int, int] | None = None) -> str | None:
    """The most advanced status a sentence's verbs support.

    A plan word before a stronger verb in the same clause wins ("will sign", "wollen ...
    unterzeichnen", "firmará"), because the stronger verb is then in the infinitive or future.
    A noun naming a deal counts as agreed only when nothing in its clause makes it a plan.
    Cues in a negated clause say nothing about how far the relation has come. With
    ``clause``, only the cues of that clause count.
    """
    plans = [h for h in scan.status if h.label == "announced"]
    best: str | None = None
    candidates = [*scan.status, *scan.nouns]
    if clause is not None:
        candidates = [h for h in candidates if clause[0] <= h.start < clause[1]]
    for hit in candidates:
        if scan.negation(hit.start):
            continue
        label = hit.label
        clause_plans = scan.in_clause(plans, hit.start)
        planned = hit in scan.nouns or any(p.start <= hit.start for p in clause_plans)
        if label != "announced" and clause_plans and planned:
            label = "announced"
        if best is None or STATUS_ORDER.index(label) > STATUS_ORDER.index(best):
            best = label
    return best


# --------------------------------------------------------------------------------------------
# The walk over the document


@dataclass
class _Context:
    """What earlier sentences leave behind for later ones."""

    #: The pair named most recently, for "both sides" and for a sentence naming one state.
    last_pair: tuple[str, str] | None = None
    #: The paragraph that pair was named in: a pair from an earlier paragraph is background.
    last_pair_paragraph: int = 0
    #: The two states the article names most, when they clearly lead: what it is about.
    main_pair: tuple[str, str] | None = None
    #: The paragraph and the states of the sentence before, for "beide Regierungen" next.
    previous_isos: tuple[int, tuple[str, ...]] = (0, ())
    #: The paragraph whose last sentences spoke of a deal ("el pacto", "the agreement").
    deal_paragraph: int = 0
    #: The countries of the last two office holders of different states named in one
    #: sentence, for "both ministers".
    last_people_pair: tuple[str, str] | None = None
    #: The person named most recently, for '"...", he said'.
    last_person: PersonMention | None = None
    #: Every state named so far, the most recent last, for "die vier Staaten".
    recent: list[str] = field(default_factory=list)
    #: The lists of states named so far ("Mali, Burkina Faso und Niger"), the latest last:
    #: "alle drei" means a list of three before it means the three states named last.
    lists: list[list[str]] = field(default_factory=list)
    #: Every party of each paragraph, for a sentence that names only one state.
    paragraph_parties: dict[int, list[_Party]] = field(default_factory=dict)
    #: Pairs that some sentence of the article shows cooperating: a later or earlier
    #: sentence naming both beside a topic word adds that topic without a verb of its own.
    partners: frozenset[frozenset[str]] = frozenset()


def _parties_by_paragraph(
    states: Sequence[StateMention],
    people: Sequence[PersonMention],
    orgs: Sequence[OrgMention],
) -> dict[int, list[_Party]]:
    found: dict[int, list[_Party]] = {}
    for state in states:
        s = state.span
        found.setdefault(s.paragraph, []).append(
            _Party(state.iso3, s.start, s.end, "state", state.form)
        )
    for person in people:
        if person.country:
            s = person.span
            found.setdefault(s.paragraph, []).append(
                _Party(person.country, s.start, s.end, "person")
            )
    for org in orgs:
        if org.country:
            s = org.span
            found.setdefault(s.paragraph, []).append(_Party(org.country, s.start, s.end, "org"))
    for parties in found.values():
        parties.sort(key=lambda p: (p.start, p.end))
    return found


def states_per_sentence(
    doc: Document,
    states: Sequence[StateMention],
    people: Sequence[PersonMention] = (),
    orgs: Sequence[OrgMention] = (),
) -> list[tuple[Sentence, list[str]]]:
    """Each sentence with the states it names, itself or through a person or organisation."""
    parties = _parties_by_paragraph(states, people, orgs)
    found = []
    for sentence in doc.sentences:
        here = _within(parties.get(sentence.paragraph, ()), sentence, lambda p: p.start)
        found.append((sentence, list(dict.fromkeys(p.iso3 for p in here))))
    return found


def named_again(doc: Document, people: Sequence[PersonMention]) -> list[PersonMention]:
    """Later mentions of a person by surname alone ("Hegseth nutzte den Besuch ...").

    News names a person in full once and by surname after that; the person finder may report
    only the full name, but the surname still brings the person's country into the sentence,
    so that "Hegseth ... scharfe Kritik an China" is a criticism from the United States.
    """
    known: dict[str, PersonMention] = {}
    for person in people:
        words = person.name.split()
        if person.country and len(words) >= 2 and len(words[-1]) >= 3:
            known.setdefault(words[-1], person)
    if not known:
        return []
    taken = {(p.span.paragraph, p.span.start) for p in people}
    covered = [(p.span.paragraph, p.span.start, p.span.end) for p in people]
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, known)) + r")(?!\w)")
    found = []
    for block in doc.paragraphs:
        for match in pattern.finditer(block.text):
            start, end = match.span()
            if (block.number, start) in taken or any(
                n == block.number and a <= start < b for n, a, b in covered
            ):
                continue
            first = known[match.group()]
            span = Span(block.number, start, end, match.group())
            found.append(
                PersonMention(
                    span, first.name, first.role, first.role_id, first.country,
                    first.organization, first.confidence,
                )
            )  # fmt: skip
    return found


def _within(items: Iterable[_T], sentence: Sentence, start_of: Callable[[_T], int]) -> list[_T]:
    return [i for i in items if sentence.start <= start_of(i) < sentence.end]


#: A type the text names while it goes on about a deal, without the parties in its sentence.
CONTINUED = 0.5


def _main_pair(states: Sequence[StateMention]) -> tuple[str, str] | None:
    """The two states named most often, if both recur and a third does not tie the second."""
    counts = Counter(s.iso3 for s in states if s.form != "capital")
    ranked = counts.most_common(3)
    if len(ranked) < 2 or ranked[1][1] < 2:
        return None
    if len(ranked) == 3 and ranked[2][1] == ranked[1][1]:
        return None
    return ranked[0][0], ranked[1][0]


def find_relations(
    doc: Document,
    states: Sequence[StateMention],
    people: Sequence[PersonMention] = (),
    orgs: Sequence[OrgMention] = (),
    *,
    cues: CueLexicon | None = None,
    places: Sequence[PlaceMention] = (),
    again: Sequence[PersonMention] | None = None,
) -> list[RelationDraft]:
    """Relations between states that the article's sentences support, most certain first.

    Parties are states (ISO3); a person or organisation named in a sentence brings their
    country in. One relation per unordered pair and stance, with every type it has evidence
    for, so that the draft has the shape of the records a reviewer will save. ``again`` are
    the later surname mentions of ``people`` (see :func:`named_again`), when the caller has
    found them already.
    """
    lexicon = cues or load_cues()
    lang = lexicon.for_language(doc.language)
    people = [*people, *(named_again(doc, people) if again is None else again)]
    parties = _parties_by_paragraph(states, people, orgs)
    people_by_par: dict[int, list[PersonMention]] = {}
    for person in people:
        people_by_par.setdefault(person.span.paragraph, []).append(person)
    orgs_by_par: dict[int, list[OrgMention]] = {}
    for org in orgs:
        orgs_by_par.setdefault(org.span.paragraph, []).append(org)
    names: dict[int, list[tuple[int, int]]] = {}
    for span in [*(p.span for p in places), *(s.span for s in states), *(p.span for p in people)]:
        names.setdefault(span.paragraph, []).append((span.start, span.end))
    texts = {b.number: b.text for b in doc.paragraphs}
    # Read twice: the first reading finds the pairs the article shows cooperating, the second
    # lets a topic word beside both of them count without a verb of its own.
    args = (lexicon, lang, doc, parties, people_by_par, orgs_by_par, names, texts)
    main = _main_pair(states)
    first = _read_sentences(*args, _Context(paragraph_parties=parties, main_pair=main))
    partners = frozenset(
        frozenset((c.source, c.target)) for c in first if c.stance == "cooperation"
    )
    if not partners:
        return _merge(first, lexicon)
    ctx = _Context(paragraph_parties=parties, main_pair=main, partners=partners)
    return _merge(_read_sentences(*args, ctx), lexicon)


def _read_sentences(
    lexicon: CueLexicon,
    lang: LanguageCues,
    doc: Document,
    parties: dict[int, list[_Party]],
    people_by_par: dict[int, list[PersonMention]],
    orgs_by_par: dict[int, list[OrgMention]],
    names: dict[int, list[tuple[int, int]]],
    texts: dict[int, str],
    ctx: _Context,
) -> list[_Claim]:
    claims: list[_Claim] = []
    for index, sentence in enumerate(doc.sentences):
        here = _within(parties.get(sentence.paragraph, ()), sentence, lambda p: p.start)
        persons = sorted(
            _within(people_by_par.get(sentence.paragraph, ()), sentence, lambda p: p.span.start),
            key=lambda p: p.span.start,
        )
        organisations = _within(
            orgs_by_par.get(sentence.paragraph, ()), sentence, lambda o: o.span.start
        )
        reader = _SentenceReader(
            lexicon, lang, sentence, texts[sentence.paragraph], here, persons, organisations, ctx,
            names.get(sentence.paragraph, ()),
        )  # fmt: skip
        claims.extend(reader.claims(index))
        ctx.previous_isos = (sentence.paragraph, tuple(reader.isos))
        for party in reader.parties:
            if party.iso3 in ctx.recent:
                ctx.recent.remove(party.iso3)
            ctx.recent.append(party.iso3)
        for chain in reader.named_lists():
            ctx.lists.append(chain)
        if reader.scan.nouns:
            ctx.deal_paragraph = sentence.paragraph
        if persons:
            ctx.last_person = persons[0]
        countries = list(dict.fromkeys(p.country for p in persons if p.country))
        if len(countries) >= 2:
            ctx.last_people_pair = (countries[0], countries[1])
    return claims


class _SentenceReader:
    """The claims of one sentence; a class only to share its many inputs between the steps."""

    def __init__(
        self,
        lexicon: CueLexicon,
        cues: LanguageCues,
        sentence: Sentence,
        paragraph_text: str,
        parties: list[_Party],
        persons: list[PersonMention],
        orgs: list[OrgMention],
        ctx: _Context,
        names: Sequence[tuple[int, int]] = (),
    ) -> None:
        self.lexicon = lexicon
        self.sentence = sentence
        self.text = paragraph_text
        self.ctx = ctx
        self.scan = _Scan.of(cues, sentence, paragraph_text, names)
        self.persons = persons
        self.orgs = orgs
        self.cues = cues
        self.coordination = cues.coordination
        aside = self._aside(parties)
        self.parties = [p for p in parties if p.iso3 not in aside]
        self.isos = list(dict.fromkeys(p.iso3 for p in self.parties))
        self.pronouns = cues.pronouns
        self.status = _status_of(self.scan)
        self.speaker = self._speaker()

    # -- parties -------------------------------------------------------------------------

    def _aside(self, parties: list[_Party]) -> set[str]:
        """States named only as a yardstick ("wie in Kolumbien", "like Mexico", "nach
        Kolumbien der zweitgrößte", "ahead of Canada and Namibia").

        A state counts as set aside only when every mention of it in the sentence follows a
        comparison marker closely, or continues a list that does ("por encima de Afganistán y
        el Líbano"); named once more as an actor, it is a party again.
        """

        def set_aside(party: _Party) -> bool:
            for hit in self.scan.aside:
                gap = self.text[hit.end : party.start]
                if (
                    hit.end <= party.start
                    and len(gap) <= _ASIDE_REACH
                    and not _GAP_STOP.search(gap)
                ):
                    return True
            return False

        flags: dict[str, bool] = {}
        previous: _Party | None = None
        previous_aside = False
        for party in parties:
            aside = set_aside(party) or (
                previous_aside
                and previous is not None
                and self._coordinated(self.text[previous.end : party.start])
            )
            flags[party.iso3] = flags.get(party.iso3, True) and aside
            previous, previous_aside = party, aside
        return {iso3 for iso3, aside in flags.items() if aside}

    def _coordinated(self, gap: str) -> bool:
        """Whether the words between two mentions only list them ("X, Y und Z"), with perhaps
        a short aside in brackets ("Christian Stocker (ÖVP), Viktor Orbán und ...")."""
        gap = _SHORT_BRACKET.sub(" ", gap)
        if self.coordination is not None:
            gap = self.coordination.sub(" ", gap)
        return not gap.strip(" ,")

    def _via(self, iso3: str) -> str:
        vias = {p.via for p in self.parties if p.iso3 == iso3}
        return "state" if "state" in vias or not vias else vias.pop()

    def _pair_confidence(self, a: str, b: str) -> float:
        if self._via(a) == "state" and self._via(b) == "state":
            return DIRECT
        return VIA_ACTOR

    def _speaker(self) -> _Speaker | None:
        """Who says the sentence: the person nearest a speech or criticism verb in it.

        Without a person in the sentence but with a speech verb ("..., he said"), the person
        named most recently before is taken, as a reader would; their country then counts as
        an inferred party.
        """
        voiced = [*self.scan.speech, *self.scan.types.get("criticism", []), *self.scan.stance]
        if not voiced:
            return None
        anchor = min(h.start for h in voiced)
        # whoever rejects the charge later in the sentence is its target, not its voice: "...
        # accused Santo Domingo of X, a charge the Dominican foreign ministry rejected"
        answers = [self._segment(h.start) for h in self.scan.rebuttal if h.start > anchor]

        def voice(start: int) -> bool:
            return not any(a <= start < b for a, b in answers)

        persons = [p for p in self.persons if voice(p.span.start)]
        if persons:
            person = min(persons, key=lambda p: abs(p.span.start - anchor))
            return _Speaker(person.name, person.country, inferred=False)
        orgs = [o for o in self.orgs if voice(o.span.start)]
        if orgs:
            org = min(orgs, key=lambda o: abs(o.span.start - anchor))
            return _Speaker(org.key, org.country, inferred=False)
        if self.ctx.last_person is not None and self._speaks_back():
            person = self.ctx.last_person
            return _Speaker(person.name, person.country, inferred=True)
        return None

    def _speaks_back(self) -> bool:
        """Whether the sentence is said by someone named before: a quotation, a pronoun by the
        speech verb ("sagte er", "he said"), or a verb with no subject at the end ("dijo.").

        "According to analysts" also has a speech cue, but names its own source; taking the
        last person named for it would put words in their mouth.
        """
        if not self.scan.speech:
            return False
        if _QUOTE_MARKS.search(self.sentence.text):
            return True
        text, end = self.text, self.sentence.end
        for hit in self.scan.speech:
            near = self.text[max(self.sentence.start, hit.start - 12) : min(end, hit.end + 12)]
            if self.pronouns is not None and self.pronouns.search(near):
                return True
            if not text[hit.end : end].strip(" .!?"):
                return True
        return False

    def _recent_pair(self) -> tuple[str, str] | None:
        """The pair a sentence that names fewer than two states most likely speaks of.

        The pair named earlier in the same paragraph, if any; past a paragraph break, news
        returns to the pair the article is about rather than to a background pair named last
        ("an alliance of Peru with China" in one paragraph, then "Peru's foreign ministry said
        both sides agreed" about the US talks in the next).
        """
        ctx = self.ctx
        if ctx.last_pair and ctx.last_pair_paragraph == self.sentence.paragraph:
            return ctx.last_pair
        return ctx.main_pair or ctx.last_pair

    def _partner_for(self, iso3: str) -> tuple[str, float] | None:
        """The other party of a sentence that names only ``iso3``, and how sure that is."""
        speaker = self.speaker
        if speaker and speaker.iso3 and speaker.iso3 != iso3:
            return speaker.iso3, INFERRED
        pair = self._recent_pair()
        if pair and iso3 in pair:
            a, b = pair
            return (b if a == iso3 else a), INFERRED
        earlier = self.ctx.paragraph_parties.get(self.sentence.paragraph, ())
        others = list(
            dict.fromkeys(
                p.iso3 for p in earlier if p.end <= self.sentence.start and p.iso3 != iso3
            )
        )
        if len(others) == 1:
            # only when the paragraph so far leaves no doubt; with two candidates, guessing
            # would invent a relation half of the time, and a reader resolves backwards, not
            # towards a state the paragraph names only later
            return others[0], PARAGRAPH
        return None

    # -- quotes --------------------------------------------------------------------------

    def quote(self, cue: _Hit, isos: Iterable[str]) -> str:
        """The sentence, or the clauses around the cue when the sentence is too long.

        The cut falls at word boundaries and stays a verbatim slice of the paragraph, because
        the record checks every quote against its paragraph.
        """
        s = self.sentence
        if s.end - s.start <= QUOTE_MAX_CHARS:
            return s.text
        lo, hi = cue.start, cue.end
        for iso3 in isos:
            party = self._nearest(iso3, cue.start)
            if party and max(hi, party.end) - min(lo, party.start) <= QUOTE_MAX_CHARS:
                lo, hi = min(lo, party.start), max(hi, party.end)
        start, end = self.scan.clause_of(lo)[0], self.scan.clause_of(max(lo, hi - 1))[1]
        if end - start > QUOTE_MAX_CHARS:
            room = QUOTE_MAX_CHARS - (hi - lo)
            start = max(start, lo - room // 2)
            end = min(end, start + QUOTE_MAX_CHARS)
            start = max(start, end - QUOTE_MAX_CHARS)
            if start > s.start and self.text[start - 1].isalnum():
                space = self.text.find(" ", start, lo)
                start = space + 1 if space >= 0 else start
            if end < s.end and self.text[end].isalnum():
                space = self.text.rfind(" ", hi, end)
                end = space if space >= 0 else end
        quote = self.text[start:end].strip(" ,;:–—-\t\n")
        return quote[:QUOTE_MAX_CHARS].rstrip()

    def _nearest(self, iso3: str, pos: int) -> _Party | None:
        hits = [p for p in self.parties if p.iso3 == iso3]
        return min(hits, key=lambda p: abs(p.start - pos)) if hits else None

    # -- claims --------------------------------------------------------------------------

    def claims(self, index: int) -> list[_Claim]:
        out: list[_Claim] = []
        rivalry_pair = self._rivalry(out, index)
        self._cooperation(out, index, rivalry_pair)
        self._mediated(out)
        # "both sides" usually means the partners, so a single cooperating pair is
        # remembered before a single pair of any stance
        # "both sides" and a sentence naming one state resolve to partners: a pair that
        # only opposed each other ("Venezuela accused Washington") is not remembered
        chosen = [c for c in out if c.stance == "cooperation"]
        if len({frozenset((c.source, c.target)) for c in chosen}) == 1:
            self.ctx.last_pair = (chosen[0].source, chosen[0].target)
            self.ctx.last_pair_paragraph = self.sentence.paragraph
            return out
        if chosen:
            return out
        if len(self.isos) == 2 and (self._linked(*self.isos) or self.scan.interaction):
            # "X met Y" sets the pair "both sides" then means; "Perus Botschafter in den
            # USA" joins no pair
            self.ctx.last_pair = (self.isos[0], self.isos[1])
            self.ctx.last_pair_paragraph = self.sentence.paragraph
        return out

    def _mediated(self, out: list[_Claim]) -> None:
        """A mediator takes part in what it brokers: "Unter Vermittlung Katars einigten sich
        Pakistan und Afghanistan auf eine Feuerpause" is a security matter of Qatar's with
        each side too."""
        mediator = self._mediator()
        if mediator is None:
            return
        for claim in [c for c in out if c.stance == "cooperation"]:
            if mediator in (claim.source, claim.target):
                continue
            confidence = min(claim.evidence.confidence, INFERRED)
            for side in (claim.source, claim.target):
                evidence = replace(claim.evidence, confidence=confidence)
                out.append(
                    replace(claim, source=mediator, target=side, directed=False, evidence=evidence)
                )

    def _mediator(self) -> str | None:
        for hit in self.scan.mediation:
            near = [
                p
                for p in self.parties
                if (0 <= p.start - hit.end <= 25 or 0 <= hit.start - p.end <= 3)
                and not _GAP_STOP.search(self.text[min(hit.end, p.end) : max(hit.start, p.start)])
            ]
            if near:
                return near[0].iso3
        return None

    def _claim(
        self,
        out: list[_Claim],
        index: int,
        pair: tuple[str, str],
        stance: str,
        type_id: str,
        cue: _Hit,
        confidence: float,
        *,
        directed: bool,
        status: str | None,
    ) -> None:
        source, target = pair
        if source == target:
            return
        if type_id in self.lexicon.direct_only and confidence < BOTH_SIDES:
            return  # a background type with a guessed partner: more often wrong than right
        evidence = EvidenceDraft(
            paragraph=self.sentence.paragraph,
            quote=self.quote(cue, pair),
            types=(type_id,),
            speaker=self.speaker.name if self.speaker else None,
            confidence=round(confidence, 2),
        )
        order = (self.sentence.paragraph, index, cue.start)
        out.append(_Claim(source, target, stance, type_id, directed, status, evidence, order))

    def _rivalry(self, out: list[_Claim], index: int) -> _Opposed | None:
        """Criticism is directed from the speaker's state to the state it is aimed at.

        The target is the first state after the criticism verb ("warnte vor China", "accused
        Beijing"); a state before it only when nothing follows (a passive, "China was
        criticised by..."). A criticism aimed at an issue rather than a state ("warned of drug
        trafficking") is not a rivalry between the states that fight that issue together.
        """
        scan = self.scan
        critical = sorted([*scan.types.get("criticism", []), *scan.stance], key=lambda h: h.start)
        competing = scan.types.get("rivalry", [])
        issues = [
            h for t, hs in scan.types.items() if t not in self.lexicon.rivalry_types for h in hs
        ]
        critical = [c for c in critical if not self._conditional(c)]
        competing = [c for c in competing if not self._conditional(c)]
        for cue in critical:
            rebutted = self._rebutted(cue)
            co_subjects = self._co_subjects(cue)
            # a clash is done by one side to the other: co-subjects that intercept, ram or
            # blockade do it together ("la Fuerza Aérea hondureña y el Comando Sur
            # interceptaron una avioneta")
            together = co_subjects if _overlaps(scan.clash, cue) else None
            reciprocal = False
            if rebutted:
                found = self._rebuttal_pair(cue)
            elif (
                cue.label == "criticism"
                and co_subjects is not None
                and scan.in_clause(scan.reciprocal, cue.start)
            ):
                # "Armenia y Azerbaiyán se acusaron mutuamente": each charges the other
                found, reciprocal = co_subjects, True
            else:
                found = self._hostile_between(cue) or self._directed_pair(cue, issues)
            if found is None and cue.label != "criticism" and together is None:
                # co-subjects are at odds with each other only over a shared hostility ("X
                # and Y clashed"); "Germany and France recalled their ambassadors" aims at a
                # third state together
                shared = bool(scan.in_clause(scan.reciprocal, cue.start)) or _overlaps(
                    [*scan.mutual, *scan.clash], cue
                )
                found = (co_subjects if shared else None) or self._at_odds_with(cue)
                reciprocal = found is not None
            if found is None and cue.label == "criticism" and not rebutted:
                charged = self._group_charge(out, index, cue)
                if charged is not None:
                    return charged
            if found is None or (
                together is not None and {found[0], found[1]} == {together[0], together[1]}
            ):
                continue
            source, target, confidence = found
            negation = scan.negation(cue.start)
            if rebutted:
                negation = None  # "rechazó las acusaciones" is the rebuttal, not a negation
            elif negation == "reject":
                continue  # "dejan atrás dos años de tensiones": the hostility is over
            if negation:
                confidence = min(confidence, NEGATED)
            # a criticism verb, or a threat or hostility someone is quoted as naming, has been
            # said: the act is done even when what it warns of lies in the future
            spoken = cue.label == "criticism" or bool(self.speaker is not None and self.scan.speech)
            voiced = spoken and not negation
            status = "carried_out" if voiced else self.status_at(cue)
            # hostility both sides share and nobody voices ("a crisis between", "enfrentado
            # con", "tensions with") is a rivalry; an act one side does to the other (a
            # sanction, a blockade) stays a criticism, aimed from one to the other
            mutual = reciprocal or _overlaps(scan.mutual, cue)
            kind = "rivalry" if mutual and not spoken else "criticism"
            self._claim(
                out, index, (source, target), "rivalry", kind, cue, confidence,
                directed=kind == "criticism" and not reciprocal, status=status,
            )  # fmt: skip
            if kind == "criticism" and not reciprocal:
                # a charge against a list hits every member: "accused Moscow and Pyongyang"
                for also in self._listed_after(target, self.isos):
                    if also != source:
                        self._claim(
                            out, index, (source, also), "rivalry", kind, cue, confidence,
                            directed=True, status=status,
                        )  # fmt: skip
            if kind == "criticism" and _overlaps(scan.clash, cue):
                # a clash at sea or on the border is an act of rivalry as well as a charge
                # one side can lay against the other
                self._claim(
                    out, index, (source, target), "rivalry", "rivalry", cue, confidence,
                    directed=True, status=status,
                )  # fmt: skip
            if kind == "rivalry":
                # a shared hostility and a charge one side voices in the same sentence:
                # "la tensión ... las amenazas de Washington, que acusa a su gobierno"
                for other in critical:
                    if other.label != "criticism" or other is cue:
                        continue
                    charge = self._directed_pair(other, issues)
                    if charge is not None and {charge[0], charge[1]} == {source, target}:
                        self._claim(
                            out, index, (charge[0], charge[1]), "rivalry", "criticism", other,
                            charge[2], directed=True, status="carried_out",
                        )  # fmt: skip
                        break
            if kind == "criticism" and not reciprocal:
                self._second_charge(out, index, cue, critical, (source, target))
            for hit in competing[:1]:
                # influence named inside a criticism is the critic's charge, so it keeps
                # the criticism's direction
                self._claim(
                    out, index, (source, target), "rivalry", "rivalry", hit, confidence,
                    directed=True, status=status,
                )  # fmt: skip
            return _Opposed(source, target, cue, criticised=True)
        if competing:
            cue = competing[0]
            pair = self._competitors(cue)
            if pair is not None:
                (a, b), confidence = pair
                if scan.negation(cue.start):
                    confidence = min(confidence, NEGATED)
                self._claim(
                    out, index, (a, b), "rivalry", "rivalry", cue, confidence,
                    directed=False, status=self.status_at(cue),
                )  # fmt: skip
                return _Opposed(a, b, cue, criticised=False)
        return None

    def _group_charge(self, out: list[_Claim], index: int, cue: _Hit) -> _Opposed | None:
        """A charge against "both governments" or "the three partners" hits each of the states
        the words stand for: "Mao Ning warf beiden Regierungen vor, ..." after a sentence on
        Australia and the US."""
        reach = self._word_end(cue.end) + _PASSIVE_REACH
        group = next(
            (
                h
                for h in self.scan.both_sides
                if cue.start <= h.start <= reach and h.label != "people"
            ),
            None,
        )
        source_found = self._source_for(cue)
        if source_found is None:
            return None
        source = source_found[0]
        counted = self._counted_sides(cue)
        if counted and any(cue.start <= h.start <= reach for h in self.scan.counted_sides):
            if source in counted:
                return None  # nobody charges a group it belongs to: the critic is someone else
            targets = counted
        elif group is not None:
            recent = [*self.ctx.recent]
            recent += [p.iso3 for p in self.parties if p.end <= group.start]
            targets = list(dict.fromkeys(reversed([i for i in recent if i != source])))[:2]
            if len(targets) < 2:
                return None
        else:
            return None
        confidence = BOTH_SIDES if source_found[1] else INFERRED
        for target in targets:
            self._claim(
                out, index, (source, target), "rivalry", "criticism", cue, confidence,
                directed=True, status="carried_out",
            )  # fmt: skip
        return _Opposed(source, targets[0], cue, criticised=True)

    def _second_charge(
        self,
        out: list[_Claim],
        index: int,
        cue: _Hit,
        critical: list[_Hit],
        pair: tuple[str, str],
    ) -> None:
        """A critic who charges a second state in a later clause of the same sentence ("warf
        Dänemark vor, ... und beschuldigte die USA, ...") is at odds with both."""
        for other in critical:
            if other.label != "criticism" or other.start <= cue.end:
                continue
            start, end = self._segment(other.start)
            if start == self._segment(cue.start)[0] or not self._coordinated(
                self.text[start : other.start].strip(" ,;")
            ):
                continue  # a verb with a subject of its own is another statement
            reach = self._through_asides(end)
            target = next((p.iso3 for p in self.parties if other.start < p.start < reach), pair[0])
            if target not in pair:
                self._claim(
                    out, index, (pair[0], target), "rivalry", "criticism", other,
                    self._pair_confidence(pair[0], target), directed=True, status="carried_out",
                )  # fmt: skip
            return

    def status_at(self, cue: _Hit, *, whole_sentence: bool = False) -> str | None:
        """The status of the cue's clause; a cooperation falls back to the whole sentence.

        One verb often governs a list ("signed a deal on drills, training, and drugs"), so a
        cooperation cue takes the sentence's status when its clause has none. A competition
        in one clause is not "signed" by a deal in the next ("competed over pisco, but signed
        a trade deal"), so rivalry keeps to its own clause.
        """
        own = _status_of(self.scan, self.scan.clause_of(cue.start))
        return own or (self.status if whole_sentence else None)

    def _critic_named_after(self, cue: _Hit) -> _Party | None:
        """The critic in "a protest from Tokyo", "Kritik aus Berlin", "críticas de Lima"."""
        if cue.label != "criticism":
            return None  # "expelled diplomats from X" names the target, not the critic
        end = self._word_end(cue.end)  # the cue is a stem: "acus" in "acusaciones de Argelia"
        for hit in self.scan.critic_after:
            if 0 <= hit.start - end <= 3:
                for party in self.parties:
                    if 0 <= party.start - hit.end <= _PASSIVE_REACH:
                        return party
        return None

    def _source_for(self, cue: _Hit, exclude: str | None = None) -> tuple[str, bool] | None:
        """The state that voices a criticism: the one named right after a criticism noun,
        the speaker's, a passive agent's, or the subject's.

        Returns the state and whether it was named in this sentence.
        """
        named_after = self._critic_named_after(cue)
        if named_after and named_after.iso3 != exclude:
            return named_after.iso3, True
        subject = next(
            (
                p
                for p in self.parties
                if 0 <= cue.start - p.end <= 3 and not self.text[p.end : cue.start].strip(" ’'s")
            ),
            None,
        )
        if subject is not None and subject.iso3 != exclude:
            # "Tehran accused ...", "Hegseth warnte": the subject beside the verb, even when
            # someone else in the sentence speaks ("..., a charge that Qatar dismissed")
            return subject.iso3, True
        speaker = self.speaker if self.speaker and self.speaker.iso3 != exclude else None
        if speaker and speaker.iso3 and not speaker.inferred:
            return speaker.iso3, True
        for hit in self.scan.agent:
            for party in self.parties:
                gap = party.start - hit.end
                if 0 <= gap <= _PASSIVE_REACH and party.iso3 != exclude:
                    return party.iso3, True
        before = [p for p in self.parties if p.end <= cue.start and p.iso3 != exclude]
        if before:
            # a state named as the subject beats a speaker only guessed from the sentences
            # before: "Seoul lodged a formal protest ... accused their Japanese counterparts
            # of 'backsliding'" is Seoul's, whoever spoke last
            return before[0].iso3, True
        if speaker and speaker.iso3:
            return speaker.iso3, False
        return None

    def _voiced_by_someone(self, cue: _Hit) -> bool:
        """Whether the critic is a speaker or a passive agent rather than just the subject."""
        if self.speaker and self.speaker.iso3 or self._critic_named_after(cue):
            return True
        return any(
            0 <= p.start - h.end <= _PASSIVE_REACH for h in self.scan.agent for p in self.parties
        )

    def _directed_pair(self, cue: _Hit, issues: list[_Hit]) -> tuple[str, str, float] | None:
        inverted = self._inside_bracket(cue) or self._unsettled(cue)
        if inverted is not None:
            return inverted
        source_found = self._source_for(cue)
        source = source_found[0] if source_found else None
        # the object stands in the verb's own stretch of the sentence, up to the next comma,
        # or inside a verb bracket ("warf Mauretanien ... vor"); a state beyond the comma
        # belongs to another statement ("..., a charge that Qatar dismissed")
        reach = self._through_asides(self._segment(max(cue.start, cue.end - 1))[1])
        after = [p for p in self.parties if cue.start < p.start < reach and p.iso3 != source]
        target: str | None = None
        if after:
            first = after[0]
            if any(
                cue.end <= h.start
                and h.end <= first.start
                and first.start - h.end <= _PASSIVE_REACH
                and h.label not in self.lexicon.rivalry_types
                and h.label not in self.lexicon.goods
                for h in issues
            ):
                # "warned of drug trafficking from Colombia": aimed at an issue, not a state;
                # goods are not such an issue ("tariffs on soy from the US" hit the US)
                return None
            target = first.iso3
        elif source_found and (object_before := self._object_before(cue, source)):
            # a verb at the end of its clause: "... und Addis Abeba einen Angriff vorgeworfen"
            target = object_before.iso3
        elif source_found and self._voiced_by_someone(cue):
            # nothing follows the verb: a passive ("China was criticised by Washington") or
            # the speaker's own aside ("China's move, Hegseth warned, ..."); co-subjects
            # ("the US and Mexico warned of ...") are not each other's targets
            before = [p for p in self.parties if p.end <= cue.start and p.iso3 != source]
            if before and not self._co_listed(source, before[-1].iso3):
                # "Germany and France recalled their ambassadors, and Wadephul said ...":
                # the speaker's state and its co-subject act together, not on each other
                target = before[-1].iso3
        if target is None and source_found and source_found[1]:
            target = self._act_told_before(cue, source_found[0])
        if target is None:
            return None
        if source_found is None or not source_found[1]:
            voice = self._pronoun_voice(cue) or self._stateless_voice(target)
            if voice is not None and voice != target:
                # "Er warf der Regierung in Helsinki vor": the pronoun is the person just named
                return voice, target, BOTH_SIDES
        if source is None:
            partner = self._partner_for(target)
            if partner is None or partner[0] in self._listed_after(target, self.isos):
                # "warf Budapest und Belgrad vor": a charge against two partners at once
                # comes from someone else, not from one of them
                return None
            return partner[0], target, partner[1]
        if source_found and not source_found[1]:
            return source, target, INFERRED
        return source, target, self._pair_confidence(source, target)

    def _act_told_before(self, cue: _Hit, source: str) -> str | None:
        """The state whose act the sentence before told, when the charge points back at it
        ("2019 kaufte die Türkei das S-400. Washington kritisierte den Kauf scharf")."""
        if not any(_VERB_END.fullmatch(self.text, cue.end, h.start) for h in self.scan.anaphora):
            return None  # "kritisierte dagegen, das Abkommen sei ...": not the verb's object
        others = self._named_just_before(source)
        return others[0] if others else None  # the actor, usually named first

    def _stateless_voice(self, target: str) -> str | None:
        """The state of a speaker named here without one: the only state the sentence before
        names ("Beijing saw it differently. Spokesperson Lin Jian accused the United States")."""
        speaker = self.speaker
        if speaker is None or speaker.inferred or speaker.iso3 is not None:
            return None
        others = self._named_just_before(target)
        return others[0] if len(others) == 1 else None

    def _named_just_before(self, exclude: str) -> list[str]:
        """The states the sentence before names, if it is in this paragraph, less one."""
        paragraph, isos = self.ctx.previous_isos
        if paragraph != self.sentence.paragraph:
            return []
        return [i for i in isos if i != exclude]

    def _pronoun_voice(self, cue: _Hit) -> str | None:
        """The country of the person a pronoun subject refers back to: the person named last,
        when "er/sie/he/she" opens the sentence or stands by the verb ("Den USA warf sie vor").
        """
        person = self.ctx.last_person
        if self.pronouns is None or person is None or person.country is None:
            return None
        sentence = self.sentence
        opening = self.text[sentence.start : min(sentence.end, sentence.start + 12)]
        if self.pronouns.match(opening):
            return person.country
        near = self.text[max(sentence.start, cue.start - 12) : min(sentence.end, cue.end + 12)]
        return person.country if self.pronouns.search(near) else None

    def _through_asides(self, reach: int) -> int:
        """Past short asides to the clause a criticism verb introduces: "Albanese complained,
        rightly, that Trump's tariffs ..." aims at the state after "that"."""
        end = self.sentence.end
        pos = reach
        while pos < end and self.text[pos] in ",;:":
            nxt = self._segment(pos + 1)
            stretch = self.text[nxt[0] : nxt[1]].strip()
            if self.cues.complement is not None and self.cues.complement.match(stretch):
                return nxt[1]
            if len(stretch.split()) > 3 or any(nxt[0] <= p.start < nxt[1] for p in self.parties):
                break
            pos = nxt[1]
        return reach

    def _object_before(self, cue: _Hit, source: str | None) -> _Party | None:
        """The object of a criticism verb that ends its stretch of the sentence, named before
        it: the first state there that is not the critic nor listed with the critic."""
        start, end = self._segment(cue.start)
        if self.text[cue.end : end].strip(" .!?\"'“”„«»)"):
            return None
        chained = {
            p.iso3 for chain in self._chains if any(q.iso3 == source for q in chain) for p in chain
        }
        return next(
            (
                p
                for p in self.parties
                if start <= p.start
                and p.end <= cue.start
                and p.iso3 != source
                and p.iso3 not in chained
            ),
            None,
        )

    def _unsettled(self, cue: _Hit) -> tuple[str, str, float] | None:
        """The critic of "China's pact alarmed Canberra" is the state the verb acts on, and
        its target the state before: Australia against China."""
        if not any(h.start <= cue.start < h.end for h in self.scan.unsettles):
            return None
        word_end = self._word_end(cue.end)
        critic = next((p for p in self.parties if 0 <= p.start - word_end <= _PASSIVE_REACH), None)
        if critic is None or _GAP_STOP.search(self.text[word_end : critic.start]):
            return None
        start = self._segment(cue.start)[0]
        target = next(
            (
                p
                for p in self.parties
                if start <= p.start and p.end <= cue.start and p.iso3 != critic.iso3
            ),
            None,
        )
        if target is None:
            return None
        return critic.iso3, target.iso3, self._pair_confidence(critic.iso3, target.iso3)

    def _inside_bracket(self, cue: _Hit) -> tuple[str, str, float] | None:
        """Critic and target inside a German verb bracket with the subject after the verb:
        "Zugleich wirft Islamabad Indien vor" is Pakistan's charge against India."""
        if any(0 <= cue.start - p.end <= 3 for p in self.parties):
            return None  # "Pakistan wirft Indien vor": the subject stands before the verb
        inside = [p.iso3 for p in self.parties if cue.start < p.start and p.end <= cue.end]
        isos = list(dict.fromkeys(inside))
        if len(isos) < 2 or self._co_listed(isos[0], isos[1]):
            return None  # "warf Budapest und Belgrad vor": a list is the target, not the critic
        return isos[0], isos[1], self._pair_confidence(isos[0], isos[1])

    def _word_end(self, pos: int) -> int:
        """Where the word around ``pos`` ends: a cue is often a stem of a longer word."""
        while pos < len(self.text) and self.text[pos].isalnum():
            pos += 1
        return pos

    def _co_listed(self, a: str, b: str) -> bool:
        """Whether one list of co-subjects or co-objects names both states."""
        return any({a, b} <= {p.iso3 for p in chain} for chain in self._chains)

    def _co_subjects(self, cue: _Hit) -> tuple[str, str, float] | None:
        """The pair of "Argel y Rabat, que rompieron relaciones", "X and Y clashed": two states
        listed as the subject of a hostile act with nobody after it are at odds with each
        other."""
        for chain in self._chains:
            isos = list(dict.fromkeys(p.iso3 for p in chain))
            if len(isos) == 2 and 0 <= cue.start - chain[-1].end <= _CO_SUBJECT_REACH:
                gap = (chain[-1].end, cue.start)
                if any(gap[0] < p.start < gap[1] for p in self.parties) or any(
                    gap[0] <= h.start < gap[1] for h in self.scan.types.get("criticism", [])
                ):
                    continue  # the list is the subject of something else ("warned of ...")
                a, b = isos
                return a, b, self._pair_confidence(a, b)
        return None

    def _conditional(self, cue: _Hit) -> bool:
        """Hostility a clause only supposes is none: "sollte einer von ihnen angegriffen
        werden", "if either is attacked", "en caso de agresión"."""
        segment = self._segment(cue.start)
        return any(
            segment[0] <= h.start < cue.start or (h.start <= cue.start < h.end)
            for h in self.scan.conditional
        )

    def _at_odds_with(self, cue: _Hit) -> tuple[str, str, float] | None:
        """The pair of "Japan liegt mit China im Streit", "a dispute with Beijing": hostility
        both sides share, with one side joined to the other by "mit/con/with"."""
        if not _overlaps(self.scan.mutual, cue):
            return None
        pair = self._with_pair(cue, list(self.isos), same_segment=True)
        if pair is None:
            return None
        return pair[0], pair[1], self._pair_confidence(*pair)

    def _hostile_between(self, cue: _Hit) -> tuple[str, str, float] | None:
        """The pair of "a crisis between X and Y", "tensiones entre X y Y"."""
        if cue.label == "criticism":
            return None
        for hit in self.scan.between:
            if cue.start <= hit.start and (
                hit.start - cue.end <= 3 or _ABOUT_GAP.fullmatch(self.text, cue.end, hit.start)
            ):
                pair = self._between(list(self.isos))
                if pair:
                    return pair[0], pair[1], self._pair_confidence(*pair)
        return None

    def _rebutted(self, cue: _Hit) -> bool:
        """Whether a criticism word is the object of a rebuttal in its clause ("wies die
        Vorwürfe zurück", "rechazó las acusaciones", "dismissed the accusations")."""
        for hit in self.scan.in_clause(self.scan.rebuttal, cue.start):
            if hit.start <= cue.start < hit.end:
                return True
            gap = cue.start - hit.end if hit.end <= cue.start else hit.start - cue.end
            if 0 <= gap <= 30:
                return True
        return False

    def _rebuttal_pair(self, cue: _Hit) -> tuple[str, str, float] | None:
        """A rebuttal answers the original critic: the rebutting state's criticism is aimed at
        them when the sentence names them ("rejected the US accusations", "Vorwürfe aus
        Washington"); otherwise the sentence carries no criticism at all, because the state
        that rejects a charge is its target, not its author."""
        named = self._critic_named_after(cue)
        if named is None:
            # an adjective right before the noun: "US-Vorwürfe", "American accusations"
            named = next(
                (p for p in self.parties if 0 <= cue.start - p.end <= 2),
                None,
            ) or next(
                # or right after it: "las acusaciones estadounidenses"
                (p for p in self.parties if 0 <= p.start - cue.end <= 1 and p.via == "state"),
                None,
            )
        if named is None:
            return None
        rebutter = self.speaker.iso3 if self.speaker and self.speaker.iso3 else None
        if rebutter is None:
            first = next((p for p in self.parties if p.end <= cue.start), None)
            rebutter = first.iso3 if first else None
        if rebutter is None or rebutter == named.iso3:
            return None
        return rebutter, named.iso3, self._pair_confidence(rebutter, named.iso3)

    def _competitors(self, cue: _Hit) -> tuple[tuple[str, str], float] | None:
        """The two sides of a competition: the state nearest the cue and the speaker's or
        subject's state; with a single state, its partner from the context."""
        if self._aimed_at_no_state(cue):
            return None
        parties = [p for p in self.parties if not self._prize(cue, p)]
        if not parties:
            pair = self._recent_pair()
            if self.scan.both_sides and pair:
                return pair, BOTH_SIDES
            return None
        focus = min(parties, key=lambda p: min(abs(p.start - cue.end), abs(cue.start - p.end)))
        rival = None
        if len(self.isos) > 2 and _RIVAL_NOUN.fullmatch(
            self.text, cue.start, self._word_end(cue.end)
        ):
            rival = next(
                (p for p in parties if _RIVAL_OF.fullmatch(self.text, cue.end, p.start)), None
            )
        if rival is not None:
            # "Ankara ist in Mali zum Konkurrenten Moskaus geworden": the state the rival noun
            # names is one side, the subject the other, whatever stands nearer
            source = self._source_for(cue, exclude=rival.iso3)
            if source is not None:
                return (source[0], rival.iso3), self._pair_confidence(source[0], rival.iso3)
        for chain in self._chains:
            if self._with_before(cue, chain[0]):
                # a list after "with" competes with the subject, not within itself: "compitió
                # por el pedido con astilleros de Francia, Italia y Corea del Sur"
                rivals = {p.iso3 for p in chain}
                subject = [p for p in parties if p.end <= cue.start and p.iso3 not in rivals]
                if not subject:
                    return None
                pair = (subject[-1].iso3, chain[0].iso3)
                return pair, self._pair_confidence(*pair)
        for chain in self._chains:
            if focus in chain:
                # co-subjects compete with each other: "Washington and Beijing compete"
                other = next(p.iso3 for p in chain if p.iso3 != focus.iso3)
                return (other, focus.iso3), self._pair_confidence(other, focus.iso3)
        if len(self.isos) == 2:
            other = next(i for i in self.isos if i != focus.iso3)
            return (other, focus.iso3), self._pair_confidence(other, focus.iso3)
        if len(self.isos) == 1:
            partner = self._partner_for(focus.iso3)
            if partner is None:
                return None
            return (partner[0], focus.iso3), partner[1]
        source = self._source_for(cue, exclude=focus.iso3)
        if source is None:
            return None
        return (source[0], focus.iso3), ALL_PAIRS

    def _aimed_at_no_state(self, cue: _Hit) -> bool:
        """Whether the hostility is aimed at someone who is no state: "in ihrem Krieg gegen die
        paramilitärische RSF", "a war against the Rapid Support Forces" set no two states
        against each other, whoever else the sentence names."""
        word_end = self._word_end(cue.end)
        aim = _AIM_BEFORE.search(self.text, cue.start, word_end) or _AIM_AFTER.match(
            self.text, word_end
        )
        if aim is None:
            return False
        stop = _GAP_STOP.search(self.text, aim.end())
        end = stop.start() if stop else len(self.text)
        return not any(aim.end() <= p.start < end for p in self.parties)

    def _with_before(self, cue: _Hit, first: _Party) -> bool:
        """Whether "with" stands between the cue and the list, close before the list's first
        state and in the cue's clause: "competed with firms from France, Italy and Korea"."""
        clause = self.scan.clause_of(cue.start)
        return any(
            cue.end <= h.start and h.end <= first.start <= h.end + _WITH_REACH
            and clause[0] <= first.start < clause[1]
            for h in self.scan.with_
        )  # fmt: skip

    def _prize(self, cue: _Hit, party: _Party) -> bool:
        """Whether a state stands in what is competed for, not among who competes: "compiten
        por el viajero ruso y alemán", "compete for Chinese buyers"; but after "between" the
        states are the rivals again: "ein Wettlauf um Einfluss zwischen Australien und China"."""
        gap = self.text[cue.end : party.start]
        if any(cue.end <= h.start and h.end <= party.start for h in self.scan.between):
            return False
        return (
            party.start >= cue.end
            and len(gap) <= 40
            and not _GAP_STOP.search(gap)
            and self.cues.prize is not None
            and bool(self.cues.prize.match(gap.split(" ", 1)[-1] if " " in gap else gap))
        )

    def _cooperation(self, out: list[_Claim], index: int, rivalry: _Opposed | None) -> None:
        scan = self.scan
        for type_id in self.lexicon.type_order:
            if type_id in self.lexicon.rivalry_types or type_id not in scan.types:
                continue
            kept = [(h, scan.negation(h.start)) for h in scan.types[type_id]]
            kept = [(h, n) for h, n in kept if n != "reject"]
            if not kept:
                continue
            # a cue in a clause without negation is the better evidence; the first cue whose
            # clause joins a pair speaks for the type ("Die Infrastruktur ist gefährdet: ...
            # die Pipeline zwischen Finnland und Estland")
            kept.sort(key=lambda item: (item[1] is not None, item[0].start))
            for cue, negation, pairs in self._per_segment(kept, rivalry):
                pairs = self._whole_group(type_id, pairs)
                self._cooperation_claims(out, index, type_id, cue, negation, pairs, rivalry)

    def _per_segment(
        self, kept: list[tuple[_Hit, str | None]], rivalry: _Opposed | None
    ) -> list[tuple[_Hit, str | None, list[tuple[tuple[str, str], float]]]]:
        """The first cue that joins a pair, and after it any cue in another stretch of the
        sentence that joins other pairs: "Marruecos promueve con Nigeria un gasoducto ...,
        mientras Argelia, Nigeria y Níger relanzaron el gasoducto transahariano"."""
        found: list[tuple[_Hit, str | None, list[tuple[tuple[str, str], float]]]] = []
        joined: set[frozenset[str]] = set()
        segments: set[tuple[int, int]] = set()
        for hit, negation in kept:
            segment = self._segment(hit.start)
            if found and segment in segments:
                continue
            pairs = self._cooperation_pairs(hit, rivalry)
            fresh = [(p, c) for p, c in pairs if frozenset(p) not in joined]
            if not fresh:
                continue
            segments.add(segment)
            joined.update(frozenset(p) for p, _ in fresh)
            found.append((hit, negation, fresh))
        return found

    def _cooperation_claims(
        self,
        out: list[_Claim],
        index: int,
        type_id: str,
        cue: _Hit,
        negation: str | None,
        pairs: list[tuple[tuple[str, str], float]],
        rivalry: _Opposed | None,
    ) -> None:
        for pair, confidence in pairs:
            if (
                rivalry is not None
                and {rivalry.source, rivalry.target} == set(pair)
                and self.scan.clause_of(cue.start) == self.scan.clause_of(rivalry.cue.start)
            ):
                continue  # a clause that sets two states against each other joins no deal
            if negation:
                confidence = min(confidence, NEGATED)
            directed = self._direction(cue, pair, type_id)
            self._claim(
                out, index, directed or pair, "cooperation", type_id, cue, confidence,
                directed=directed is not None,
                status=None if negation else self.status_at(cue, whole_sentence=True),
            )  # fmt: skip

    def _whole_group(
        self, type_id: str, pairs: list[tuple[tuple[str, str], float]]
    ) -> list[tuple[tuple[str, str], float]]:
        """Every member with every other when the sentence makes them one group: a
        "Dreierbündnis", a "trilateral" format, or an exercise others "take part" in ("ein
        gemeinsames Manöver, an dem auch US-Marineinfanteristen teilnehmen")."""
        if not pairs:
            return pairs
        joined = bool(self.scan.group) or (
            type_id in self.lexicon.taken_part_in and bool(self.scan.participation)
        )
        if not joined:
            return pairs
        members = list(dict.fromkeys(i for pair, _ in pairs for i in pair))
        if type_id in self.lexicon.taken_part_in:
            members += [i for i in self.isos if i not in members]
        if len(members) < 3:
            return pairs
        known = {frozenset(pair) for pair, _ in pairs}
        more = [
            ((a, b), LISTED) for a, b in combinations(members, 2) if frozenset((a, b)) not in known
        ]
        return [*pairs, *more]

    def _cooperation_pairs(
        self, cue: _Hit, rivalry: _Opposed | None
    ) -> list[tuple[tuple[str, str], float]]:
        """Which pairs a cooperation cue joins; none unless the sentence says they interact.

        Two states and a topic word are not a cooperation ("Peru is, after Colombia, the
        second-largest cocaine producer"): the cue's clause must hold an interaction word
        (cooperate, agree, sign, deliver, train, meet...), or the sentence must join the pair
        as co-subjects ("X und Y", "X y Y"), by "mit/con/with" or by "zwischen/entre/between".
        Which pair, with three or more states: the one "between" names, the giver and
        receiver of a delivery verb, the one "with" joins, a list of co-subjects, or the two
        states of the cue's own clause. One state: the speaker's country or the pair named
        before, as a reader would resolve it. "Both sides" refers back to the last pair.
        """
        isos = list(self.isos)
        if rivalry is not None:
            source, target, critical = rivalry.source, rivalry.target, rivalry.cue
            if rivalry.criticised and self._criticised_matter(cue, critical):
                # the cooperation is what is criticised: "warned against Chinese arms
                # deliveries to Venezuela" joins China and Venezuela, not the critic, and
                # "China's port is a threat" is China's own affair, no relation at all
                others = [i for i in isos if i != source]
                if len(others) < 2:
                    return []
                isos = others
            elif len([i for i in isos if i != target]) >= 2 and target not in self._isos_in(
                self.scan.clause_of(cue.start), isos
            ):
                # the state criticised is no partner of the deal, unless the deal's own
                # clause names it: "warned China ..., and Cambodian and Chinese troops drill"
                isos = [i for i in isos if i != target]
        elif self._under_criticism(cue):
            # "warned against attempts to politicise economic cooperation": with no state
            # to aim at, the criticism still says nothing of the speaker's own cooperation
            speaker = self.speaker.iso3 if self.speaker else None
            isos = [i for i in isos if i != speaker]
            if len(isos) < 2:
                return []
        pairs = self._pairs_for(cue, isos)
        if rivalry is not None and self.scan.clause_of(cue.start) == self.scan.clause_of(
            rivalry.cue.start
        ):
            # a clause that sets two states against each other does not also make them
            # partners: "Saudi Arabia and its allies imposed a blockade on Qatar"
            rivals = {rivalry.source, rivalry.target}
            pairs = [(pair, c) for pair, c in pairs if set(pair) != rivals]
        return pairs

    def _hostile(self) -> bool:
        """Whether the sentence says anything hostile: then a topic word beside two partners
        is what they quarrel over, not one more thing they do together."""
        scan = self.scan
        return bool(scan.stance) or any(scan.types.get(t) for t in self.lexicon.rivalry_types)

    def _under_criticism(self, cue: _Hit) -> bool:
        critical = [*self.scan.types.get("criticism", []), *self.scan.stance]
        return any(self._criticised_matter(cue, c) for c in critical if c.start < cue.start)

    def _pairs_for(self, cue: _Hit, isos: list[str]) -> list[tuple[tuple[str, str], float]]:
        acts = self._acts(cue)
        clause = self.scan.clause_of(cue.start)
        local = self._isos_in(clause, isos)
        both = self._both_referent(cue) if acts else None
        if both is not None:
            return [both]
        counted = self._counted_sides(cue) if acts else None
        if counted:
            partners = self._with_after_counted(counted)
            if partners:
                # "Alle drei haben Sicherheitsabkommen mit Russland geschlossen": each of the
                # three with Russia
                return [((c, p), BOTH_SIDES) for c in counted for p in partners if c != p]
            # "die vier Staaten" are the four states named last
            return [(pair, BOTH_SIDES) for pair in combinations(counted, 2)]
        if len(isos) >= 3:
            sources = self._bought_from(isos)
            if sources:
                return sources
            pair = (
                self._between(isos)
                or self._verb_pair(cue, isos)
                or self._with_pair(cue, isos, same_segment=True)
            )
            if pair:
                pairs = [pair, *((pair[0], more) for more in self._listed_after(pair[1], isos))]
                return [(p, self._pair_confidence(*p)) for p in pairs]
            chain = self._chain_in(clause, isos)
            if self._with_members(chain):
                chain = []
            if len(chain) >= 3 and not acts:
                # three or more states listed with no word of acting on each other are
                # parallel, not partners: "Canada, Mexico and Brazil would still face the tariff"
                chain = []
            if len(chain) >= 2 and (acts or self._named_subjects(chain, clause)):
                # co-subjects act together whatever the verb: "Brasil y Perú estudian ...";
                # a list after "with" acts with the subject too: "Níger, junto con Malí y
                # Burkina Faso, forma la Alianza"
                lead = self._with_subject(chain, isos)
                if lead is not None:
                    chain = [lead, *chain]
                confidence = LISTED if len(chain) >= 3 else self._pair_confidence(*chain[:2])
                return [((a, b), confidence) for a, b in combinations(chain, 2)]
            for span in (self._segment(cue.start), clause):
                near = self._isos_in(span, isos)
                origins = {
                    p.iso3 for p in self.parties if span[0] <= p.start < span[1] and self._from(p)
                }
                if origins >= set(near):
                    continue  # "Flüchtlinge aus dem Sudan und aus Eritrea": two origins
                if acts and len(near) == 2:
                    return [((near[0], near[1]), self._pair_confidence(*near))]
            if acts and len(local) == 1:
                # the clause's own state acts on the others, which are named elsewhere
                return [((local[0], other), ALL_PAIRS) for other in isos if other != local[0]]
            return []
        if len(isos) == 2:
            a, b = isos
            if (
                acts
                or (self._linked(a, b) and self._isos_in(clause, isos))
                or (self._acts_across(cue) and self._isos_in(clause, isos))
            ):
                return [((a, b), self._pair_confidence(a, b))]
            if (
                frozenset(isos) in self.ctx.partners
                and self._isos_in(clause, isos)
                and not self._hostile()
            ):
                return [((a, b), PARTNERS)]
            return []
        if len(isos) == 1 and acts:
            partner = self._partner_for(isos[0])
            if partner:
                return [((isos[0], partner[0]), partner[1])]
        ctx = self.ctx
        if (
            not isos
            and self.scan.continuation
            and ctx.last_pair
            and ctx.last_pair_paragraph == self.sentence.paragraph
        ):
            # a sentence that says it goes on with the deal just named: "Dazu gehört das
            # Megaprojekt des Hafens von Chancay"
            return [(ctx.last_pair, BOTH_SIDES)]
        if not isos and (self.scan.nouns or self.ctx.deal_paragraph == self.sentence.paragraph):
            # a paragraph that goes on about a deal without naming its parties again: "El
            # pacto prevé oficiales de enlace ... Su objetivo es frenar la inmigración irregular"
            pair = self._recent_pair()
            if pair is not None:
                return [(pair, CONTINUED)]
        return []

    # -- how a sentence joins its parties ------------------------------------------------

    def _counted_sides(self, cue: _Hit) -> list[str] | None:
        """The N states "die drei Länder", "los cuatro países", "the four governments" mean:
        the N named most recently, this sentence's own mentions before the words included."""
        for hit in self.scan.in_clause(self.scan.counted_sides, cue.start):
            word = next(
                (w for w in self.cues.counts if w in self.text[hit.start : hit.end].lower()), None
            )
            if word is None:
                continue
            recent = list(self.ctx.recent)
            for party in self.parties:
                if party.end <= hit.start:
                    if party.iso3 in recent:
                        recent.remove(party.iso3)
                    recent.append(party.iso3)
            count = self.cues.counts[word]
            listed = [c for c in self.ctx.lists if len(c) == count]
            if listed:
                return listed[-1]
            if len(recent) >= count:
                return recent[-count:]
        return None

    def named_lists(self) -> list[list[str]]:
        """The lists of two or more distinct states this sentence names."""
        found = []
        for chain in self._lists:
            isos = list(dict.fromkeys(p.iso3 for p in chain))
            if len(isos) >= 2:
                found.append(isos)
        return found

    def _with_after_counted(self, counted: list[str]) -> list[str]:
        """The states this sentence joins to counted ones by "mit/con/with"."""
        return [
            p.iso3
            for p in self.parties
            if p.iso3 not in counted and any(self._right_after(h, p) for h in self.scan.with_)
        ]

    def _both_referent(self, cue: _Hit) -> tuple[tuple[str, str], float] | None:
        """The pair "beide Seiten", "ambos países", "both ministers" in the cue's clause means.

        A reader resolves it to the two states named last in its clause (a list of
        co-subjects first), else to the pair of the sentences before. "Both ministers" means
        the two office holders named last, which a sentence about a third state in between
        does not change.
        """
        hits = self.scan.in_clause(self.scan.both_sides, cue.start)
        if not hits:
            return None
        hit = hits[0]
        clause = self.scan.clause_of(hit.start)
        chain = self._chain_in((clause[0], hit.start), self.isos)
        if len(chain) >= 2:
            return (chain[0], chain[1]), self._pair_confidence(chain[0], chain[1])
        # the states named before it in its sentence ("Paris hat Athen Jets verkauft, und beide
        # Länder ..."), else the two of the sentence before, else the pair of its paragraph,
        # else the two its sentence names after it ("beide Regierungen ...; türkische
        # Offiziere bilden libysche Soldaten aus")
        start = self.sentence.start
        latest = [p.iso3 for p in self.parties if start <= p.start and p.end <= hit.start]
        before = list(dict.fromkeys(reversed(latest)))
        if len(before) >= 2:
            a, b = before[1], before[0]
            return (a, b), self._pair_confidence(a, b)
        if hit.label != "people" and not before:  # "both ministers" are people: see below
            previous = self.ctx.previous_isos
            if previous[0] == self.sentence.paragraph and len(previous[1]) == 2:
                return (previous[1][0], previous[1][1]), BOTH_SIDES
            ctx = self.ctx
            if ctx.last_pair and ctx.last_pair_paragraph == self.sentence.paragraph:
                return ctx.last_pair, BOTH_SIDES
            after = list(dict.fromkeys(p.iso3 for p in self.parties if p.start >= hit.end))
            if len(after) == 2:
                return (after[0], after[1]), BOTH_SIDES
        pair = self._recent_pair()
        if hit.label == "people" and self.ctx.last_people_pair:
            pair = self.ctx.last_people_pair
        if pair is None or (before and before[0] not in pair):
            return None
        return pair, BOTH_SIDES

    def _acts(self, cue: _Hit) -> bool:
        """Whether the cue's clause says someone acts towards someone else."""
        scan = self.scan
        words = [*scan.interaction, *scan.give, *scan.receive, *scan.nouns]
        return bool(scan.in_clause(words, cue.start))

    def _acts_across(self, cue: _Hit) -> bool:
        """An interaction in the clause right after a semicolon that ends the cue's clause:
        "russische Militärausbilder im Land; sie ... schulen seither nigrische Soldaten"."""
        clause = self.scan.clause_of(cue.start)
        if clause[1] >= len(self.text) or self.text[clause[1] : clause[1] + 1] != ";":
            return False
        following = self.scan.clause_of(min(clause[1] + 2, self.sentence.end - 1))
        words = [*self.scan.interaction, *self.scan.give, *self.scan.receive]
        return any(following[0] <= h.start < following[1] for h in words)

    def _right_after(self, hit: _Hit, party: _Party) -> bool:
        """Whether the mention follows the word closely, with no punctuation between: the
        word governs it ("mit Peru", "aus Frankreich", "nach Somalia")."""
        return (
            hit.end <= party.start
            and party.start - hit.end <= _PASSIVE_REACH
            and not _GAP_STOP.search(self.text[hit.end : party.start])
        )

    def _from(self, party: _Party) -> bool:
        """Whether "aus/from/de" governs the mention: where people or goods come from."""
        return any(self._right_after(h, party) for h in self.scan.origin)

    def _bought_from(self, isos: Sequence[str]) -> list[tuple[tuple[str, str], float]]:
        """Each supplier a buyer names with "aus/from/de" ("Aus Frankreich bezieht das Land
        Radare, aus Indien Artillerie"), paired with the buyer: the one state no such word
        governs."""
        if not self.scan.receive:
            return []
        governed = [p for p in self.parties if p.iso3 in isos and self._from(p)]
        suppliers = list(dict.fromkeys(p.iso3 for p in governed))
        buyers = [i for i in isos if i not in suppliers]
        if len(suppliers) < 2 or len(buyers) != 1:
            return []
        return [((buyers[0], s), self._pair_confidence(buyers[0], s)) for s in suppliers]

    def _isos_in(self, span: tuple[int, int], isos: Sequence[str]) -> list[str]:
        return list(
            dict.fromkeys(
                p.iso3 for p in self.parties if span[0] <= p.start < span[1] and p.iso3 in isos
            )
        )

    @cached_property
    def _chains(self) -> list[list[_Party]]:
        """Lists of states that act together: not "migrants from Guinea, Sudan and Mali"."""
        return [c for c in self._lists if not self._distributive(c)]

    @cached_property
    def _lists(self) -> list[list[_Party]]:
        """Runs of mentions with only list words between them: "X, Y und Z", "X y el Y"."""
        chains: list[list[_Party]] = []
        for party in self.parties:
            gap = self.text[chains[-1][-1].end : party.start] if chains else ""
            if chains and (
                self._coordinated(gap)
                # a state and its office holder are one item: "Eritreas Präsident Afwerki"
                or (
                    party.iso3 == chains[-1][-1].iso3
                    and len(gap) <= 40
                    and not _GAP_STOP.search(gap)
                )
            ):
                chains[-1].append(party)
            else:
                chains.append([party])
        return [c for c in chains if len({p.iso3 for p in c}) >= 2 and self._closed(c)]

    def _closed(self, chain: list[_Party]) -> bool:
        """Whether a word closes the list: "X, Y und Z" is a list, but in "a deal with
        Afghanistan, Turkmenistan sits on gas" the comma starts a new clause."""
        gaps = (self.text[a.end : b.start] for a, b in pairwise(chain) if a.iso3 != b.iso3)
        return any(gap.strip(" ,") for gap in gaps)

    def _distributive(self, chain: list[_Party]) -> bool:
        """Whether a list names states that each act on their own: "both the US and China run
        bases there", "sowohl ... als auch", "The Netherlands and Belgium have each ...", or
        only where people or goods come from or go to: "migrants from Guinea, Sudan and Côte
        d'Ivoire", "Getreide nach Ägypten und Indonesien".
        """
        start, end = chain[0].start, chain[-1].end
        for hit in [*self.scan.origin, *self.scan.recipient]:
            if hit.end <= start and self._coordinated(self.text[hit.end : start]):
                return True  # "aus dem Sudan und aus Eritrea"
        for hit in self.scan.distributive:
            if any(r.start <= hit.start < r.end for r in self.scan.reciprocal):
                continue  # "accused each other": the two act on each other, not each alone
            if hit.end <= start and start - hit.end <= 6:
                return True
            if hit.start >= end and hit.start - end <= 12:
                return True
        return False

    def _chain_in(self, span: tuple[int, int], isos: Sequence[str]) -> list[str]:
        """The states of the first list of co-subjects inside ``span``."""
        for chain in self._chains:
            if span[0] <= chain[0].start < span[1]:
                found = list(dict.fromkeys(p.iso3 for p in chain if p.iso3 in isos))
                if len(found) >= 2:
                    return found
        return []

    def _named_subjects(self, chain: list[str], span: tuple[int, int]) -> bool:
        """Whether a list names states rather than describing a thing by their adjectives:
        "Brasil y Perú estudian ..." acts, "Colombian and Peruvian cocaine" does not."""
        return any(
            p.iso3 in chain and span[0] <= p.start < span[1] and p.form != "adjective"
            for p in self.parties
        )

    def _linked(self, a: str, b: str) -> bool:
        """Whether the sentence joins ``a`` and ``b`` by syntax rather than by proximity."""
        pair = {a, b}
        if self._co_listed(a, b):
            return True
        between = self._between([a, b])
        if between and set(between) == pair:
            return True
        joined = self._with_pair(None, [a, b], same_segment=False)
        return joined is not None and set(joined) == pair

    def _segment(self, pos: int) -> tuple[int, int]:
        """The stretch between commas or stronger punctuation around ``pos``."""
        s = self.sentence
        text = self.text
        start = max((text.rfind(c, s.start, pos) for c in ",;:"), default=-1)
        ends = [i for i in (text.find(c, pos, s.end) for c in ",;:") if i >= 0]
        return (start + 1 if start >= s.start else s.start), (min(ends) if ends else s.end)

    def _with_pair(
        self, cue: _Hit | None, isos: Sequence[str], *, same_segment: bool
    ) -> tuple[str, str] | None:
        """The pair "mit/con/with" joins: the state after it and the nearest one before it in
        its clause, else the speaker's ("Die Zusammenarbeit mit Peru", said by China)."""
        for hit in self.scan.with_:
            if (
                same_segment
                and cue is not None
                and self._segment(hit.start) != self._segment(cue.start)
            ):
                continue
            joined = next((p for p in self.parties if self._right_after(hit, p)), None)
            if joined is None or joined.iso3 not in isos:
                continue
            clause = self.scan.clause_of(hit.start)
            before = [
                p
                for p in self.parties
                if p.end <= hit.start and p.iso3 != joined.iso3 and p.iso3 in isos
            ]
            in_clause = [p for p in before if p.start >= clause[0]]
            if in_clause:
                return in_clause[-1].iso3, joined.iso3
            speaker = self.speaker.iso3 if self.speaker else None
            if speaker and speaker != joined.iso3 and speaker in isos:
                return speaker, joined.iso3
            if before:
                return before[-1].iso3, joined.iso3
        return None

    def _listed_after(self, iso3: str, isos: Sequence[str]) -> list[str]:
        """The states listed right after ``iso3`` ("mit Mali und Burkina Faso": Burkina Faso),
        so that a partner named in a list brings the rest of the list along, a list of
        suppliers too ("from the United States and Britain")."""
        for chain in self._lists:
            members = [p.iso3 for p in chain]
            if members and members[0] == iso3:
                return [m for m in dict.fromkeys(members[1:]) if m != iso3 and m in isos]
        return []

    def _with_before_list(self, chain: list[str]) -> _Hit | None:
        """The "with" that governs ``chain``: right before the list's first state."""
        first = next((p for p in self.parties if chain and p.iso3 == chain[0]), None)
        if first is None:
            return None
        return next((hit for hit in self.scan.with_ if self._right_after(hit, first)), None)

    def _with_subject(self, chain: list[str], isos: Sequence[str]) -> str | None:
        """The state before "with" when ``chain`` is the list right after it."""
        hit = self._with_before_list(chain)
        if hit is None:
            return None
        before = [
            p for p in self.parties if p.end <= hit.start and p.iso3 in isos and p.iso3 not in chain
        ]
        return before[-1].iso3 if before else None

    def _with_members(self, chain: list[str]) -> bool:
        """Whether the list after "with" joins states that each act on their own: "Tanto
        Colombia como Ecuador pertenecen a la Comunidad Andina, junto con Perú y Bolivia"
        names four members of one body, not partners."""
        hit = self._with_before_list(chain)
        if hit is None:
            return False
        lead = [p for p in self.parties if p.end <= hit.start]
        return bool(lead) and any(
            lead[-1].end <= d.start < hit.start for d in self.scan.distributive
        )

    def _verb_pair(self, cue: _Hit, isos: Sequence[str]) -> tuple[str, str] | None:
        """The subject and the other side of a delivery or purchase verb in the cue's clause
        ("Egipto, enfrentado con Etiopía, envió armas a Somalia": Egypt and Somalia)."""
        clause = self.scan.clause_of(cue.start)
        for verb in self.scan.in_clause([*self.scan.give, *self.scan.receive], cue.start):
            before = [
                p
                for p in self.parties
                if clause[0] <= p.start and p.end <= verb.start and p.iso3 in isos
            ]
            after = [p for p in self.parties if verb.end <= p.start < clause[1] and p.iso3 in isos]
            subject = self._subject_of(before)
            # a verb at the end of its phrase: "Ägypten hat Waffen nach Somalia geschickt"
            tail = [p for p in before if subject is not None and p.start >= subject.start]
            to = self._recipient_before(tail, verb) if tail else None
            if subject is not None and to is not None:
                return subject.iso3, to.iso3
            if subject is not None and after and subject.iso3 != after[0].iso3:
                return subject.iso3, after[0].iso3
        return None

    def _subject_of(self, before: list[_Party]) -> _Party | None:
        """The state nearest before a verb that no preposition governs: "officials voiced
        concern when Australia announced it would acquire" is Australia's purchase, and in
        "Egipto, enfrentado con Etiopía, envió armas" Ethiopia is the object of "con"."""
        governing = [*self.scan.with_, *self.scan.recipient, *self.scan.origin, *self.scan.between]
        free = [
            party
            for party in reversed(before)
            if not any(self._right_after(h, party) for h in governing)
        ]
        # an adjective qualifies a thing more often than it names the actor: "China kauft
        # saudisches Öl und iranische Exporte" is China's purchase
        named = [p for p in free if p.form != "adjective"]
        return next(iter(named or free or before), None)

    def _recipient_before(self, before: list[_Party], verb: _Hit) -> _Party | None:
        """The state right after "nach/an/to" between the subject and a clause-final verb."""
        for party in before[1:]:
            if party.iso3 == before[0].iso3:
                continue
            for hit in self.scan.recipient:
                if (
                    before[0].end <= hit.start
                    and self._right_after(hit, party)
                    and party.end <= verb.start
                ):
                    return party
        return None

    def _criticised_matter(self, cue: _Hit, critical: _Hit) -> bool:
        """Whether a cooperation cue names what a criticism is about, not a second statement.

        It does when it shares the criticism's clause and no verb of its own (a status verb
        such as "signed") stands between the two.
        """
        if self.scan.clause_of(cue.start) != self.scan.clause_of(critical.start):
            return False
        if critical.label != "criticism" and self._segment(cue.start) != self._segment(
            critical.start
        ):
            # hostility ("enfrentado con Etiopía, ...") in one stretch of the clause does not
            # make a delivery in the next ("... enviar armas a Somalia") its object
            return False
        lo, hi = sorted((cue.start, critical.start))
        return not any(lo < h.start < hi for h in self.scan.status)

    def _between(self, isos: list[str]) -> tuple[str, str] | None:
        for hit in self.scan.between:
            following = [p for p in self.parties if p.start >= hit.end and p.iso3 in isos]
            if len(following) >= 2 and following[0].start - hit.end <= _PASSIVE_REACH:
                a, b = (
                    following[0],
                    next((p for p in following if p.iso3 != following[0].iso3), None),
                )
                if b is not None and b.start - a.end <= 20:
                    return a.iso3, b.iso3
        return None

    def _direction(self, cue: _Hit, pair: tuple[str, str], type_id: str) -> tuple[str, str] | None:
        """(giver, receiver) when a give or receive verb in the cue's clause orders the pair.

        Only for types where one side hands something to the other (arms, technology,
        training); a joint exercise stays mutual whatever verb stands next to it.
        """
        if type_id not in self.lexicon.directed_types:
            return None
        for hits, giving in ((self.scan.give, True), (self.scan.receive, False)):
            for verb in self.scan.in_clause(hits, cue.start):
                before = [p for p in self.parties if p.end <= verb.start and p.iso3 in pair]
                after = [p for p in self.parties if p.start >= verb.end and p.iso3 in pair]
                if before:
                    to = self._recipient_before(before, verb)
                    if to is not None:
                        first, second = before[0].iso3, to.iso3
                        return (first, second) if giving else (second, first)
                if not before or not after or before[-1].iso3 == after[0].iso3:
                    continue
                first, second = before[-1].iso3, after[0].iso3
                return (first, second) if giving else (second, first)
        return None


# --------------------------------------------------------------------------------------------
# Merging


def default_status(stance: str) -> str:
    """A relation's status when no verb says it: a cooperation nobody has signed yet is
    announced, a hostility goes on."""
    return "announced" if stance == "cooperation" else "under_way"


def _merge(claims: list[_Claim], lexicon: CueLexicon) -> list[RelationDraft]:
    """One relation per unordered pair and stance, with every type and its evidence.

    Direction is one-way only when every claim is directed the same way: one mutual cue
    (a joint exercise beside an arms delivery) makes the relation mutual. Status is the most
    advanced one any claim supports; a cooperation nobody has signed yet is "announced", a
    criticism that was voiced is "carried_out", and a competition without a status verb is
    "under_way". Confidence is the best claim's, raised a little for each further sentence,
    because independent sentences saying the same thing make a reader surer.
    """
    groups: dict[tuple[frozenset[str], str], list[_Claim]] = {}
    for claim in sorted(claims, key=lambda c: c.order):
        groups.setdefault((frozenset((claim.source, claim.target)), claim.stance), []).append(claim)
    relations = []
    for (_, stance), group in groups.items():
        first = group[0]
        directions = {(c.source, c.target) for c in group}
        one_way = all(c.directed for c in group) and len(directions) == 1
        source, target = (first.source, first.target)
        present = {c.type_id for c in group}
        types = tuple(t for t in lexicon.type_order if t in present)
        statuses = [c.status for c in group if c.status]
        status = max(statuses, key=STATUS_ORDER.index) if statuses else default_status(stance)
        evidence = []
        seen = set()
        for claim in group:
            key = (claim.evidence.paragraph, claim.evidence.quote, claim.type_id)
            if key not in seen:
                seen.add(key)
                evidence.append(claim.evidence)
        sentences = {(c.order[0], c.order[1]) for c in group}
        best = max(e.confidence for e in evidence)
        confidence = round(min(0.95, best + 0.05 * (len(sentences) - 1)), 2)
        relations.append(
            RelationDraft(
                source=source,
                target=target,
                direction="one_way" if one_way else "mutual",
                stance=stance,
                types=types,
                status=status,
                evidence=tuple(evidence),
                confidence=confidence,
            )
        )
    relations.sort(key=lambda r: -r.confidence)
    return relations
