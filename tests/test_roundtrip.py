"""Any valid record survives a save and a read unchanged, whatever its text says.

Hypothesis builds records with arbitrary Unicode in every text field, YAML's own special words
and signs ("yes", "null", "- x", "&a", "!!python", "#", ":"), quotes of every kind, and strings
at the model's length limits. Each record is saved with `save_record`, read back with
`read_record` and must be equal; its references are consistent, so the folder also loads with
no issues, which proves that evidence quotes still appear in their paragraphs after the trip.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard import model, store
from dashboard.model import ArticleRecord
from dashboard.reference import load_countries
from dashboard.registry import load_registry

COUNTRIES = ["PER", "CHL", "ARG", "USA", "DEU", "ESP", "CHN", "BOL"]
REGISTRY = load_registry()
COUNTRY_REFS = load_countries()

# YAML's own words and signs, which a careless writer would emit unquoted and read back changed.
_WORDS = """
    yes no on off y n true False null Null ~ NaN .inf -.inf 0x1f 0o17 1e3 012 +1 1_000
    2026-03-14 12:30:00 - -- --- ... &a *b !!python/object:os.system !tag # : key: {a:1} [1,2]
    | > %YAML @x `cmd` ' " '' "" \\ \\n % << =
"""
YAML_SPECIAL = _WORDS.split() + ["- x", "? y", "# not a comment", "a # b", "a: b", "= x"]
QUOTED = ['"Es un paso"', "'sí'", "„Zitat“", "«cita»", "“quoted”", "‘single’", "‹x›", "「引用」"]
# Invisible, control, line-breaking, combining and case-changing characters.
ODD = list("\u200b\u200d\ufeff\u202e\u00ad\x00\x07\x1b\x7f\x85\u2028\u2029\r\t\n\U0001f600ﬁßİ")
ODD += ["\r\n", "e\u0301", "ΣΑΣ"]
SHORT_MAX = 200


def _strip(text: str) -> str:
    return text.strip()


words = st.one_of(
    st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=12),
    st.sampled_from(YAML_SPECIAL + QUOTED + ODD),
    st.from_regex(r"[A-Za-zÀ-ÿ]{1,10}", fullmatch=True),
)


def text(max_chars: int) -> st.SearchStrategy[str]:
    """Stripped, non-empty text within a field's limit, sometimes exactly at the limit."""
    joined = st.lists(words, min_size=1, max_size=8).map(" ".join)
    full = st.sampled_from(["x", "é", '"', "#", "字", "\U0001f600"]).map(lambda c: c * max_chars)
    return (
        st.one_of(joined, joined, joined, full)
        .map(lambda s: _strip(s)[:max_chars].strip())
        .filter(bool)
    )


def optional(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(st.none(), strategy)


slugs = st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}", fullmatch=True)
ids = st.lists(slugs, min_size=40, max_size=40, unique=True)
urls = st.one_of(
    st.just("https://example.org/a?b=c&d=e#f"),
    st.from_regex(r"https?://[a-z0-9.-]{1,20}/[!-~]{0,30}", fullmatch=True),
)


def _quote_from(paragraph_text: str, draw: st.DrawFn) -> str:
    """A run of whole words of the paragraph, as a person would copy it."""
    tokens = paragraph_text.split()
    start = draw(st.integers(0, len(tokens) - 1))
    end = draw(st.integers(start + 1, len(tokens)))
    quote = " ".join(tokens[start:end])[: model.QUOTE_MAX_CHARS].strip()
    return quote if quote in paragraph_text else tokens[start][: model.QUOTE_MAX_CHARS]


@st.composite
def records(draw: st.DrawFn) -> ArticleRecord:
    pool = iter(draw(ids))
    article_id = next(pool)
    numbers = draw(st.lists(st.integers(1, 10_000), min_size=1, max_size=4, unique=True))
    paragraphs: list[dict[str, Any]] = []
    for i, number in enumerate(numbers):
        kept = i == 0 or not draw(st.booleans())
        paragraph: dict[str, Any] = {"number": number, "boilerplate": not kept}
        if kept or draw(st.booleans()):
            paragraph["text"] = draw(text(model.PARAGRAPH_MAX_CHARS))
        paragraph["summary"] = draw(optional(text(model.TEXT_MAX_CHARS)))
        if not kept:
            paragraph["boilerplate_reason"] = draw(optional(text(SHORT_MAX)))
        paragraphs.append(paragraph)
    kept_paragraphs = [p for p in paragraphs if not p["boilerplate"]]

    site_ids = [next(pool) for _ in range(draw(st.integers(0, 3)))]
    person_ids = [next(pool) for _ in range(draw(st.integers(0, 3)))]
    org_ids = [next(pool) for _ in range(draw(st.integers(0, 2)))]
    event_ids = [next(pool) for _ in range(draw(st.integers(0, 2)))]
    relation_ids = [next(pool) for _ in range(draw(st.integers(0, 3)))]
    speakers = person_ids + org_ids

    def pick(options: list[str]) -> Any:
        return draw(st.sampled_from(options)) if options and draw(st.booleans()) else None

    def evidence(types: list[str]) -> dict[str, Any]:
        paragraph = draw(st.sampled_from(kept_paragraphs))
        return {
            "article": draw(st.sampled_from([None, article_id])),
            "paragraph": paragraph["number"],
            "quote": _quote_from(paragraph["text"], draw),
            "translation": draw(optional(text(model.QUOTE_MAX_CHARS * 2))),
            "speaker": pick(speakers),
            "types": types,
        }

    sites = [
        {
            "id": ident,
            "name": draw(text(SHORT_MAX)),
            "kind": draw(st.sampled_from(list(model.SiteKind))),
            "country": draw(st.sampled_from(COUNTRIES)),
            "lat": draw(st.floats(-90, 90, allow_nan=False)),
            "lon": draw(st.floats(-180, 180, allow_nan=False)),
            "description": draw(optional(text(model.TEXT_MAX_CHARS))),
            "located_by": draw(st.sampled_from(list(model.LocatedBy))),
        }
        for ident in site_ids
    ]
    people = [
        {
            "id": ident,
            "name": draw(text(SHORT_MAX)),
            "role": draw(text(SHORT_MAX)),
            "country": pick(COUNTRIES),
            "organization": pick(org_ids),
        }
        for ident in person_ids
    ]
    organizations = [
        {
            "id": ident,
            "name": draw(text(SHORT_MAX)),
            "acronym": draw(optional(text(SHORT_MAX))),
            "country": pick(COUNTRIES),
            "parent": pick([o for o in org_ids if o != ident]),
            "site": pick(site_ids),
        }
        for ident in org_ids
    ]
    events = [
        {
            "id": ident,
            "name": draw(text(SHORT_MAX)),
            "kind": draw(st.sampled_from(list(model.EventKind))),
            "status": draw(st.sampled_from(list(model.EventStatus))),
            "site": pick(site_ids),
            "date": draw(optional(st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)))),
            "participants": draw(st.lists(st.sampled_from(person_ids), max_size=2))
            if person_ids
            else [],
            "organizations": draw(st.lists(st.sampled_from(org_ids), max_size=2))
            if org_ids
            else [],
            "summary": draw(optional(text(model.TEXT_MAX_CHARS))),
            "evidence": [evidence([]) for _ in range(draw(st.integers(0, 2)))],
        }
        for ident in event_ids
    ]
    parties = COUNTRIES + site_ids
    relations = []
    for ident in relation_ids:
        source, target = draw(
            st.lists(st.sampled_from(parties), min_size=2, max_size=2, unique=True)
        )
        types = draw(st.lists(st.sampled_from(REGISTRY.ids), min_size=1, max_size=3, unique=True))
        extra = [
            evidence(draw(st.lists(st.sampled_from(types), min_size=1, unique=True)))
            for _ in range(draw(st.integers(0, 2)))
        ]
        relations.append(
            {
                "id": ident,
                "source": source,
                "target": target,
                "direction": draw(st.sampled_from(list(model.Direction))),
                "stance": draw(st.sampled_from(list(model.Stance))),
                "types": types,
                "status": draw(st.sampled_from(list(model.Status))),
                "confidence": draw(st.sampled_from(list(model.Confidence))),
                "summary": draw(optional(text(model.TEXT_MAX_CHARS))),
                "sites": draw(st.lists(st.sampled_from(site_ids), max_size=2, unique=True))
                if site_ids
                else [],
                "event": pick(event_ids),
                "evidence": [evidence([]), *extra],
            }
        )
    return ArticleRecord.model_validate(
        {
            "article": {
                "id": article_id,
                "title": draw(text(SHORT_MAX)),
                "outlet": draw(text(SHORT_MAX)),
                "url": draw(optional(urls)),
                "language": draw(st.from_regex(r"[a-z]{2}", fullmatch=True)),
                "published": draw(optional(st.dates())),
                "summary": draw(optional(text(model.TEXT_MAX_CHARS))),
                "paragraphs": paragraphs,
            },
            "countries": draw(st.lists(st.sampled_from(COUNTRIES), max_size=3, unique=True)),
            "sites": sites,
            "people": people,
            "organizations": organizations,
            "events": events,
            "relations": relations,
        }
    )


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(record=records())
def test_a_saved_record_reads_back_equal(record: ArticleRecord) -> None:
    directory = Path(tempfile.mkdtemp(prefix="atlas-roundtrip-"))
    try:
        path = store.save_record(record, directory)
        again, issues = store.read_record(path)
        assert issues == []
        assert again == record

        dataset = store.load_dataset(directory, registry=REGISTRY, countries=COUNTRY_REFS)
        assert dataset.issues == ()
        assert set(dataset.relations) == {r.id for r in record.relations}
    finally:
        shutil.rmtree(directory)


def test_the_strategy_reaches_yaml_special_words() -> None:
    """A guard against a strategy that quietly stops producing the hard cases."""
    record = ArticleRecord.model_validate(
        {
            "article": {
                "id": "special",
                "title": "yes",
                "outlet": "null",
                "language": "en",
                "summary": "- x &a *b !!python/object:os.system # : 'q' \"q\"",
                "paragraphs": [{"number": 1, "text": "~ „Zitat“ \u2028 e\u0301 \x85 end"}],
            },
        }
    )
    directory = Path(tempfile.mkdtemp(prefix="atlas-roundtrip-"))
    try:
        again, issues = store.read_record(store.save_record(record, directory))
        assert issues == [] and again == record
    finally:
        shutil.rmtree(directory)
