"""The review page's pure helpers: tables from a draft and back, highlights, escaping."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from dashboard.errors import DataIssue
from dashboard.ingest import review
from dashboard.ingest.document import Block, Document
from dashboard.ingest.draft import (
    Draft,
    DraftArticle,
    DraftEvidence,
    DraftOrganization,
    DraftPerson,
    DraftRelation,
    DraftSite,
    DraftState,
    Highlight,
    drop_empty,
    record_data,
)
from dashboard.ingest.suggestions import Suggestion
from dashboard.store import validate_raw

P1 = "Peru and Japan agreed to expand the port of Callao, Foreign Minister Ana Ríos said."
P2 = "Share this story with your friends."
P3 = "The navy of Peru will train with Japanese officers next year."


def _mark(text: str, words: str, kind: str) -> Highlight:
    start = text.index(words)
    return Highlight(1, start, start + len(words), kind, words.lower(), words)


def _draft() -> Draft:
    document = Document(
        language="en",
        blocks=(Block(1, P1), Block(2, P2, removed="share prompt"), Block(3, P3)),
    )
    return Draft(
        article=DraftArticle("peru-japan-port", "Peru and Japan expand Callao", "Test Wire", "en"),
        document=document,
        states=(DraftState("PER", "Peru", 0.95, 2), DraftState("JPN", "Japan", 0.7, 1)),
        sites=(
            DraftSite("port-of-callao", "Port of Callao", "port", "PER", -12.05, -77.15, 0.8),
            DraftSite("lima", "Lima", "capital", "PER", -12.04, -77.03, 0.5, existing=True),
        ),
        people=(DraftPerson("ana-rios", "Ana Ríos", "Foreign Minister", "PER", None, 0.65),),
        organizations=(DraftOrganization("peruvian-navy", "Peruvian Navy", None, "PER", 0.4),),
        relations=(
            DraftRelation(
                "peru-japan-port-per-jpn-cooperation",
                "PER",
                "JPN",
                "mutual",
                "cooperation",
                ("trade_infrastructure", "military_training"),
                "agreed",
                0.72,
                (
                    DraftEvidence(
                        1,
                        "agreed to expand the port of Callao",
                        ("trade_infrastructure",),
                        "ana-rios",
                        0.8,
                    ),
                    DraftEvidence(
                        3, "will train with Japanese officers", ("military_training",), None, 0.55
                    ),
                ),
                sites=("port-of-callao",),
            ),
        ),
        highlights=(
            _mark(P1, "Peru", "state"),
            _mark(P1, "Japan", "state"),
            _mark(P1, "agreed to expand the port of Callao", "evidence"),
            _mark(P1, "Callao", "place"),
        ),
        notes=("No publication date found.",),
    )


def _by_id(items: list[dict]) -> dict:
    return {item.get("id"): item for item in items}


def test_tables_list_the_least_certain_first() -> None:
    rows = review.draft_rows(_draft())
    assert [r["iso3"] for r in rows["states"]] == ["JPN", "PER"]
    assert [r["id"] for r in rows["sites"]] == ["lima", "port-of-callao"]
    assert [r["certainty"] for r in rows["evidence"]] == [0.55, 0.8]
    assert rows["relations"][0]["confidence"] == "medium"
    assert rows["relations"][0]["types"] == ["trade_infrastructure", "military_training"]


def test_untouched_rows_give_back_the_drafts_record_data() -> None:
    draft = _draft()
    data, problems = review.rows_to_data(draft, review.draft_rows(draft))
    assert problems == []
    assert data == drop_empty(record_data(draft))
    record, issues = validate_raw(data, "draft")
    assert issues == [] and record is not None
    # a site the dataset already has is referenced, not written again
    assert [s.id for s in record.sites] == ["port-of-callao"]


def test_edits_deletions_and_added_rows_reach_the_record() -> None:
    draft = _draft()
    rows = review.draft_rows(draft)
    rows["states"].append({"iso3": "chl", "name": None, "certainty": None})
    rows["people"][0]["role"] = "Minister of Foreign Affairs"
    rows["organizations"] = []  # deleted
    rows["sites"] = [r for r in rows["sites"] if r["id"] == "port-of-callao"]
    rows["sites"][0]["lat"] = -12.0501  # moved by hand
    rows["sites"].append({"id": None, "name": None, "lat": float("nan")})  # added, left empty
    rows["relations"][0]["types"] = "trade_infrastructure, military_training"  # typed as text
    rows["evidence"][0]["translation"] = "  "
    data, problems = review.rows_to_data(
        draft, rows, {"id": "callao-deal", "outlet": "El Diario", "published": "2026-02-01"}
    )
    assert problems == []
    assert data["countries"] == ["PER", "JPN", "CHL"]
    assert data["people"][0]["role"] == "Minister of Foreign Affairs"
    assert "organizations" not in data or data["organizations"] == []
    assert [s["id"] for s in data["sites"]] == ["port-of-callao"]
    assert data["sites"][0]["located_by"] == "manual"
    assert data["article"]["id"] == "callao-deal" and data["article"]["outlet"] == "El Diario"
    relation = data["relations"][0]
    assert relation["types"] == ["trade_infrastructure", "military_training"]
    assert [e["paragraph"] for e in relation["evidence"]] == [1, 3]
    record, issues = validate_raw(data, "draft")
    assert issues == [], issues
    assert record.article.published.isoformat() == "2026-02-01"


def test_evidence_for_a_relation_that_is_gone_is_reported_at_its_row() -> None:
    draft = _draft()
    rows = review.draft_rows(draft)
    rows["evidence"][1]["relation"] = "no-such-relation"
    data, problems = review.rows_to_data(draft, rows)
    assert len(data["relations"][0]["evidence"]) == 1
    lines = review.issues_by_table(problems)
    assert lines == {
        "evidence": [
            "row 2 · relation: names relation 'no-such-relation', which is not in "
            "the relations table"
        ]
    }


def test_validation_problems_land_under_their_table() -> None:
    draft = _draft()
    rows = review.draft_rows(draft)
    rows["people"][0]["role"] = ""
    rows["states"][0]["iso3"] = "XX"
    rows["evidence"][0]["quote"] = "x" * 400
    data, _ = review.rows_to_data(draft, rows, {"url": "ftp://example.org"})
    _, issues = validate_raw(data, "draft.yaml")
    lines = review.issues_by_table(issues)
    assert lines["people"][0].startswith("ana-rios · role: must not be empty")
    assert any("ISO 3166" in line for line in lines["states"])
    relation = draft.relations[0].id
    assert any(line.startswith(f"{relation} · evidence 2 · quote:") for line in lines["evidence"])
    assert any(line.startswith("url:") for line in lines["article"])


def test_issue_routing_by_record_and_field() -> None:
    issues = [
        DataIssue("f", "must not be empty", "people[pete-hegseth]", "role"),
        DataIssue("f", "no site with id 'x' exists", "relations[r1]", "sites[0]"),
        DataIssue(
            "f", "the quote does not appear in paragraph 2", "relations[r1]", "evidence[0].quote"
        ),
        DataIssue("f", "duplicate id", "article", "id"),
        DataIssue("f", "must not be empty", "sites[#0]", "name"),
    ]
    lines = review.issues_by_table(issues)
    assert lines["people"] == ["pete-hegseth · role: must not be empty"]
    assert lines["relations"] == ["r1 · sites[0]: no site with id 'x' exists"]
    assert lines["evidence"] == [
        "r1 · evidence 1 · quote: the quote does not appear in paragraph 2"
    ]
    assert lines["article"] == ["id: duplicate id"]
    assert lines["sites"] == ["item 1 (no id) · name: must not be empty"]


def test_first_relation_is_what_the_map_opens_on() -> None:
    assert review.first_relation({"relations": [{"id": "a"}, {"id": "b"}]}) == "a"
    assert review.first_relation({"relations": [], "countries": ["PER"]}) == "PER"
    assert review.first_relation({}) is None


# --- highlights -------------------------------------------------------------------------------


def test_overlapping_marks_cut_into_pieces_that_cover_the_text() -> None:
    draft = _draft()
    pieces = review.segments(P1, [h for h in draft.highlights if h.paragraph == 1])
    assert "".join(p.text for p in pieces) == P1
    looks = [(p.text, p.kind, p.evidence) for p in pieces]
    assert looks[0] == ("Peru", "state", False)
    assert ("Japan", "state", False) in looks
    assert ("agreed to expand the port of", None, True) in [(t.strip(), k, e) for t, k, e in looks]
    assert ("Callao", "place", True) in [(t.strip(), k, e) for t, k, e in looks]


def test_the_narrower_entity_gives_the_colour() -> None:
    text = "The Peruvian Navy sailed."
    marks = [
        Highlight(1, 4, 17, "organization", "peruvian-navy", "Navy"),
        Highlight(1, 4, 12, "state", "PER", "PER"),
    ]
    pieces = review.segments(text, marks)
    assert [(p.text, p.kind) for p in pieces] == [
        ("The ", None),
        ("Peruvian", "state"),
        (" Navy", "organization"),
        (" sailed.", None),
    ]


def test_marks_outside_the_text_are_clipped_and_empty_ones_ignored() -> None:
    pieces = review.segments(
        "Chile", [Highlight(1, 3, 99, "state", "CHL", ""), Highlight(1, 2, 2, "place", "", "")]
    )
    assert [(p.text, p.kind) for p in pieces] == [("Chi", None), ("le", "state")]


def test_markdown_colours_and_bolds_the_marks() -> None:
    draft = _draft()
    text = review.paragraph_markdown(P1, [h for h in draft.highlights if h.paragraph == 1])
    assert text.startswith(":blue-background[Peru]")
    assert ":green-background[Callao]" in text
    assert text.count("**") == 2  # one bold run for the one quote
    assert text.index("**") < text.index(":green-background[Callao]") < text.rindex("**")


HOSTILE = [
    "<script>alert(1)</script>",
    ":red[x]",
    "[x](javascript:alert(1))",
    "$x$",
    "**bold** _it_ `code`",
]


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_text_is_escaped_inside_and_outside_marks(hostile: str) -> None:
    text = f"Peru says {hostile} today"
    start = text.index(hostile)
    marks = [
        Highlight(1, 0, 4, "state", "PER", "PER"),
        Highlight(1, start, start + len(hostile), "evidence", "r", "t"),
        Highlight(1, start, start + len(hostile), "person", "p", "p"),
    ]
    markdown = review.paragraph_markdown(text, marks)
    plain = review.paragraph_markdown(text, [])
    for out in (markdown, plain):
        assert "<script>" not in out
        assert ":red[" not in out
        assert "](" not in out
        assert not re.search(r"(?<!\\)\$", out)
        assert not re.search(r"(?<!\\)`", out)
    # our own markup is all that stays live: one colour directive per mark, one bold run
    assert re.findall(r"(?<!\\):([a-z]+)-background\[", markdown) == ["blue", "orange"]


def test_legend_names_every_colour() -> None:
    legend = review.legend_markdown()
    for colour in ("blue", "green", "orange", "violet"):
        assert f":{colour}-background[" in legend
    assert "evidence quote" in legend


def test_suggestions_become_rows_and_leave_once_taken_into_the_relations_table() -> None:
    base = _draft()
    quote = "China runs the port, a project Tokyo watches."
    d = replace(
        base,
        suggestions=(
            Suggestion("CHN", "JPN", "cooperation", "trade_infrastructure", 2, quote, 0.31),
            Suggestion("CHN", "PER", "rivalry", "criticism", 2, quote, 0.12),
        ),
    )
    rows = review.suggestion_rows(d, lambda c: f"[{c}]", str.upper)
    assert rows[0] == {
        "index": 0,
        "states": "[CHN] – [JPN]",
        "type": "TRADE_INFRASTRUCTURE",
        "stance": "cooperation",
        "paragraph": 2,
        "quote": quote,
        "likelihood": 0.31,
    }
    taken = review.suggestion_rows(d, str, str, present=[("JPN", "CHN", "trade_infrastructure")])
    assert [r["type"] for r in taken] == ["criticism"]


def test_a_suggestion_taken_joins_the_pairs_relation_or_makes_one_with_its_evidence() -> None:
    quote = "China runs the port, a project Tokyo watches."
    trade = Suggestion("CHN", "JPN", "cooperation", "trade_infrastructure", 2, quote)
    rows = review.draft_rows(_draft())
    taken = review.take_suggestion(rows, trade, "tokyo-port")
    new = [r for r in taken["relations"] if {r["source"], r["target"]} == {"CHN", "JPN"}]
    assert [(r["id"], r["types"], r["stance"]) for r in new] == [
        ("tokyo-port-chn-jpn-cooperation", ["trade_infrastructure"], "cooperation")
    ]
    assert taken["evidence"][-1]["relation"] == "tokyo-port-chn-jpn-cooperation"
    assert taken["evidence"][-1]["quote"] == quote
    assert rows == review.draft_rows(_draft())  # the tables given are left as they were
    # a second type for the same pair and stance joins the same relation
    security = Suggestion("JPN", "CHN", "cooperation", "security", 2, quote)
    again = review.take_suggestion(taken, security, "tokyo-port")
    new = [r for r in again["relations"] if {r["source"], r["target"]} == {"CHN", "JPN"}]
    assert [r["types"] for r in new] == [["trade_infrastructure", "security"]]
    # and the list no longer offers what the table now holds
    d = replace(_draft(), suggestions=(trade, security))
    present = [(r["source"], r["target"], t) for r in again["relations"] for t in r["types"]]
    assert review.suggestion_rows(d, str, str, present) == []
