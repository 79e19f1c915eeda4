"""Possible relations a reviewer may add: the candidates the weights left out of the draft."""

from __future__ import annotations

from dashboard.ingest.draft import Draft
from dashboard.ingest.ranking import RelationWeights
from dashboard.ingest.suggestions import LIMIT
from dashboard.model import QUOTE_MAX_CHARS
from tests.ingest.test_ranking import AGREED, NOTHING_IS_ENOUGH, PORT, SENTENCE_IS_ENOUGH, draft


def found(d: Draft) -> set[tuple[frozenset[str], str]]:
    return {(frozenset((s.source, s.target)), s.type_id) for s in d.suggestions}


def test_a_candidate_the_weights_left_out_is_suggested_with_its_likelihood() -> None:
    d = draft(AGREED, PORT)
    [port] = [s for s in d.suggestions if {s.source, s.target} == {"CHN", "JPN"}]
    assert (port.type_id, port.paragraph, port.quote) == ("trade_infrastructure", 2, PORT)
    assert port.likelihood < NOTHING_IS_ENOUGH.threshold


def test_a_candidate_the_weights_kept_is_in_the_draft_and_not_suggested_again() -> None:
    d = draft(AGREED, PORT, weights=SENTENCE_IS_ENOUGH)
    assert (frozenset({"CHN", "JPN"}), "trade_infrastructure") not in found(d)
    held = {(frozenset((r.source, r.target)), t) for r in d.relations for t in r.types}
    assert (frozenset({"CHN", "JPN"}), "trade_infrastructure") in held
    assert not held & found(d)


def test_a_hostile_word_without_a_type_suggests_criticism() -> None:
    d = draft(AGREED, "Tensions with China have grown since Peru opened the port to Beijing.")
    criticism = [s for s in d.suggestions if s.type_id == "criticism"]
    assert [({s.source, s.target}, s.stance) for s in criticism] == [({"PER", "CHN"}, "rivalry")]


def test_a_sentence_naming_many_states_suggests_nothing() -> None:
    d = draft(AGREED, "Chile, Brazil, Argentina and Mexico all have busy ports and trade.")
    assert not [s for s in d.suggestions if {s.source, s.target} <= {"CHL", "BRA", "ARG", "MEX"}]


def test_the_most_likely_suggestion_comes_first() -> None:
    # two sentences name China and Japan beside a port: more likely than one naming them once
    weights = RelationWeights(-5.0, {"sent_n": 2.0}, 0.99)
    d = draft(
        AGREED,
        "Tensions with China have grown since Peru opened the port to Beijing.",
        PORT,
        "China and Japan both want the port at Chancay.",
        weights=weights,
    )
    likelihoods = [s.likelihood for s in d.suggestions]
    assert likelihoods == sorted(likelihoods, reverse=True)
    assert {d.suggestions[0].source, d.suggestions[0].target} == {"CHN", "JPN"}


def test_suggestions_quote_their_sentence_word_for_word_and_stay_few() -> None:
    long = (
        "China runs the new port at Chancay, a project Tokyo watches closely, "
        + "and officials in both capitals keep returning to it in every meeting, " * 6
        + "as the ships arrive."
    )
    many = [
        f"{a} and {b} compete for port number {i} on the coast."
        for i, (a, b) in enumerate(
            [("China", "Japan"), ("Chile", "Brazil"), ("Mexico", "Canada"), ("India", "Iran")] * 5
        )
    ]
    d = draft(AGREED, long, *many)
    texts = {b.number: b.text for b in d.document.paragraphs}
    assert 0 < len(d.suggestions) <= LIMIT
    for s in d.suggestions:
        assert s.quote in texts[s.paragraph]
        assert 0 < len(s.quote) <= QUOTE_MAX_CHARS
