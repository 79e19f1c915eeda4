"""The relation weights: which cue-word candidates join the draft, and what a broken file says.

The pipeline tests use weights written here, so that each one says what a signal does; the
shipped weights are judged on the held-out sets (test_holdout.py) and kept in step with the
fixtures by tests/test_train_relation_weights.py.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from dashboard.ingest import pipeline, reader
from dashboard.ingest.document import Sentence
from dashboard.ingest.draft import Draft
from dashboard.ingest.ranking import (
    WEIGHTS_PATH,
    Candidate,
    RelationWeights,
    decide,
    load_weights,
    parse_weights,
)
from dashboard.ingest.relations import EvidenceDraft, RelationDraft, load_cues
from dashboard.ingest.weights import WeightsError

HEADLINE = "Peru and Japan agree to train naval officers together\n\n"
AGREED = (
    "LIMA (Reuters) - Peru and Japan signed an agreement on Monday to train naval officers "
    "together, the defence ministry in Lima said."
)
PORT = "China runs the new port at Chancay, a project Tokyo watches closely."
#: Weights that keep a candidate whenever a sentence names the pair beside the cue.
SENTENCE_IS_ENOUGH = RelationWeights(-5.0, {"sent_any": 10.0}, 0.5)
NOTHING_IS_ENOUGH = RelationWeights(-5.0, {}, 0.5)


def draft(*paragraphs: str, weights: RelationWeights = NOTHING_IS_ENOUGH) -> Draft:
    text = HEADLINE + "\n\n".join(paragraphs)
    resources = replace(pipeline.load_resources(), weights=weights)
    doc = pipeline._document(reader.read_text(text), "test", None)
    return pipeline.extract(doc, resources=resources)


def pairs(d: Draft) -> set[tuple[frozenset[str], str]]:
    return {(frozenset((r.source, r.target)), t) for r in d.relations for t in r.types}


def test_a_cue_beside_two_states_the_rules_left_apart_is_a_candidate_with_its_sentence() -> None:
    d = draft(AGREED, PORT)
    assert not any({r.source, r.target} == {"CHN", "JPN"} for r in d.relations)
    [port] = [c for c in d.candidates if {c.source, c.target} == {"CHN", "JPN"}]
    assert port.type_id == "trade_infrastructure"
    assert port.sentence.text == PORT
    assert port.features["sent_2"] == 1.0 and not port.kept


def test_weights_that_trust_the_signal_add_the_candidate_with_its_sentence_as_evidence() -> None:
    d = draft(AGREED, PORT, weights=SENTENCE_IS_ENOUGH)
    [rel] = [r for r in d.relations if {r.source, r.target} == {"CHN", "JPN"}]
    assert rel.types == ("trade_infrastructure",)
    assert (rel.stance, rel.direction, rel.status) == ("cooperation", "mutual", "announced")
    [ev] = rel.evidence
    assert (ev.paragraph, ev.quote) == (2, PORT)
    assert rel.confidence == ev.confidence == pytest.approx(0.99)
    # the rules' own relation is untouched
    assert (frozenset({"PER", "JPN"}), "military_training") in pairs(d)


def test_the_rules_relations_stand_whatever_the_weights_say() -> None:
    with_rules = draft(AGREED, PORT, weights=NOTHING_IS_ENOUGH)
    assert pairs(with_rules) == {(frozenset({"PER", "JPN"}), "military_training")}


def test_a_pair_named_in_different_paragraphs_is_no_candidate() -> None:
    d = draft(AGREED, "China runs the new port at Chancay.", "Tokyo sends a trade delegation.")
    assert not [c for c in d.candidates if {c.source, c.target} == {"CHN", "JPN"}]


def test_a_pair_sharing_only_a_paragraph_quotes_the_cue_sentence() -> None:
    d = draft(AGREED, "Tokyo watches closely. China runs the new port at Chancay.")
    [port] = [c for c in d.candidates if {c.source, c.target} == {"CHN", "JPN"}]
    assert port.sentence.text == "China runs the new port at Chancay."
    assert "sent_any" not in port.features and port.features["para_2"] == 1.0


def test_a_cue_sentence_right_after_the_pair_carries_its_subject_over() -> None:
    def port(*sentences: str) -> Candidate:
        d = draft(AGREED, " ".join(sentences))
        [found] = [
            c
            for c in d.candidates
            if {c.source, c.target} == {"CHN", "JPN"} and c.type_id == "trade_infrastructure"
        ]
        return found

    met = "Japanese envoys met Chinese officials on Monday."
    cue = "China will run the new port at Chancay."
    assert port(met, cue).features["carry"] == 1.0
    # a sentence between them breaks the thread
    assert "carry" not in port(met, "The talks ran late.", cue).features


def _rel(types: tuple[str, ...], stance: str = "cooperation") -> RelationDraft:
    ev = EvidenceDraft(1, "Peru and Japan train officers.", types, None, 0.85)
    return RelationDraft("PER", "JPN", "one_way", stance, types, "agreed", (ev,), 0.85)


def _candidate(type_id: str, stance: str, signal: float) -> Candidate:
    sentence = Sentence(2, 0, 30, "Japan builds a port in Peru.")
    return Candidate("JPN", "PER", type_id, stance, {"sent_any": signal}, sentence)


def test_a_kept_candidate_joins_the_pairs_relation_of_its_stance() -> None:
    lexicon = load_cues()
    found = [_rel(("military_training",))]
    port = _candidate("trade_infrastructure", "cooperation", 1.0)
    rivalry = _candidate("criticism", "rivalry", 1.0)
    relations, scored = decide(found, [port, rivalry], SENTENCE_IS_ENOUGH, lexicon)
    coop, riv = relations
    order = lexicon.type_order
    assert coop.types == tuple(
        sorted(("trade_infrastructure", "military_training"), key=order.index)
    )
    assert coop.status == "agreed" and coop.direction == "one_way"
    assert [e.quote for e in coop.evidence][-1] == "Japan builds a port in Peru."
    assert (riv.stance, riv.types, riv.status) == ("rivalry", ("criticism",), "under_way")
    assert all(c.kept for c in scored)


def test_candidates_come_back_most_likely_first_and_the_unlikely_are_not_kept() -> None:
    weights = RelationWeights(-5.0, {"sent_any": 4.0}, 0.5)
    weak = _candidate("trade_infrastructure", "cooperation", 0.5)
    strong = _candidate("security", "cooperation", 2.0)
    relations, scored = decide([], [weak, strong], weights, load_cues())
    assert [c.type_id for c in scored] == ["security", "trade_infrastructure"]
    assert [c.kept for c in scored] == [True, False]
    assert [r.types for r in relations] == [("security",)]


def test_every_signal_a_candidate_carries_has_a_shipped_weight() -> None:
    # a signal renamed or added without training again would silently count for nothing
    weights = load_weights()
    assert 0.0 < weights.threshold < 1.0
    assert weights.probability({}) < weights.threshold  # no signal, no relation
    d = draft(AGREED, PORT, "Tensions with China have grown since Peru opened the port.")
    signals = {k for c in d.candidates for k in c.features}
    assert signals and signals <= set(weights.weights)


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        ({"threshold": 0.5, "weights": {"a": 1}}, "'bias'"),
        ({"bias": 0, "threshold": 1.5, "weights": {"a": 1}}, "'threshold'"),
        ({"bias": 0, "threshold": "high", "weights": {"a": 1}}, "'threshold'"),
        ({"bias": 0, "threshold": 0.5, "weights": {}}, "'weights'"),
        (
            {"bias": 0, "threshold": 0.5, "weights": {"sent_any": "strong"}},
            "weights\\['sent_any'\\]",
        ),
        ([1, 2], "expected an object"),
    ],
)
def test_a_broken_weights_file_names_the_file_and_the_field(raw: object, field: str) -> None:
    with pytest.raises(WeightsError, match=rf"weights\.json: .*{field}"):
        parse_weights(raw, Path("data/relation_weights.json"))


def test_a_missing_or_unreadable_weights_file_says_how_to_write_it(tmp_path: Path) -> None:
    with pytest.raises(WeightsError, match=r"missing\.json: missing; run scripts/train_relation"):
        load_weights(tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_text('{"bias": 0,', encoding="utf-8")
    with pytest.raises(WeightsError, match=r"bad\.json: not valid JSON \(line 1\)"):
        load_weights(bad)


def test_the_shipped_file_says_where_it_comes_from() -> None:
    raw = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))
    assert "scripts/train_relation_weights.py" in raw["about"]
