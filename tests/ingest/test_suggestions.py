"""Possible relations a reviewer may add: cue words beside two states the rules left apart."""

from __future__ import annotations

from dashboard.ingest import pipeline, reader
from dashboard.ingest.draft import Draft
from dashboard.ingest.suggestions import LIMIT
from dashboard.model import QUOTE_MAX_CHARS

HEADLINE = "Peru and Japan agree to train naval officers together\n\n"
AGREED = (
    "LIMA (Reuters) - Peru and Japan signed an agreement on Monday to train naval officers "
    "together, the defence ministry in Lima said."
)


def draft(*paragraphs: str) -> Draft:
    text = HEADLINE + "\n\n".join(paragraphs)
    return pipeline.extract(pipeline._document(reader.read_text(text), "test", None))


def found(d: Draft) -> set[tuple[frozenset[str], str]]:
    return {(frozenset((s.source, s.target)), s.type_id) for s in d.suggestions}


def test_a_cue_beside_two_states_the_rules_left_apart_is_suggested() -> None:
    d = draft(AGREED, "China runs the new port at Chancay, a project Tokyo watches closely.")
    assert (frozenset({"CHN", "JPN"}), "trade_infrastructure") in found(d)
    # the rules did not make it a relation: that is why it is only a suggestion
    assert not any({r.source, r.target} == {"CHN", "JPN"} for r in d.relations)


def test_what_the_draft_holds_already_is_not_suggested_again() -> None:
    d = draft(AGREED, "Peru's navy will send more officers to train in Japan.")
    held = {(frozenset((r.source, r.target)), t) for r in d.relations for t in r.types}
    assert (frozenset({"PER", "JPN"}), "military_training") in held
    assert not held & found(d)


def test_a_hostile_word_without_a_type_suggests_criticism() -> None:
    d = draft(AGREED, "Tensions with China have grown since Peru opened the port to Beijing.")
    criticism = [s for s in d.suggestions if s.type_id == "criticism"]
    assert [({s.source, s.target}, s.stance) for s in criticism] == [({"PER", "CHN"}, "rivalry")]


def test_a_sentence_naming_many_states_suggests_nothing() -> None:
    d = draft(AGREED, "Chile, Brazil, Argentina and Mexico all have busy ports and trade.")
    assert not [s for s in d.suggestions if {s.source, s.target} <= {"CHL", "BRA", "ARG", "MEX"}]


def test_suggestions_quote_their_sentence_word_for_word_and_stay_few() -> None:
    long = (
        "China runs the new port at Chancay, a project Tokyo watches closely, "
        + "and officials in both capitals keep returning to it in every meeting, " * 6
        + "as the ships arrive."
    )
    many = [f"China and Japan compete for port number {i} on the coast." for i in range(20)]
    d = draft(AGREED, long, *many)
    texts = {b.number: b.text for b in d.document.paragraphs}
    assert 0 < len(d.suggestions) <= LIMIT
    for s in d.suggestions:
        assert s.quote in texts[s.paragraph]
        assert 0 < len(s.quote) <= QUOTE_MAX_CHARS
