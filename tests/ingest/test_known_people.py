"""Known people: a leader named without a country still gets the state they serve."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from dashboard.ingest.known_people import (
    KnownPeopleError,
    country_of,
    find,
    load_known_people,
    organisation_of,
)


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("Abdel Fattah al-Sisi", "EGY"),
        ("al-Sisi", "EGY"),
        ("Al Sisi", "EGY"),
        ("Lula", "BRA"),
        ("Lula da Silva", "BRA"),
        ("Luiz Inácio Lula da Silva", "BRA"),
        ("LUIZ INACIO LULA DA SILVA", "BRA"),
        ("Gilberto Teodoro", "PHL"),
        ("Gilberto C. Teodoro Jr.", "PHL"),  # a middle initial the lexicon does not list
        ("Recep Erdogan", "TUR"),  # the full name minus its middle part
        ("Wolodymyr Selenskyj", "UKR"),
        ("Volodímir Zelenski", "UKR"),
        ("Sheikh Mohamed bin Zayed", "ARE"),  # an honorific before the name
        ("Putins", "RUS"),  # German genitive
        ("Radoslaw Sikorski", "POL"),  # written without the Polish ł
    ],
)
def test_country_of_known_names(name: str, iso3: str) -> None:
    assert country_of(name) == iso3


@pytest.mark.parametrize(
    "name",
    [
        "Maria Gonzalez",  # unknown
        "da Silva",  # a particle and a common surname
        "Pedro Petro",  # the first name contradicts Gustavo Petro
        "Lee",
        "Kim",
        "Wang",
        "Sánchez",
        "Castro",
        "Johnson",
        "",
    ],
)
def test_country_of_gives_no_state_rather_than_a_guess(name: str) -> None:
    assert country_of(name) is None


def test_international_officials_give_no_state() -> None:
    assert country_of("Ursula von der Leyen") is None
    assert organisation_of("von der Leyen") == "European Commission"
    assert organisation_of("Emmanuel Macron") is None


def spans(text: str) -> list[tuple[str, str, str]]:
    return [(text[start:end], name, iso3) for start, end, name, iso3 in find(text)]


def test_find_in_a_german_sentence() -> None:
    text = "Präsident Lula telefonierte mit Selenskyj; Putins Sprecher schwieg."
    assert spans(text) == [
        ("Lula", "Luiz Inácio Lula da Silva", "BRA"),
        ("Selenskyj", "Volodymyr Zelensky", "UKR"),
        ("Putins", "Vladimir Putin", "RUS"),
    ]


def test_find_in_a_spanish_sentence() -> None:
    text = "El presidente Petro recibió a Luiz Inácio Lula da Silva y a Claudia Sheinbaum."
    assert spans(text) == [
        ("Petro", "Gustavo Petro", "COL"),
        ("Luiz Inácio Lula da Silva", "Luiz Inácio Lula da Silva", "BRA"),
        ("Claudia Sheinbaum", "Claudia Sheinbaum", "MEX"),
    ]


def test_find_in_an_english_sentence() -> None:
    text = "Prime Minister Meloni met Abdel Fattah el-Sisi and Mr Trump's envoy in Cairo."
    assert spans(text) == [
        ("Meloni", "Giorgia Meloni", "ITA"),
        ("Abdel Fattah el-Sisi", "Abdel Fattah al-Sisi", "EGY"),
        ("Trump", "Donald Trump", "USA"),
    ]


def test_find_ignores_accents_case_and_hyphen_spelling() -> None:
    found = spans("ERDOGAN and Erdoğan met Ben Gvir and Ben-Gvir.")
    assert [iso3 for _, _, iso3 in found] == ["TUR", "TUR", "ISR", "ISR"]


@pytest.mark.parametrize(
    "text",
    [
        "Die Rede war kurz, der Stil war rubio.",  # common words equal to no alias
        "El arce rojo da sombra; un mango maduro.",  # lower-case words that are aliases
        "Sam Stubbs and Petros Markaris spoke.",  # an alias plus "s" that is another name
        "Der Jahrestag von Sissi und Maas.",  # left out as aliases on purpose
    ],
)
def test_find_does_not_match_common_words(text: str) -> None:
    assert find(text) == []


def test_find_keeps_a_particle_out_of_the_span_unless_hyphenated() -> None:
    assert spans("He spoke as Sisi arrived.") == [("Sisi", "Abdel Fattah al-Sisi", "EGY")]


def test_the_shipped_lexicon_is_broad() -> None:
    lexicon = load_known_people()
    states = {person.iso3 for person in lexicon.people if person.iso3}
    assert sum(1 for person in lexicon.people if person.iso3) >= 300
    assert len(states) >= 100


def test_find_is_fast_on_a_long_article() -> None:
    load_known_people()
    text = " ".join(["Die Regierung in Brasília sagte, Lula werde Modi treffen."] * 110)
    started = time.perf_counter()
    found = find(text)
    assert time.perf_counter() - started < 0.1
    assert len(found) == 220


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "known_people.yaml"
    path.write_text(body, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("entries", "field", "words"),
    [
        ('- {name: "Ana Example"}', "iso3", "not an ISO"),
        ('- {name: "Ana Example", iso3: ZZZ}', "iso3", "not in the reference"),
        ('- {name: "Ana Example", iso3: PER, aliases: ["Li"]}', "aliases", "fewer than 4"),
        ('- {name: "Ana Example", iso3: PER, alias: ["Example"]}', "alias", "unknown field"),
        (
            '- {name: "Ana Example", iso3: PER, aliases: ["Example"]}\n'
            '  - {name: "Bo Example", iso3: CHL, aliases: ["Example"]}',
            "aliases",
            "also a form of Ana Example",
        ),
    ],
)
def test_a_broken_entry_names_file_entry_and_field(
    tmp_path: Path, entries: str, field: str, words: str
) -> None:
    path = write(tmp_path, f"people:\n  {entries}\n")
    with pytest.raises(ValueError) as caught:
        load_known_people(path)
    message = str(caught.value)
    assert isinstance(caught.value, KnownPeopleError)
    assert str(path) in message
    assert "Example" in message
    assert f"field {field!r}" in message
    assert words in message
