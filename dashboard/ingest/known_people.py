"""Which state a well-known office holder serves, from a lexicon of names.

Articles often name a leader with a title but no country ("Präsident Lula", "el presidente
Petro", "Prime Minister Meloni"). The title gives the role, not the state; yet the state of a
speaker is a party to the relation the sentence describes. A person's state outlives their
office, so ``data/registry/ingest/known_people.yaml`` lists names, aliases and the state each
person serves or served, and this module answers two questions from it:

* :func:`country_of` - the state of a name the people finder reports, matched on the whole
  name, an alias, or a listed form plus or minus middle parts, but only when the first word
  belongs to the same person, because a wrong state is worse than none;
* :func:`find` - every listed name in a text, so that a person can be a party even when no
  title introduces them. One trie-shaped regular expression scans the text once.

People who serve an organisation (EU, UN, NATO) are listed apart and never give a state.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

from dashboard import ROOT, yamlio
from dashboard.gazetteer import normalise

KNOWN_PEOPLE_PATH: Final[Path] = ROOT / "data" / "registry" / "ingest" / "known_people.yaml"
#: A one-word alias shorter than this is too often a common word or surname ("Li", "Kim").
MIN_ALIAS_LETTERS: Final[int] = 4
#: Name particles: never enough on their own to tie a name to a person ("da Silva").
_PARTICLE_WORDS = "al el as ad an ar at ash bin ibn bint da de del della der di do dos das du la le"
PARTICLES: Final[frozenset[str]] = frozenset([*_PARTICLE_WORDS.split(), "van", "von", "den", "ter"])
_FIELDS: Final[dict[str, frozenset[str]]] = {
    "people": frozenset({"name", "iso3", "aliases"}),
    "organisation_people": frozenset({"name", "org", "aliases"}),
}
# Letters that Unicode does not decompose into a base letter plus an accent.
_EXTRA_LETTERS: Final[dict[int, str]] = str.maketrans("łŁøØđĐıðÐ", "lLoOdDidD")
_APOSTROPHES: Final[str] = "'\u2019\u02bc\u02bb`\u00b4"
_HYPHENS: Final[str] = "-\u2010\u2011\u2013"
_DROPPED: Final[dict[int, None]] = str.maketrans("", "", _APOSTROPHES + ".")
_TOKEN_SPLIT: Final[re.Pattern[str]] = re.compile(r"[\W_]+")


class KnownPeopleError(ValueError):
    """The lexicon file is broken; the message names the file, the entry and the field."""


@dataclass(frozen=True, slots=True)
class KnownPerson:
    name: str
    #: The state served, or None for someone who serves an organisation.
    iso3: str | None
    org: str | None
    #: The name and its aliases as written in the lexicon.
    forms: tuple[str, ...]
    #: Every word of every form except particles: a first name in a reported name must be
    #: one of these for a partial match to count.
    words: frozenset[str]


@dataclass(frozen=True, slots=True)
class KnownPeople:
    people: tuple[KnownPerson, ...]
    by_key: Mapping[str, KnownPerson]
    #: Last word of a form -> (the form's words, person): the few forms a partial match tries.
    by_last: Mapping[str, tuple[tuple[tuple[str, ...], KnownPerson], ...]]
    #: Per form key, which words must be capitalised in running text ("Arce", not "arce").
    capitals: Mapping[str, tuple[bool, ...]]
    honorifics: frozenset[str]
    #: Keys that look like a name plus a German genitive "s" but are other words ("Stubbs").
    not_names: frozenset[str]
    pattern: re.Pattern[str]


def key_of(text: str) -> str:
    """The folded form names are compared under: case, accents, dots and apostrophes ignored."""
    return normalise(text.translate(_EXTRA_LETTERS))


class _FoldTable(dict[int, str]):
    """Per-character fold for the scan: lower case, no accents, and always one character.

    Keeping the length lets a match in the folded text be a span of the original text.
    """

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        folded = ch
        if ch.isalpha():
            base = "".join(
                c
                for c in unicodedata.normalize("NFKD", ch.translate(_EXTRA_LETTERS))
                if not unicodedata.combining(c)
            )
            lower = base.lower()
            if len(lower) == 1:
                folded = lower
            elif len(ch.lower()) == 1:
                folded = ch.lower()
        self[code] = folded
        return folded


_FOLD: Final[_FoldTable] = _FoldTable()


def _fold(text: str) -> str:
    return text.translate(_FOLD)


def _error(path: Path, where: str, field: str, problem: str) -> KnownPeopleError:
    return KnownPeopleError(f"{path}: {where}, field {field!r}: {problem}")


def _known_states() -> frozenset[str] | None:
    """The reference ISO codes, or None without reference data (then only the shape is checked)."""
    try:
        from dashboard.reference import load_countries

        return frozenset(load_countries())
    except Exception:  # noqa: BLE001 - missing reference data only weakens this one check
        return None


def _word_list(data: Mapping[str, Any], field: str, path: Path) -> frozenset[str]:
    value = data.get(field) or []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _error(path, "top level", field, "must be a list of words")
    return frozenset(key_of(v) for v in value)


def _person(
    item: Any, section: str, index: int, path: Path, states: frozenset[str] | None
) -> KnownPerson:
    where = f"{section} entry {index + 1}"
    if not isinstance(item, dict):
        raise _error(path, where, "name", "the entry must be a mapping with a name")
    name = item.get("name")
    if not isinstance(name, str) or not key_of(name):
        raise _error(path, where, "name", "must be a non-empty text")
    where = f"{where} ({name})"
    unknown = sorted(set(item) - _FIELDS[section])
    if unknown:
        raise _error(path, where, unknown[0], f"unknown field; allowed: {sorted(_FIELDS[section])}")
    iso3 = org = None
    if section == "people":
        iso3 = item.get("iso3")
        if not isinstance(iso3, str) or not re.fullmatch(r"[A-Z]{3}", iso3):
            raise _error(path, where, "iso3", f"{iso3!r} is not an ISO 3166-1 alpha-3 code")
        if states is not None and iso3 not in states:
            raise _error(path, where, "iso3", f"{iso3!r} is not in the reference countries")
    else:
        org = item.get("org")
        if not isinstance(org, str) or not org.strip():
            raise _error(path, where, "org", "must name the organisation")
    aliases = item.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) and key_of(a) for a in aliases):
        raise _error(path, where, "aliases", "must be a list of non-empty names")
    for alias in aliases:
        key = key_of(alias)
        if " " not in key and len(key) < MIN_ALIAS_LETTERS:
            raise _error(
                path,
                where,
                "aliases",
                f"{alias!r} is one word of fewer than "
                f"{MIN_ALIAS_LETTERS} letters; give the full name instead",
            )
    forms = tuple(dict.fromkeys([name, *aliases]))
    words = frozenset(w for f in forms for w in key_of(f).split() if w not in PARTICLES)
    return KnownPerson(name=name, iso3=iso3, org=org, forms=forms, words=words)


def _units(form: str) -> Iterator[str]:
    """The regular-expression pieces of one form, character by character, for the trie."""
    folded = _fold(form)
    words = key_of(form).split()
    word_index = 0
    previous = ""
    for ch in folded:
        if ch.isalnum():
            yield re.escape(ch)
            previous += ch
            continue
        if ch in _APOSTROPHES:
            yield "['\u2019\u02bc\u02bb`\u00b4]?"
            continue
        if ch == ".":
            yield r"\.?"
            continue
        if ch.isspace() or ch in _HYPHENS:
            if previous:
                word_index += 1
            # After a particle ("as-Sisi") only a hyphen joins: "as Sisi" is an English "as".
            particle = 0 < word_index <= len(words) and words[word_index - 1] in PARTICLES
            if ch in _HYPHENS:
                yield "[-\u2010\u2011\u2013]" if particle else "(?:[-\u2010\u2011\u2013]|\\s+)"
            else:
                yield r"\s+"
            previous = ""
            continue
        yield re.escape(ch)


def _compile(forms: Iterable[str]) -> re.Pattern[str]:
    """One expression shaped like a trie, so a text is scanned once whatever the lexicon size.

    At each node the longer continuations are tried before ending there, so the longest form
    wins ("Lula da Silva" over "Lula"). A trailing "s" is allowed for German genitives
    ("Putins Rede"); the match is checked against the lexicon afterwards.
    """
    trie: dict[str, Any] = {}
    for form in forms:
        node = trie
        for unit in _units(form):
            node = node.setdefault(unit, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [unit + emit(child) for unit, child in sorted(node.items()) if unit]
        if not branches:
            return ""
        if "" in node:
            return "(?:" + "|".join(branches) + ")?"
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return re.compile(r"(?<!\w)(?:" + emit(trie) + r")s?(?!\w)")


@lru_cache(maxsize=4)
def load_known_people(path: Path = KNOWN_PEOPLE_PATH) -> KnownPeople:
    try:
        data = yamlio.load(path)
    except (OSError, ValueError) as err:
        raise KnownPeopleError(f"{path}: cannot be read: {err}") from None
    if not isinstance(data, dict) or not isinstance(data.get("people"), list):
        raise _error(path, "top level", "people", "the file must have a list of people")
    states = _known_states()
    people: list[KnownPerson] = []
    for section in ("people", "organisation_people"):
        items = data.get(section) or []
        if not isinstance(items, list):
            raise _error(path, "top level", section, "must be a list of entries")
        people.extend(_person(item, section, i, path, states) for i, item in enumerate(items))
    by_key: dict[str, KnownPerson] = {}
    capitals: dict[str, tuple[bool, ...]] = {}
    by_last: dict[str, list[tuple[tuple[str, ...], KnownPerson]]] = {}
    for person in people:
        for form in person.forms:
            key = key_of(form)
            other = by_key.setdefault(key, person)
            if other is not person:
                raise _error(
                    path,
                    f"the entry for {person.name}",
                    "aliases",
                    f"{form!r} is also a form of {other.name}; a form must name one person",
                )
            caps = tuple(w[:1].isupper() for w in _TOKEN_SPLIT.split(form.translate(_DROPPED)) if w)
            previous = capitals.get(key, caps)
            capitals[key] = tuple(a and b for a, b in zip(previous, caps, strict=False))
            words = tuple(key.split())
            by_last.setdefault(words[-1], []).append((words, person))
    state_forms = (form for person in people if person.iso3 for form in person.forms)
    return KnownPeople(
        people=tuple(people),
        by_key=by_key,
        by_last={last: tuple(items) for last, items in by_last.items()},
        capitals=capitals,
        honorifics=_word_list(data, "honorifics", path),
        not_names=_word_list(data, "not_names", path),
        pattern=_compile(state_forms),
    )


def _in_order(small: tuple[str, ...], big: tuple[str, ...]) -> bool:
    remaining = iter(big)
    return all(word in remaining for word in small)


def _candidates(words: tuple[str, ...], lexicon: KnownPeople) -> set[KnownPerson]:
    exact = lexicon.by_key.get(" ".join(words))
    if exact is not None:
        return {exact}
    first = words[0]
    found: set[KnownPerson] = set()
    if first in PARTICLES:
        return found
    for form, person in lexicon.by_last.get(words[-1], ()):
        if first not in person.words:
            continue
        if _in_order(form, words) or (len(words) >= 2 and _in_order(words, form)):
            found.add(person)
    return found


def person_of(name: str, lexicon: KnownPeople | None = None) -> KnownPerson | None:
    """The listed person a reported name stands for, or None when unknown or ambiguous."""
    lexicon = lexicon or load_known_people()
    words = tuple(key_of(name).split())
    while len(words) > 1 and words[0] in lexicon.honorifics:
        words = words[1:]
    if not words:
        return None
    found = _candidates(words, lexicon)
    if not found and len(words[-1]) > MIN_ALIAS_LETTERS and words[-1].endswith("s"):
        found = _candidates((*words[:-1], words[-1][:-1]), lexicon)  # "Putins", "Lulas"
    if len({(p.iso3, p.org) for p in found}) != 1:
        return None
    return min(found, key=lambda p: p.name)


def country_of(name: str) -> str | None:
    """The ISO alpha-3 code of the state a named person serves, or None when not known."""
    person = person_of(name)
    return person.iso3 if person else None


def organisation_of(name: str) -> str | None:
    """The organisation a listed international official serves ("Guterres" -> "United Nations")."""
    person = person_of(name)
    return person.org if person else None


def _capitals_ok(matched: str, required: tuple[bool, ...]) -> bool:
    words = [w for w in _TOKEN_SPLIT.split(matched.translate(_DROPPED)) if w]
    if len(words) != len(required):
        return True
    return all(word[:1].isupper() or not must for word, must in zip(words, required, strict=True))


def find(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, canonical name, iso3) of every listed name in the text, in text order.

    At each position the longest form wins; a form capitalised in the lexicon must be
    capitalised in the text, and a German genitive "s" is part of the span ("Putins").
    """
    return list(_find(text))


@lru_cache(maxsize=256)
def _find(text: str) -> tuple[tuple[int, int, str, str], ...]:
    """Cached: the states finder and the people's countries both look up each paragraph."""
    lexicon = load_known_people()
    found: list[tuple[int, int, str, str]] = []
    for match in lexicon.pattern.finditer(_fold(text)):
        start, end = match.span()
        written = text[start:end]
        key = key_of(written)
        if key in lexicon.not_names:
            continue
        person = lexicon.by_key.get(key)
        if person is None and written.endswith("s"):
            key = key_of(written[:-1])
            person = lexicon.by_key.get(key)
        if person is None or person.iso3 is None:
            continue
        if not _capitals_ok(text[start:end], lexicon.capitals[key]):
            continue
        found.append((start, end, person.name, person.iso3))
    return tuple(found)
