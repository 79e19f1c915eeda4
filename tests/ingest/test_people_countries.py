"""The state a person serves, taken from what surrounds their name."""

from __future__ import annotations

from dashboard.ingest import people_countries
from dashboard.ingest.document import Block, Document, Span
from dashboard.ingest.mentions import PersonMention, StateMention


def _doc(text: str) -> Document:
    return Document("de", (Block(1, text),))


def _person(text: str, name: str, role_id: str, country: str | None = None) -> PersonMention:
    start = text.index(name)
    span = Span(1, start, start + len(name), name)
    return PersonMention(span, name, role_id.replace("_", " ").title(), role_id, country, None, 0.9)


def _state(text: str, written: str, iso3: str) -> StateMention:
    start = text.index(written)
    return StateMention(iso3, Span(1, start, start + len(written), written), "name", 0.9)


def test_the_one_state_named_before_a_titled_person_is_theirs_with_lower_confidence() -> None:
    text = "In Ankara wies man die Vorwürfe zurück. Verteidigungsminister Yaşar Güler erklärte das."
    person = _person(text, "Yaşar Güler", "defence_minister")
    [found] = people_countries.with_sentence_state(
        _doc(text), [person], [_state(text, "Ankara", "TUR")]
    )
    assert found.country == "TUR"
    assert found.confidence <= people_countries.PARAGRAPH_COUNTRY


def test_an_ambassador_is_not_from_the_state_they_are_posted_to() -> None:
    text = "Der Botschafter in den USA, Alfredo Ferrero, widersprach."
    person = _person(text, "Alfredo Ferrero", "ambassador")
    [found] = people_countries.with_sentence_state(
        _doc(text), [person], [_state(text, "USA", "USA")]
    )
    assert found.country is None


def test_an_analyst_takes_no_state_from_the_sentence() -> None:
    text = "Für Mexiko sei das ein Gewinn, sagte die Analystin Ana Medrano."
    person = _person(text, "Ana Medrano", "analyst")
    [found] = people_countries.with_sentence_state(
        _doc(text), [person], [_state(text, "Mexiko", "MEX")]
    )
    assert found.country is None


def test_a_known_office_holder_gets_their_state_but_a_title_s_own_state_wins() -> None:
    text = "Präsident Abdel Fattah al-Sisi traf Präsident Emmanuel Macron."
    sisi = _person(text, "Abdel Fattah al-Sisi", "head_of_state")
    macron = _person(text, "Emmanuel Macron", "head_of_state", country="BEL")
    found = people_countries.with_known([sisi, macron])
    assert [p.country for p in found] == ["EGY", "BEL"]


def test_a_pair_reading_fills_in_what_the_single_title_reading_lacks() -> None:
    text = "Die Außenminister Chiles und Boliviens, Alberto van Klaveren und Celinda Sosa."
    single = _person(text, "Celinda Sosa", "foreign_minister")
    paired = _person(text, "Celinda Sosa", "foreign_minister", country="BOL")
    [found] = people_countries.with_pairs([single], [paired])
    assert (found.name, found.country) == ("Celinda Sosa", "BOL")


def _two_paragraphs(first: str, second: str) -> Document:
    return Document("es", (Block(1, first), Block(2, second)))


def test_a_title_alone_takes_the_state_the_article_names_most_but_not_whom_they_met() -> None:
    first = "Guatemala y Honduras firmaron un acuerdo. Honduras exporta café."
    second = "El canciller Óscar Lagos recibió ayer a la delegación de Guatemala."
    doc = _two_paragraphs(first, second)
    start = second.index("Óscar Lagos")
    span = Span(2, start, start + len("Óscar Lagos"), "Óscar Lagos")
    canciller = PersonMention(span, "Óscar Lagos", "Canciller", "foreign_minister", None, None, 0.9)
    later = second.index("Guatemala")
    states = [
        _state(first, "Guatemala", "GTM"),
        _state(first, "Honduras", "HND"),
        StateMention("HND", Span(1, 42, 50, "Honduras"), "name", 0.9),
        StateMention("GTM", Span(2, later, later + 9, "Guatemala"), "name", 0.9),
    ]
    [found] = people_countries.with_article_state(doc, [canciller], states)
    assert found.country == "HND"
    assert found.confidence <= people_countries.ARTICLE_COUNTRY


def test_a_title_alone_takes_the_state_a_wire_was_filed_in_if_the_article_names_it() -> None:
    first = (
        "Port Vila, 8 abr (EFE).- Vanuatu y China firmaron un acuerdo. China paga y China manda."
    )
    second = "El primer ministro, Jotham Napat, firmó en la capital."
    doc = _two_paragraphs(first, second)
    start = second.index("Jotham Napat")
    span = Span(2, start, start + len("Jotham Napat"), "Jotham Napat")
    premier = PersonMention(span, "Jotham Napat", "Prime Minister", "head_of_government", None,
                            None, 0.9)  # fmt: skip
    states = [
        StateMention("VUT", Span(1, 0, 9, "Port Vila"), "capital", 0.5),
        _state(first, "Vanuatu", "VUT"),
        *(StateMention("CHN", Span(1, at, at + 5, "China"), "name", 0.9)
          for at in (first.index("China"), first.index("China paga"), first.index("China manda"))),
    ]  # fmt: skip
    [most] = people_countries.with_article_state(doc, [premier], states)
    [filed] = people_countries.with_article_state(doc, [premier], states, filed_in="VUT")
    assert (most.country, filed.country) == ("CHN", "VUT")
    assert filed.confidence <= people_countries.ARTICLE_COUNTRY


def test_the_article_s_state_is_not_given_to_analysts_or_envoys() -> None:
    text = "Peru und Chile verhandeln. Der Analyst Juan Soto und Botschafter Luis Paz sprachen."
    analyst = _person(text, "Juan Soto", "analyst")
    envoy = _person(text, "Luis Paz", "ambassador")
    found = people_countries.with_article_state(
        _doc(text), [analyst, envoy], [_state(text, "Peru", "PER")]
    )
    assert [p.country for p in found] == [None, None]
