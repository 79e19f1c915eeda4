"""Which states an article names, and where: names, short forms, adjectives, capitals.

A story about relations between states names them in many ways: "Peru", "Perus",
"peruanische Regierung", "US-Verteidigungsminister", "chino-estadounidense", "EE.UU.",
"Peking warnte". Every form is compiled once into a single case-insensitive regular
expression shaped like a trie (shared prefixes written once), so a paragraph is scanned in one
pass however many forms there are; the longest form wins at each position ("Guinea-Bissau"
over "Guinea", "Latin American" over "American"). Rules that regular expressions express
badly (exact case for "US", language of the text, German genitive "-s", prefix-only forms)
are checked on each hit afterwards, against the few lexicon entries for the matched text.

Phrases that contain a state's name without naming it ("Lateinamerika", "South China Sea",
"Golf von Mexiko") are in the same expression as blockers: matched, then dropped, so that
they hide the shorter form inside them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

import yaml

from dashboard.ingest import known_people
from dashboard.ingest.document import Document, Span
from dashboard.ingest.mentions import StateMention
from dashboard.reference import CountryRef, load_countries

LEXICON_PATH: Final[Path] = (
    Path(__file__).resolve().parents[2] / "data" / "registry" / "ingest" / "states.yaml"
)
LANGUAGES: Final[frozenset[str]] = frozenset({"de", "en", "es"})

#: Default confidence per form; the lexicon can lower it for a group or a single name.
CONFIDENCE: Final[dict[str, float]] = {
    "name": 0.95,
    "official": 0.95,
    "short": 0.9,
    "adjective": 0.8,
    "prefix": 0.85,
    "capital": 0.5,
}
#: A state named only by its capital counts in :func:`states_in` from this many mentions on:
#: a single "Lima" is as often the venue of a meeting as the Peruvian government.
CAPITAL_ONLY_MIN_MENTIONS: Final[int] = 2
#: A US state's namesake with another state this close is in a list of states, the country:
#: "Moldova or Georgia".
LIST_REACH: Final[int] = 6

_OFFICIAL_WORDS = re.compile(
    r"republi|kingdom|königreich|reino|state of|staat|estado|federation|föderation|federación"
    r"|commonwealth|principality|fürstentum|principado|sultan|emirat|union|unión|territor",
    re.IGNORECASE,
)
_ACRONYM = re.compile(r"(?:[A-Z]{1,2}\.? ?)+[A-Z]?\.?|[A-Z][a-z]?[A-Z]+")
_SPACE_CLASS = "[ \u00a0]"
_APOSTROPHE_CLASS = "['\u2019]"


@dataclass(frozen=True, slots=True)
class _Form:
    """One way of writing a state, with the rules a hit must pass to count."""

    iso3: tuple[str, ...]  # several when ambiguous: the first unless the text says otherwise
    form: str
    confidence: float
    text: str  # as written in the lexicon
    case: str = "any"  # "any", "upper" (first letter capital) or "exact"
    languages: frozenset[str] | None = None  # None: any language
    prefix_only: bool = False  # only counts before a hyphen
    blocker: bool = False  # names no state; hides shorter forms inside it


@dataclass(frozen=True)
class _Namesakes:
    """When a name that looks like a state is something else: a first name, a US state, a
    language. Read from ``given_names``, ``us_namesakes`` and ``language_before``."""

    given_names: frozenset[str] = frozenset()
    titles: frozenset[str] = frozenset()
    surnames: frozenset[str] = frozenset()
    #: "Georgia and Kentucky": a namesake listed with one of these is the US state.
    us_state_list: re.Pattern[str] | None = None
    us_states: frozenset[str] = frozenset()
    language_before: Mapping[str, frozenset[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class _Lexicon:
    pattern: re.Pattern[str]
    forms: dict[str, tuple[_Form, ...]]
    namesakes: _Namesakes = field(default_factory=_Namesakes)


# --------------------------------------------------------------------------------------------
# Generating inflected forms


def _strip_accent(ch: str) -> str:
    return unicodedata.normalize("NFKD", ch)[0]


def german_adjective(stem: str) -> list[str]:
    """The declined forms; the bare stem only as a compound prefix ("deutsch-französisch")."""
    return [stem + ending for ending in ("e", "en", "er", "es", "em")]


def german_noun(noun: str) -> list[str]:
    """A demonym and its plural, dative and feminine forms ("Peruaner" -> "Peruanerinnen")."""
    if noun.endswith(("er", "ar")):
        return [noun, noun + "n", noun + "s", noun + "in", noun + "innen"]
    if noun.endswith("e"):
        return [noun, noun + "n", noun[:-1] + "in", noun[:-1] + "innen"]
    if noun.endswith(("i", "s")):
        return [noun, noun + "s"] if not noun.endswith("s") else [noun]
    return [noun, noun + "en", noun + "in", noun + "innen"]


def spanish_adjective(word: str) -> list[str]:
    """Gender and number ("peruano" -> peruana, peruanos, peruanas; "francés" -> francesa)."""
    if " " in word:  # "macedonio del Norte": inflect the head only
        head, rest = word.split(" ", 1)
        return [f"{form} {rest}" for form in spanish_adjective(head)]
    if word.endswith("o"):
        return [word, word[:-1] + "a", word + "s", word[:-1] + "as"]
    if word.endswith(("í", "ú")):
        return [word, word + "es", word + "s"]
    if word.endswith(("e", "a", "i")):
        return [word, word + "s"]
    if len(word) >= 2 and word[-1] in "ns" and word[-2] in "áéíóú":
        base = word[:-2] + _strip_accent(word[-2]) + word[-1]
        return [word, base + "a", base + "es", base + "as"]
    return [word, word + "a", word + "es", word + "as"]


def english_adjective(word: str) -> list[str]:
    """The adjective and, where English makes one with -s, the plural noun."""
    if word.endswith(("ese", "ss", "sh", "ch", "s", "x", "z", "men")):
        return [word]
    return [word, word + "s"]


# --------------------------------------------------------------------------------------------
# Building the lexicon


def _classify_alias(alias: str) -> str:
    if _ACRONYM.fullmatch(alias) and len(alias.replace(".", "").replace(" ", "")) <= 5:
        return "short"
    if _OFFICIAL_WORDS.search(alias):
        return "official"
    return "name"


def _case_for(text: str, form: str) -> str:
    if form == "short":
        return "exact"
    if text.startswith("The "):
        return "any"  # "ASML of the Netherlands": the article is lower case inside a sentence
    if form in ("name", "official", "capital") or text[:1].isupper():
        return "upper"
    return "any"


def _group_iso3(value: Any) -> tuple[str, ...]:
    return tuple(value) if isinstance(value, list) else (str(value),)


def _forms_from_lexicon(
    data: Mapping[str, Any], countries: Mapping[str, CountryRef]
) -> Iterable[_Form]:
    dropped = set(data.get("drop_names") or ())
    only_in = {k: frozenset(v) for k, v in (data.get("only_in") or {}).items()}
    name_conf = {k: float(v) for k, v in (data.get("confidence") or {}).items()}

    def name(iso3: tuple[str, ...], text: str, form: str, conf: float | None = None) -> _Form:
        confidence = name_conf.get(text, conf if conf is not None else CONFIDENCE[form])
        return _Form(iso3, form, confidence, text, _case_for(text, form), only_in.get(text))

    # A name the lexicon describes itself ("Kongo" as ambiguous) replaces the reference's.
    dropped |= {text for group in data.get("extra") or () for text in group.get("names") or ()}
    territories = data.get("territories") or {}
    waterways = data.get("waterways") or {}
    governed = set(territories.get("codes") or ())
    for ref in countries.values():
        iso = (ref.iso3,)
        if ref.iso3 in governed:
            # a territory's name is no state; blocking it also keeps "Greenland" from being
            # read as any state named inside it
            for text in {ref.name_en, ref.name_de, ref.name_es, *ref.aliases}:
                if "(" not in text and "/" not in text:
                    yield _Form((), "blocker", 0.0, text, blocker=True)
            continue
        for text in {ref.name_en, ref.name_de, ref.name_es}:
            if text not in dropped:
                yield name(iso, text, "name")
        # a sea named after a state is no mention of it: "Golf von Thailand", "Denmark Strait"
        for lang, own in (("en", ref.name_en), ("de", ref.name_de), ("es", ref.name_es)):
            for template in waterways.get(lang) or ():
                yield _Form((), "blocker", 0.0, template.format(own), blocker=True)
        for alias in ref.aliases:
            if alias not in dropped and "(" not in alias and "/" not in alias:
                yield name(iso, alias, _classify_alias(alias))

    def adjectives(
        iso: tuple[str, ...], lang: str, words: Iterable[str], conf: float, form: str
    ) -> Iterable[_Form]:
        languages = frozenset({lang})
        for word in words:
            if lang == "de" and (word[:1].islower() or word.endswith("isch")):
                yield _Form(iso, "prefix", conf, word, "any", languages, prefix_only=True)
                generated, case = german_adjective(word), "any"
            elif lang == "de":
                generated, case = german_noun(word), "upper"
            elif lang == "es":
                generated, case = spanish_adjective(word), "any"
            else:
                generated, case = english_adjective(word), "upper"
            for text in generated:
                yield _Form(iso, form, conf, text, case, languages)

    for iso3, by_lang in (data.get("adjectives") or {}).items():
        for lang in ("en", "de", "es"):
            yield from adjectives(
                (iso3,), lang, by_lang.get(lang) or (), CONFIDENCE["adjective"], "adjective"
            )

    for group in data.get("extra") or ():
        iso = _group_iso3(group["iso3"])
        form = group.get("form", "name")
        conf = float(group.get("confidence", CONFIDENCE[form]))
        for text in group.get("names") or ():
            yield name(iso, text, form, conf)
        for text in group.get("short") or ():
            yield _Form(iso, "short", conf, text, "exact")
        for text in group.get("prefixes") or ():
            yield _Form(
                iso,
                "prefix",
                conf,
                text,
                "upper" if form == "name" else "any",
                None,
                prefix_only=True,
            )
        for lang in ("en", "de", "es"):
            words = group.get(lang) or ()
            if form == "name":
                for text in words:
                    yield _Form(iso, "name", conf, text, "upper", frozenset({lang}))
            else:
                yield from adjectives(iso, lang, words, conf, form)

    skip = set(data.get("capital_skip") or ())
    extra_capitals = data.get("capitals") or {}
    members = _members(data)
    for ref in countries.values():
        if ref.iso3 not in members:
            continue
        names = {ref.capital, *(extra_capitals.get(ref.iso3) or ())}
        for text in names:
            if text and text not in skip:
                yield name((ref.iso3,), text, "capital")

    for text in data.get("not_states") or ():
        yield _Form((), "blocker", 0.0, text, blocker=True)
    for words in (territories.get("adjectives") or {}).values():
        for text in words:
            yield _Form((), "blocker", 0.0, text, blocker=True)


def _members(data: Mapping[str, Any]) -> set[str]:
    """The states the lexicon describes: UN members plus Palestine, Taiwan and the Holy See.

    Only they get capital metonyms. Territories keep their names, but "Hamilton" or "Douglas"
    said alone is far more often a person than the government of Bermuda or the Isle of Man.
    """
    members = set(data.get("adjectives") or ()) | set(data.get("capitals") or ())
    for group in data.get("extra") or ():
        members.update(_group_iso3(group["iso3"]))
    return members


def _trie_pattern(words: Iterable[str]) -> str:
    """One regular expression for all words, sharing prefixes, longest alternative first."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = []
        for ch in sorted(k for k in node if k):
            if ch == " ":
                atom = _SPACE_CLASS
            elif ch == "'":
                atom = _APOSTROPHE_CLASS
            else:
                atom = re.escape(ch)
            branches.append(atom + render(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{body})?" if len(branches) == 1 else body + "?"
        return body

    return render(root)


def _key(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u2019", "'").lower()


@lru_cache(maxsize=8)
def lexicon_data(path: Path = LEXICON_PATH) -> dict[str, Any]:
    """The parsed ``states.yaml``, read once; places.py reads its ``places`` section."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=loader)  # noqa: S506 - a safe loader


def _namesakes(data: Mapping[str, Any]) -> _Namesakes:
    given = data.get("given_names") or {}
    return _Namesakes(
        given_names=frozenset(given.get("names") or ()),
        titles=frozenset(given.get("unless_before") or ()),
        surnames=frozenset(data.get("surnames") or ()),
        us_state_list=_us_state_list(data.get("us_state_names") or ()),
        us_states=frozenset(data.get("us_namesakes") or ()),
        language_before={
            lang: frozenset(w.lower() for w in words)
            for lang, words in (data.get("language_before") or {}).items()
        },
    )


def _us_state_list(names: Iterable[str]) -> re.Pattern[str] | None:
    """A US state's name with the list word that joins it to the mention before or after."""
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    if not alternatives:
        return None
    joiner = r"(?:,|,? and|,? or|,? und|,? oder|,? y|,? o)"
    return re.compile(
        rf"(?P<before>\b(?:{alternatives}){joiner}\s+)$|^(?P<after>{joiner}\s+(?:{alternatives})\b)"
    )


def _compile(forms: Iterable[_Form], namesakes: _Namesakes | None = None) -> _Lexicon:
    by_key: dict[str, list[_Form]] = {}
    for form in forms:
        if form.text:
            by_key.setdefault(_key(form.text), []).append(form)
    body = _trie_pattern(by_key)
    pattern = re.compile(
        rf"(?<!\w)(?P<form>{body})(?P<suffix>{_APOSTROPHE_CLASS}s|s)?(?!\w)", re.IGNORECASE
    )
    return _Lexicon(pattern, {k: tuple(v) for k, v in by_key.items()}, namesakes or _Namesakes())


@lru_cache(maxsize=4)
def _default_lexicon(path: Path) -> _Lexicon:
    data = lexicon_data(path)
    return _compile(_forms_from_lexicon(data, load_countries()), _namesakes(data))


def lexicon(
    countries: Mapping[str, CountryRef] | None = None, path: Path | None = None
) -> _Lexicon:
    """The compiled lexicon; built once per process for the default countries and file."""
    path = path or LEXICON_PATH
    if countries is None:
        return _default_lexicon(path)
    return _compile_for(tuple(sorted(countries.items())), path)


@lru_cache(maxsize=4)
def _compile_for(items: tuple[tuple[str, CountryRef], ...], path: Path) -> _Lexicon:
    data = lexicon_data(path)
    return _compile(_forms_from_lexicon(data, dict(items)), _namesakes(data))


# --------------------------------------------------------------------------------------------
# Finding mentions


def _accepts(form: _Form, written: str, suffix: str, after: str, language: str) -> bool:
    if form.languages is not None and language in LANGUAGES and language not in form.languages:
        return False
    if form.blocker:
        return True
    if form.case == "exact" and written != form.text:
        return False
    if form.case == "upper" and not written[:1].isupper():
        return False
    if form.prefix_only and (suffix or not after.startswith("-")):
        return False
    if suffix == "s":
        # German genitive: "Perus", "Chinas", "Pekings"; never after a sibilant.
        return (
            language == "de"
            and form.form in ("name", "official", "short", "capital")
            and not written.lower().endswith(("s", "x", "z", "ß"))
        )
    if suffix:  # English possessive: "Peru's", "the U.S.'s"
        return form.form in ("name", "official", "short", "capital")
    return True


_APOSTROPHES = ("'", "\u2019")


def _readings(whole: str, form_length: int) -> list[int]:
    """Where the form may end inside a hit: as matched, then before a final "s" or "'s"."""
    cuts = [form_length]
    if whole.endswith("s") and len(whole) - 1 not in cuts:
        cuts.append(len(whole) - 1)
    if len(whole) > 2 and whole[-2] in _APOSTROPHES and whole[-1] == "s":
        cuts.append(len(whole) - 2)
    return cuts


_NEXT_WORD = re.compile(r" ([^\W\d_][\w'-]*)")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")
_LANGUAGE_END = re.compile(
    r"\s*(?:$|[.,;:)!?])|\s+(?:and|or|und|oder|y|o|e|u)\s+[^\W\d_]+\s*(?:$|[.,;:)!?])",
    re.IGNORECASE,
)


def _first_name(text: str, match: re.Match[str], namesakes: _Namesakes) -> bool:
    """ "Chad Whitmore": a state's name that is also a first name, before a capitalised word."""
    if match.group(0) not in namesakes.given_names:
        return False
    following = _NEXT_WORD.match(text, match.end())
    return bool(
        following
        and following.group(1)[:1].isupper()
        and following.group(1) not in namesakes.titles
    )


def _surname(text: str, match: re.Match[str], namesakes: _Namesakes, language: str) -> bool:
    """ "says Paul Jordan": a state's name that is also a surname, after a capitalised word
    inside a sentence (not a title: "Prime Minister Montenegro" is still the person, but
    "President Jordan" is rare)."""
    if language == "de" or match.group(0) not in namesakes.surnames:
        return False
    before = _capitalised_before(text, match.start())
    return before is not None and before not in namesakes.titles


def _language(
    text: str, match: re.Match[str], form: _Form, language: str, namesakes: _Namesakes
) -> bool:
    """ "they speak Portuguese", "en portugués y mandarín.": the adjective is a language."""
    if form.form != "adjective":
        return False
    before = _WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
    words = namesakes.language_before.get(language, frozenset())
    return bool(
        before and before.group(1).lower() in words and _LANGUAGE_END.match(text, match.end())
    )


_CAPITALISED_BEFORE = re.compile(r"(?<![.!?:])\s[^\W\d_][\w-]*\s+$")
_CAPITALISED_AFTER = re.compile(r"\s+[^\W\d_]")


def _inside_name(text: str, match: re.Match[str]) -> bool:
    """A lower-case adjective written capitalised between two capitalised words is a surname.

    Spanish and German write "alemán", "deutsch" in lower case, so "Ricardo Alemán Quintero"
    or "Karl Deutsch Weber" are people; "la Armada Peruana" (capitalised only before) stays.
    """
    after = _CAPITALISED_AFTER.match(text, match.end())
    return bool(
        _capitalised_before(text, match.start()) is not None
        and after
        and after.group().strip()[:1].isupper()
    )


def _capitalised_before(text: str, start: int) -> str | None:
    """The capitalised word right before ``start`` inside a sentence, if there is one."""
    before = _CAPITALISED_BEFORE.search(text, max(0, start - 40), start)
    word = before.group().strip() if before else ""
    return word if word[:1].isupper() else None


#: A German adjective's bare stem before a past participle is an adverb that still names the
#: state: "das britisch geführte Programm", "chinesisch finanzierte Häfen".
_GERMAN_PARTICIPLE = re.compile(
    r" (?:(?:ge|be|ver|er|ent|zer)[a-zäöüß]{3,}t|[a-zäöüß]{2,}iert)(?:e[nmrs]?)?\b"
)


def _scan(text: str, paragraph: int, language: str, lex: _Lexicon) -> Iterable[StateMention]:
    for match in lex.pattern.finditer(text):
        whole = match.group(0)
        after = text[match.end() : match.end() + 1]
        if language == "de" and after == " " and _GERMAN_PARTICIPLE.match(text, match.end()):
            after = "-"  # read like the compound prefix it stands for
        candidates: list[_Form] = []
        # The longest form may be wrong for this text ("Chinas" is a Spanish adjective but a
        # German genitive): read the hit again with a final "s" or "'s" as a suffix.
        for cut in _readings(whole, len(match.group("form"))):
            written, suffix = whole[:cut], whole[cut:]
            candidates = [
                form
                for form in lex.forms.get(_key(written), ())
                if _accepts(form, written, suffix, after, language)
            ]
            if candidates:
                break
        if not candidates or any(form.blocker for form in candidates):
            continue
        best = max(candidates, key=lambda form: form.confidence)
        if best.case == "any" and written[:1].isupper() and _inside_name(text, match):
            continue
        if (
            _first_name(text, match, lex.namesakes)
            or _surname(text, match, lex.namesakes, language)
            or _language(text, match, best, language, lex.namesakes)
        ):
            continue
        end = match.start() + (cut if suffix[:1] in _APOSTROPHES else len(whole))
        kind = best.form
        if after == "-" and not suffix and kind != "capital":
            kind = "prefix"
        yield StateMention(
            iso3=_AMBIGUOUS_SEP.join(best.iso3),
            span=Span(paragraph, match.start(), end, text[match.start() : end]),
            form=kind,
            confidence=best.confidence,
        )


_AMBIGUOUS_SEP = "|"


def _resolve_ambiguous(mentions: list[StateMention]) -> list[StateMention]:
    """Pick a reading for "Korea" or "Kongo": the one the text names plainly, else the first.

    A text that says "Nordkorea" and then "Korea" means the north; one that says nothing more
    specific gets the lexicon's default and keeps its low confidence.
    """
    plain = {m.iso3 for m in mentions if _AMBIGUOUS_SEP not in m.iso3}
    resolved = []
    for mention in mentions:
        if _AMBIGUOUS_SEP in mention.iso3:
            options = mention.iso3.split(_AMBIGUOUS_SEP)
            named = [code for code in options if code in plain]
            choice = named[0] if len(named) == 1 else options[0]
            mention = replace(mention, iso3=choice)
        resolved.append(mention)
    return resolved


def find_states(
    doc: Document, countries: Mapping[str, CountryRef] | None = None
) -> list[StateMention]:
    """Every mention of a state in the article's kept paragraphs, in reading order."""
    lex = lexicon(countries)
    found: list[StateMention] = []
    for block in doc.paragraphs:
        found.extend(_scan(block.text, block.number, doc.language, lex))
    found = _without_people(found, doc)
    return _without_us_namesakes(_resolve_ambiguous(found), doc, lex.namesakes)


def _without_people(mentions: list[StateMention], doc: Document) -> list[StateMention]:
    """A state's name inside a listed office holder's name is the person: "el primer
    ministro, Luís Montenegro" is Portugal's prime minister. The same word alone elsewhere
    ("Montenegro y Lula firmaron") is the person too, unless the article also names the state
    some other way."""
    names = [
        (block.number, start, end, block.text[start:end])
        for block in doc.paragraphs
        for start, end, _, _ in known_people.find(block.text)
    ]
    if not names:
        return mentions
    # "Luís Montenegro", not "Carlos III de Inglaterra": the last word after another name
    surnames = {
        words[-1]
        for *_, written in names
        if len(words := written.split()) > 1 and words[-2][:1].isupper()
    }

    def inside(m: StateMention) -> bool:
        return any(
            p == m.span.paragraph and s <= m.span.start and m.span.end <= e for p, s, e, _ in names
        )

    kept = [m for m in mentions if not inside(m)]
    otherwise = {m.iso3 for m in kept if m.span.text not in surnames}
    return [m for m in kept if m.span.text not in surnames or m.iso3 in otherwise]


def _without_us_namesakes(
    mentions: list[StateMention], doc: Document, namesakes: _Namesakes
) -> list[StateMention]:
    """ "Battery plants in Georgia and Kentucky" are in the US state, listed with another one.
    "Korean plants in Georgia", in a text about the United States, are too, unless the text
    also names the country another way ("Georgian", "Tbilisi") or lists it with other states
    ("Moldova or Georgia")."""
    texts = {b.number: b.text for b in doc.paragraphs}
    listed_with = namesakes.us_state_list

    def listed(m: StateMention) -> bool:
        text = texts.get(m.span.paragraph, "")
        before = text[max(0, m.span.start - 40) : m.span.start]
        after = text[m.span.end : m.span.end + 40]
        return listed_with is not None and bool(
            listed_with.search(before) or listed_with.search(after)
        )

    mentions = [m for m in mentions if m.span.text not in namesakes.us_states or not listed(m)]
    if not any(m.iso3 == "USA" for m in mentions):
        return mentions
    doubtful = {m.iso3 for m in mentions if m.span.text in namesakes.us_states} - {
        m.iso3 for m in mentions if m.span.text not in namesakes.us_states
    }

    def us_state(mention: StateMention) -> bool:
        return (
            mention.iso3 in doubtful
            and mention.span.text in namesakes.us_states
            and not _near(mention, mentions, LIST_REACH, lambda o: o.iso3 != "USA")
        )

    return [m for m in mentions if not us_state(m)]


def _near(
    mention: StateMention,
    mentions: Sequence[StateMention],
    reach: int,
    which: Callable[[StateMention], bool],
) -> bool:
    """Whether another mention that ``which`` accepts stands within ``reach`` characters."""
    span = mention.span
    return any(
        o.span.paragraph == span.paragraph
        and o.iso3 != mention.iso3
        and which(o)
        and (abs(o.span.end - span.start) <= reach or abs(span.end - o.span.start) <= reach)
        for o in mentions
    )


def states_in(mentions: Sequence[StateMention]) -> list[str]:
    """The states an article is about, in order of first mention, each once.

    A state named only through its capital needs at least
    :data:`CAPITAL_ONLY_MIN_MENTIONS` such mentions: a lone "Lima" or "Washington" is often
    just where a meeting took place, while "Peking warnte ... Peking erklärte" is the state.
    """
    capital_only: dict[str, int] = {}
    named: set[str] = set()
    for mention in mentions:
        if mention.form == "capital":
            capital_only[mention.iso3] = capital_only.get(mention.iso3, 0) + 1
        else:
            named.add(mention.iso3)
    order: list[str] = []
    for mention in mentions:
        code = mention.iso3
        if code in order:
            continue
        if code in named or capital_only.get(code, 0) >= CAPITAL_ONLY_MIN_MENTIONS:
            order.append(code)
    return order
