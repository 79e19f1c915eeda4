"""Hostile text for every sink, and a valid dataset made of nothing else.

Every payload that could run code tries to set `window.__pwned` or to call `alert`, so a test
only has to look for that variable and for dialogs. The dataset builder puts these strings
into every free-text field of every kind of record, so that no sink (tooltip, legend, panel,
table, page text) can be left out by accident when a new field or view appears.
"""

from __future__ import annotations

import itertools
import types
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

from pydantic import BaseModel

from dashboard import yamlio
from dashboard.escape import plain
from dashboard.model import (
    QUOTE_MAX_CHARS,
    TEXT_MAX_CHARS,
    Article,
    Event,
    Evidence,
    Organization,
    Paragraph,
    Person,
    Relation,
    Site,
)

#: Filler before the script tag at the end of the long string; the whole is 5,000 characters.
_LONG_TAIL = "<script>window.__pwned=1</script>"
LONG = ("a long hostile paragraph " * 200)[: 5000 - len(_LONG_TAIL)] + _LONG_TAIL

CORPUS: tuple[str, ...] = (
    # HTML that runs code when parsed as markup
    '<img src=x onerror="window.__pwned=1">',
    "<img src=x onerror=alert(1)>",
    '<svg onload="window.__pwned=1"></svg>',
    "<svg/onload=window.__pwned=1>",
    '<body onpageshow="window.__pwned=1">',
    '<details open ontoggle="window.__pwned=1">',
    '<input autofocus onfocus="window.__pwned=1">',
    '<iframe src="javascript:window.__pwned=1"></iframe>',
    '<a href="javascript:window.__pwned=1">a link</a>',
    "<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>",
    "<style>body{display:none}</style>",
    # breaking out of a script block, a comment or CDATA
    "<script>window.__pwned=1</script>",
    "</script><script>window.__pwned=1</script>",
    "<!-- <script>window.__pwned=1</script> -->",
    "]]><script>window.__pwned=1</script><![CDATA[",
    # JavaScript strings and template strings
    "`${window.__pwned=1}`",
    "${alert(1)}",
    "'; window.__pwned=1; //",
    '"; window.__pwned=1; //',
    # attribute values
    '" onmouseover="window.__pwned=1" x="',
    "' onfocus='window.__pwned=1' autofocus='",
    # dangerous addresses
    "javascript:window.__pwned=1",
    "JaVaScRiPt:alert(1)",
    "java\tscript:window.__pwned=1",
    "java\nscript:alert(1)",
    "data:text/html,<script>window.__pwned=1</script>",
    # Markdown and Streamlit directives
    "[click me](javascript:window.__pwned=1)",
    ":red[red text] :material/warning: $x^2$ **bold** _italic_ ~~gone~~",
    "# heading? > quote? - list? 1. item?",
    # Unicode that changes how text reads
    "\u202eevil override\u202c",
    "\u2066isolate\u2069 \u2067right\u2069 \u2068first\u2069",
    "zero\u200bwidth\u200cjoiner\u200dand\ufeffbom",
    "control \x01\x02\x07\x08\x1b[31m\x7f chars",
    "emoji 🗺️🇵🇪👩🏽‍🚀 中文 日本語 한국어 العربية עברית",
    "line\u2028separator\u2029paragraph",
    # templates and format strings
    "{{ 7*7 }} {% if true %}jinja{% endif %} {# note #}",
    "{{constructor.constructor('window.__pwned=1')()}}",
    "%s %d %(name)s {0} {name!r} {}",
    # escapes and entities
    "back\\slash \\u003cscript\\u003e \\x3c \\n \\\\ end\\",
    "C:\\users\\xavier\\new \\u{zz} \\x",
    "&lt;b&gt;not bold&lt;/b&gt; &amp;lt; &#60;",
    LONG,
)

#: Strings a reader must see exactly as written (their whole text is plain enough to find in
#: `inner_text`, which collapses and trims whitespace).
VISIBLE: tuple[str, ...] = (
    '<img src=x onerror="window.__pwned=1">',
    "</script><script>window.__pwned=1</script>",
    "`${window.__pwned=1}`",
    '" onmouseover="window.__pwned=1" x="',
    "[click me](javascript:window.__pwned=1)",
    "{{ 7*7 }} {% if true %}jinja{% endif %} {# note #}",
    "%s %d %(name)s {0} {name!r} {}",
    "&lt;b&gt;not bold&lt;/b&gt; &amp;lt; &#60;",
    ":red[red text] :material/warning: $x^2$ **bold** _italic_ ~~gone~~",
)

#: A URL is the one free-text field with a shape; this one is valid and still hostile.
HOSTILE_URL = "https://example.org/a?b=<svg/onload=window.__pwned=1>&c=`${alert(1)}`"

#: An English article for the "Add article" page: two states, corpus strings in its sentences.
#: No Markdown link or backtick in it: those would make the reader take it for Markdown and
#: turn it into plain text, and the point is that the draft shows the strings as written.
ARTICLE_TEXT = (
    "Brazil and Argentina sign <img src=x onerror=alert(1)> port pact\n\n"
    "Brazil and Argentina signed an agreement on Monday to expand the port of Santos, the "
    "two governments said in a statement titled </script><script>window.__pwned=1</script>.\n\n"
    "Argentina will send navy officers to train with the Brazilian Navy, said Brazil's "
    'Foreign Minister Mauro Vieira after meeting his counterpart " onmouseover="'
    'window.__pwned=1" x=" in Brasília.\n\n'
    '"This is ${window.__pwned=1} a practical partnership," Vieira told reporters, adding '
    "that {{ 7*7 }} and :red[red text] :material/warning: $x^2$ are not code, that the file "
    "C:\\users\\xavier\\new is not a path to follow, and that &lt;b&gt;not bold&lt;/b&gt; "
    "stays as written."
)

#: What the draft of ARTICLE_TEXT must show word for word.
ARTICLE_SAMPLES = (
    "</script><script>window.__pwned=1</script>",
    '" onmouseover="window.__pwned=1" x="',
    "${window.__pwned=1}",
    "{{ 7*7 }}",
    ":red[red text] :material/warning: $x^2$",
    "C:\\users\\xavier\\new",
    "&lt;b&gt;not bold&lt;/b&gt;",
)

#: Country pairs of the generated articles: real codes, on three continents.
PAIRS: tuple[tuple[str, str], ...] = (("BRA", "ARG"), ("FRA", "DEU"), ("JPN", "KOR"))
#: (name-free) positions of a site in the first and in a third country of each pair.
_SITES: tuple[tuple[str, float, float, str, float, float], ...] = (
    ("BRA", -23.96, -46.33, "URY", -34.9, -56.2),
    ("FRA", 43.3, 5.37, "BEL", 50.85, 4.35),
    ("JPN", 35.68, 139.76, "PHL", 14.6, 121.0),
)


class CorpusTexts:
    """Corpus strings in turn, each the next one that fits the field it is asked for."""

    def __init__(self) -> None:
        self._cycle: Iterator[str] = itertools.cycle(CORPUS)

    def next(self, limit: int) -> str:
        for _ in range(len(CORPUS)):
            text = next(self._cycle)
            if len(text) <= limit:
                return text
        raise ValueError(f"no corpus string fits in {limit} characters")


SHORT = 200


class Texts(Protocol):
    def next(self, limit: int) -> str: ...


def hostile_record(i: int, texts: Texts) -> dict[str, Any]:
    """The raw data of article file number `i`, every free-text field taken from `texts`."""
    a, b = PAIRS[i]
    home, lat, lon, third, tlat, tlon = _SITES[i]
    n = f"h{i}"
    quotes = [texts.next(QUOTE_MAX_CHARS) for _ in range(6)]
    paragraph_text = [
        " ".join([texts.next(SHORT), quotes[0], texts.next(SHORT), quotes[1], LONG]),
        " ".join([quotes[2], texts.next(SHORT), quotes[3]]),
        " ".join([quotes[4], texts.next(TEXT_MAX_CHARS), quotes[5]]),
    ]

    def evidence(paragraph: int, quote: str, speaker: str | None) -> dict[str, Any]:
        item = {
            "paragraph": paragraph,
            "quote": quote,
            "translation": texts.next(QUOTE_MAX_CHARS * 2),
        }
        return item | ({"speaker": speaker} if speaker else {})

    return {
        "article": {
            "id": f"{n}-article",
            "title": texts.next(SHORT),
            "outlet": texts.next(SHORT),
            "url": HOSTILE_URL,
            "language": ("en", "de", "es")[i % 3],
            "summary": texts.next(TEXT_MAX_CHARS),
            "paragraphs": [
                {"number": k + 1, "text": text, "summary": texts.next(TEXT_MAX_CHARS)}
                for k, text in enumerate(paragraph_text)
            ]
            + [
                {
                    "number": 4,
                    "text": texts.next(TEXT_MAX_CHARS),
                    "boilerplate": True,
                    "boilerplate_reason": texts.next(SHORT),
                }
            ],
        },
        "countries": [a, b],
        "sites": [
            {
                "id": f"{n}-home-site",
                "name": texts.next(SHORT),
                "kind": "port",
                "country": home,
                "lat": lat,
                "lon": lon,
                "description": texts.next(TEXT_MAX_CHARS),
            },
            {
                "id": f"{n}-third-site",
                "name": texts.next(SHORT),
                "kind": "ministry",
                "country": third,
                "lat": tlat,
                "lon": tlon,
                "description": texts.next(TEXT_MAX_CHARS),
                "located_by": "manual",
            },
        ],
        "people": [
            {
                "id": f"{n}-person-{k}",
                "name": texts.next(SHORT),
                "role": texts.next(SHORT),
                "country": (a, b)[k],
                "organization": f"{n}-org-{k}",
            }
            for k in range(2)
        ],
        "organizations": [
            {
                "id": f"{n}-org-{k}",
                "name": texts.next(SHORT),
                "acronym": texts.next(SHORT),
                "country": (a, b)[k],
                "site": f"{n}-{('home', 'third')[k]}-site",
            }
            for k in range(2)
        ],
        "events": [
            {
                "id": f"{n}-event",
                "name": texts.next(SHORT),
                "kind": "meeting",
                "site": f"{n}-home-site",
                "participants": [f"{n}-person-0", f"{n}-person-1"],
                "organizations": [f"{n}-org-0"],
                "summary": texts.next(TEXT_MAX_CHARS),
                "evidence": [evidence(3, quotes[4], f"{n}-org-1")],
            }
        ],
        "relations": [
            {
                "id": f"{n}-cooperation",
                "source": a,
                "target": b,
                "direction": "mutual",
                "stance": "cooperation",
                "types": ["trade_infrastructure", "joint_exercise"],
                "status": "agreed",
                "summary": texts.next(TEXT_MAX_CHARS),
                "sites": [f"{n}-home-site", f"{n}-third-site"],
                "event": f"{n}-event",
                "evidence": [
                    evidence(1, quotes[0], f"{n}-person-0") | {"types": ["trade_infrastructure"]},
                    evidence(1, quotes[1], None) | {"types": ["joint_exercise"]},
                ],
            },
            {
                "id": f"{n}-criticism",
                "source": f"{n}-third-site" if i == 0 else b,
                "target": a,
                "direction": "one_way",
                "stance": "rivalry",
                "types": ["criticism"],
                "status": "announced",
                "confidence": "low",
                "summary": texts.next(TEXT_MAX_CHARS),
                "sites": [f"{n}-home-site"],
                "evidence": [
                    evidence(2, quotes[2], f"{n}-person-1"),
                    evidence(2, quotes[3], f"{n}-org-0"),
                    evidence(3, quotes[5], None),
                ],
            },
        ],
    }


def build_hostile_dataset(target: Path, articles: int = len(PAIRS)) -> Path:
    """Write `articles` hostile but valid records into `target/articles`; returns `target`."""
    folder = target / "articles"
    folder.mkdir(parents=True, exist_ok=True)
    texts = CorpusTexts()
    for i in range(articles):
        record = hostile_record(i, texts)
        (folder / f"{record['article']['id']}.yaml").write_text(
            yamlio.dump(record), encoding="utf-8"
        )
    return target


# --- which fields hold free text --------------------------------------------------------------

#: Every kind of record an article file holds.
RECORD_KINDS: tuple[type[BaseModel], ...] = (
    Article,
    Paragraph,
    Site,
    Person,
    Organization,
    Event,
    Relation,
    Evidence,
)


#: Ids of a country or a site, checked by a validator rather than a pattern: not free text.
ID_FIELDS = {(Relation, "source"), (Relation, "target")}


def _is_free_str(annotation: Any, metadata: list[Any]) -> bool:
    """A str field without a pattern: ids, codes and languages have one, free text does not."""
    if any(getattr(m, "pattern", None) for m in metadata):
        return False
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        base, *extra = typing.get_args(annotation)
        return _is_free_str(base, [*metadata, *extra])
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(annotation) if a is not type(None)]
        return len(options) == 1 and _is_free_str(options[0], metadata)
    return annotation is str


def text_fields(model: type[BaseModel]) -> list[str]:
    """The free-text fields of a record kind, found from the model so new ones are not missed."""
    return [
        name
        for name, info in model.model_fields.items()
        if (model, name) not in ID_FIELDS and _is_free_str(info.annotation, list(info.metadata))
    ]


def is_hostile(value: str | None) -> bool:
    """Whether a stored value holds one of the corpus strings (as stored: trimmed)."""
    return bool(value) and any(s.strip() in value for s in (*CORPUS, HOSTILE_URL))


def shown(text: str) -> str:
    """What a reader sees of a string: direction controls gone, whitespace collapsed."""
    return " ".join(plain(text).split())
