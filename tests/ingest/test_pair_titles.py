"""Two office holders named after one plural title get the role and, in order, their states."""

from __future__ import annotations

import pytest

from dashboard.ingest import pipeline, states
from dashboard.ingest.pair_titles import find_pair_titles


def _pairs(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = pipeline.read_document(text, "test.txt")
    found = states.find_states(doc, pipeline.load_resources().countries)
    return [(p.name, p.role, p.country) for p in find_pair_titles(doc, found)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Los ministros del Interior de España y Marruecos, Lucía Ferrer y Karim Alaoui,"
            " firmaron el acuerdo en Rabat el lunes.",
            [
                ("Lucía Ferrer", "Interior Minister", "ESP"),
                ("Karim Alaoui", "Interior Minister", "MAR"),
            ],
        ),
        (
            "Los cancilleres de Chile y Bolivia, Tomás Rojas y Rosa Mamani Quispe firmaron un"
            " memorando sobre el gas.",
            [
                ("Tomás Rojas", "Foreign Minister", "CHL"),
                ("Rosa Mamani Quispe", "Foreign Minister", "BOL"),
            ],
        ),
        (
            "The foreign ministers of India and Bangladesh, Ravi Menon and Farida Rahman, met in"
            " Dhaka on Monday to discuss the river.",
            [
                ("Ravi Menon", "Foreign Minister", "IND"),
                ("Farida Rahman", "Foreign Minister", "BGD"),
            ],
        ),
        (
            "Die Außenminister Chiles und Boliviens, Tomás Rojas und Rosa Mamani, trafen sich am"
            " Montag in Santiago.",
            [
                ("Tomás Rojas", "Foreign Minister", "CHL"),
                ("Rosa Mamani", "Foreign Minister", "BOL"),
            ],
        ),
    ],
)
def test_two_people_after_a_plural_title(text: str, expected: list) -> None:
    assert _pairs(text) == expected


def test_names_stop_at_the_first_lower_case_word() -> None:
    found = _pairs(
        "Los cancilleres de Perú y Ecuador, Ana Torres y Luis Vega firmaron ayer el tratado."
    )
    assert [name for name, _, _ in found] == ["Ana Torres", "Luis Vega"]


def test_no_pair_without_two_states() -> None:
    assert _pairs("Los cancilleres de la región, Ana Torres y Luis Vega, firmaron ayer.") == []


def test_the_draft_gives_each_person_their_own_state() -> None:
    draft = pipeline.ingest(
        "Los ministros de Defensa de Colombia y Perú, Ana Torres y Luis Vega, acordaron en Lima"
        " ejercicios conjuntos contra el narcotráfico en la frontera común.",
        "test.txt",
    )
    people = {p.name: (p.role, p.country) for p in draft.people}
    assert people["Ana Torres"] == ("Defence Minister", "COL")
    assert people["Luis Vega"] == ("Defence Minister", "PER")
