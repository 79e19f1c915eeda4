"""Two office holders introduced by one plural title, the way reports of bilateral talks do.

"Los ministros del Interior de España y Marruecos, Fernando Lasheras y Abdelkrim Benjelloun":
one phrase gives two people their role and, in order, their states. The single-title patterns
of ``people`` cannot see this, and it is the commonest way to name both sides of a meeting.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from dashboard import yamlio
from dashboard.ingest.document import Document, Span
from dashboard.ingest.mentions import PersonMention, StateMention
from dashboard.ingest.roles import ROLES_PATH

#: How sure a pair-title reading is: title, two states and two names line up.
CONFIDENCE: Final = 0.85

_UPPER = "A-ZÁÉÍÓÚÄÖÜÑ"
_PARTICLE = r"(?:de|del|de la|von|van|da|dos|bin|al-)"
#: A name is capitalised whatever the title's case: the pattern ignores case, the name does not.
_NAME = rf"(?-i:[{_UPPER}][\w'’-]+(?:\s+(?:{_PARTICLE}\s+)?[{_UPPER}][\w'’.-]*){{1,3}})"
_AND = {"de": "und", "es": "y|e", "en": "and"}
_LEAD = {"de": r"(?:die|beiden)", "es": r"(?:los|las)", "en": r"(?:the|both)"}
_OF = {"de": r"(?:\s+(?:von|aus|der))?", "es": r"\s+(?:de|del)", "en": r"\s+of"}


@dataclass(frozen=True)
class _Lexicon:
    patterns: dict[str, re.Pattern[str]]
    roles: dict[str, dict[str, str]]
    labels: dict[str, str]


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    data = yamlio.load(ROLES_PATH) or {}
    labels = {r["id"]: r["label"] for r in data.get("roles", [])}
    roles: dict[str, dict[str, str]] = {}
    patterns: dict[str, re.Pattern[str]] = {}
    for lang, titles in (data.get("pair_titles") or {}).items():
        roles[lang] = {str(t).lower(): str(r) for t, r in titles.items()}
        alternatives = "|".join(
            r"\s+".join(map(re.escape, t.split()))
            for t in sorted(roles[lang], key=len, reverse=True)
        )
        conj = _AND[lang]
        patterns[lang] = re.compile(
            rf"\b{_LEAD[lang]}\s+(?P<title>{alternatives}){_OF[lang]}\s+(?P<a>[^,;.]{{2,60}}?)"
            rf"\s+(?:{conj})\s+(?P<b>[^,;.]{{2,60}}?),\s+(?P<n1>{_NAME}),?\s+(?:{conj})\s+"
            rf"(?P<n2>{_NAME})",
            re.IGNORECASE,
        )
    return _Lexicon(patterns, roles, labels)


def _first_state(
    states: Sequence[StateMention], paragraph: int, start: int, end: int
) -> str | None:
    inside = [s for s in states if s.span.paragraph == paragraph and start <= s.span.start < end]
    return min(inside, key=lambda s: s.span.start).iso3 if inside else None


def find_pair_titles(doc: Document, states: Sequence[StateMention]) -> list[PersonMention]:
    """People named in pairs after a plural title, each with the state named in the same place."""
    lexicon = _lexicon()
    pattern = lexicon.patterns.get(doc.language)
    if pattern is None:
        return []
    found: list[PersonMention] = []
    for block in doc.paragraphs:
        for match in pattern.finditer(block.text):
            role_id = lexicon.roles[doc.language].get(" ".join(match["title"].lower().split()))
            if role_id is None:
                continue
            a = _first_state(states, block.number, match.start("a"), match.end("a"))
            b = _first_state(states, block.number, match.start("b"), match.end("b"))
            if a is None or b is None or a == b:
                continue
            for group, country in (("n1", a), ("n2", b)):
                name = match[group].rstrip(".")
                start = match.start(group)
                found.append(
                    PersonMention(
                        span=Span(block.number, start, start + len(name), name),
                        name=name,
                        role=lexicon.labels.get(role_id, role_id),
                        role_id=role_id,
                        country=country,
                        organization=None,
                        confidence=CONFIDENCE,
                    )
                )
    return found
