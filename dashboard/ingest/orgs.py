"""Organisations named in an article: known bodies, defined acronyms and government bodies.

Three kinds of evidence, strongest first:

* a lexicon hit (``data/registry/ingest/organizations.yaml``): "Vereinte Nationen", "OEA",
  "Pentagon" are the same body whatever the outlet's language;
* an acronym the article defines itself, "Defense Security Cooperation Agency (DSCA)" or
  "DSCA (Defense Security Cooperation Agency)"; a bare acronym nobody defined is not reported,
  since capitals alone are as often a party, a company or a shouted word;
* a government body next to a state mention, "Perus Außenministerium", "la cancillería
  peruana", "the US Army", named in English so that the same ministry gets the same key in a
  German and a Spanish article.

The helpers :class:`PhraseIndex`, :func:`state_before` and :func:`state_after` are shared with
``people``, which ties titles to states and organisations the same way.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Generic, TypeVar

from dashboard import ROOT, yamlio
from dashboard.ingest.document import Document, Span
from dashboard.ingest.mentions import OrgMention, StateMention

LEXICON_PATH = ROOT / "data" / "registry" / "ingest" / "organizations.yaml"
LANGUAGES = ("de", "es", "en")

LEXICON_CONFIDENCE = 0.9
DEFINED_CONFIDENCE = 0.9
BODY_CONFIDENCE = 0.8

#: German nouns take these endings in the genitive and dative ("des Außenministeriums").
GERMAN_ENDINGS = ("", "s", "es", "n", "en")

T = TypeVar("T")


def fold(text: str) -> str:
    """Lower-case with every whitespace as one space, keeping offsets equal to the original.

    Matching on a folded copy lets a phrase index report spans that cut the original text
    exactly; the few characters whose lower case is longer ("İ") are left as they are.
    """
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return re.sub(r"\s", " ", lowered)


def slugify(name: str) -> str:
    """The key of an organisation: ASCII words of its English name joined by hyphens."""
    text = name.replace("ß", "ss").replace("ẞ", "SS")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"['’]", "", text).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:80].strip("-")


_WORD = re.compile(r"\w+")


class PhraseIndex(Generic[T]):
    """Find many fixed phrases in a text without one huge regular expression.

    Phrases are filed under their first word, so a scan costs one dictionary look-up per word
    of the text however long the lexicon grows; at each word the longest phrase wins.
    """

    def __init__(
        self,
        phrases: Iterable[tuple[str, T]],
        *,
        case_sensitive: bool = False,
        endings: tuple[str, ...] = ("",),
    ) -> None:
        self.case_sensitive = case_sensitive
        self.endings = endings
        by_first: dict[str, list[tuple[str, T]]] = {}
        seen: set[str] = set()
        for phrase, value in phrases:
            norm = " ".join(phrase.split())
            if not case_sensitive:
                norm = norm.lower()
            first = _WORD.match(norm)
            if not first or norm in seen:
                continue
            seen.add(norm)
            by_first.setdefault(first.group(), []).append((norm, value))
        for options in by_first.values():
            options.sort(key=lambda item: -len(item[0]))
        self._by_first = by_first

    def prepare(self, text: str) -> str:
        return re.sub(r"\s", " ", text) if self.case_sensitive else fold(text)

    def match_at(self, prepared: str, start: int) -> tuple[int, T] | None:
        """The end and value of the longest phrase starting at ``start``, if any."""
        word = _WORD.match(prepared, start)
        if not word:
            return None
        first = word.group()
        keys = [first] + [first[: -len(e)] for e in self.endings if e and first.endswith(e)]
        options = [o for key in keys for o in self._by_first.get(key, ())]
        for phrase, value in sorted(options, key=lambda o: -len(o[0])):
            if not prepared.startswith(phrase, start):
                continue
            stop = start + len(phrase)
            for ending in self.endings:
                end = stop + len(ending)
                if ending and not prepared.startswith(ending, stop):
                    continue
                if end < len(prepared) and phrase[-1].isalnum() and _is_word_char(prepared[end]):
                    continue
                return end, value
        return None

    def finditer(self, text: str) -> Iterator[tuple[int, int, T]]:
        """Non-overlapping hits in reading order."""
        prepared = self.prepare(text)
        after = 0
        for word in _WORD.finditer(prepared):
            if word.start() < after:
                continue
            found = self.match_at(prepared, word.start())
            if found:
                after = found[0]
                yield word.start(), found[0], found[1]


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


# --------------------------------------------------------------------------------------------
# States next to a word

_SPACES = r"[ \t\u00a0]"
#: Between a state and the word it qualifies: "Perus ", "Peru's ", "US-", "peruanischen ".
_BEFORE_GAP = re.compile(rf"(?:['’]s|s|e|en|er|es|em|n)?(?:{_SPACES}+|{_SPACES}*[-–]{_SPACES}*)?")
#: Between a word and the state after it: " peruano", " de Perú", " del Perú", " of Peru".
#: "in", "en" and "to" are missing on purpose: "Botschafter in den USA" names the host state.
_AFTER_GAP = re.compile(
    rf"{_SPACES}+(?:(?:de|del|de la|de los|of|of the|der|des|von){_SPACES}+)?", re.IGNORECASE
)


def by_paragraph(mentions: Iterable[T]) -> dict[int, list[T]]:
    """Mentions grouped by paragraph and sorted by position, for cheap neighbour look-ups."""
    grouped: dict[int, list[T]] = {}
    for mention in mentions:
        grouped.setdefault(mention.span.paragraph, []).append(mention)  # type: ignore[attr-defined]
    for items in grouped.values():
        items.sort(key=lambda m: m.span.start)  # type: ignore[attr-defined]
    return grouped


def state_before(text: str, states: Sequence[StateMention], pos: int) -> StateMention | None:
    """The state mention that qualifies the word starting at ``pos`` from the left."""
    for mention in reversed(states):
        end = mention.span.end
        if end > pos:
            continue
        if pos - end > 6:
            return None
        if _BEFORE_GAP.fullmatch(text, end, pos):
            return mention
        return None
    return None


def state_after(text: str, states: Sequence[StateMention], pos: int) -> StateMention | None:
    """The state mention that qualifies the word ending at ``pos`` from the right."""
    for mention in states:
        start = mention.span.start
        if start < pos:
            continue
        if start - pos > 12:
            return None
        if _AFTER_GAP.fullmatch(text, pos, start):
            return mention
        return None
    return None


# --------------------------------------------------------------------------------------------
# The lexicon


@dataclass(frozen=True, slots=True)
class KnownOrg:
    name: str
    acronym: str | None
    country: str | None
    stands_for: str | None

    @property
    def key(self) -> str:
        return slugify(self.name)


@dataclass(frozen=True, slots=True)
class Body:
    id: str
    name: str
    fallback: str


@dataclass(frozen=True)
class OrgLexicon:
    orgs: tuple[KnownOrg, ...]
    names: PhraseIndex[KnownOrg]
    acronyms: PhraseIndex[KnownOrg]
    bodies: dict[str, PhraseIndex[Body]]
    stands_for: dict[tuple[str, str], KnownOrg]
    adjectives: dict[str, str]


def _strings(value: object) -> list[str]:
    if isinstance(value, dict):
        return [str(item) for items in value.values() for item in (items or ())]
    return [str(item) for item in (value or ())]  # type: ignore[union-attr]


@lru_cache(maxsize=1)
def load_lexicon() -> OrgLexicon:
    data = yamlio.load(LEXICON_PATH)
    orgs: list[KnownOrg] = []
    names: list[tuple[str, KnownOrg]] = []
    acronyms: list[tuple[str, KnownOrg]] = []
    for item in data["organizations"]:
        english = list((item.get("names") or {}).get("en") or ())
        all_names = _strings(item.get("names"))
        all_acronyms = _strings(item.get("acronyms"))
        english_acronyms = list((item.get("acronyms") or {}).get("en") or ())
        org = KnownOrg(
            name=english[0] if english else all_names[0],
            acronym=(english_acronyms or all_acronyms or [None])[0],
            country=item.get("country"),
            stands_for=item.get("stands_for"),
        )
        orgs.append(org)
        names.extend((name, org) for name in all_names)
        acronyms.extend((acronym, org) for acronym in all_acronyms)
    bodies: dict[str, list[tuple[str, Body]]] = {lang: [] for lang in LANGUAGES}
    for item in data["bodies"]:
        body = Body(item["id"], item["name"], item.get("fallback") or item["name"])
        for lang, words in (item.get("words") or {}).items():
            bodies.setdefault(lang, []).extend((word, body) for word in words or ())
    stands_for = {(o.stands_for, o.country): o for o in orgs if o.stands_for and o.country}
    return OrgLexicon(
        orgs=tuple(orgs),
        names=PhraseIndex(names),
        acronyms=PhraseIndex(acronyms, case_sensitive=True),
        bodies={
            lang: PhraseIndex(words, endings=GERMAN_ENDINGS if lang == "de" else ("",))
            for lang, words in bodies.items()
        },
        stands_for=stands_for,
        adjectives={str(k): str(v) for k, v in (data.get("adjectives") or {}).items()},
    )


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """English country names for body names; the ISO3 code stands in when data is missing."""
    try:
        from dashboard.reference import load_countries

        return {iso3: ref.name_en for iso3, ref in load_countries().items()}
    except Exception:  # noqa: BLE001 - reference data is optional here, names degrade to codes
        return {}


def body_name(body: Body, iso3: str, lexicon: OrgLexicon | None = None) -> str:
    lexicon = lexicon or load_lexicon()
    country = _country_names().get(iso3, iso3)
    adjective = lexicon.adjectives.get(iso3)
    template = body.name if adjective or "{adjective}" not in body.name else body.fallback
    return template.format(country=country, adjective=adjective or country)


# --------------------------------------------------------------------------------------------
# Acronyms the article defines

_PAREN = re.compile(r"\(([^()]{2,120})\)")
_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9&]{1,11}")
_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: Small words inside a long name that need not give a letter to its acronym.
_CONNECTORS = frozenset(
    [
        "of",
        "for",
        "the",
        "and",
        "on",
        "in",
        "to",
        "de",
        "del",
        "la",
        "las",
        "los",
        "el",
        "y",
        "para",
        "por",
        "e",
        "en",
        "und",
        "für",
        "der",
        "die",
        "das",
        "des",
        "von",
        "vom",
        "zur",
        "zum",
        "im",
        "am",
    ]
)


def _looks_like_acronym(token: str) -> bool:
    return bool(_ACRONYM.fullmatch(token)) and sum(c.isupper() for c in token) >= 2


def _abbreviates(acronym: str, words: Sequence[str]) -> bool:
    """Whether ``acronym`` can be read off ``words``: each main word gives its initial and
    maybe more letters in order ("SOUTHern COMmand"), small words may give one or none."""
    letters = [c.lower() for c in acronym if c.isalnum()]

    @cache
    def match(i: int, j: int) -> bool:
        if j == len(words):
            return i == len(letters)
        word = words[j].lower()
        small = word in _CONNECTORS
        if small and match(i, j + 1):
            return True
        if i >= len(letters) or letters[i] != word[0]:
            return False
        # the word gives its initial, then possibly more of its letters in order
        k, pos = i + 1, 1
        if match(k, j + 1):
            return True
        while k < len(letters):
            found = word.find(letters[k], pos)
            if found < 0:
                return False
            pos, k = found + 1, k + 1
            if match(k, j + 1):
                return True
        return False

    return match(0, 0)


def _long_form_before(text: str, end: int, acronym: str) -> tuple[int, str] | None:
    """The longest run of capitalised words right before ``end`` that the acronym abbreviates."""
    window_start = max(0, end - 160)
    words = list(_NAME_WORD.finditer(text, window_start, end))
    run: list[re.Match[str]] = []
    for word in reversed(words):
        following = run[0].start() if run else end
        gap = text[word.end() : following]
        if gap.strip():
            break
        lower = word.group().lower()
        if not (word.group()[0].isupper() or lower in _CONNECTORS):
            break
        run.insert(0, word)
        if len(run) >= 12:
            break
    starts = [i for i, w in enumerate(run) if w.group().lower() not in _CONNECTORS]
    for test in (_abbreviates, _initials_in_any_order):
        for first in starts:
            chosen = [w.group() for w in run[first:]]
            if len(chosen) >= 2 and test(acronym, chosen):
                return run[first].start(), text[run[first].start() : run[-1].end()]
    return None


def _initials_in_any_order(acronym: str, words: Sequence[str]) -> bool:
    """A translated name keeps the letters of the original acronym but not their order:
    "Agencia de Cooperación Internacional del Japón (JICA)"."""
    initials = sorted(w[0].lower() for w in words if w.lower() not in _CONNECTORS)
    return len(initials) >= 3 and initials == sorted(c.lower() for c in acronym if c.isalpha())


@dataclass(frozen=True, slots=True)
class _Hit:
    span: Span
    name: str
    acronym: str | None
    country: str | None
    confidence: float
    #: Lexicon hits and definitions win over a body pattern that overlaps them.
    rank: int


def _definitions(
    paragraph: int, text: str, states: Sequence[StateMention], lexicon: OrgLexicon
) -> Iterator[_Hit]:
    for paren in _PAREN.finditer(text):
        inner = paren.group(1).strip()
        if _looks_like_acronym(inner):
            acronym = inner
            found = _long_form_before(text, len(text[: paren.start()].rstrip()), acronym)
            if not found:
                continue
            start, long_name = found
            end = paren.end()
        else:
            before = re.search(r"([A-Z][A-Za-z0-9&]{1,11})\s*$", text[: paren.start()])
            if not before or not _looks_like_acronym(before.group(1)):
                continue
            acronym = before.group(1)
            words = _NAME_WORD.findall(inner)
            if len(words) < 2 or not words[0][0].isupper():
                continue
            if not (_abbreviates(acronym, words) or _initials_in_any_order(acronym, words)):
                continue
            start, long_name, end = before.start(1), inner, paren.end()
        known = _lookup(long_name, lexicon) or _lookup_acronym(acronym, lexicon)
        span = Span(paragraph, start, end, text[start:end])
        if known:
            yield _Hit(span, known.name, known.acronym, known.country, DEFINED_CONFIDENCE, 0)
            continue
        inside = [s for s in states if start <= s.span.start and s.span.end <= end]
        country = inside[0].iso3 if inside else None
        yield _Hit(span, long_name, acronym, country, DEFINED_CONFIDENCE, 0)


def _lookup(name: str, lexicon: OrgLexicon) -> KnownOrg | None:
    prepared = lexicon.names.prepare(name)
    found = lexicon.names.match_at(prepared, 0)
    return found[1] if found and found[0] == len(prepared) else None


def _lookup_acronym(acronym: str, lexicon: OrgLexicon) -> KnownOrg | None:
    found = lexicon.acronyms.match_at(acronym, 0)
    return found[1] if found and found[0] == len(acronym) else None


def _lexicon_hits(paragraph: int, text: str, lexicon: OrgLexicon) -> Iterator[_Hit]:
    for index in (lexicon.names, lexicon.acronyms):
        for start, end, org in index.finditer(text):
            span = Span(paragraph, start, end, text[start:end])
            yield _Hit(span, org.name, org.acronym, org.country, LEXICON_CONFIDENCE, 0)


def _body_hits(
    paragraph: int,
    text: str,
    language: str,
    states: Sequence[StateMention],
    lexicon: OrgLexicon,
) -> Iterator[_Hit]:
    index = lexicon.bodies.get(language) or lexicon.bodies["en"]
    for start, end, body in index.finditer(text):
        state = state_before(text, states, start) or state_after(text, states, end)
        if state is None:
            continue
        lo, hi = min(start, state.span.start), max(end, state.span.end)
        span = Span(paragraph, lo, hi, text[lo:hi])
        known = lexicon.stands_for.get((body.id, state.iso3))
        if known:
            yield _Hit(span, known.name, known.acronym, known.country, BODY_CONFIDENCE, 1)
        else:
            name = body_name(body, state.iso3, lexicon)
            yield _Hit(span, name, None, state.iso3, BODY_CONFIDENCE, 1)


def find_orgs(doc: Document, states: Sequence[StateMention] = ()) -> list[OrgMention]:
    """One mention per organisation, at its first mention, in reading order."""
    lexicon = load_lexicon()
    states_by_par = by_paragraph(states)
    hits: list[_Hit] = []
    for block in doc.paragraphs:
        par_states = states_by_par.get(block.number, [])
        found = [
            *_definitions(block.number, block.text, par_states, lexicon),
            *_lexicon_hits(block.number, block.text, lexicon),
            *_body_hits(block.number, block.text, doc.language, par_states, lexicon),
        ]
        # an overlap keeps the stronger kind of evidence, then the longer text
        found.sort(key=lambda h: (h.rank, -(h.span.end - h.span.start), h.span.start))
        taken: list[_Hit] = []
        for hit in found:
            if all(hit.span.end <= t.span.start or hit.span.start >= t.span.end for t in taken):
                taken.append(hit)
        hits.extend(sorted(taken, key=lambda h: h.span.start))
    first: dict[str, OrgMention] = {}
    for hit in hits:
        key = slugify(hit.name)
        if not key:
            continue
        seen = first.get(key)
        if seen is None:
            first[key] = OrgMention(
                hit.span, key, hit.name, hit.acronym, hit.country, hit.confidence
            )
        elif hit.confidence > seen.confidence:
            first[key] = OrgMention(
                seen.span,
                key,
                seen.name,
                seen.acronym or hit.acronym,
                seen.country,
                hit.confidence,
            )
    return sorted(first.values(), key=lambda m: (m.span.paragraph, m.span.start))
