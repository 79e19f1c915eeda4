"""The whole ingestion path on short articles written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.ingest import pipeline
from dashboard.ingest.errors import IngestError
from dashboard.store import load_dataset
from tests.conftest import FIXTURES

CLI = FIXTURES / "ingest" / "cli"


@pytest.fixture(scope="module")
def port_deal() -> pipeline.Draft:
    return pipeline.ingest_path(CLI / "port-deal.en.txt")


def test_states_places_people_and_relation(port_deal: pipeline.Draft) -> None:
    assert {s.iso3 for s in port_deal.states} == {"CHL", "JPN"}
    assert port_deal.article.outlet == "Reuters"
    assert port_deal.article.title.startswith("Chile and Japan sign")
    names = {p.name: p.role for p in port_deal.people}
    assert names.get("Alberto van Klaveren") == "Foreign Minister"
    assert names.get("Yoko Kamikawa") == "Foreign Minister"
    places = {s.name for s in port_deal.sites}
    assert any("Valpara" in name for name in places)
    pairs = {(r.source, r.target) for r in port_deal.relations}
    assert pairs & {("CHL", "JPN"), ("JPN", "CHL")}
    types = {t for r in port_deal.relations for t in r.types}
    assert "trade_infrastructure" in types


def test_newsletter_box_is_set_aside_and_can_be_put_back(port_deal: pipeline.Draft) -> None:
    removed = port_deal.removed()
    assert [r["text"][:7] for r in removed] == ["Sign up"]
    assert removed[0]["reason"]
    number = removed[0]["paragraph"]
    restored = pipeline.restore_block(port_deal, number)
    assert restored.document.block(number).kept
    assert restored.removed() == []


def test_evidence_quotes_stand_in_their_paragraphs(port_deal: pipeline.Draft) -> None:
    for relation in port_deal.relations:
        assert relation.evidence
        for item in relation.evidence:
            block = port_deal.document.block(item.paragraph)
            assert block is not None and block.kept
            assert item.quote in block.text
            assert len(item.quote) <= 300


def test_draft_validates_as_a_record_and_exports(port_deal: pipeline.Draft) -> None:
    record, issues = pipeline.to_record(port_deal)
    assert issues == []
    assert record is not None
    assert [p.text for p in record.article.paragraphs if p.text][0].startswith("SANTIAGO")
    data = pipeline.export_dict(port_deal)
    assert {"articles", "countries", "sites", "people", "relations", "removed"} <= set(data)
    assert [a["id"] for a in data["articles"]] == [port_deal.article.id]
    assert {p["name"] for p in data["people"]} == {p.name for p in port_deal.people}
    assert len(data["organizations"]) == len(port_deal.organizations)


def test_the_export_lists_people_whose_country_the_text_does_not_say() -> None:
    text = (
        "Brazil and Argentina signed a trade agreement in Brasília on Monday. Defence Minister "
        "Ana Souza and her counterpart, Defence Minister Pablo Ruiz, agreed to hold joint "
        "exercises next year, both governments said."
    )
    draft = pipeline.ingest(text, "test.txt")
    data = pipeline.export_dict(draft)
    assert {p["name"] for p in data["people"]} == {p.name for p in draft.people}
    assert {"Ana Souza", "Pablo Ruiz"} <= {p["name"] for p in data["people"]}


def test_a_well_known_leader_serves_their_state_and_speaks_for_it() -> None:
    text = (
        "Im Herbst hat Präsident Abdel Fattah al-Sisi in Asmara ein Verteidigungsbündnis "
        "unterzeichnet. Äthiopien sprach von einer Provokation, doch al-Sisi sagte, das Bündnis "
        "mit Eritrea diene nur dem Frieden am Roten Meer."
    )
    draft = pipeline.ingest(text, "test.txt")
    (sisi,) = [p for p in draft.people if "Sisi" in p.name]
    assert sisi.country == "EGY"
    assert any({r.source, r.target} == {"EGY", "ERI"} for r in draft.relations)


def test_an_official_named_by_title_alone_serves_the_state_the_wire_was_filed_in() -> None:
    text = (
        "Port Vila, 8 abr (EFE).- Vanuatu firmó con China un acuerdo pesquero. China paga la "
        "flota y China pone los barcos.\n\nEl documento lo firmó en la capital el primer "
        "ministro, Tomás Kalsakau."
    )
    draft = pipeline.ingest(text, "test.txt")
    assert [(p.name, p.country) for p in draft.people] == [("Tomás Kalsakau", "VUT")]


def test_leaders_named_without_a_title_still_bring_their_states() -> None:
    text = (
        "Putin und Xi Jinping unterzeichneten am Dienstag ein Abkommen über Gaslieferungen und "
        "eine neue Pipeline. Beide sprachen von einer neuen Ära."
    )
    draft = pipeline.ingest(text, "test.txt")
    assert [({r.source, r.target}, r.types) for r in draft.relations] == [
        ({"RUS", "CHN"}, ("trade_infrastructure",))
    ]
    assert draft.people == ()  # no title, so no one for the record's people


def test_highlights_point_at_the_words_found(port_deal: pipeline.Draft) -> None:
    for mark in port_deal.highlights:
        block = port_deal.document.block(mark.paragraph)
        assert block is not None
        assert 0 <= mark.start < mark.end <= len(block.text)
    states = [
        port_deal.document.block(h.paragraph).text[h.start : h.end]
        for h in port_deal.highlights
        if h.kind == "state"
    ]
    assert "Chile" in states


def test_reuses_entities_the_dataset_already_has(fixture_data: Path) -> None:
    dataset = load_dataset(fixture_data)
    known = next(iter(dataset.people.values()))
    text = (
        f"Foreign Minister {known.name} met the Peruvian president in Lima. Peru and the United "
        "States agreed to cooperate against drug trafficking, both governments said."
    )
    draft = pipeline.ingest(text, "test.txt", dataset=dataset)
    again = [p for p in draft.people if p.id == known.id]
    if again:
        assert again[0].existing
    record, issues = pipeline.to_record(draft, dataset)
    assert issues == [], issues


def test_german_article(tmp_path: Path) -> None:
    draft = pipeline.ingest_path(CLI / "agreement.de.txt")
    assert draft.document.language == "de"
    assert {"BRA", "DEU"} <= {s.iso3 for s in draft.states}
    assert any(b.removed for b in draft.document.blocks)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("empty.txt", "empty"),
        ("picture.txt", "not text"),
        ("french.txt", "French"),
    ],
)
def test_bad_input_is_refused_with_a_reason(name: str, message: str) -> None:
    with pytest.raises(IngestError, match=message):
        pipeline.ingest_path(CLI / name)


def test_a_path_as_a_name_is_refused() -> None:
    with pytest.raises(IngestError):
        pipeline.ingest(
            b"Peru and Chile signed a trade agreement in Lima today.", "../../etc/x.txt"
        )


def test_an_unusable_article_id_is_refused() -> None:
    with pytest.raises(IngestError, match="not usable"):
        pipeline.ingest_path(CLI / "port-deal.en.txt", article_id="../evil")


def test_no_state_gives_a_draft_that_cannot_be_saved() -> None:
    draft = pipeline.ingest_path(CLI / "no-state.en.txt")
    assert not draft.savable
    assert any("No state" in note for note in draft.notes)


def test_a_titled_person_takes_the_one_state_their_sentence_names_before_them() -> None:
    text = (
        "Kolumbien und Spanien haben in Madrid ein Abkommen über Drogenbekämpfung "
        "unterzeichnet.\n\n"
        "Zur kolumbianischen Delegation gehörten der Kommandeur der Marine, Admiral Luis Ortega, "
        "und die Botschafterin in Spanien, Marta Gil. Danach traf Verteidigungsministerin Ana "
        "Ruiz den spanischen König."
    )
    draft = pipeline.ingest(text, "test.txt")
    people = {p.name: p for p in draft.people}
    assert people["Luis Ortega"].country == "COL"
    assert people["Marta Gil"].country == "COL", "posted to Spain, serving Colombia"
    assert people["Marta Gil"].confidence <= 0.6, "a guess from context is marked for review"
    assert people["Ana Ruiz"].country != "ESP", "a state named after the person is whom she met"


def test_a_surname_named_again_is_the_person_not_a_town() -> None:
    text = (
        "Secretary of State Marco Rubio flew to Mexico City and met President Claudia Sheinbaum. "
        "Rubio said the United States and Mexico would press Venezuela on border security. "
        "Officials in La Paz, where President Rodrigo Paz spoke, watched closely."
    )
    draft = pipeline.ingest(text, "test.txt")
    names = {site.name for site in draft.sites}
    assert "Rubio" not in names  # a town in Venezuela, and a surname here
    assert "La Paz" in names  # a longer name around the surname "Paz" is the city


def test_an_analyst_quoted_beside_a_state_serves_no_state() -> None:
    text = (
        "Mexico agreed on Tuesday to deliver more water to the United States under the 1944 "
        "treaty. For Mexico the deal buys time, analyst Ana Lucía Medrano said. For Mexico the "
        "deal is a duty, Foreign Minister Ernesto Villaseñor said."
    )
    people = {p.name: p for p in pipeline.ingest(text, "test.txt").people}
    assert people["Ana Lucía Medrano"].country is None
    assert people["Ernesto Villaseñor"].country == "MEX"


def test_a_leader_named_without_a_title_is_no_town() -> None:
    # "Lula" is also an alias of the Swedish town Luleå
    text = "Sweden and Brazil talk\n\nLula met the Swedish prime minister in Stockholm on Monday."
    draft = pipeline.ingest(text, "test.txt")
    assert [s.name for s in draft.sites] == ["Stockholm"]


def test_a_wire_dateline_names_where_the_report_was_filed_not_a_party() -> None:
    draft = pipeline.ingest(
        "Berlin (dpa) - Im Streit um Fischfangquoten zwischen Norwegen und Island ist keine"
        " Einigung in Sicht.\n\nBeide Regierungen wollen im Mai weiter verhandeln.\n"
    )
    pairs = {(r.source, r.target, r.stance) for r in draft.relations}
    assert pairs == {("NOR", "ISL", "rivalry")}
