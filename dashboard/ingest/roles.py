"""The roles a person can hold and the titles that name them, read from roles.yaml.

Kept apart from the reading of names (people.py) because the vocabulary is data: titles per
language, ministries' remits, deputy words, units that have a commander, words that are no names.
The reader asks this module what a word means; it never reads the file itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from dashboard import ROOT, yamlio
from dashboard.ingest.orgs import PhraseIndex

ROLES_PATH = ROOT / "data" / "registry" / "ingest" / "roles.yaml"
#: The role id given to "homólogo", "Amtskollege", "counterpart": the office of the title before.
COUNTERPART = "counterpart"
#: The role id of a title that names an office only with a remit after it ("secretario").
REMIT_ONLY = "remit-only"
LANGUAGES = ("de", "es", "en")

#: German titles inside compounds and with their endings: "Außenministerin", "Präsidenten".
GERMAN_TITLE_ENDINGS = ("", "innen", "in", "en", "n", "es", "s")

# --------------------------------------------------------------------------------------------
# The lexicon


@dataclass(frozen=True, slots=True)
class Role:
    id: str
    label: str
    rank: bool


@dataclass(frozen=True)
class Remits:
    """How one language writes a ministry's remit after a title (``portfolios`` in roles.yaml)."""

    openers: frozenset[str]
    joiners: frozenset[str]
    #: Lower case; German ones also end compounds.
    words: frozenset[str]
    #: Title (lower case) to the role it gives when a remit follows it.
    titles: dict[str, str]
    #: Roles a remit may make more precise ("ministro de ... Comercio Exterior").
    refine: frozenset[str]


@dataclass(frozen=True)
class PeopleLexicon:
    roles: dict[str, Role]
    titles: dict[str, PhraseIndex[str]]
    #: German single-word titles, lower case, for compounds ("Bundesaußenminister").
    compounds: dict[str, str]
    deputy_words: dict[str, frozenset[str]]
    deputy_roles: dict[str, str]
    overrides: dict[tuple[str, str, str], str]
    speech: dict[str, PhraseIndex[bool]]
    #: Per language: the shared list less the words that are function words elsewhere only.
    not_names: dict[str, frozenset[str]]
    #: Lower case: function words of one language that are given names in others ("Ante").
    names_elsewhere: frozenset[str]
    #: Words that end an organisation's name, lower case: the words before them are no person.
    org_words: frozenset[str]
    #: The role a title takes before an organisation's name ("president of the ... Agency").
    org_heads: dict[str, str]
    #: Titles, lower case, that are also surnames ("king", "könig", "rey").
    surname_titles: dict[str, frozenset[str]]
    remits: dict[str, Remits]
    unit_words: dict[str, PhraseIndex[bool]]
    unit_roles: dict[str, str]
    place_words: dict[str, frozenset[str]]
    #: Lower case: words of rank by birth between a title and the name ("el príncipe").
    honorifics: dict[str, frozenset[str]]
    #: English and Spanish titles in the plural ("foreign ministers", "los cancilleres"), for
    #: the names listed after them: "foreign ministers Anita Anand and Lars Løkke Rasmussen".
    plural_titles: dict[str, PhraseIndex[str]]


def plural_title(title: str, language: str) -> str | None:
    """The plural of a title's head noun, the word before "of"/"de" or else the last one:
    "secretary of state" gives "secretaries of state", "canciller" gives "cancilleres"."""
    words = title.split()
    joints = {"en": ("of", "for"), "es": ("de", "del", "para")}.get(language)
    if joints is None or not words:
        return None
    joint = next((i for i, w in enumerate(words) if i > 0 and w.lower() in joints), None)
    head = len(words) - 1 if joint is None else joint - 1
    word = words[head]
    low = word.lower()
    if language == "en":
        if low.endswith("y") and low[-2:-1] not in tuple("aeiou"):
            plural = word[:-1] + "ies"
        elif low.endswith(("s", "sh", "ch", "x")):
            plural = word + "es"
        else:
            plural = word + "s"
    elif low.endswith(("a", "e", "i", "o", "u", "á", "é", "ó")):
        plural = word + "s"
    elif low.endswith("z"):
        plural = word[:-1] + "ces"
    else:
        plural = word + "es"
    return " ".join([*words[:head], plural, *words[head + 1 :]])


def _lower_sets(section: dict[str, list[str]] | None) -> dict[str, frozenset[str]]:
    return {
        lang: frozenset(str(w).lower() for w in words or ())
        for lang, words in (section or {}).items()
    }


@lru_cache(maxsize=1)
def load_lexicon() -> PeopleLexicon:
    data = yamlio.load(ROLES_PATH)
    roles: dict[str, Role] = {
        COUNTERPART: Role(COUNTERPART, COUNTERPART, False),
        REMIT_ONLY: Role(REMIT_ONLY, REMIT_ONLY, False),
    }
    forms: dict[str, list[tuple[str, str]]] = {lang: [] for lang in LANGUAGES}
    compounds: dict[str, str] = {}
    surname_titles: dict[str, set[str]] = {lang: set() for lang in LANGUAGES}
    for lang, words in (data.get("counterpart_words") or {}).items():
        for word in words or ():
            forms.setdefault(lang, []).append((word, COUNTERPART))
            if lang == "de":
                compounds.setdefault(word.lower(), COUNTERPART)
    for item in data["roles"]:
        role = Role(item["id"], item["label"], bool(item.get("rank")))
        roles[role.id] = role
        for lang, titles in (item.get("titles") or {}).items():
            for title in titles or ():
                forms.setdefault(lang, []).append((title, role.id))
                if lang == "de" and " " not in title:
                    compounds.setdefault(title.lower(), role.id)
        for lang, titles in (item.get("surname_titles") or {}).items():
            forms.setdefault(lang, []).extend((title, role.id) for title in titles or ())
            surname_titles.setdefault(lang, set()).update(t.lower() for t in titles or ())
    remits = _load_remits(data.get("portfolios") or {})
    for lang, remit in remits.items():
        # listed after the titles, so "secretary of state" keeps its own role without a remit
        forms.setdefault(lang, []).extend((title, REMIT_ONLY) for title in remit.titles)
    overrides = {
        (o["language"], o["title"].lower(), iso3): o["role"]
        for o in data.get("country_overrides") or ()
        for iso3 in o["countries"]
    }
    units = data.get("unit_commands") or {}
    return PeopleLexicon(
        roles=roles,
        titles={
            lang: PhraseIndex(items, endings=GERMAN_TITLE_ENDINGS if lang == "de" else ("",))
            for lang, items in forms.items()
        },
        compounds=compounds,
        deputy_words=_lower_sets(data.get("deputy_words")),
        deputy_roles=dict(data.get("deputy_roles") or {}),
        overrides=overrides,
        speech={
            lang: PhraseIndex((w, True) for w in words)
            for lang, words in (data.get("speech_words") or {}).items()
        },
        not_names=_not_names(data),
        names_elsewhere=frozenset().union(*_lower_sets(data.get("not_names_only_in")).values()),
        org_words=frozenset(str(w).lower() for w in data.get("org_words") or ()),
        org_heads=dict(data.get("org_heads") or {}),
        surname_titles={lang: frozenset(words) for lang, words in surname_titles.items()},
        remits=remits,
        unit_words={
            lang: PhraseIndex(
                ((w, True) for w in words), endings=GERMAN_TITLE_ENDINGS if lang == "de" else ("",)
            )
            for lang, words in (units.get("words") or {}).items()
        },
        unit_roles=dict(units.get("roles") or {}),
        place_words=_lower_sets(data.get("place_words")),
        honorifics=_lower_sets(data.get("honorifics")),
        plural_titles={
            lang: PhraseIndex(
                (plural, role_id)
                for title, role_id in items
                if role_id in roles and (plural := plural_title(title, lang))
            )
            for lang, items in forms.items()
            if lang in ("en", "es")
        },
    )


def _not_names(data: dict[str, Any]) -> dict[str, frozenset[str]]:
    shared = frozenset(str(w).lower() for w in data.get("not_names") or ()) | frozenset(
        str(w).lower() for w in data.get("org_words") or ()
    )
    only_in = _lower_sets(data.get("not_names_only_in"))
    return {
        lang: shared.difference(*(words for other, words in only_in.items() if other != lang))
        for lang in LANGUAGES
    }


def _load_remits(section: dict[str, Any]) -> dict[str, Remits]:
    openers = _lower_sets(section.get("openers"))
    joiners = _lower_sets(section.get("joiners"))
    words = _lower_sets(section.get("words"))
    titles = section.get("titles") or {}
    refine = frozenset(section.get("refine") or ())
    return {
        lang: Remits(
            openers=openers[lang],
            joiners=joiners.get(lang, frozenset()),
            words=words.get(lang, frozenset()),
            titles={" ".join(t.lower().split()): r for t, r in (titles.get(lang) or {}).items()},
            refine=refine,
        )
        for lang in openers
    }
