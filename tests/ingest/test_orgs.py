"""Organisations: known bodies in three languages, defined acronyms and government bodies."""

from __future__ import annotations

import pytest

from dashboard.ingest.document import Block, Document, Span
from dashboard.ingest.mentions import StateMention
from dashboard.ingest.orgs import find_orgs, slugify


def doc(language: str, *paragraphs: str) -> Document:
    return Document(
        language=language, blocks=tuple(Block(i, p) for i, p in enumerate(paragraphs, 1))
    )


def state(text: str, word: str, iso3: str, paragraph: int = 1, nth: int = 0) -> StateMention:
    """A state mention by hand, standing in for the state finder."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(word, at + 1)
    return StateMention(iso3, Span(paragraph, at, at + len(word), word), "adjective", 0.9)


def orgs_of(language: str, text: str, states: list[tuple[str, str]] = ()) -> list:
    seen: dict[str, int] = {}
    mentions = []
    for word, iso3 in states:
        mentions.append(state(text, word, iso3, nth=seen.get(word, 0)))
        seen[word] = seen.get(word, 0) + 1
    return find_orgs(doc(language, text), mentions)


@pytest.mark.parametrize(
    ("language", "text", "key", "acronym", "country"),
    [
        (
            "en",
            "The Defense Security Cooperation Agency (DSCA) approved the sale.",
            "defense-security-cooperation-agency",
            "DSCA",
            "USA",
        ),
        (
            "en",
            "The DSCA (Defense Security Cooperation Agency) approved the sale.",
            "defense-security-cooperation-agency",
            "DSCA",
            "USA",
        ),
        (
            "es",
            "La Organización de Estados Americanos (OEA) celebró su asamblea.",
            "organization-of-american-states",
            "OAS",
            None,
        ),
        ("de", "Die Vereinten Nationen riefen zur Ruhe auf.", "united-nations", "UN", None),
        ("es", "La ONU pidió calma.", "united-nations", "UN", None),
        ("de", "Die Nato und Russland.", "north-atlantic-treaty-organization", "NATO", None),
        ("es", "Los ministros de la OTAN.", "north-atlantic-treaty-organization", "NATO", None),
        ("de", "Der IWF senkte die Prognose.", "international-monetary-fund", "IMF", None),
        ("es", "El FMI pidió reformas.", "international-monetary-fund", "IMF", None),
        ("de", "Ein Sprecher des Pentagon sagte.", "department-of-defense", "DoD", "USA"),
        ("es", "Una fuente del Pentágono.", "department-of-defense", "DoD", "USA"),
        ("en", "The Southern Command said.", "united-states-southern-command", "SOUTHCOM", "USA"),
        ("es", "El Comando Sur llegó.", "united-states-southern-command", "SOUTHCOM", "USA"),
        ("de", "Die Volksbefreiungsarmee übte.", "peoples-liberation-army", "PLA", "CHN"),
        ("en", "The State Department said.", "state-department", None, "USA"),
    ],
)
def test_known_bodies_in_each_language_get_one_english_key(
    language: str, text: str, key: str, acronym: str | None, country: str | None
) -> None:
    [org] = orgs_of(language, text)
    assert (org.key, org.acronym, org.country) == (key, acronym, country)
    assert org.confidence == pytest.approx(0.9)


def test_an_acronym_defined_by_the_article_is_an_organisation() -> None:
    text = "Die Peruanische Agentur für Weltraumforschung (PAW) startet. Die PAW baut."
    [org] = orgs_of("de", text)
    assert org.name == "Peruanische Agentur für Weltraumforschung"
    assert org.acronym == "PAW"
    assert org.span.text == "Peruanische Agentur für Weltraumforschung (PAW)"
    assert org.confidence == pytest.approx(0.9)


def test_a_translated_name_keeps_its_acronym_letters_in_another_order() -> None:
    text = "La Agencia de Cooperación Internacional del Japón (JICA) financia el puerto."
    [org] = orgs_of("es", text, [("Japón", "JPN")])
    assert org.acronym == "JICA"
    assert org.country == "JPN"


def test_sentence_initial_article_is_not_part_of_the_long_name() -> None:
    text = "La Comisión Nacional de Investigación y Desarrollo Aeroespacial (CONIDA) informó."
    [org] = orgs_of("es", text)
    assert org.name == "Comisión Nacional de Investigación y Desarrollo Aeroespacial"


@pytest.mark.parametrize(
    "text",
    [
        "The XYZ said it would respond.",  # bare acronym nobody defined
        "El ABC (un diario) informó.",  # brackets that do not spell the acronym
        "Un grupo de expertos y un diplomático.",  # the Spanish article is not the UN
        "The ministry said the army would help.",  # a body without a state
    ],
)
def test_unknown_or_undefined_things_are_not_organisations(text: str) -> None:
    assert orgs_of("es" if "Un " in text or "El " in text else "en", text) == []


@pytest.mark.parametrize(
    ("language", "text", "states", "name", "country"),
    [
        (
            "de",
            "Das peruanische Außenministerium protestierte.",
            [("peruanische", "PER")],
            "Ministry of Foreign Affairs of Peru",
            "PER",
        ),
        (
            "de",
            "Ein Sprecher von Perus Außenministerium.",
            [("Peru", "PER")],
            "Ministry of Foreign Affairs of Peru",
            "PER",
        ),
        (
            "de",
            "Die Erklärung des Außenministeriums Perus kam spät.",
            [("Perus", "PER")],
            "Ministry of Foreign Affairs of Peru",
            "PER",
        ),
        (
            "de",
            "Die peruanische Luftwaffe flog.",
            [("peruanische", "PER")],
            "Peruvian Air Force",
            "PER",
        ),
        (
            "es",
            "La cancillería peruana respondió.",
            [("peruana", "PER")],
            "Ministry of Foreign Affairs of Peru",
            "PER",
        ),
        (
            "es",
            "El Ministerio de Defensa de Perú firmó.",
            [("Perú", "PER")],
            "Ministry of Defence of Peru",
            "PER",
        ),
        ("es", "La Fuerza Aérea del Perú voló.", [("Perú", "PER")], "Peruvian Air Force", "PER"),
        (
            "en",
            "Peru's foreign ministry said.",
            [("Peru", "PER")],
            "Ministry of Foreign Affairs of Peru",
            "PER",
        ),
        (
            "en",
            "The Chinese foreign ministry said.",
            [("Chinese", "CHN")],
            "Ministry of Foreign Affairs of China",
            "CHN",
        ),
        ("en", "The US Army trained them.", [("US", "USA")], "United States Army", "USA"),
        ("de", "Die US-Luftwaffe flog.", [("US", "USA")], "United States Air Force", "USA"),
    ],
)
def test_government_bodies_next_to_a_state_get_an_english_name(
    language: str, text: str, states: list[tuple[str, str]], name: str, country: str
) -> None:
    [org] = orgs_of(language, text, states)
    assert (org.name, org.country, org.key) == (name, country, slugify(name))
    assert org.confidence == pytest.approx(0.8)


def test_a_state_body_with_a_lexicon_entry_is_that_entry() -> None:
    """The US foreign ministry is the State Department, however an outlet phrases it."""
    [org] = orgs_of("en", "The US foreign ministry said.", [("US", "USA")])
    assert org.key == "state-department"


def test_an_adjective_of_a_state_without_a_known_adjective_falls_back_to_its_name() -> None:
    [org] = orgs_of("en", "The Tuvalu air force said.", [("Tuvalu", "TUV")])
    assert org.name == "Air Force of Tuvalu"


def test_one_mention_per_organisation_at_its_first_mention_in_reading_order() -> None:
    first = "Die Vereinten Nationen und die NATO."
    second = "Die UNO und das peruanische Außenministerium. Perus Außenministerium schwieg."
    mentions = find_orgs(
        doc("de", first, second),
        [state(second, "peruanische", "PER", 2), state(second, "Peru", "PER", 2)],
    )
    assert [m.key for m in mentions] == [
        "united-nations",
        "north-atlantic-treaty-organization",
        "ministry-of-foreign-affairs-of-peru",
    ]
    assert mentions[0].span == Span(1, 4, 22, "Vereinten Nationen")
    assert mentions[2].span.paragraph == 2


def test_a_defined_acronym_used_alone_later_is_the_same_organisation() -> None:
    text = "The Defense Security Cooperation Agency (DSCA) said. Later the DSCA confirmed."
    assert len(orgs_of("en", text)) == 1


def test_removed_blocks_are_not_searched() -> None:
    document = Document(
        language="en", blocks=(Block(1, "Donate to the UN today!", removed="appeal"),)
    )
    assert find_orgs(document) == []


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("People's Liberation Army", "peoples-liberation-army"),
        (
            "Ministerio de Relaciones Exteriores del Perú",
            "ministerio-de-relaciones-exteriores-del-peru",
        ),
        ("Auswärtiges Amt", "auswartiges-amt"),
        ("Straße & Co.", "strasse-co"),
    ],
)
def test_keys_are_ascii_slugs(name: str, key: str) -> None:
    assert slugify(name) == key
