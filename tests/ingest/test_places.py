"""Places named in article text: the ones a reader means, placed where they are."""

from __future__ import annotations

import time

import pytest

from dashboard.gazetteer import OfflineGazetteer, load_gazetteer
from dashboard.ingest.document import Block, Document, Span
from dashboard.ingest.mentions import PlaceMention
from dashboard.ingest.places import find_places, unique_places
from dashboard.reference import ReferenceDataError


@pytest.fixture(scope="module")
def gazetteer() -> OfflineGazetteer:
    try:
        return load_gazetteer()
    except ReferenceDataError as err:
        pytest.fail(f"reference data not built: {err}")


def doc(language: str, *paragraphs: str) -> Document:
    return Document(
        language=language, blocks=tuple(Block(i, t) for i, t in enumerate(paragraphs, 1))
    )


def places(gazetteer, language, text, context=(), exclude=()) -> list[PlaceMention]:
    return find_places(doc(language, text), gazetteer, context, exclude=exclude)


def only(gazetteer, language, text, context=()) -> PlaceMention:
    (mention,) = places(gazetteer, language, text, context)
    return mention


def near(mention: PlaceMention, lat: float, lon: float, tolerance: float = 0.05) -> bool:
    return abs(mention.lat - lat) <= tolerance and abs(mention.lon - lon) <= tolerance


# --- curated sites -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "written"),
    [
        ("de", "Der Hafen von Chancay wurde eröffnet.", "Hafen von Chancay"),
        ("es", "Se inauguró el puerto de Chancay ayer.", "puerto de Chancay"),
        ("en", "Ships already call at Chancay every week.", "Chancay"),
    ],
)
def test_the_port_of_chancay_in_three_languages(gazetteer, language, text, written):
    mention = only(gazetteer, language, text, ["PER"])
    assert mention.kind == "port"
    assert mention.iso3 == "PER"
    assert mention.span.text == written
    assert near(mention, -11.58, -77.27)
    assert mention.gazetteer_id == "site:chancay-port"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Das Pentagon bestätigte den Bericht."),
        ("en", "The Pentagon confirmed the report."),
        ("es", "El Pentágono confirmó el informe."),
    ],
)
def test_the_pentagon_is_a_headquarters_near_washington(gazetteer, language, text):
    mention = only(gazetteer, language, text)
    assert (mention.kind, mention.iso3) == ("headquarters", "USA")
    assert near(mention, 38.87, -77.06)


# --- capitals and cities -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "written"),
    [
        ("de", "Die Gespräche in Lima dauerten lange.", "Lima"),
        ("en", "Talks in Lima lasted all day.", "Lima"),
        ("es", "Las conversaciones en Lima duraron horas.", "Lima"),
    ],
)
def test_lima_is_perus_capital(gazetteer, language, text, written):
    mention = only(gazetteer, language, text, ["PER"])
    assert (mention.kind, mention.iso3, mention.span.text) == ("capital", "PER", written)
    assert near(mention, -12.05, -77.04)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Der Minister reiste nach Peking."),
        ("es", "El ministro viajó a Pekín."),
        ("en", "The minister flew to Beijing."),
    ],
)
def test_beijing_in_each_language(gazetteer, language, text):
    mention = only(gazetteer, language, text, ["PER"])
    assert (mention.kind, mention.iso3) == ("capital", "CHN")


def test_washington_with_the_usa_in_context(gazetteer):
    mention = only(gazetteer, "en", "The delegation arrived in Washington on Monday.", ["USA"])
    assert (mention.kind, mention.iso3) == ("capital", "USA")
    assert near(mention, 38.90, -77.04)
    assert mention.confidence >= 0.75


def test_a_longer_name_wins(gazetteer):
    mention = only(gazetteer, "en", "They met in Washington, D.C. last week.", ["USA"])
    assert mention.span.text == "Washington, D.C."


@pytest.mark.parametrize(
    ("context", "iso3", "lat", "lon"),
    [(["VEN"], "VEN", 10.16, -68.0), (["ESP"], "ESP", 39.47, -0.38)],
)
def test_valencia_follows_the_countries_of_the_story(gazetteer, context, iso3, lat, lon):
    mention = only(gazetteer, "en", "Officials gathered in Valencia.", context)
    assert mention.iso3 == iso3
    assert near(mention, lat, lon)


def test_arlington_with_the_usa_is_arlington_virginia(gazetteer):
    mention = only(gazetteer, "en", "The memorial in Arlington was visited.", ["USA"])
    assert mention.iso3 == "USA"
    assert near(mention, 38.88, -77.10)


def test_santiago_with_chile_is_the_chilean_capital(gazetteer):
    mention = only(gazetteer, "es", "La cumbre se celebró en Santiago.", ["CHL"])
    assert (mention.kind, mention.iso3) == ("capital", "CHL")
    assert near(mention, -33.46, -70.65)


def test_a_namesake_without_a_hint_gets_lower_confidence(gazetteer):
    sure = only(gazetteer, "en", "Officials gathered in Valencia.", ["VEN"])
    unsure = only(gazetteer, "en", "Officials gathered in Valencia.", [])
    assert unsure.confidence < sure.confidence


def test_a_small_town_only_counts_in_a_country_of_the_story(gazetteer):
    text = "The convoy passed Pacasmayo."  # a Peruvian port town of about 30,000 people
    assert places(gazetteer, "en", text, []) == []
    assert only(gazetteer, "en", text, ["PER"]).iso3 == "PER"


# --- what is not a place -------------------------------------------------------------------


def test_a_persons_name_is_skipped(gazetteer):
    text = "Paris Hilton flew to Paris."
    exclude = [Span(1, 0, 12, "Paris Hilton")]
    (mention,) = places(gazetteer, "en", text, ["FRA"], exclude=exclude)
    assert mention.span.start == text.rindex("Paris")
    assert mention.iso3 == "FRA"


def test_a_capitalised_word_beside_a_town_makes_it_a_surname(gazetteer):
    text = "Senator Elizabeth Warren spoke to Florence Pugh."
    assert places(gazetteer, "en", text, ["USA", "ITA"]) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Nice weather in Mobile. The Split decision. Police said nothing."),
        ("en", "Of course. Will he go? Bar none. Reading is fun."),
        ("en", "Hamilton and Florence Nightingale were cited."),
        ("de", "Essen wird serviert. Die Lage ist ernst. Wer kommt? Das Wetter ist gut."),
        ("de", "Der Name des Hafens und der Rest des Geldes."),
        # after a contracted article or a possessive a German noun is a noun ("Bau" is a town in
        # Malaysia, "Namen" the Dutch name of Namur)
        ("de", "Firmen sollen am Bau beteiligt sein. Der Fluss gab dem Land seinen Namen."),
        ("es", "Pidió la paz social, la Libertad y la Esperanza."),
        ("es", "Nada cambió en el mar Amarillo ni en el Pacífico, dijo Rio Tinto."),
        ("en", "Officials at the University said so."),
    ],
)
def test_common_words_named_like_towns_are_not_places(gazetteer, language, text):
    states = ["USA", "DEU", "ESP", "TUR", "CHN", "PRT"]
    assert places(gazetteer, language, text, states) == []


def test_countries_are_left_to_the_states_finder(gazetteer):
    assert places(gazetteer, "en", "Peru, China and Georgia signed.", ["PER"]) == []


def test_lower_case_words_are_not_places(gazetteer):
    assert places(gazetteer, "en", "the lima beans were served", ["PER", "USA"]) == []


# --- one mention per occurrence, and unique places -----------------------------------------


def test_every_occurrence_is_reported_and_unique_places_keeps_the_first(gazetteer):
    text = "Talks in Lima began. Lima hosted the ministers. The port of Chancay."
    mentions = places(gazetteer, "en", text, ["PER"])
    assert [m.span.text for m in mentions] == ["Lima", "Lima", "port of Chancay"]
    unique = unique_places(mentions)
    assert [m.gazetteer_id for m in unique] == [mentions[0].gazetteer_id, "site:chancay-port"]
    assert unique[0].span == mentions[0].span
    assert unique[0].confidence == max(m.confidence for m in mentions[:2])


def test_spans_point_exactly_into_the_paragraph(gazetteer):
    text = "Nach Gesprächen in Lima reiste sie über Peking nach Washington."
    document = doc("de", "Einleitung.", text)
    for mention in find_places(document, gazetteer, ["PER", "CHN", "USA"]):
        assert mention.span.paragraph == 2
        assert text[mention.span.start : mention.span.end] == mention.span.text


def test_kinds_are_the_models_site_kinds(gazetteer):
    text = "From Lima to Valencia and to the Pentagon and the port of Chancay."
    kinds = {m.kind for m in places(gazetteer, "en", text, ["PER", "ESP", "USA"])}
    assert kinds <= {
        "port",
        "capital",
        "ministry",
        "headquarters",
        "base",
        "city",
        "building",
        "region",
    }
    assert {"capital", "city", "headquarters", "port"} <= kinds


def test_a_long_article_is_scanned_quickly(gazetteer):
    sentence = (
        "Die Minister trafen sich in Lima, danach ging es über Peking nach Washington, "
        "wo das Pentagon und der Hafen von Chancay Thema waren. "
    )
    article = doc("de", *([sentence * 5] * 9))  # about 1,000 words
    find_places(article, gazetteer, ["PER"])  # the index is built once, before timing
    started = time.perf_counter()
    mentions = find_places(article, gazetteer, ["PER", "CHN", "USA"])
    assert time.perf_counter() - started < 0.2
    assert len(mentions) == 225


def test_possessives_and_german_genitives_name_the_place(gazetteer):
    (mention,) = places(gazetteer, "en", "It was New Delhi's answer.", ["IND"])
    assert (mention.span.text, mention.iso3) == ("New Delhi", "IND")
    (mention,) = places(gazetteer, "de", "Ein Brückenkopf Pekings in Südamerika.", ["CHN"])
    assert (mention.span.text, mention.iso3) == ("Pekings", "CHN")


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_a_name_with_an_apostrophe_s_inside_is_one_place(gazetteer, apostrophe):
    text = f"Camps near Cox{apostrophe}s Bazar hold most of the refugees from Myanmar."
    (mention,) = places(gazetteer, "en", text, ["BGD"])
    assert (mention.span.text, mention.iso3) == (f"Cox{apostrophe}s Bazar", "BGD")
    assert near(mention, 21.44, 92.01)


def test_the_region_after_a_town_and_a_comma_is_not_a_foreign_town(gazetteer):
    mentions = places(gazetteer, "en", "They met in Arlington, Virginia, on Friday.", ["USA"])
    assert [(m.span.text, m.iso3) for m in mentions] == [("Arlington", "USA")]


def test_a_list_of_cities_is_kept(gazetteer):
    mentions = places(gazetteer, "en", "Flights link Lima, Callao and Arequipa.", ["PER"])
    assert [m.span.text for m in mentions] == ["Lima", "Callao", "Arequipa"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Die Zölle steigen bis Ende 2026."),
        ("es", "Visitó a Carmen en la Latina."),
        ("en", "Black Hawk helicopters arrived."),
    ],
)
def test_aliases_that_are_words_or_names_are_not_places(gazetteer, language, text):
    assert places(gazetteer, language, text, ["DEU", "ESP", "USA"]) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "La represa está sobre el río Paraná, entre los dos países."),
        ("en", "Its attempts to secure an outlet on the Gulf of Aden drew protests."),
        ("en", "For growers in Cameron and Hidalgo counties, the details matter."),
        ("en", "Mexico agrees to speed up Rio Grande water deliveries."),
        ("es", "El patrullero zarpó rumbo a la isla San Cristóbal."),
        ("es", "En el departamento de La Paz faltan médicos."),
        ("de", "Beide Staaten ringen am Horn von Afrika um Einfluss."),
    ],
)
def test_a_river_a_sea_or_a_county_is_not_the_town_of_that_name(gazetteer, language, text):
    assert places(gazetteer, language, text) == []


def test_a_small_capital_is_a_place_though_its_territory_is_no_state(gazetteer):
    # Nuuk has fewer people than a town needs to count, and Greenland is named as no state
    mention = only(gazetteer, "en", "Denmark will build a satellite station in Nuuk.", ["DNK"])
    assert mention.name == "Nuuk"
    assert near(mention, 64.18, -51.72)


def test_hong_kong_is_a_city(gazetteer):
    mention = only(gazetteer, "de", "Die Terminals betreibt ein Konzern aus Hongkong.", ["PAN"])
    assert near(mention, 22.28, 114.16)


def test_an_exonym_with_a_letter_in_front_is_the_city(gazetteer):
    porto = only(gazetteer, "es", "En una panadería de Oporto se habla de la cumbre.", ("PRT",))
    assert porto.iso3 == "PRT" and near(porto, 41.149, -8.611)


def test_the_island_of_new_guinea_is_no_town(gazetteer):
    assert places(gazetteer, "es", "Comparte con Indonesia la isla de Nueva Guinea.") == []


def test_a_respelt_name_is_the_place(gazetteer):
    town = only(gazetteer, "es", "El puerto de Nuadibú exporta hierro.", ("MRT",))
    assert town.iso3 == "MRT" and near(town, 20.942, -17.038, 0.1)


def test_a_big_city_s_exonym_with_another_first_vowel_is_the_city(gazetteer):
    city = only(gazetteer, "es", "El acuerdo se negoció en Estambul hace dos años.", ("UKR",))
    assert city.iso3 == "TUR" and near(city, 41.014, 28.95)


def test_a_short_german_noun_is_no_respelt_town(gazetteer):
    assert places(gazetteer, "de", "Die Zölle steigen, sagte der Minister.") == []


def test_a_big_city_named_without_its_river_is_the_city(gazetteer):
    city = only(
        gazetteer, "de", "Die Analystin arbeitet bei einer Bank in Frankfurt.", ("DEU", "USA")
    )
    assert city.iso3 == "DEU" and near(city, 50.116, 8.684)


def test_a_qualifier_in_brackets_belongs_to_the_name(gazetteer):
    town = only(
        gazetteer,
        "de",
        "Die Minister trafen sich in Frankfurt (Oder) am Grenzfluss.",
        ("DEU", "POL"),
    )
    assert near(town, 52.347, 14.551)


def test_an_abbreviated_saint_belongs_to_the_name(gazetteer):
    city = only(gazetteer, "en", "The forum opens in St. Petersburg next week.", ("RUS", "USA"))
    assert city.iso3 == "RUS" and near(city, 59.939, 30.314)
