"""Which paragraphs are not the article, and why: appeals, sign-up boxes, captions, bylines...

A page saved from a news site carries far more than the article. Left in, a donation appeal
gives a spurious "donation", a photo credit a spurious "Reuters", a related-links box three
states the article never discusses. Each such block keeps its number and gets a short reason,
so the reviewer can see what was set aside and put it back.

The rule that matters most is the other way round: a real paragraph must never be lost. A box
is short, or opens with a phrase only a box uses ("Lesen Sie auch:", "Apoya el periodismo
independiente"), or sits under telling markup (``<figcaption>``, ``class="newsletter"``). A
paragraph that merely mentions donations, a newsletter or a photo is none of these, and stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path
from typing import Any, Final

from dashboard import yamlio
from dashboard.ingest import box_model
from dashboard.ingest.document import Block
from dashboard.ingest.reader import RawBlock, RawText
from dashboard.ingest.weights import Weights

LEXICON: Final = (
    Path(__file__).resolve().parents[2] / "data" / "registry" / "ingest" / "boilerplate.yaml"
)

DONATION: Final = "donation appeal"
NEWSLETTER: Final = "newsletter or subscription box"
COOKIE: Final = "cookie notice"
RELATED: Final = "related links box"
CAPTION: Final = "photo caption or credit"
BYLINE: Final = "byline"
#: The reader's hint for a Markdown subheading.
HEADING: Final = "heading"
ADVERT: Final = "advertisement"
SHARE: Final = "share or comment prompt"
FOOTER: Final = "copyright or footer"
NAVIGATION: Final = "navigation"
PULL_QUOTE: Final = "pull quote"
LABEL: Final = "masthead or section label"
LEARNED: Final = "looks like a page box (learned from annotated pages)"

#: A button or label ("Anzeige", "12 Kommentare", "Bild vergrößern") is never longer.
ALONE_WORDS: Final = 6
#: A box's heading that ends in a colon is at most this long.
LABEL_MAX_WORDS: Final = 12
#: A "brief" phrase only counts in a label this short.
BRIEF_WORDS: Final = 12
#: A decisive markup hint is trusted for blocks up to this long; longer ones are article text
#: that a page happened to wrap in an odd class.
HINT_MAX_WORDS: Final = 150
#: If one markup hint would set aside more than this share of all words, it is a wrapper round
#: the article (``<div class="share-enabled">``), not a box, and is ignored.
HINT_MAX_SHARE: Final = 0.4
#: Hints for a box beside the text, where a pull quote may stand but a headline is a teaser.
SIDEBAR_HINTS: Final = frozenset({"aside", "sidebar"})
#: Blocks after a bare "Mehr zum Thema:" that read like headlines belong to the box.
RELATED_CARRY: Final = 8
#: A subheading of the article is at most this long; the paragraph under it at least this.
SUBHEADING_MAX_WORDS: Final = 7
ARTICLE_MIN_WORDS: Final = 30

_QUOTE_OPENERS: Final = "\"'„“”‚‘’«‹"
_SENTENCE_END: Final = re.compile(r"[.!?…][\"'»«”“’)\]]*$")
_TOKEN: Final = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*\.?")
#: Where a byline ends and its metadata strip begins: "By Ann Lee, Lamu | Published 2 hours ago".
_STRIP_SEPARATOR: Final = re.compile(r"\s[|·]\s")
_SEPARATORS: Final = re.compile(r"\s+(?:[|·•›»>/]|::|–|—)\s+|\s*[|·•]\s*")
_ARROW_LEAD: Final = re.compile(r"^(?:[»›→►▶▸➤]|->|>>)\s+")
_COPYRIGHT_SIGN: Final = re.compile(r"©|\(c\)\s*\d{4}", re.IGNORECASE)
_RIGHTS: Final = re.compile(
    r"rechte|rights|derechos|reserv|vorbehalten|gmbh|verlag|\bag\b|\binc\b|\bllc\b|\bltd\b|"
    r"s\.a\.|\bsl\b|media|medien|group|gruppe|grupo|ediciones|editorial|press\b|zeitung|"
    r"\b(?:19|20)\d\d\b",
    re.IGNORECASE,
)
_CREDIT_TAIL: Final = re.compile(
    r"(?:^|[\s(|/–—-])(?:foto|fotos|bild|bilder|photo|photos|photograph|picture|image|imagen|"
    r"fotografía|credit|crédito|illustration)\s*[:©]\s*"
    r"[^.:!?]{1,90}\)?\s*$|©\s*[^.!?]{1,80}$",
    re.IGNORECASE,
)
_DIGIT: Final = re.compile(r"\d")
_EDITOR_CODES: Final = re.compile(r"(?<=\w)/[a-z]{1,4}\b|\s+[a-z]{1,4}(?:/[a-z]{1,4})+\b")
_ONLY_EDITOR_CODES: Final = re.compile(r"[a-z]{1,4}(?:/[a-z]{1,4})+")
_NUMBER: Final = re.compile(r"^[\d.:/-]+$")
_SIGN_OFF: Final = re.compile(r"^\s*[—–]\s*[A-ZÄÖÜÁÉÍÓÚÑ]")
_META_SEPARATOR: Final = re.compile(r"\s[|·•]\s")
_YEAR: Final = re.compile(r"\b(?:19|20)\d\d\b")
#: Quoted speech, which says "you" to someone other than the reader.
_QUOTED: Final = re.compile(r'„[^“”"]*[“”"]|“[^”“]*[”“]|"[^"]*"|«[^»]*»|»[^«]*«|‚[^‘’]*[‘’]')
#: The speaker between a comma and a verb of speech: ", urges", ", the Polish minister urged".
_REPORTING_CLAUSE: Final = re.compile(r"[,—–]\s*(?:[\w'’-]+\s+){0,5}$")
_NUMERIC_DATE: Final = re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d\b")


@dataclass(frozen=True)
class _Reason:
    name: str
    max_words: int
    headline_only: bool
    #: per language: opening phrase, opening label phrase, phrase anywhere, whole block, and
    #: (for blocks under weak markup hints) any of the first three anywhere
    start: Mapping[str, re.Pattern[str]]
    brief: Mapping[str, re.Pattern[str]]
    strong: Mapping[str, re.Pattern[str]]
    alone: Mapping[str, re.Pattern[str]]
    anywhere: Mapping[str, re.Pattern[str]]


@dataclass(frozen=True)
class _Rules:
    reasons: tuple[_Reason, ...]
    decisive: Mapping[str, str]
    weak: Mapping[str, str | None]
    neutral: frozenset[str]
    byline_leads: Mapping[str, re.Pattern[str]]
    joiners: frozenset[str]
    agencies: frozenset[str]
    photo_agencies: frozenset[str]
    dates: frozenset[str]
    calendar: frozenset[str]
    social: frozenset[str]
    address: _Address
    #: Headings that label a box only when teaser headlines follow them ("Elsewhere").
    teaser_labels: Mapping[str, re.Pattern[str]]


@dataclass(frozen=True)
class _Address:
    """How a box turns to the reader: see the "address" section of the lexicon."""

    max_words: int
    reader: Mapping[str, re.Pattern[str]]
    outlet: Mapping[str, re.Pattern[str]]
    prompt: Mapping[str, re.Pattern[str]]
    calls: Mapping[str, re.Pattern[str]]
    reported: Mapping[str, re.Pattern[str]]
    #: verbs of appeal and state bodies' bulletins: a call the article reports is not a box
    appeal: Mapping[str, re.Pattern[str]]
    bodies: Mapping[str, re.Pattern[str]]
    theirs: frozenset[str]
    only_when_called: frozenset[str]
    #: (reason, the outlet's offers that give it), in the order they are tried
    offers: tuple[tuple[str, Mapping[str, re.Pattern[str]]], ...]


def _regex(pattern: str) -> str:
    """A lexicon pattern as a regex: " ?" is optional space, any other space is any space."""
    return pattern.replace(" ?", r"\s*").replace(" ", r"\s+")


def _compile(patterns: Iterable[str], kind: str) -> re.Pattern[str] | None:
    alternatives = "|".join(f"(?:{_regex(p)})" for p in patterns)
    if not alternatives:
        return None
    if kind == "alone":
        source = rf"^[\W\d_]*(?:{alternatives})[\W\d_]*$"
    elif kind == "strong" or kind == "anywhere":
        source = rf"(?<!\w)(?:{alternatives})(?!\w)"
    elif kind == "prompt":
        # at the start of the block or of one of its sentences: "... is free. Upgrade for $8"
        source = rf"(?:^|(?<=[.!?:|–—]\s))[^\w]{{0,3}}(?:{alternatives})(?!\w)"
    else:
        source = rf"^[^\w©]{{0,3}}?(?:{alternatives})(?!\w)"
    return re.compile(source, re.IGNORECASE)


def _by_language(spec: Mapping[str, Any] | None, kind: str) -> dict[str, re.Pattern[str]]:
    compiled: dict[str, re.Pattern[str]] = {}
    for lang, patterns in (spec or {}).items():
        bad = [p for p in patterns or [] if not isinstance(p, str)]
        if bad:
            # an unquoted "a: b" in YAML is a mapping, not a pattern; say so instead of
            # quietly matching the wrong thing
            raise ValueError(f"{LEXICON.name}: {kind}/{lang}: not a text pattern: {bad[0]!r}")
        regex = _compile(patterns or [], kind)
        if regex is not None:
            compiled[str(lang)] = regex
    return compiled


def _wordset(text: str) -> frozenset[str]:
    return frozenset(str(text).lower().split())


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    data = yamlio.load(LEXICON)
    reasons = []
    for name, spec in data["reasons"].items():
        everything: dict[str, list[str]] = {}
        for kind in ("start", "brief", "strong"):
            for lang, patterns in (spec.get(kind) or {}).items():
                everything.setdefault(str(lang), []).extend(str(p) for p in patterns or [])
        reasons.append(
            _Reason(
                name=str(name),
                max_words=int(spec.get("max_words", 40)),
                headline_only=bool(spec.get("headline_only", False)),
                start=_by_language(spec.get("start"), "start"),
                brief=_by_language(spec.get("brief"), "brief"),
                strong=_by_language(spec.get("strong"), "strong"),
                alone=_by_language(spec.get("alone"), "alone"),
                anywhere=_by_language(everything, "anywhere"),
            )
        )
    hints = data["hints"]
    byline = data["byline"]
    address = data["address"]
    return _Rules(
        reasons=tuple(reasons),
        decisive={str(k): str(v) for k, v in hints["decisive"].items()},
        weak={str(k): (str(v) if v else None) for k, v in hints["weak"].items()},
        neutral=frozenset(str(h) for h in hints.get("neutral") or []),
        byline_leads={
            lang: re.compile(
                r"^\W{0,2}(?:" + "|".join(re.escape(lead) for lead in leads) + r")(?=\s|$)",
                re.IGNORECASE,
            )
            for lang, leads in byline["leads"].items()
        },
        joiners=_wordset(byline["joiners"]),
        agencies=_wordset(byline["agencies"]) | _wordset(byline["photo_agencies"]),
        photo_agencies=_wordset(byline["photo_agencies"]),
        dates=_wordset(byline["dates"]),
        calendar=_wordset(byline["calendar"]),
        social=_wordset(byline["social"]),
        address=_Address(
            max_words=int(address["max_words"]),
            reader=_by_language(address["reader"], "anywhere"),
            outlet=_by_language(address["outlet"], "anywhere"),
            prompt=_by_language(address["prompt"], "prompt"),
            calls=_by_language(address["calls"], "anywhere"),
            reported=_by_language(address["reported"], "anywhere"),
            appeal=_by_language(address["appeal"], "anywhere"),
            bodies=_by_language(address["bodies"], "anywhere"),
            theirs=frozenset(str(r) for r in address["theirs"]),
            only_when_called=frozenset(str(r) for r in address["only_when_called"]),
            offers=tuple(
                (str(name), _by_language(spec, "anywhere"))
                for name, spec in address["offers"].items()
            ),
        ),
        teaser_labels=_by_language(data.get("teaser_labels"), "alone"),
    )


def hint_words() -> frozenset[str]:
    """Every markup hint the lexicon knows what to do with."""
    rules = _rules()
    return frozenset(rules.decisive) | frozenset(rules.weak) | rules.neutral


# --- one block --------------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return text.split()


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text.rstrip()))


def _starts_with_quote(text: str) -> bool:
    stripped = text.lstrip()
    return (
        bool(stripped)
        and stripped[0] in _QUOTE_OPENERS
        or stripped.startswith("»")
        and (len(stripped) > 1 and not stripped[1].isspace())
    )


def _match(
    patterns: Mapping[str, re.Pattern[str]], langs: tuple[str, ...], text: str, how: str
) -> re.Match[str] | None:
    for lang in langs:
        regex = patterns.get(lang)
        if regex is not None:
            found = regex.match(text) if how == "match" else regex.search(text)
            if found:
                return found
    return None


def _followed_by_label_end(text: str, end: int) -> bool:
    """After "Lesen Sie auch" comes a colon, a dash or an arrow when it labels a box."""
    rest = text[end:].lstrip()
    return not rest or rest[0] in ":|–—-»›>/→"


def _by_phrases(text: str, n_words: int, langs: tuple[str, ...], rules: _Rules) -> str | None:
    quoted = _starts_with_quote(text)
    sentence = _ends_sentence(text)
    for reason in rules.reasons:
        if n_words <= ALONE_WORDS and _match(reason.alone, langs, text, "match"):
            return reason.name
        if quoted or n_words > reason.max_words:
            continue
        found = _match(reason.start, langs, text, "match")
        if found and (
            not reason.headline_only
            or not sentence
            or n_words <= 4
            or _followed_by_label_end(text, found.end())
        ):
            return reason.name
        if n_words <= BRIEF_WORDS and not sentence and _match(reason.brief, langs, text, "match"):
            return reason.name
        if _match(reason.strong, langs, text, "search"):
            return reason.name
    return None


def _is_byline(text: str, tokens: list[str], langs: tuple[str, ...], rules: _Rules) -> bool:
    """ "Von Maria Schmidt, Berlin"; "Por Ana Pérez | Lima"; "By John Doe, Reuters"."""
    lead = _match(rules.byline_leads, langs, text, "match")
    if lead is None or len(tokens) > 16:
        return False
    # what follows a bar or a middle dot is the metadata strip: "| Published 2 hours ago"
    text = _STRIP_SEPARATOR.split(text, maxsplit=1)[0]
    rest = _tokens(text[lead.end() :])
    if not rest or not rest[0][:1].isupper():
        return False
    if text.rstrip().endswith(".") and not rest[-1].endswith("."):
        return False  # "By Tuesday, the talks had collapsed."
    loose = [
        t
        for t in rest
        if t[:1].islower() and t.lower().rstrip(".") not in rules.joiners | rules.agencies
    ]
    return len(loose) == 0 or (len(loose) == 1 and len(rest) >= 4)


def _agency_line(text: str, rules: _Rules) -> str | None:
    """ "dpa/AFP", "(Reuters)", "EFE ar/jlp": the source of the text; "Getty Images": the photo's.

    Agencies sign off with the initials of their editors ("EFE ar/jlp", "dpa/lk"), which are
    left out before the names are checked.
    """
    if len(text) > 80:
        return None
    if _ONLY_EDITOR_CODES.fullmatch(text.strip()):
        return BYLINE  # "ms/jac" on a line of its own closes an EFE wire
    tokens = _tokens(_EDITOR_CODES.sub("", text))
    if not tokens or len(tokens) > 6:
        return None
    names = [t.lower().rstrip(".") for t in tokens]
    if not all(n in rules.agencies for n in names):
        return None
    return CAPTION if any(n in rules.photo_agencies for n in names) else BYLINE


def _is_credit_line(text: str, tokens: list[str], rules: _Rules) -> bool:
    """ "AFP/Getty Images", "REUTERS/Pilar Olivares", "picture alliance / dpa / M. Kappeler"."""
    if not tokens or len(tokens) > 10 or _ends_sentence(text) and not text.endswith(")"):
        return False
    known = sum(1 for t in tokens if t.lower().rstrip(".") in rules.agencies)
    if not known:
        return False
    if "/" not in text and "|" not in text and not text.lstrip().startswith("("):
        return False
    # the rest must be names (capitalised words), never a sentence
    return all(t[:1].isupper() or t.lower().rstrip(".") in rules.agencies for t in tokens)


def _is_date_line(tokens: list[str], rules: _Rules, text: str) -> bool:
    """ "12.03.2024, 14:30 Uhr"; "Veröffentlicht am 3. März 2024"; "Updated May 4, 2024"."""
    if not tokens or len(tokens) > 12 or not _DIGIT.search(text):
        return False
    return all(_NUMBER.match(t) or t.lower().rstrip(".") in rules.dates for t in tokens)


def _is_meta_line(text: str, n_words: int, rules: _Rules) -> bool:
    """ "Por Ana Pérez | Campo | 12 de octubre de 2025 | Lectura: 6 min", "Nadia Farrell · Mon
    27 Oct 2025 07.00 GMT": the author, section and date strip under a headline.

    Separators such as "|" and "·" with a date and a year are how pages set metadata apart;
    sentences of an article use neither.
    """
    if n_words > 30 or not _META_SEPARATOR.search(text) or not _YEAR.search(text):
        return False
    words = {t.lower().rstrip(".,") for t in _tokens(text)}
    return bool(words & rules.calendar) or bool(_NUMERIC_DATE.search(text))


def _is_social_line(tokens: list[str], rules: _Rules) -> bool:
    """ "Facebook Twitter WhatsApp E-Mail": the row of share buttons."""
    if len(tokens) < 2 or len(tokens) > 14:
        return False
    return all(t.lower().rstrip(".") in rules.social for t in tokens)


def _menu_line(text: str, n_words: int, langs: tuple[str, ...], rules: _Rules) -> str | None:
    """ "Impressum | Datenschutz | Kontakt", "Startseite > Politik", "Opinion | Migration"."""
    if n_words > 45:
        return None
    parts = [p for p in _SEPARATORS.split(text) if p.strip()]
    # a section label: "Meinung | Außenpolitik", "OPINION | Defence and Security"
    named = sum(1 for w in text.split() if any(c.isalnum() for c in w))
    if len(parts) == 2 and named <= 4 and not _ends_sentence(text):
        return NAVIGATION
    if (
        len(parts) >= 3
        and not _ends_sentence(text)
        and any(len(p.split()) > 4 for p in parts)
        and all(len(p.split()) <= 14 and not p.rstrip().endswith(".") for p in parts)
    ):
        return RELATED  # a strip of teaser headlines: "Peru votes · China's ports · ..."
    if n_words > 25 or len(parts) < 3 or any(len(p.split()) > 4 for p in parts):
        return None
    names = [_by_phrases(p, len(p.split()), langs, rules) for p in parts]
    for reason in (FOOTER, SHARE):
        if reason in names:
            return reason
    if all(t.lower().rstrip(".") in rules.social for t in _tokens(text)):
        return SHARE
    if _ends_sentence(text) and not (text.rstrip().endswith("?") and len(parts[-1].split()) <= 3):
        return None  # a menu may end on a question: "... · Wetter · Sendung verpasst?"
    return NAVIGATION


def _copyright_or_credit(text: str, n_words: int) -> str | None:
    """ "© 2024 Zeitung GmbH" is the footer; "© Reuters" under a photo is its credit."""
    if n_words > 14 or not _COPYRIGHT_SIGN.search(text[:8]):
        return None
    return FOOTER if _RIGHTS.search(text) else CAPTION


def _judge(block: RawBlock, langs: tuple[str, ...], rules: _Rules, trusted: set[str]) -> str | None:
    reason = _judge_phrases(block, langs, rules, trusted)
    if (
        reason in rules.address.theirs
        and not _hint_decides(block, trusted)
        and _someone_elses_call(block.text, langs, rules.address)
    ):
        return None
    return reason


def _hint_decides(block: RawBlock, trusted: set[str]) -> bool:
    """A trusted markup hint settles a block that is not too long, whatever its words."""
    return block.hint in trusted and len(_words(block.text)) <= HINT_MAX_WORDS


def _someone_elses_call(text: str, langs: tuple[str, ...], address: _Address) -> bool:
    """Whether a call to subscribe or give is one the article reports, not the outlet's own.

    Outlets and offices make the same calls, but an outlet does not quote itself: a call in
    quotation marks beside a verb of speech or appeal, such a verb in a clause after a comma
    ("Subscribe, urges the governor's office ..."), or a bulletin that belongs to a ministry or
    an embassy marks a paragraph that tells what someone else asked of people.
    """
    if _match(address.bodies, langs, text, "search"):
        return True
    own = _QUOTED.sub(" ", text)
    quoted = own != text
    for patterns in (address.appeal, address.reported):
        for lang in langs:
            regex = patterns.get(lang)
            for found in regex.finditer(own) if regex is not None else ():
                if not found.group(0)[:1].islower():
                    continue  # "Port Said" is a town, not a verb
                if quoted or _REPORTING_CLAUSE.search(own[: found.start()]):
                    return True
    return False


def _judge_phrases(
    block: RawBlock, langs: tuple[str, ...], rules: _Rules, trusted: set[str]
) -> str | None:
    text = block.text
    words = _words(text)
    n_words = len(words)
    tokens = _tokens(text)
    hint = block.hint
    if _hint_decides(block, trusted):
        return rules.decisive[hint]  # type: ignore[index]
    copyright = _copyright_or_credit(text, n_words)
    if copyright:
        return copyright
    reason = _by_phrases(text, n_words, langs, rules)
    if reason:
        return reason
    if _is_byline(text, tokens, langs, rules):
        return BYLINE
    agency = _agency_line(text, rules)
    if agency:
        return agency
    if _is_credit_line(text, tokens, rules):
        return CAPTION
    if n_words <= 40 and _CREDIT_TAIL.search(text):
        return CAPTION  # "Der Minister bei seinem Besuch in Lima. Foto: dpa"
    if _is_date_line(tokens, rules, text) or _is_meta_line(text, n_words, rules):
        return BYLINE
    if _SIGN_OFF.match(text) and n_words <= 12 and not _ends_sentence(text):
        return BYLINE  # "— Tom Whitaker, editor, with Priyanka Sen"
    if _is_social_line(tokens, rules):
        return SHARE
    menu = _menu_line(text, n_words, langs, rules)
    if menu:
        return menu
    if _ARROW_LEAD.match(text) and n_words <= 25:
        return RELATED  # "» Peru und China unterzeichnen Hafenabkommen"
    if hint is not None and hint in rules.weak and n_words <= 80:
        # under <aside>, <footer>, <form>: any telling phrase counts, wherever it stands
        for candidate in rules.reasons:
            if not _starts_with_quote(text) and _match(candidate.anywhere, langs, text, "search"):
                return candidate.name
        weak = rules.weak[hint]
        if weak in (FOOTER, NAVIGATION) and n_words <= 15 and not _ends_sentence(text):
            return weak
        if hint in SIDEBAR_HINTS and _headline_like(text) and not _starts_with_quote(text):
            return RELATED  # a headline in a sidebar is a teaser: "Why Poland arms itself"
    return _addresses_reader(text, n_words, langs, rules.address)


def _addresses_reader(
    text: str, n_words: int, langs: tuple[str, ...], address: _Address
) -> str | None:
    """The reason for a short block that turns to the reader about what the outlet offers.

    This is the net for boxes whose wording no phrase of the lexicon foresaw: every outlet
    words its paywall note or radio pointer anew, but each calls on the reader or speaks as
    "we" to "you", and names a subscription, a donation, a broadcast or the comments. What
    people are quoted saying is left out, and a block that reports what someone said is the
    article's, so a minister's "you" proves nothing.
    """
    if n_words > address.max_words or _starts_with_quote(text):
        return None
    own = _QUOTED.sub(" ", text)
    if _match(address.reported, langs, own, "search"):
        return None
    called = bool(
        _match(address.prompt, langs, own, "search") or _match(address.calls, langs, own, "search")
    )
    if not called and not (
        _match(address.reader, langs, own, "search")
        and _match(address.outlet, langs, own, "search")
    ):
        return None
    for reason, offers in address.offers:
        if (called or reason not in address.only_when_called) and _match(
            offers, langs, own, "search"
        ):
            return reason
    return None


def _headline_like(text: str) -> bool:
    """A teaser headline: short, and ending without a full stop (a question mark is fine)."""
    return len(text.split()) <= 18 and (not _ends_sentence(text) or text.rstrip().endswith("?"))


def _headlines(block: RawBlock) -> bool:
    """One teaser headline, or several written on lines of their own in one paragraph."""
    if block.lines:
        return all(_headline_like(line) for line in block.lines)
    return _headline_like(block.text)


def _subheading(text: str, following: RawBlock | None) -> bool:
    """A few words with no colon above a long paragraph: the article's next section, not one
    more teaser ("Mau-Mau-Aufstand: Kenianische Opfer verklagen London")."""
    words = [w for w in text.split() if any(c.isalnum() for c in w)]
    if following is None or ":" in text or len(words) > SUBHEADING_MAX_WORDS:
        return False
    body = following.text
    return len(body.split()) >= ARTICLE_MIN_WORDS and _ends_sentence(body)


def _is_box_label(text: str) -> bool:
    """ "Mehr zum Thema:", "Lee también" on its own: the heading of a list of links. A longer
    heading counts when a colon ends it ("What we're reading this week, picked by the
    editors:")."""
    n_words = len(text.split())
    if text.rstrip().endswith(":"):
        return n_words <= LABEL_MAX_WORDS
    return n_words <= ALONE_WORDS and not _ends_sentence(text)


# --- the whole text ---------------------------------------------------------------------------


def _trusted_hints(blocks: tuple[RawBlock, ...], rules: _Rules) -> set[str]:
    """Decisive hints, minus any that would take away a large share of the text."""
    total = sum(len(b.text.split()) for b in blocks) or 1
    by_hint: dict[str, int] = {}
    for block in blocks:
        if block.hint in rules.decisive:
            by_hint[block.hint] = by_hint.get(block.hint, 0) + len(block.text.split())
    return {hint for hint, n in by_hint.items() if n <= total * HINT_MAX_SHARE or n <= 40}


def classify(raw: RawText, language: str, *, learned: Weights | bool = True) -> tuple[Block, ...]:
    """Number the blocks from 1 and give every block that is not article text its reason.

    Patterns of the article's language are used, and English ones too: pages in German or
    Spanish carry English buttons ("Share", "Newsletter") as well. Then the box model
    (``box_model``) judges what the rules kept: with the shipped weights when ``learned`` is
    True, with the given ones, or not at all when it is False (to measure the rules alone).
    """
    rules = _rules()
    langs = tuple(dict.fromkeys((language, "en", "any")))
    trusted = _trusted_hints(raw.blocks, rules)
    blocks: list[Block] = []
    carry = 0
    box_hint: str | None = None
    #: Labels the rules judged by what follows them and found to head a section of the text.
    sections: set[int] = set()
    for number, raw_block in enumerate(raw.blocks, start=1):
        reason = _judge(raw_block, langs, rules, trusted)
        following = raw.blocks[number] if number < len(raw.blocks) else None
        # A label opens a box of links; in HTML the box ends where its element ends, so a
        # subheading of the article after an <aside> of links stays text.
        # In Markdown a subheading of the article ends a box that plain lines make up.
        if box_hint is None:
            inside = raw_block.hint != HEADING
        elif box_hint == HEADING:
            inside = raw_block.hint is None
        else:
            inside = raw_block.hint == box_hint
        if reason is None and _match(rules.teaser_labels, langs, raw_block.text, "match"):
            # "Elsewhere" over teaser headlines labels a box; over news items it is a section
            if (
                following is not None
                and _headlines(following)
                and not _subheading(
                    following.text, raw.blocks[number + 1] if number + 1 < len(raw.blocks) else None
                )
            ):
                reason = RELATED
            else:
                sections.add(number)
        if reason is None and carry and inside and _subheading(raw_block.text, following):
            carry = 0  # "Berlin begrüßt das Votum" over a long paragraph: the text resumes
        elif reason is None and carry and inside and _headlines(raw_block):
            reason = RELATED
            carry -= 1
        elif reason == RELATED and _is_box_label(raw_block.text):
            carry = RELATED_CARRY
            box_hint = raw_block.hint
        elif reason != RELATED:
            carry = 0
        blocks.append(Block(number, raw_block.text, reason))
    judged = _pull_quotes(_labels_before_article(blocks, raw.blocks), langs, rules.address.reported)
    if learned is False:
        return judged
    weights = box_model.load_weights() if learned is True else learned
    speaks = partial(reports_speech, language=language)
    return tuple(
        Block(b.number, b.text, LEARNED)
        if b.removed is None
        and b.number not in sections
        and box_model.is_box(raw_block, raw.format, weights, speaks=speaks)
        else b
        for b, raw_block in zip(judged, raw.blocks, strict=True)
    )


def reports_speech(text: str, language: str) -> bool:
    """Whether the text has a verb of speech of the lexicon ("said", "sagte", "dijo")."""
    langs = tuple(dict.fromkeys((language, "en", "any")))
    return _match(_rules().address.reported, langs, text, "search") is not None


#: A label above the article is a few words ("Energie in Asien", "THE BIG STORY", "NordFunk –
#: Nachrichten aus dem Norden"); the article has begun once a paragraph this long ends a sentence.
LABEL_MAX_WORDS_BEFORE: Final = 6
#: A masthead with its tagline after a dash or a dot ("RNA Noticias · La radio pública de todos").
MASTHEAD_MAX_WORDS: Final = 12
_MASTHEAD_SEPARATOR: Final = re.compile(r"\s[·|•–—-]\s")
LEAD_MIN_WORDS: Final = 15
_NUMBERED: Final = re.compile(r"^\(?\d+[.)]\s")
_COLON_FIGURE: Final = re.compile(r":\s*[-−+]?[$€£¥]?\s*\d")


def _labels_before_article(blocks: list[Block], raw: tuple[RawBlock, ...]) -> list[Block]:
    """Set aside the short lines that stand above the article's first paragraph.

    Before the text begins a page has its masthead, the section or kicker ("Agrarrohstoffe",
    "Kommentar zur Asylpolitik"), a time stamp and a newsletter's first heading; none of them
    ends like a sentence. A Markdown subheading, a numbered item ("1. Sappers in the Alps") and a
    line with a colon that heads one news item ("Lithium: Spain signs") are the text's own
    structure and stay; a colon before a figure is a market price ("Soja Chicago: US$ 392").
    """
    result = list(blocks)
    for i, block in enumerate(blocks):
        if block.removed is not None:
            continue
        text = block.text.strip()
        n_words = len(_words(text))
        sentence = _ends_sentence(text)
        if n_words >= LEAD_MIN_WORDS and sentence:
            break
        if (
            raw[i].hint != HEADING
            and (
                n_words <= LABEL_MAX_WORDS_BEFORE
                or (n_words <= MASTHEAD_MAX_WORDS and _MASTHEAD_SEPARATOR.search(text))
            )
            and not sentence
            and not text.endswith(":")
            and not _NUMBERED.match(text)
            and (":" not in text or _COLON_FIGURE.search(text))
        ):
            result[i] = Block(block.number, block.text, LABEL)
    return result


#: A pull quote is set in large type between paragraphs and repeats what the article quotes:
#: '"The relationship is better than the headlines. It has to be." - Ambassador Ronald
#: Johnson'. It is the quote alone, or with a dash and the speaker, never "he said", and it
#: ends like a sentence: a few quoted words with no full stop head the next section.
PULL_QUOTE_MAX_WORDS: Final = 40
#: How many words in a row it must share with a paragraph of the article: enough that a stock
#: phrase ("at the end of the day") is not mistaken for a repeat.
PULL_QUOTE_RUN: Final = 6
_PULL_TAIL = re.compile(r"^[-–—―]\s*(?:\w[\w.'’-]*\s*){1,8}$")
_WORD = re.compile(r"\w+")


def _quoted_part(
    text: str, langs: tuple[str, ...], reported: Mapping[str, re.Pattern[str]]
) -> str | None:
    """The words of a block that is only a quotation, with at most a dash and its speaker;
    ``reported`` holds the lexicon's verbs of speech, which make it a reported quote instead."""
    stripped = text.strip()
    if not _starts_with_quote(stripped) or len(_words(stripped)) > PULL_QUOTE_MAX_WORDS:
        return None
    close = max(stripped.rfind(c) for c in '"“”’»«‘')
    if close <= 0:
        return None
    tail = stripped[close + 1 :].strip()
    if tail and (not _PULL_TAIL.match(tail) or _match(reported, langs, tail, "search")):
        return None
    quoted = stripped[1:close].strip()
    # a quote without its full stop over a section is the section's heading, not a pull quote
    return quoted if quoted.endswith((".", "!", "?", "…")) else None


def _runs(words: list[str], size: int) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def _lower_words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _pull_quotes(
    blocks: list[Block], langs: tuple[str, ...], reported: Mapping[str, re.Pattern[str]]
) -> tuple[Block, ...]:
    """Set aside quotations that repeat, word for word, what a paragraph of the article says.

    Most articles hold no block that is only a quotation, so the paragraphs are cut into runs
    of words only when one does, and then once for all of them.
    """
    quotes = {
        b.number: quoted
        for b in blocks
        if b.removed is None and (quoted := _quoted_part(b.text, langs, reported)) is not None
    }
    if not quotes:
        return tuple(blocks)
    words = {b.number: _lower_words(b.text) for b in blocks if b.removed is None}
    runs = {number: _runs(w, PULL_QUOTE_RUN) for number, w in words.items()}
    result = []
    for block in blocks:
        quoted = quotes.get(block.number)
        if quoted is not None:
            own = _runs(_lower_words(quoted), PULL_QUOTE_RUN)
            size = len(words[block.number])
            if any(
                own & runs[number]
                for number in runs
                if number != block.number and len(words[number]) > size
            ):
                block = Block(block.number, block.text, PULL_QUOTE)
        result.append(block)
    return tuple(result)


def removed_list(blocks: Iterable[Block]) -> list[dict[str, Any]]:
    """The blocks set aside, as the CLI and the draft list them."""
    return [
        {"paragraph": b.number, "text": b.text, "reason": b.removed}
        for b in blocks
        if b.removed is not None
    ]
