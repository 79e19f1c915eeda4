"""Which language an article is in: German, Spanish or English, or a refusal that says why.

Every later step reads the text with lexicons of one language, so a wrong guess here loses
everything downstream; an article in another language is refused by name ("looks Portuguese")
rather than read badly. Function words decide: they are about half of any running text, and
the majority wins, so a German article that quotes an English sentence stays German.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Final

from dashboard import yamlio
from dashboard.ingest.errors import IngestError

SUPPORTED: Final = ("de", "es", "en")
LEXICON: Final = (
    Path(__file__).resolve().parents[2] / "data" / "registry" / "ingest" / "languages.yaml"
)

#: Fewer words than this and a few names or numbers could tip the balance.
MIN_WORDS: Final = 8
#: Distinctive letters together may add at most this share of the word evidence.
CHARACTER_CAP: Final = 0.15
CHARACTER_WEIGHT: Final = 0.3

_WORD: Final = re.compile(r"[^\W\d_]+")
_SCRIPTS: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    ("Cyrillic", re.compile(r"[\u0400-\u04ff]")),
    ("Greek", re.compile(r"[\u0370-\u03ff]")),
    ("Arabic", re.compile(r"[\u0600-\u06ff\u0750-\u077f]")),
    ("Hebrew", re.compile(r"[\u0590-\u05ff]")),
    ("Chinese or Japanese", re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")),
    ("Korean", re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")),
    ("Devanagari", re.compile(r"[\u0900-\u097f]")),
    ("Thai", re.compile(r"[\u0e00-\u0e7f]")),
)
_NON_LATIN: Final = re.compile(
    "|".join(pattern.pattern.strip("[]").join("[]") for _, pattern in _SCRIPTS)
)


@dataclass(frozen=True)
class _Lexicon:
    names: dict[str, str]
    #: word -> ((language, weight), ...); a word shared by n languages weighs 1/n for each.
    words: dict[str, tuple[tuple[str, float], ...]]
    characters: dict[str, tuple[str, ...]]


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    data = yamlio.load(LEXICON)
    owners: dict[str, list[str]] = {}
    for lang, text in data["words"].items():
        for word in set(str(text).lower().split()):
            owners.setdefault(word, []).append(lang)
    words = {w: tuple((lang, 1 / len(langs)) for lang in langs) for w, langs in owners.items()}
    characters: dict[str, list[str]] = {}
    for lang, chars in data.get("characters", {}).items():
        for char in str(chars):
            characters.setdefault(char, []).append(lang)
    return _Lexicon(
        names={str(k): str(v) for k, v in data["names"].items()},
        words=words,
        characters={c: tuple(langs) for c, langs in characters.items()},
    )


def language_name(code: str) -> str:
    return _lexicon().names.get(code, code)


def scores(text: str) -> dict[str, float]:
    """Evidence for each known language; the sum of function-word weights plus a few letters."""
    return _scores(text, _WORD.findall(text))


def _scores(text: str, words: list[str]) -> dict[str, float]:
    lex = _lexicon()
    counts = Counter(w.lower() for w in words)
    totals: dict[str, float] = dict.fromkeys(lex.names, 0.0)
    for word, n in counts.items():
        for lang, weight in lex.words.get(word, ()):
            totals[lang] += n * weight
    evidence = sum(totals.values())
    cap = max(1.0, evidence * CHARACTER_CAP)
    extra: dict[str, float] = {}
    for char, langs in lex.characters.items():
        found = text.count(char)
        if found:
            for lang in langs:
                extra[lang] = extra.get(lang, 0.0) + found * CHARACTER_WEIGHT / len(langs)
    for lang, value in extra.items():
        totals[lang] += min(value, cap)
    return totals


def _script(text: str, words: list[str]) -> str | None:
    """The writing system, when most letters are not Latin."""
    if not _NON_LATIN.search(text):
        return None
    letters = sum(len(w) for w in words)
    for name, pattern in _SCRIPTS:
        if len(pattern.findall(text)) * 2 > letters:
            return name
    return None


def detect(text: str) -> str:
    """``"de"``, ``"es"`` or ``"en"``; IngestError for other languages and too little text."""
    sample = text[:200_000]  # a long article is decided long before this
    words = _WORD.findall(sample)
    script = _script(sample, words)
    if script:
        raise IngestError(
            f"The text is written in {script} script; only German, Spanish and English "
            "articles can be ingested."
        )
    if len(words) < MIN_WORDS:
        raise IngestError(
            f"The text is too short to tell its language ({len(words)} words); paste at least "
            "a full paragraph of the article."
        )
    totals = _scores(sample, words)
    best = max(totals, key=lambda lang: totals[lang])
    if totals[best] < 1.0 or totals[best] < len(words) * 0.05:
        raise IngestError(
            "The language of the text cannot be recognised; only German, Spanish and English "
            "articles can be ingested."
        )
    if best not in SUPPORTED:
        raise IngestError(
            f"The text looks {language_name(best)}; only German, Spanish and English articles "
            "can be ingested."
        )
    return best
