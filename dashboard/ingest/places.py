"""Places an article names that are not states: ports, ministries, bases, capitals, cities.

Every name the gazetteer knows is indexed once per gazetteer, under its folded form (see
:func:`dashboard.gazetteer.normalise`), by its first word. A paragraph is cut into words, and
at each word that can start a name the longest run of up to five words that is a known name
wins: "Port of Chancay" over "Chancay", "Washington, D.C." over "Washington".

GeoNames is generous: it holds towns called Mobile, Split, Nice, Of and Police, and thousands
of towns named like surnames. Most of that noise goes through rules a reader would apply: a
name must be capitalised, must not be inside a person's name (the caller's ``exclude`` spans
and, in English and Spanish, a capitalised word right before or after it), must not be a
known common word (the ``places.stop`` list in ``data/registry/ingest/states.yaml``), and a
small town only counts in a country the story is about.
"""

from __future__ import annotations

import re
import threading
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from typing import Final

from dashboard import yamlio
from dashboard.gazetteer import SITE_KINDS, GazetteerEntry, OfflineGazetteer, normalise
from dashboard.ingest.document import Document, Span, split_sentences
from dashboard.ingest.language import LEXICON as LANGUAGE_LEXICON
from dashboard.ingest.mentions import PlaceMention
from dashboard.ingest.states import lexicon, lexicon_data

MAX_WORDS: Final[int] = 5
#: Towns smaller than this only count when they lie in a country the story is about.
SMALL_TOWN: Final[int] = 50_000
#: A town named in the first word of a sentence must be at least this big (or in context):
#: a capitalised first word is as likely an ordinary word as a place.
SENTENCE_START_TOWN: Final[int] = 500_000

#: Cities this big have exonyms that only share a first letter with the name ("Ginebra").
BIG_CITY: Final[int] = 150_000
#: How alike an alias and a name must be (difflib ratio) for the alias to count as a respelling.
RESPELT: Final[float] = 0.8
#: The same for a big city's exonym that starts with another letter ("Estambul").
RESPELT_BIG: Final[float] = 0.75
#: A capital outranks a namesake town in a context country unless the town is this big.
CAPITAL_BEATS_TOWN: Final[int] = 100_000

CONFIDENCE_SITE: Final[float] = 0.9
CONFIDENCE_CAPITAL: Final[float] = 0.85
CONFIDENCE_CITY: Final[float] = 0.8
#: Several namesakes and none in a country the story is about: a guess.
CONFIDENCE_UNSURE: Final[float] = 0.5

# Words between two parts of one name: "Washington, D.C.", "Port-au-Prince", "Rio de Janeiro".
# "Frankfurt (Oder)", "St. Petersburg": a qualifier in brackets or an abbreviation is part of
# the name too.
_GAP_OK = re.compile(r"[\s,.\-\u2010\u2011\u2013(]*")
_TOKEN = re.compile(r"[^\W_]+(?:[.'\u2019`][^\W_]+)*")
_POSSESSIVES = ("'s", "\u2019s")


@dataclass(frozen=True, slots=True)
class _Token:
    start: int
    end: int
    text: str
    key: str
    sentence_start: bool


@dataclass(frozen=True)
class _Matcher:
    by_key: dict[str, tuple[GazetteerEntry, ...]]
    #: first folded word -> most words a name starting with it has
    longest: dict[str, int]
    #: the same, for curated sites only: they may start with a lower-case word
    longest_site: dict[str, int]
    stop: frozenset[str]
    introducers: frozenset[str]
    #: folded state names and adjectives ("chile", "peruvian"): not a person's first name
    state_words: frozenset[str]
    #: folded capital names in other languages ("peking", "moskau"), from states.yaml
    exonyms: frozenset[str]
    #: weekdays and months, which follow a city in agency style ("in Lima Tuesday")
    calendar: frozenset[str]
    #: articles per language, as written: a town name right after one is a common noun
    articles: dict[str, frozenset[str]]
    #: words that make the name beside them a river, sea or county ("río Paraná", "Gulf of
    #: Aden", "Hidalgo County"), before or after it
    feature_before: re.Pattern[str] | None = None
    feature_after: re.Pattern[str] | None = None


_matchers: weakref.WeakKeyDictionary[OfflineGazetteer, _Matcher] = weakref.WeakKeyDictionary()
_matchers_lock = threading.Lock()


def _state_words() -> tuple[frozenset[str], frozenset[str]]:
    """Folded state names and adjectives (they belong to states.py), and capitals' names."""
    words, capitals = set(), set()
    for forms in lexicon().forms.values():
        for form in forms:
            if form.form == "capital":
                capitals.add(normalise(form.text))
            elif not form.blocker:
                words.add(normalise(form.text))
    return frozenset(words - capitals), frozenset(capitals)


def _build_matcher(gazetteer: OfflineGazetteer) -> _Matcher:
    grouped: dict[str, list[GazetteerEntry]] = {}
    for key, entry in gazetteer.names():
        if key.count(" ") < MAX_WORDS:
            grouped.setdefault(key, []).append(entry)
    state_words, exonyms = _state_words()
    # a territory's name may be a city's too ("Hong Kong", "Macau"): only a state's name is
    # never a place
    territories = set((lexicon_data().get("territories") or {}).get("codes") or ())
    by_key: dict[str, tuple[GazetteerEntry, ...]] = {}
    longest: dict[str, int] = {}
    longest_site: dict[str, int] = {}
    for key, entries in grouped.items():
        if any(entry.kind == "country" and entry.iso3 not in territories for entry in entries):
            continue
        entries = [entry for entry in entries if entry.kind != "country"]
        if not entries:
            continue
        sites = any(entry.is_site for entry in entries)
        if key in state_words and not sites:
            continue
        by_key[key] = tuple(entries)
        words = key.split(" ")
        longest[words[0]] = max(longest.get(words[0], 0), len(words))
        if sites:
            longest_site[words[0]] = max(longest_site.get(words[0], 0), len(words))
    section = lexicon_data().get("places") or {}
    return _Matcher(
        by_key=by_key,
        longest=longest,
        longest_site=longest_site,
        stop=frozenset(normalise(word) for word in section.get("stop") or ()) | _function_words(),
        introducers=frozenset(normalise(word) for word in section.get("introducers") or ()),
        state_words=state_words,
        exonyms=exonyms,
        calendar=frozenset(normalise(word) for word in section.get("calendar") or ()),
        articles={
            lang: frozenset(str(word) for word in words)
            for lang, words in (section.get("articles") or {}).items()
        },
        feature_before=_words_pattern(section.get("feature_before"), r"\s+$"),
        feature_after=_words_pattern(section.get("feature_after"), r"", prefix=r"^\s+"),
    )


def _words_pattern(
    words: Iterable[object] | None, suffix: str, prefix: str = ""
) -> re.Pattern[str] | None:
    texts = sorted((str(w) for w in words or ()), key=len, reverse=True)
    if not texts:
        return None
    alternation = "|".join(re.escape(t) for t in texts)
    return re.compile(rf"{prefix}(?<!\w)(?:{alternation})(?!\w){suffix}", re.IGNORECASE)


def _a_feature(text: str, start: int, end: int, m: _Matcher) -> bool:
    """Whether the name at ``start:end`` is part of a river's, sea's or county's name."""
    before = text[max(0, start - 20) : start]
    if m.feature_before is not None and m.feature_before.search(before):
        return True
    after = text[end : end + 20]
    return m.feature_after is not None and bool(m.feature_after.match(after))


def matcher(gazetteer: OfflineGazetteer) -> _Matcher:
    """The name index for a gazetteer, built on first use and kept while the gazetteer lives."""
    with _matchers_lock:
        found = _matchers.get(gazetteer)
        if found is None:
            found = _matchers[gazetteer] = _build_matcher(gazetteer)
        return found


# --------------------------------------------------------------------------------------------


def _tokens(paragraph: int, text: str) -> list[_Token]:
    starts = {s.start for s in split_sentences(paragraph, text)}
    tokens = []
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        word = match.group()
        if word[-2:] in _POSSESSIVES and len(word) > 3:
            word, end = word[:-2], end - 2  # "Beijing's" is Beijing
        elif "." in word and text[end : end + 1] == ".":
            end += 1  # "D.C." keeps its final dot
        tokens.append(_Token(start, end, text[start:end], normalise(word), start in starts))
    return tokens


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


def _shape_ok(words: Sequence[_Token]) -> bool:
    """A name is capitalised: its first word and every long word after it ("Rio de Janeiro")."""
    if not _capitalised(words[0].text):
        return False
    if len(words) == 1:
        word = words[0].text
        # acronyms ("UN", "NATO", "PER") and one-letter words are not town names here
        return len(word) > 2 and not (word.isupper() and len(word) <= 4)
    return all(_capitalised(w.text) for w in words[1:] if len(w.text) > 3 and w.text.isalpha())


def _overlaps(start: int, end: int, paragraph: int, spans: Sequence[Span]) -> bool:
    return any(s.paragraph == paragraph and s.start < end and start < s.end for s in spans)


def _run_length(tokens: Sequence[_Token], text: str, i: int) -> int:
    """How many words from ``i`` on are joined only by spaces, commas or hyphens."""
    n = 1
    while n < MAX_WORDS and i + n < len(tokens):
        gap = text[tokens[i + n - 1].end : tokens[i + n].start]
        if not _GAP_OK.fullmatch(gap):
            break
        n += 1
    return n


def _looks_like_person(tokens: Sequence[_Token], text: str, i: int, n: int, m: _Matcher) -> bool:
    """A capitalised word right before or after a one-word town: "Paris Hilton", "E. Warren"."""
    before = tokens[i - 1] if i > 0 else None
    if (
        before is not None
        and not before.sentence_start
        and _capitalised(before.text)
        and before.key not in m.introducers
        and not before.text.endswith(("'s", "\u2019s"))
        and text[before.end : tokens[i].start].isspace()
    ):
        return True
    after = tokens[i + n] if i + n < len(tokens) else None
    return (
        after is not None
        and after.text[:1].isupper()
        and after.key not in m.calendar
        and text[tokens[i + n - 1].end : after.start].isspace()
    )


def _possessive_name(
    tokens: Sequence[_Token], text: str, i: int, m: _Matcher
) -> tuple[int, list[_Token], tuple[GazetteerEntry, ...]] | None:
    """A name with an apostrophe-s inside it ("Cox's Bazar", "Martha's Vineyard"), which the
    tokens split as a possessive ("Beijing's"): read the word with its "'s" and the words after.
    """
    token = tokens[i]
    whole = replace(
        token, end=token.end + 2, text=text[token.start : token.end + 2], key=token.key + "s"
    )
    joined = [whole, *tokens[i + 1 :]]
    run = min(m.longest.get(whole.key, 0), _run_length(joined, text, 0))
    for n in range(run, 1, -1):
        words = joined[:n]
        entries = m.by_key.get(" ".join(w.key for w in words))
        if entries and _shape_ok(words):
            return n, words, entries
    return None


def _genitive(
    token: _Token, m: _Matcher
) -> tuple[int, list[_Token], tuple[GazetteerEntry, ...]] | None:
    """German "Pekings", "Limas": a capital or site in the genitive, read without its "-s"."""
    key = token.key[:-1]
    entries = tuple(
        e for e in m.by_key.get(key, ()) if e.is_site or e.kind == "capital" or key in m.exonyms
    )
    if not entries:
        return None
    return 1, [replace(token, key=key)], entries


def _common_noun(tokens: Sequence[_Token], text: str, i: int, m: _Matcher, language: str) -> bool:
    """Whether a one-word town name is a common noun here: towns take no article.

    "der Rest", "la Latina", "the Reading room"; capitals are not exempt, since "the Lima
    Group" is no place either. Names that do take one ("La Paz") are matched with it.
    """
    before = tokens[i - 1] if i > 0 else None
    return (
        before is not None
        and before.text in m.articles.get(language, ())
        and text[before.end : tokens[i].start].isspace()
    )


def _plausible(entry: GazetteerEntry, key: str, m: _Matcher) -> bool:
    """Whether a name can mean this place: its own name, or an alias that looks like it.

    GeoNames lists historical and foreign aliases by the thousand ("Julia" for Plovdiv, "Sol"
    for Seoul, "Black Hawk" for Janesville). An alias counts when it is a capital's name the
    states lexicon knows ("Peking"), when one word of four letters or more starts like the
    name ("Moskau", "Warschau"), or when some word of it starts like a word of the name
    ("Den Haag" for The Hague). One-word aliases starting with the name's first letter only
    ("Ginebra" for Geneva) count for big cities, which have such exonyms, and so do the name
    with a letter or two in front ("Oporto") and a respelling of it ("Nuadibú"); a German noun
    such as "Zölle" is too often some town's alias.
    """
    if entry.is_site or key in m.exonyms:
        return True
    name = normalise(entry.name)
    if name == key or name.replace(" ", "") == key:
        return True  # "Hongkong" is Hong Kong written as one word
    if " " not in key:
        big = (entry.population or 0) >= BIG_CITY
        if big and name.split(" ")[0] == key and len(key) >= 4:
            return True  # "Frankfurt" for Frankfurt am Main: the name without its river
        if " " in name or len(key) < 4:
            return False  # "Carmen" alone is a first name, not Ciudad del Carmen
        # "Oporto" for Porto: the name itself with a letter or two in front
        wrapped = key.endswith(name) and len(key) - len(name) <= 2
        # "Nuadibú" for Nouadhibou: another spelling of the same sounds
        # "Estambul" for Istanbul: a big city's exonym may change the first vowel
        same_start = name[:1] == key[:1]
        respelt = (
            len(key) >= 6
            and (same_start or big)
            and SequenceMatcher(None, name, key).ratio() >= (RESPELT if same_start else RESPELT_BIG)
        )
        return name[:3] == key[:3] or (big and name[:1] == key[:1]) or wrapped or respelt
    heads = {word[:2] for word in name.split(" ") if len(word) >= 3}
    return any(word[:2] in heads for word in key.split(" ") if len(word) >= 3)


def _judge(
    entries: Sequence[GazetteerEntry],
    words: Sequence[_Token],
    gazetteer: OfflineGazetteer,
    context: Sequence[str],
) -> tuple[GazetteerEntry, float] | None:
    """The place a name means here and how sure that is, or None when it is no place."""
    entries = [
        entry
        for entry in entries
        if entry.is_site
        or entry.kind == "capital"
        or entry.iso3 in context
        or (entry.population or 0) >= SMALL_TOWN
    ]
    if not entries:
        return None
    ranked = gazetteer.rank(entries, context=context)
    top = ranked[0]
    if top.is_site:
        return top, CONFIDENCE_SITE
    capitals = [entry for entry in ranked if entry.kind == "capital"]
    if capitals and top.kind != "capital" and (top.population or 0) < CAPITAL_BEATS_TOWN:
        # "Lima" in a story about the USA is still Peru's capital, not Lima, Ohio
        return capitals[0], CONFIDENCE_UNSURE + 0.1
    in_context = top.iso3 in context
    population = top.population or 0
    if population < SMALL_TOWN and not in_context and top.kind != "capital":
        return None
    if (
        len(words) == 1
        and words[0].sentence_start
        and top.kind != "capital"
        and not in_context
        and population < SENTENCE_START_TOWN
    ):
        return None
    confidence = CONFIDENCE_CAPITAL if top.kind == "capital" else CONFIDENCE_CITY
    namesakes = {entry.id for entry in entries if not entry.is_site}
    if len(namesakes) > 1:
        if not any(entry.iso3 in context for entry in entries):
            # the biggest namesake may be right, but the text gave no hint
            big = max(entry.population or 0 for entry in entries)
            if top.kind != "capital" or population < big:
                confidence = CONFIDENCE_UNSURE
        else:
            confidence -= 0.05
    if len(words) > 1:
        confidence = min(0.95, confidence + 0.05)
    return top, confidence


def _scan(
    paragraph: int,
    text: str,
    language: str,
    gazetteer: OfflineGazetteer,
    m: _Matcher,
    context: Sequence[str],
    exclude: Sequence[Span],
) -> Iterable[PlaceMention]:
    tokens = _tokens(paragraph, text)
    last_end: int | None = None  # where the last place found ends
    i = 0
    while i < len(tokens):
        token = tokens[i]
        upper = _capitalised(token.text)
        limit = m.longest.get(token.key, 0) if upper else m.longest_site.get(token.key, 0)
        found = None
        if upper and text[token.end : token.end + 2] in _POSSESSIVES:
            found = _possessive_name(tokens, text, i, m)
        if limit and found is None:
            run = min(limit, _run_length(tokens, text, i))
            for n in range(run, 0, -1):
                words = tokens[i : i + n]
                entries = m.by_key.get(" ".join(w.key for w in words))
                if not entries:
                    continue
                if not upper or not _shape_ok(words):
                    entries = tuple(e for e in entries if e.is_site)
                    if not entries or n == 1 and not upper:
                        continue
                found = (n, words, entries)
                break
        if found is None and upper and language == "de" and token.key.endswith("s"):
            found = _genitive(tokens[i], m)
        if found is None:
            i += 1
            continue
        n, words, entries = found
        start, end = words[0].start, words[-1].end
        key = " ".join(w.key for w in words)
        sites_only = tuple(e for e in entries if e.is_site)
        if key in m.stop and not sites_only:
            i += 1
            continue
        if _overlaps(start, end, paragraph, exclude):
            i += n
            continue
        if not sites_only and _a_feature(text, start, end, m):
            i += n
            continue
        if (
            n == 1
            and not sites_only
            and language != "de"
            and _looks_like_person(tokens, text, i, n, m)
        ):
            i += 1
            continue
        entries = tuple(e for e in entries if _plausible(e, key, m))
        if not entries:
            i += 1
            continue
        if n == 1 and not sites_only and _common_noun(tokens, text, i, m, language):
            i += 1
            continue
        judged = _judge(entries, words, gazetteer, context)
        if judged is None:
            i += 1
            continue
        entry, confidence = judged
        after_comma = last_end is not None and text[last_end:start].strip() == ","
        if after_comma and entry.kind == "city" and entry.iso3 not in context and n == 1:
            # "Arlington, Virginia": the word after a place and a comma is its region, not a
            # town of that name in a country the story is not about
            i += 1
            continue
        yield PlaceMention(
            span=Span(paragraph, start, end, text[start:end]),
            name=entry.name,
            kind=entry.kind if entry.kind in SITE_KINDS else "city",
            iso3=entry.iso3,
            lat=entry.lat,
            lon=entry.lon,
            gazetteer_id=entry.id,
            confidence=round(confidence, 2),
        )
        last_end = end
        i += n


def _function_words() -> frozenset[str]:
    """Articles, pronouns and adverbs of every language the detector knows.

    GeoNames lists towns under transliterations that equal such words ("Dabei" for Dubai);
    capitalised at the start of a sentence they would otherwise be read as places.
    """
    data = yamlio.load(LANGUAGE_LEXICON) or {}
    words = " ".join(str(text) for text in (data.get("words") or {}).values())
    return frozenset(normalise(word) for word in words.split())


def find_places(
    doc: Document,
    gazetteer: OfflineGazetteer,
    context: Sequence[str] = (),
    *,
    exclude: Sequence[Span] = (),
) -> list[PlaceMention]:
    """Every place named in the kept paragraphs, one mention per occurrence, in reading order.

    ``context`` is the ISO3 codes of the states the text is about (from
    :func:`dashboard.ingest.states.states_in`); it decides between namesakes and admits small
    towns. ``exclude`` holds spans that are something else, such as people's names.
    """
    m = matcher(gazetteer)
    codes = [code.upper() for code in context]
    found: list[PlaceMention] = []
    for block in doc.paragraphs:
        found.extend(_scan(block.number, block.text, doc.language, gazetteer, m, codes, exclude))
    return found


def unique_places(mentions: Sequence[PlaceMention]) -> list[PlaceMention]:
    """One mention per place: where it was first named, with its best confidence."""
    first: dict[str, PlaceMention] = {}
    for mention in mentions:
        seen = first.get(mention.gazetteer_id)
        if seen is None:
            first[mention.gazetteer_id] = mention
        elif mention.confidence > seen.confidence:
            first[mention.gazetteer_id] = replace(seen, confidence=mention.confidence)
    return list(first.values())
