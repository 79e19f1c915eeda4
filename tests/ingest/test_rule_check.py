"""Types the rules found that the check doubts leave the draft for the suggestions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dashboard.ingest import pipeline, rule_check
from dashboard.ingest.document import Sentence
from dashboard.ingest.relations import EvidenceDraft, RelationDraft
from dashboard.ingest.weights import Weights, WeightsError


def _sentence(text: str, paragraph: int = 1) -> Sentence:
    return Sentence(paragraph, 0, len(text), text)


PORT = "Chile and Japan will expand the container port of Valparaíso together."
DRILL = "Chilean and Japanese frigates held drills off Valparaíso."
RELATION = RelationDraft(
    source="CHL",
    target="JPN",
    direction="mutual",
    stance="cooperation",
    types=("trade_infrastructure", "joint_exercise"),
    status="agreed",
    evidence=(
        EvidenceDraft(1, PORT, ("trade_infrastructure",), None, 0.85),
        EvidenceDraft(2, DRILL, ("joint_exercise",), None, 0.85),
    ),
    confidence=0.85,
)
PER_SENTENCE = [(_sentence(PORT, 1), ["CHL", "JPN"]), (_sentence(DRILL, 2), ["CHL", "JPN"])]
#: Doubts every port type whose sentence speaks of containers, and nothing else.
DOUBTS_PORTS = Weights(3.0, {"trade_infrastructure|contai": -6.0}, 0.5)


def test_a_doubted_type_leaves_the_relation_with_the_evidence_that_spoke_only_for_it() -> None:
    judged = rule_check.judge("en", PER_SENTENCE, [RELATION], DOUBTS_PORTS)
    assert [(j.type_id, j.kept) for j in judged] == [
        ("trade_infrastructure", False),  # least likely first
        ("joint_exercise", True),
    ]
    [rel] = rule_check.without([RELATION], judged)
    assert rel.types == ("joint_exercise",)
    assert [e.quote for e in rel.evidence] == [DRILL]


def test_a_doubted_type_becomes_a_suggestion_with_its_sentence_and_likelihood() -> None:
    judged = rule_check.judge("en", PER_SENTENCE, [RELATION], DOUBTS_PORTS)
    [doubt] = rule_check.doubts(judged)
    assert (doubt.source, doubt.target, doubt.type_id, doubt.paragraph) == (
        "CHL",
        "JPN",
        "trade_infrastructure",
        1,
    )
    assert doubt.quote == PORT and doubt.likelihood == pytest.approx(0.05, abs=0.01)


def test_a_relation_left_with_no_type_goes() -> None:
    only_port = RelationDraft(
        "CHL", "JPN", "mutual", "cooperation", ("trade_infrastructure",), "agreed",
        (EvidenceDraft(1, PORT, ("trade_infrastructure",), None, 0.85),), 0.85,
    )  # fmt: skip
    judged = rule_check.judge("en", PER_SENTENCE[:1], [only_port], DOUBTS_PORTS)
    assert rule_check.without([only_port], judged) == []


def test_evidence_for_a_kept_and_a_doubted_type_stays_for_the_kept_one() -> None:
    both = "Chile and Japan agreed on container port works and on naval drills."
    shared = RelationDraft(
        "CHL", "JPN", "mutual", "cooperation", ("trade_infrastructure", "joint_exercise"),
        "agreed", (EvidenceDraft(1, both, ("trade_infrastructure", "joint_exercise"), None, 0.85),),
        0.85,
    )  # fmt: skip
    judged = rule_check.judge("en", [(_sentence(both), ["CHL", "JPN"])], [shared], DOUBTS_PORTS)
    [rel] = rule_check.without([shared], judged)
    assert rel.types == ("joint_exercise",)
    assert [(e.quote, e.types) for e in rel.evidence] == [(both, ("joint_exercise",))]


def test_keep_all_leaves_the_rules_types_as_they_were() -> None:
    judged = rule_check.judge("en", PER_SENTENCE, [RELATION], rule_check.KEEP_ALL)
    assert all(j.kept for j in judged)
    assert rule_check.without([RELATION], judged) == [RELATION]
    assert rule_check.doubts(judged) == []


def test_a_pair_named_among_many_states_and_in_passing_weighs_less() -> None:
    """The signals tell a central pair from one in a list; the shipped weights use them."""
    crowd = _sentence("Ports in Chile, Japan, Peru, Brazil and Mexico grew.", 3)
    central = rule_check.judge("en", PER_SENTENCE, [RELATION], rule_check.load_weights())
    listed = rule_check.judge(
        "en",
        [
            *PER_SENTENCE,
            *[(_sentence(f"Peru and Brazil met, {i}.", 4 + i), ["PER", "BRA", "MEX"])
              for i in range(4)],
            (crowd, ["CHL", "JPN", "PER", "BRA", "MEX"]),
        ],
        [RELATION],
        rule_check.load_weights(),
    )  # fmt: skip
    features = {j.type_id: j.features for j in listed}
    assert features["trade_infrastructure"]["R|trade_infrastructure|34"] == 1.0
    assert (
        "R|trade_infrastructure|01"
        in {j.type_id: j.features for j in central}["trade_infrastructure"]
    )
    p = {j.type_id: j.probability for j in listed}
    p_central = {j.type_id: j.probability for j in central}
    assert p["trade_infrastructure"] < p_central["trade_infrastructure"]


def test_the_pipeline_moves_a_doubted_type_to_the_suggestions_the_reviewer_sees() -> None:
    text = (
        "Chile und Japan bauen den Hafen aus\n\n"
        "Japan wird den Containerterminal im chilenischen Hafen Valparaíso finanzieren, "
        "vereinbarten Chile und Japan am Dienstag."
    )
    base = pipeline.load_resources()
    doubting = pipeline.Resources(
        base.countries,
        base.gazetteer,
        base.registry,
        base.weights,
        base.pair_weights,
        Weights(3.0, {"trade_infrastructure|contai": -6.0}, 0.5),
    )
    trusting = pipeline.Resources(
        base.countries, base.gazetteer, base.registry, base.weights, base.pair_weights
    )
    before = pipeline.ingest(text, "hafen.txt", resources=trusting)
    after = pipeline.ingest(text, "hafen.txt", resources=doubting)
    pair = {"CHL", "JPN"}

    def types(draft: pipeline.Draft) -> set[str]:
        return {t for r in draft.relations if {r.source, r.target} == pair for t in r.types}

    assert "trade_infrastructure" in types(before)
    assert "trade_infrastructure" not in types(after)
    [doubt] = [s for s in after.suggestions if s.type_id == "trade_infrastructure"]
    assert "Containerterminal" in doubt.quote and doubt.likelihood < 0.5


def test_the_shipped_weights_load_and_keep_a_plain_agreement() -> None:
    weights = rule_check.load_weights()
    assert 0.0 < weights.threshold < 1.0 and len(weights.weights) > 1000
    assert pipeline.load_resources().rule_check == weights
    draft = pipeline.ingest(
        "Peru and the United States signed a security agreement in Washington on Friday. Under "
        "the deal, American instructors will train Peruvian soldiers and the two armies will "
        "hold joint exercises.",
        "pact.txt",
    )
    assert {t for r in draft.relations for t in r.types} == {
        "security",
        "military_training",
        "joint_exercise",
    }
    assert all(j.kept for j in draft.checked)


@pytest.mark.parametrize(
    ("raw", "field"),
    [({"bias": 1.0, "threshold": 0.5}, "weights"), ({"weights": {"B|x": "high"}}, "weights")],
)
def test_a_broken_weights_file_names_the_file_and_the_field(
    tmp_path: Path, raw: object, field: str
) -> None:
    path = tmp_path / "rule_check.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    rule_check.load_weights.cache_clear()
    try:
        with pytest.raises(WeightsError, match=field) as caught:
            rule_check.load_weights(path)
    finally:
        rule_check.load_weights.cache_clear()
    assert str(path) in str(caught.value)


def test_a_place_the_evidence_names_is_a_signal_with_whether_it_lies_in_the_pair() -> None:
    named = pipeline.ingest(
        "Chile und Japan bauen den Hafen aus\n\nJapan wird den Containerterminal im chilenischen "
        "Hafen Valparaíso finanzieren, vereinbarten Chile und Japan am Dienstag.",
        "hafen.txt",
    )
    unnamed = pipeline.ingest(
        "Chile und Japan bauen den Hafen aus\n\nJapan wird einen neuen Containerterminal in "
        "Chile finanzieren, vereinbarten Chile und Japan am Dienstag.",
        "hafen.txt",
    )
    [port] = [j for j in named.checked if j.type_id == "trade_infrastructure"]
    assert port.features["SITE|trade_infrastructure|city"] == 1.0  # Valparaíso
    assert port.features["OWN|trade_infrastructure"] == 1.0  # a Chilean city
    [plain] = [j for j in unnamed.checked if j.type_id == "trade_infrastructure"]
    assert not any(k.startswith(("SITE|", "OWN|")) for k in plain.features)
