"""Types read from the words around a pair of states join the draft, with their evidence."""

from __future__ import annotations

import pytest

from dashboard.ingest import pair_words, pipeline
from dashboard.ingest.document import Sentence
from dashboard.ingest.relations import RelationDraft, load_cues
from dashboard.ingest.weights import Weights

LEXICON = load_cues()


def _sentence(text: str, paragraph: int = 1) -> Sentence:
    return Sentence(paragraph, 0, len(text), text)


def test_words_are_folded_and_cut_to_their_stem() -> None:
    assert pair_words.stems("Patrouillen patrouillieren") == {"patrou"}
    assert pair_words.stems("Seguridad SEGURIDAD") == {"seguri"}
    assert pair_words.stems("an 12 of") == set()  # short words and numbers carry nothing


def test_a_pair_is_judged_only_on_sentences_that_name_it_among_few_states() -> None:
    few = _sentence("Peru and Chile patrol the border.")
    many = _sentence("Peru, Chile, Bolivia and Brazil met.")
    pairs = pair_words.pair_sentences([(few, ["PER", "CHL"]), (many, ["PER", "CHL", "BOL", "BRA"])])
    assert pairs == {("CHL", "PER"): [few]}


WEIGHTS = Weights(-3.0, {"security|patrol": 5.0, "rivalry|patrol": -5.0}, 0.5)


def test_a_type_the_words_support_joins_the_draft_with_its_sentence_as_evidence() -> None:
    plain = _sentence("Romania and the United States met in Bucharest.", 1)
    patrol = _sentence("Romanian and American soldiers patrol the coast together.", 2)
    per_sentence = [(plain, ["ROU", "USA"]), (patrol, ["ROU", "USA"])]
    relations, judged = pair_words.judge("en", per_sentence, [], [], LEXICON, WEIGHTS)
    [rel] = relations
    assert (rel.source, rel.target, rel.types, rel.stance) == (
        "ROU",
        "USA",
        ("security",),
        "cooperation",
    )
    [evidence] = rel.evidence
    assert evidence.paragraph == 2 and "patrol" in evidence.quote  # the sentence that says it
    assert evidence.confidence == rel.confidence == pytest.approx(0.88, abs=0.01)
    assert judged[0].type_id == "security" and judged[0].kept
    assert not any(c.kept for c in judged[1:])  # every other type stays out
    assert {c.type_id for c in judged} == set(LEXICON.type_order)


def test_a_type_the_draft_already_has_is_not_judged_again() -> None:
    patrol = _sentence("Romanian and American soldiers patrol the coast together.")
    known = RelationDraft(
        source="ROU",
        target="USA",
        direction="mutual",
        stance="cooperation",
        types=("security",),
        status="agreed",
        evidence=(),
        confidence=0.85,
    )
    relations, judged = pair_words.judge(
        "en", [(patrol, ["ROU", "USA"])], [known], [], LEXICON, WEIGHTS
    )
    assert relations == [known]
    assert "security" not in {c.type_id for c in judged}


def test_silent_weights_leave_the_draft_as_it_was() -> None:
    patrol = _sentence("Romanian and American soldiers patrol the coast together.")
    relations, judged = pair_words.judge(
        "en", [(patrol, ["ROU", "USA"])], [], [], LEXICON, pair_words.SILENT
    )
    assert relations == [] and judged and not any(c.kept for c in judged)


def test_the_pipeline_puts_a_worded_type_in_the_draft_the_reviewer_sees() -> None:
    text = (
        "Rumänien und die USA verstärken die Ostflanke\n\n"
        "Amerikanische Piloten bringen rumänischen Kadetten seit Montag in Constanța das "
        "Fliegen bei, teilte die Regierung in Bukarest mit."
    )
    base = pipeline.load_resources()
    words = Weights(-3.0, {"military_training|kadett": 5.0}, 0.5)
    with_words = pipeline.Resources(
        base.countries, base.gazetteer, base.registry, base.weights, words
    )
    silent = pipeline.Resources(base.countries, base.gazetteer, base.registry, base.weights)
    found = pipeline.ingest(text, "ostflanke.txt", resources=with_words)
    before = pipeline.ingest(text, "ostflanke.txt", resources=silent)
    pair = {"ROU", "USA"}
    types = {t for r in found.relations if {r.source, r.target} == pair for t in r.types}
    types_before = {t for r in before.relations if {r.source, r.target} == pair for t in r.types}
    assert "military_training" in types and "military_training" not in types_before
    [rel] = [r for r in found.relations if {r.source, r.target} == pair]
    assert any("Kadetten" in e.quote for e in rel.evidence)


def test_the_shipped_weights_load_and_judge_each_draft() -> None:
    weights = pair_words.load_weights()
    assert 0.0 < weights.threshold < 1.0 and len(weights.weights) > 1000
    assert pipeline.load_resources().pair_weights == weights
