"""Sentence splitting: where a full stop ends a sentence and where it does not."""

from __future__ import annotations

import pytest

from dashboard.ingest.document import split_sentences


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(1, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year ends a sentence: the next one must not inherit the first one's states
        (
            "Das Abkommen gilt seit 2022. Brasilien lehnte es ab.",
            ["Das Abkommen gilt seit 2022.", "Brasilien lehnte es ab."],
        ),
        # a model name after a hyphen ends one too
        (
            "2019 kaufte die Türkei das System S-400. Washington kritisierte den Kauf.",
            ["2019 kaufte die Türkei das System S-400.", "Washington kritisierte den Kauf."],
        ),
        # a German ordinal does not
        ("Am 3. Mai reiste sie nach Lima.", ["Am 3. Mai reiste sie nach Lima."]),
        # nor a title or initials
        (
            "Gen. Smith met U.S. officials. They agreed.",
            ["Gen. Smith met U.S. officials.", "They agreed."],
        ),
    ],
)
def test_sentence_ends(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


def test_offsets_cut_the_sentence_out_of_its_paragraph() -> None:
    text = "Es begann 2024.  Dann kam der Streit."
    for sentence in split_sentences(4, text):
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.paragraph == 4
