"""People: names with titles in German, Spanish and English, merged across the article."""

from __future__ import annotations

import time

import pytest

from dashboard.ingest.document import Block, Document, Span
from dashboard.ingest.mentions import PersonMention, StateMention
from dashboard.ingest.orgs import find_orgs
from dashboard.ingest.people import find_people


def doc(language: str, *paragraphs: str) -> Document:
    blocks = tuple(Block(i, p) for i, p in enumerate(paragraphs, 1))
    return Document(language=language, blocks=blocks)


def states_in(paragraphs: tuple[str, ...], words: list[tuple[str, ...]]) -> list[StateMention]:
    """State mentions by hand, standing in for the state finder: each word's next occurrence.

    A word is (text, iso3) or (text, iso3, form); the form defaults to "adjective" for
    lower-case words and English adjectives, else "name".
    """
    found: list[StateMention] = []
    cursor: dict[str, tuple[int, int]] = {}
    for word, iso3, *given in words:
        number, at = cursor.get(word, (1, -1))
        while True:
            at = paragraphs[number - 1].find(word, at + 1)
            if at >= 0:
                break
            number, at = number + 1, -1
        cursor[word] = (number, at)
        span = Span(number, at, at + len(word), word)
        guess = "adjective" if word[0].islower() or word.endswith(("ese", "an")) else "name"
        form = given[0] if given else guess
        found.append(StateMention(iso3, span, form, 0.9))
    return found


def people(language: str, *paragraphs: str, states: list[tuple[str, str]] = ()) -> list:
    document = doc(language, *paragraphs)
    mentions = states_in(paragraphs, list(states))
    return find_people(document, mentions, find_orgs(document, mentions))


def one(language: str, text: str, states: list[tuple[str, str]] = ()) -> PersonMention:
    [person] = people(language, text, states=states)
    return person


# (language, sentence, states, name, role, country)
# fmt: off
TITLES = [
    # German
    ("de", "US-Verteidigungsminister Pete Hegseth reiste ab.", [("US", "USA")],
     "Pete Hegseth", "Defence Minister", "USA"),
    ("de", "Er traf den peruanischen Außenminister Elmer Schialer.", [("peruanischen", "PER")],
     "Elmer Schialer", "Foreign Minister", "PER"),
    ("de", "Perus Verteidigungsminister Walter Astudillo widersprach.", [("Peru", "PER")],
     "Walter Astudillo", "Defence Minister", "PER"),
    ("de", "Außenminister Elmer Schialer widersprach.", [],
     "Elmer Schialer", "Foreign Minister", None),
    ("de", "Bundeskanzler Friedrich Merz reiste nach Lima.", [],
     "Friedrich Merz", "Chancellor", None),
    ("de", "Chinas Staatschef Xi Jinping lud ein.", [("China", "CHN")],
     "Xi Jinping", "President", "CHN"),
    ("de", "Regierungssprecher Steffen Hebestreit schwieg.", [],
     "Steffen Hebestreit", "Spokesperson", None),
    ("de", "Ministerpräsidentin Greta Wunderlich eröffnete.", [],
     "Greta Wunderlich", "Prime Minister", None),
    ("de", "Die chilenische Vize-Außenministerin Paula Ortúzar kam.", [("chilenische", "CHL")],
     "Paula Ortúzar", "Deputy Minister", "CHL"),
    ("de", "Perus Botschafter in den USA, Alfredo Ferrero, sprach.",
     [("Peru", "PER"), ("USA", "USA")], "Alfredo Ferrero", "Ambassador", "PER"),
    ("de", "Der Präsident der USA, Ronald Quast, kam.", [("USA", "USA")],
     "Ronald Quast", "President", "USA"),
    ("de", "Der Abgeordnete Jonas Rehbein fragte nach.", [],
     "Jonas Rehbein", "Legislator", None),
    # Spanish
    ("es", "El canciller peruano, Elmer Schialer, viajó.", [("peruano", "PER")],
     "Elmer Schialer", "Foreign Minister", "PER"),
    ("es", "Lo anunció el ministro de Defensa, Walter Astudillo.", [],
     "Walter Astudillo", "Defence Minister", None),
    ("es", "Llegó el secretario de Defensa estadounidense Pete Hegseth.",
     [("estadounidense", "USA")], "Pete Hegseth", "Defence Minister", "USA"),
    ("es", "La presidenta Dina Boluarte lo recibió.", [],
     "Dina Boluarte", "President", None),
    ("es", "Habló el embajador de Perú en Estados Unidos, Alfredo Ferrero.",
     [("Perú", "PER"), ("Estados Unidos", "USA")], "Alfredo Ferrero", "Ambassador", "PER"),
    ("es", "Lo dijo el mandatario chino Xi Jinping.", [("chino", "CHN")],
     "Xi Jinping", "President", "CHN"),
    ("es", "La ministra de Relaciones Exteriores, Lucía Arangüena, firmó.", [],
     "Lucía Arangüena", "Foreign Minister", None),
    ("es", "El canciller alemán, Friedrich Merz, llegó.", [("alemán", "DEU")],
     "Friedrich Merz", "Chancellor", "DEU"),
    ("es", "La congresista Rosa Quispe Mamani votó.", [],
     "Rosa Quispe Mamani", "Legislator", None),
    # English
    ("en", "Defense Secretary Pete Hegseth arrived.", [],
     "Pete Hegseth", "Defence Minister", None),
    ("en", "US Secretary of State Marco Rubio arrived.", [("US", "USA")],
     "Marco Rubio", "Foreign Minister", "USA"),
    ("en", "He met Peru's foreign minister, Elmer Schialer, in Lima.", [("Peru", "PER")],
     "Elmer Schialer", "Foreign Minister", "PER"),
    ("en", "Elmer Schialer, Peru's foreign minister, agreed.", [("Peru", "PER")],
     "Elmer Schialer", "Foreign Minister", "PER"),
    ("en", "Chinese President Xi Jinping spoke.", [("Chinese", "CHN")],
     "Xi Jinping", "President", "CHN"),
    ("en", "Ambassador Alfredo Ferrero spoke.", [],
     "Alfredo Ferrero", "Ambassador", None),
    ("en", "Secretary of War Dale Brannock toured the base.", [],
     "Dale Brannock", "Defence Minister", None),
    ("en", "British Foreign Secretary Imogen Bell flew in.", [("British", "GBR")],
     "Imogen Bell", "Foreign Minister", "GBR"),
    ("en", "Senator Tom Okafor objected.", [], "Tom Okafor", "Legislator", None),
    ("en", "Tamaulipas Gov. Américo Villarreal objected.", [], "Américo Villarreal", "Governor",
     None),
    ("es", "Para el economista Rodrigo Cáceres, Paraguay gana.", [], "Rodrigo Cáceres",
     "Analyst", None),
    ("de", "Die Ökonomin Selin Aydoğan warnte.", [], "Selin Aydoğan", "Analyst", None),
    ("de", "Der Chef der Behörde, Anna Berg, warnte.", [], "Anna Berg", "Director", None),
    # "al" is an Arabic article inside a name, but Spanish "to the" after one
    ("es", "El presidente egipcio, Abdelfatah al Sisi, habló.", [("egipcio", "EGY")],
     "Abdelfatah al Sisi", "President", "EGY"),
    ("es", "Llegó el presidente colombiano Gustavo Petro al Palacio de Nariño.",
     [("colombiano", "COL")], "Gustavo Petro", "President", "COL"),
    ("es", "Llegó el presidente colombiano Gustavo Petro al Congreso para hablar.",
     [("colombiano", "COL")], "Gustavo Petro", "President", "COL"),
    # an organisation's name after a title is no person, and a president's title before one
    # is its director's; a command makes its head a commander
    ("en", "John Smith, the head of the Brazilian Space Agency, said it.", [("Brazilian", "BRA")],
     "John Smith", "Director", "BRA"),
    ("en", "Shan Zhongde, the administrator of the China National Space Administration, spoke.",
     [("China", "CHN")], "Shan Zhongde", "Director", "CHN"),
    ("en", "Marco Chamon, president of the Brazilian Space Agency, said it.",
     [("Brazilian", "BRA")], "Marco Chamon", "Director", "BRA"),
    ("en", "Admiral Alvin Holsey, the head of US Southern Command, warned.", [("US", "USA")],
     "Alvin Holsey", "Military Commander", "USA"),
    ("es", "El presidente Javier Milei recibió al jefe del Comando Sur.", [], "Javier Milei",
     "President", None),
    # an expert "from" an institute keeps the name before the institute
    ("de", "Die Wasserexpertin Hanna Desta von der Universität Addis Abeba warnte.", [],
     "Hanna Desta", "Analyst", None),
    # a country's leader, and an Argentine town's mayor
    ("es", "Firmaron el presidente ruso y el líder norcoreano, Kim Jong-un, un tratado.",
     [("ruso", "RUS"), ("norcoreano", "PRK")], "Kim Jong-un", "President", "PRK"),
    ("en", "North Korean leader Kim Jong Un watched the test.", [("North Korean", "PRK")],
     "Kim Jong Un", "President", "PRK"),
    ("es", "En Ushuaia, el intendente Martín Pérez pidió una respuesta.", [], "Martín Pérez",
     "Mayor", None),
    # a junta's chief heads the state, and so does the "Staats- und Parteichef"
    ("de", "Die Militärregierung um Junta-Chef Abdourahamane Tiani protestierte.", [],
     "Abdourahamane Tiani", "President", None),
    ("de", "Staats- und Parteichef Xi Jinping empfing den Gast.", [], "Xi Jinping", "President",
     None),
    # a Commonwealth high commissioner is an ambassador, a Spanish "titular" of a portfolio
    # its minister, a hydrologist an analyst
    ("es", "El alto comisionado indio en Colombo, Santosh Jha, habló.", [("indio", "IND")],
     "Santosh Jha", "Ambassador", "IND"),
    ("es", "Negociaron el ministro iraquí y el titular turco de Energía, Alparslan Bayraktar.",
     [("iraquí", "IRQ"), ("turco", "TUR")], "Alparslan Bayraktar", "Minister", "TUR"),
    ("de", "Das sagte der Hydrologe Farrukh Javed der Agentur.", [], "Farrukh Javed", "Analyst",
     None),
    # Spanish "ante" (before) is a Croatian first name in German and English
    ("de", "Der kroatische Wirtschaftsminister Ante Šušnjar warnte.", [("kroatische", "HRV")],
     "Ante Šušnjar", "Economy Minister", "HRV"),
    # a think tank's fellow and a criminologist are analysts; a hyphenated institution after
    # "von der" is where she works, not part of her name
    ("en", "\"Close,\" said Ines Varga, a senior fellow at the Nordic Forum.", [], "Ines Varga",
     "Analyst", None),
    ("de", "So sieht es die Kriminologin Mali Sorn von der Mahidol-Universität in Bangkok.", [],
     "Mali Sorn", "Analyst", None),
    ("es", "Lo explicó la demógrafa Rosa Quispe en Arica.", [], "Rosa Quispe", "Analyst", None),
    # a rank by birth between the title and the name is no part of the name
    ("es", "El canciller saudí, el príncipe Faisal bin Farhan, llegó a Yeda.", [("saudí", "SAU")],
     "Faisal bin Farhan", "Foreign Minister", "SAU"),
    ("de", "Der katarische Außenminister Scheich Mohammed bin Abdulrahman reiste ab.",
     [("katarische", "QAT")], "Mohammed bin Abdulrahman", "Foreign Minister", "QAT"),
    ("en", "Saudi Defence Minister Prince Khalid bin Salman landed.", [("Saudi", "SAU")],
     "Khalid bin Salman", "Defence Minister", "SAU"),
    # the Spanish rear admiral in both spellings
    ("es", "Llegó el contraalmirante chileno Pedro Soto a Valparaíso.", [("chileno", "CHL")],
     "Pedro Soto", "Admiral", "CHL"),
]
# fmt: on


@pytest.mark.parametrize(("language", "text", "states", "name", "role", "country"), TITLES)
def test_titles_give_role_and_country(
    language: str,
    text: str,
    states: list[tuple[str, str]],
    name: str,
    role: str,
    country: str | None,
) -> None:
    person = one(language, text, states)
    assert (person.name, person.role, person.country) == (name, role, country)
    assert person.span.text == name
    assert text[person.span.start : person.span.end] == name


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Präsident Santiago Peña reiste nach Taipeh."),
        ("es", "El presidente Santiago Peña viajó a Taipéi."),
        ("en", "President Santiago Peña flew to Taipei."),
    ],
)
def test_a_capital_that_is_a_given_name_starts_the_name_after_a_title(
    language: str, text: str
) -> None:
    person = one(language, text, [("Santiago", "CHL", "capital")])
    assert (person.name, person.role, person.country) == ("Santiago Peña", "President", None)
    # a capital alone after a title is still the title's state
    mayor = one("en", "The Mayor of Santiago, Ana Ruiz, spoke.", [("Santiago", "CHL", "capital")])
    assert (mayor.name, mayor.country) == ("Ana Ruiz", "CHL")


@pytest.mark.parametrize(
    ("language", "text", "names", "role"),
    [
        ("en", "Foreign ministers Ana Ruiz and Lars Berg met on Monday.",
         ["Ana Ruiz", "Lars Berg"], "Foreign Minister"),
        ("en", "The two defence ministers, Ana Ruiz, Lars Berg and Ken Sato, signed.",
         ["Ana Ruiz", "Lars Berg", "Ken Sato"], "Defence Minister"),
        ("es", "Los cancilleres Ana Ruiz y Lars Berg firmaron en Arica.",
         ["Ana Ruiz", "Lars Berg"], "Foreign Minister"),
        ("de", "Die Außenminister Ana Ruiz und Lars Berg trafen sich in Berlin.",
         ["Ana Ruiz", "Lars Berg"], "Foreign Minister"),
        ("de", "Die Kommissionen unter Leitung der Außenminister Ana Ruiz und Lars Berg tagten.",
         ["Ana Ruiz", "Lars Berg"], "Foreign Minister"),
    ],
)  # fmt: skip
def test_every_name_listed_after_a_plural_title_holds_it(
    language: str, text: str, names: list[str], role: str
) -> None:
    assert [(p.name, p.role) for p in people(language, text)] == [(n, role) for n in names]


def test_a_plural_title_names_no_one_without_a_list_of_names() -> None:
    assert people("en", "Foreign ministers from Peru and Chile met Ana Ruiz.") == []


def test_a_singular_title_after_der_names_one_person() -> None:
    found = people("de", "Das sagte der Außenminister Ana Ruiz am Montag.")
    assert [(p.name, p.role) for p in found] == [("Ana Ruiz", "Foreign Minister")]


def test_spanish_ante_opening_a_sentence_is_no_name() -> None:
    assert people("es", "Ante Perú, el canciller guardó silencio.") == []


def test_confidence_follows_the_evidence() -> None:
    assert one("de", "Perus Außenminister Elmer Schialer kam.", [("Peru", "PER")]).confidence == (
        pytest.approx(0.9)
    )
    assert one("de", "Außenminister Elmer Schialer kam.").confidence == pytest.approx(0.75)
    quoted = one("de", "„Wir sind bereit“, sagte Pete Hegseth.")
    assert (quoted.role, quoted.confidence) == (None, pytest.approx(0.5))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "„Wir sind bereit“, sagte Pete Hegseth am Montag."),
        ("de", "Pete Hegseth sagte, man sei bereit."),
        ("es", "«Estamos listos», dijo Marta Villanueva."),
        ("es", "Según Marta Villanueva, todo sigue igual."),
        ("en", "Jane Whitfield said the deal was done."),
        ("en", "The deal is done, according to Jane Whitfield."),
    ],
)
def test_a_name_next_to_a_speech_verb_is_a_person_without_role(language: str, text: str) -> None:
    person = one(language, text)
    assert person.role is None and person.role_id is None
    assert person.confidence == pytest.approx(0.5)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Pete Hegseth reiste nach Lima."),
        ("es", "Marta Villanueva viajó a Cusco."),
        ("en", "Jane Whitfield flew to Lima."),
    ],
)
def test_a_name_with_neither_title_nor_speech_verb_is_not_reported(
    language: str, text: str
) -> None:
    assert people(language, text) == []


def test_a_surname_with_a_speech_verb_joins_the_full_name_written_earlier() -> None:
    [person] = people("de", "Pete Hegseth landete in Lima.", "Später sagte Hegseth, alles sei gut.")
    assert person.name == "Pete Hegseth"
    assert person.span == Span(1, 0, 12, "Pete Hegseth")
    assert person.confidence == pytest.approx(0.5)


def test_later_surname_mentions_merge_into_one_person_at_the_first_full_mention() -> None:
    found = people(
        "en",
        "Jane Whitfield flew to Lima on Monday.",
        "Defense Secretary Pete Hegseth met her there.",
        "Hegseth said the talks went well. Whitfield said nothing. President Hegseth? No.",
    )
    assert [p.name for p in found] == ["Jane Whitfield", "Pete Hegseth"]
    whitfield, hegseth = found
    assert whitfield.span.paragraph == 1 and whitfield.role is None
    assert hegseth.role == "Defence Minister" and hegseth.span.paragraph == 2


def test_a_title_with_a_surname_only_gives_the_role_to_the_person_named_before() -> None:
    [person] = people(
        "de",
        "Xi Jinping empfing die Gäste.",
        "Chinas Staatschef Xi sagte, man sei offen.",
        states=[("China", "CHN")],
    )
    assert (person.name, person.role, person.country) == ("Xi Jinping", "President", "CHN")


def test_people_are_ordered_by_first_mention() -> None:
    found = people(
        "es",
        "La presidenta Dina Boluarte habló primero.",
        "Luego el canciller, Elmer Schialer, y el ministro de Defensa, Walter Astudillo.",
    )
    assert [p.name for p in found] == ["Dina Boluarte", "Elmer Schialer", "Walter Astudillo"]


def test_a_function_beats_a_rank_and_ties_to_the_organisation() -> None:
    text = (
        "Der Kommandeur der peruanischen Luftwaffe, General Carlos Chávez Cateriano, "
        "empfing die Gäste."
    )
    person = one("de", text, [("peruanischen", "PER")])
    assert (person.name, person.role, person.role_id) == (
        "Carlos Chávez Cateriano",
        "Military Commander",
        "military_commander",
    )
    assert (person.country, person.organization) == ("PER", "peruvian-air-force")


@pytest.mark.parametrize(
    ("language", "text", "states"),
    [
        (
            "es",
            "Llegó el general Carlos Chávez Cateriano, comandante general de la Fuerza Aérea.",
            [],
        ),
        (
            "en",
            "Gen. Carlos Chávez Cateriano, commander of the Peruvian Air Force, agreed.",
            [("Peruvian", "PER")],
        ),
    ],
)
def test_rank_before_the_name_and_function_after_it(
    language: str, text: str, states: list[tuple[str, str]]
) -> None:
    person = one(language, text, states)
    assert (person.name, person.role) == ("Carlos Chávez Cateriano", "Military Commander")


def test_a_rank_alone_is_the_role() -> None:
    person = one("en", "Gen. Laura Richter inspected the troops.")
    assert (person.name, person.role) == ("Laura Richter", "General")
    assert one("es", "El almirante Rafael Vidal habló.").role == "Admiral"


@pytest.mark.parametrize(
    ("language", "text", "states", "organization", "country"),
    [
        (
            "de",
            "Das Treffen mit dem Direktor der Defense Security Cooperation Agency (DSCA), "
            "Michael F. Miller, fand statt.",
            [],
            "defense-security-cooperation-agency",
            "USA",
        ),
        (
            "es",
            "La vocera de la cancillería china, Mao Ning, lo negó.",
            [("china", "CHN")],
            "ministry-of-foreign-affairs-of-china",
            "CHN",
        ),
        (
            "en",
            "A spokesperson for the Chinese foreign ministry, Mao Ning, denied it.",
            [("Chinese", "CHN")],
            "ministry-of-foreign-affairs-of-china",
            "CHN",
        ),
        ("en", "Pentagon spokesman Sean Parnell declined.", [], "department-of-defense", "USA"),
    ],
)
def test_a_title_ties_the_person_to_its_organisation(
    language: str,
    text: str,
    states: list[tuple[str, str]],
    organization: str,
    country: str,
) -> None:
    person = one(language, text, states)
    assert (person.organization, person.country) == (organization, country)
    assert person.role in {"Director", "Spokesperson"}


def test_a_director_of_an_acronym_org_keeps_the_initial_in_the_name() -> None:
    person = one("de", "Dem Direktor der DSCA, Michael F. Miller, zufolge ist alles bereit.")
    assert person.name == "Michael F. Miller"


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("de", "Verteidigungsminister Pete Hegseth Anfang der Woche in Lima.", "Pete Hegseth"),
        (
            "de",
            "Außenministerin Annalena Baerbock Gespräche führte sie nicht.",
            "Annalena Baerbock",
        ),
        ("en", "Defense Secretary Pete Hegseth's visit ended.", "Pete Hegseth"),
        ("en", "President Ursula von der Leyen spoke.", "Ursula von der Leyen"),
        ("en", "Crown Prince Mohammed bin Salman spoke.", "Mohammed bin Salman"),
        ("en", "President Abdel Fattah al-Sisi spoke.", "Abdel Fattah al-Sisi"),
        (
            "es",
            "El ex secretario general Javier Pérez de Cuéllar opinó.",
            "Javier Pérez de Cuéllar",
        ),
        ("en", "President Lee Jae-myung spoke in Seoul.", "Lee Jae-myung"),
        ("es", "La presidenta Dina Boluarte de Perú habló.", "Dina Boluarte"),
        ("en", "Ambassador Alfredo Ferrero Monday said he would stay.", "Alfredo Ferrero"),
        ("de", "Die Analystin Marta Wenzel von der Berliner Denkfabrik warnte.", "Marta Wenzel"),
        ("de", "Präsidentin Ursula von der Leyen reiste ab.", "Ursula von der Leyen"),
        ("en", "Crown Prince Mohammed VI spoke.", "Mohammed VI"),
        ("de", "Präsident Lee Jae-myung hat das Ziel ausgegeben.", "Lee Jae-myung"),
        # a Spanish "ante" after a title and before a capital is a Croatian given name
        ("es", "El ministro croata de Economía, Ante Šušnjar, protestó.", "Ante Šušnjar"),
        ("es", "El canciller Ante Perić protestó ante la prensa.", "Ante Perić"),
        ("de", "Die Ministerin Željka Šimić reiste ab.", "Željka Šimić"),
    ],
)
def test_names_stop_at_the_right_word(language: str, text: str, name: str) -> None:
    states = [("Perú", "PER")] if "Perú" in text else []
    states += [("croata", "HRV")] if "croata" in text else []
    assert one(language, text, states).name == name


@pytest.mark.parametrize(
    ("language", "text", "states"),
    [
        ("de", "Der Präsident der USA kam nach Lima.", [("USA", "USA")]),
        ("de", "Der Außenminister sagte am Montag in Lima, Peru werde zahlen.", [("Peru", "PER")]),
        ("de", "Ein Sprecher im Januar Dienstag sagte nichts.", []),
        ("en", "In Buenos Aires, Argentina's president said no.", [("Argentina", "ARG")]),
        ("en", "The spokesman for the State Department said nothing.", []),
        ("en", "According to Amnesty International, the talks failed.", []),
        ("es", "En general, Pedro Castillo no respondió.", []),
        ("es", "El presidente Defense Security Cooperation Agency (DSCA) llegó.", []),
    ],
)
def test_titles_without_names_places_and_organisations_are_not_people(
    language: str, text: str, states: list[tuple[str, str]]
) -> None:
    assert people(language, text, states=states) == []


def test_removed_blocks_are_not_read() -> None:
    document = Document(
        language="en",
        blocks=(
            Block(1, "Ambassador Alfredo Ferrero spoke.", removed="caption"),
            Block(2, "Senator Tom Okafor objected."),
        ),
    )
    assert [p.name for p in find_people(document)] == ["Tom Okafor"]


def test_a_thousand_word_article_is_read_quickly() -> None:
    sentence = (
        "Perus Verteidigungsminister Walter Astudillo sagte am Montag in Lima, die "
        "Zusammenarbeit mit den Vereinigten Staaten werde ausgebaut, und der Direktor der "
        "Defense Security Cooperation Agency (DSCA), Michael F. Miller, stimmte zu. "
    )
    paragraphs = tuple(sentence * 2 for _ in range(20))  # about 1,100 words
    document = doc("de", *paragraphs)
    states = [
        StateMention("PER", Span(n, s, s + 4, "Peru"), "name", 0.9)
        for n, text in enumerate(paragraphs, 1)
        for s in (0, len(sentence))
    ]
    find_people(document, states, find_orgs(document, states))  # lexicons load once
    started = time.perf_counter()
    orgs = find_orgs(document, states)
    found = find_people(document, states, orgs)
    assert time.perf_counter() - started < 0.25
    assert [p.name for p in found] == ["Walter Astudillo", "Michael F. Miller"]


@pytest.mark.parametrize(
    ("language", "text", "states", "name", "role", "country"),
    [
        (
            "es",
            "El canciller costarricense, Ana Mora Vargas, y su homólogo panameño, "
            "Tomás Alemán Quintero, firmaron.",
            [("costarricense", "CRI"), ("panameño", "PAN"), ("Alemán", "DEU", "adjective")],
            "Tomás Alemán Quintero",
            "Foreign Minister",
            "PAN",
        ),
        (
            "de",
            "Verteidigungsminister Otto Brenner traf seinen chilenischen Amtskollegen Rafael Soto.",
            [("chilenischen", "CHL")],
            "Rafael Soto",
            "Defence Minister",
            "CHL",
        ),
        (
            "en",
            "He spoke alongside U.S. Deputy Secretary of State Clara Jennings, Ali said.",
            [("U.S.", "USA")],
            "Clara Jennings",
            "Deputy Minister",
            "USA",
        ),
        (
            "en",
            "It was signed by India's External Affairs Minister S. Jaishankar.",
            [("India", "IND")],
            "S. Jaishankar",
            "Foreign Minister",
            "IND",
        ),
        (
            "en",
            '"Nobody wins," said Nimal Perera, a security analyst in Colombo.',
            [],
            "Nimal Perera",
            "Analyst",
            None,
        ),
        (
            "es",
            "Recibió al jefe del Comando Sur de Estados Unidos, Mark Dalton.",
            [("Estados Unidos", "USA")],
            "Mark Dalton",
            "Military Commander",
            "USA",
        ),
        (
            "de",
            "Außenminister Bakary Sangaré sprach von einem neuen Kapitel. Sein nigerianischer"
            " Kollege Yusuf Tuggar sagte, die Grenze sei sicher.",
            [("nigerianischer", "NGA")],
            "Yusuf Tuggar",
            "Foreign Minister",
            "NGA",
        ),
    ],
)
def test_counterparts_deputies_initials_and_trailing_titles(
    language: str,
    text: str,
    states: list[tuple[str, str]],
    name: str,
    role: str,
    country: str | None,
) -> None:
    found = {p.name: p for p in people(language, text, states=states)}
    person = found[name]
    assert (person.role, person.country) == (role, country)
    assert "Ali" not in found


def test_a_name_read_back_from_a_speech_verb_keeps_its_title_out() -> None:

    text = "The package Defense Secretary Pete Hegseth announced on Tuesday was welcomed."
    doc = Document(language="en", blocks=(Block(1, text),))
    found = find_people(doc)
    assert [(p.name, p.role) for p in found] == [("Pete Hegseth", "Defence Minister")]


# (language, sentence, states, name, role, country)
# fmt: off
REMITS = [
    # a long remit between the title and the name, with or without a comma
    ("es", "La ministra chilena de Minería y Desarrollo Regional, Aurora Cifuentes, habló.",
     [("chilena", "CHL")], "Aurora Cifuentes", "Minister", "CHL"),
    ("de", "Der Minister für Energie und Klimaschutz Tobias Brandt reiste ab.", [],
     "Tobias Brandt", "Minister", None),
    ("de", "Die österreichische Ministerin für Frauen, Wissenschaft und Forschung, Eva Lindner, "
     "sprach.", [("österreichische", "AUT")], "Eva Lindner", "Minister", "AUT"),
    ("en", "The Minister for Climate Change and Energy, Owen Farrell, defended the plan.", [],
     "Owen Farrell", "Minister", None),
    ("en", "Special Envoy for Migration Affairs Tomas Berg arrived in Rome.", [],
     "Tomas Berg", "Special Envoy", None),
    # a Spanish or British "Secretary of State for X" is a junior minister, the US one is not
    ("en", "Spain's Secretary of State for Trade, Clara Ortega, signed the accord.",
     [("Spain", "ESP")], "Clara Ortega", "Deputy Minister", "ESP"),
    ("es", "La secretaria de Estado de Comercio, Clara Ortega, firmó el acuerdo.", [],
     "Clara Ortega", "Deputy Minister", None),
    # "secretario de ..." and "Secretary of ..." with a remit sit in the cabinet
    ("es", "El secretario de Energía y Minas, Raúl Ochoa, informó del apagón.", [],
     "Raúl Ochoa", "Minister", None),
    ("en", "Secretary of Health and Human Services Dana Whitcomb testified.", [],
     "Dana Whitcomb", "Minister", None),
    # a remit names the office when one of its parts is a title of its own
    ("en", "The Dutch Minister of Economic Affairs, Pieter Laan, opened the fair.",
     [("Dutch", "NLD")], "Pieter Laan", "Economy Minister", "NLD"),
    ("en", "Home Affairs Minister Dana Keogh said the boats were turned back.", [],
     "Dana Keogh", "Interior Minister", None),
    ("es", "El ministro de Producción, Comercio Exterior y Pesca, Andrés Prado, defendió la tasa.",
     [], "Andrés Prado", "Trade Minister", None),
    ("es", "La ministra de Comercio, Industria y Turismo, Marta Gil, viajó.", [],
     "Marta Gil", "Trade Minister", None),
    ("de", "Die Ministerin für Wirtschaft und Energie Klara Voss eröffnete die Messe.", [],
     "Klara Voss", "Economy Minister", None),
    # an envoy's remit is no name, whether a remit word or a region
    ("es", "El enviado especial chino para Asuntos Africanos, Liu Wei, llegó a Jartum.",
     [("chino", "CHN")], "Liu Wei", "Special Envoy", "CHN"),
    ("es", "El enviado especial ruso para Oriente Medio, Ilya Markov, llegó a Doha.",
     [("ruso", "RUS")], "Ilya Markov", "Special Envoy", "RUS"),
    ("de", "Der Sondergesandte für den Nahen Osten, Steve Witkoff, reiste ab.", [],
     "Steve Witkoff", "Special Envoy", None),
]
# fmt: on


@pytest.mark.parametrize(("language", "text", "states", "name", "role", "country"), REMITS)
def test_a_remit_between_title_and_name_is_read_over_and_may_name_the_office(
    language: str,
    text: str,
    states: list[tuple[str, str]],
    name: str,
    role: str,
    country: str | None,
) -> None:
    person = one(language, text, states)
    assert (person.name, person.role, person.country) == (name, role, country)


@pytest.mark.parametrize(
    ("language", "text", "found"),
    [
        # a state or a patron after "de" is no remit
        (
            "es",
            "El secretario de Estado de Trump, Marco Rubio, llegó.",
            [("Marco Rubio", "Foreign Minister")],
        ),
        (
            "en",
            "Secretary of State Marco Rubio, who flew in, spoke.",
            [("Marco Rubio", "Foreign Minister")],
        ),
        (
            "es",
            "El ministro de Hacienda de Milei, Luis Caputo, respondió.",
            [("Luis Caputo", "Finance Minister")],
        ),
        # names after a title's comma are people, not parts of a remit
        (
            "es",
            "El ministro de Salud, Ana Pérez, y el canciller, Elmer Schialer, viajaron.",
            [("Ana Pérez", "Minister"), ("Elmer Schialer", "Foreign Minister")],
        ),
        # a lower-case remit makes no cabinet secretary
        ("es", "El secretario de prensa Juan Pérez habló.", []),
        # "Landwirtschaftsminister" holds no "Wirtschaftsminister"
        ("de", "Landwirtschaftsminister Jan Kowal wurde deutlicher.", [("Jan Kowal", "Minister")]),
    ],
)
def test_remits_do_not_reach_past_their_own_words(
    language: str, text: str, found: list[tuple[str, str]]
) -> None:
    assert [(p.name, p.role) for p in people(language, text)] == found


@pytest.mark.parametrize(
    ("language", "text", "states", "name", "country"),
    [
        (
            "en",
            "Irina Volkova, the Russian Foreign Ministry's spokeswoman, called the move hostile.",
            [("Russian", "RUS")],
            "Irina Volkova",
            "RUS",
        ),
        (
            "de",
            "Das sei ein Fehler, sagte He Wenjun, Sprecher des chinesischen Außenministeriums, "
            "am Montag.",
            [("chinesischen", "CHN")],
            "He Wenjun",
            "CHN",
        ),
        (
            "es",
            "Irina Volkova, portavoz del Ministerio de Exteriores ruso, lo negó.",
            [("ruso", "RUS")],
            "Irina Volkova",
            "RUS",
        ),
    ],
)
def test_a_title_after_the_name_with_its_owner_gives_role_and_state(
    language: str, text: str, states: list[tuple[str, str]], name: str, country: str
) -> None:
    person = one(language, text, states)
    assert (person.name, person.role, person.country) == (name, "Spokesperson", country)


def test_english_he_stays_a_pronoun() -> None:
    assert people("en", "He Said It Twice, the headline ran.") == []


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "de",
            "Die Politikwissenschaftlerin Hanna Lindqvist von der Universität Wien warnte.",
            "Hanna Lindqvist",
        ),
        ("de", "Der Sicherheitsexperte Jonas Falk hält das für riskant.", "Jonas Falk"),
        ("de", "Der Migrationsforscher Paul Reiter widersprach.", "Paul Reiter"),
        ("es", "La socióloga Inés Arroyo advirtió del riesgo.", "Inés Arroyo"),
        ("en", "Historian Mark Dwyer said the treaty was a bargain.", "Mark Dwyer"),
    ],
)
def test_scholars_are_analysts(language: str, text: str, name: str) -> None:
    person = one(language, text)
    assert (person.name, person.role, person.country) == (name, "Analyst", None)


def test_a_plural_scholar_without_a_name_is_no_one() -> None:
    assert people("de", "Forscher warnen vor den Folgen.") == []


@pytest.mark.parametrize(
    ("language", "text", "states", "name", "country"),
    [
        (
            "en",
            "The deal was sealed when King Abdullah II visited Washington.",
            [],
            "Abdullah II",
            None,
        ),
        (
            "de",
            "Jordaniens König Abdullah II. empfing den Gast.",
            [("Jordanien", "JOR")],
            "Abdullah II",
            "JOR",
        ),
        ("es", "El rey Felipe VI inauguró la cumbre.", [], "Felipe VI", None),
    ],
)
def test_kings_are_monarchs(
    language: str, text: str, states: list[tuple[str, str]], name: str, country: str | None
) -> None:
    person = one(language, text, states)
    assert (person.name, person.role, person.country) == (name, "Monarch", country)


@pytest.mark.parametrize(
    ("language", "text", "name", "role"),
    [
        ("en", '"Enough," said Carole King.', "Carole King", None),
        ("es", "«Basta», dijo Fernando Rey.", "Fernando Rey", None),
        ("de", "Der Ökonom Jörg König sagte, die Lage sei ernst.", "Jörg König", "Analyst"),
    ],
)
def test_a_king_at_the_end_of_a_name_is_a_surname(
    language: str, text: str, name: str, role: str | None
) -> None:
    person = one(language, text)
    assert (person.name, person.role) == (name, role)


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "es",
            "«Seguimos alerta», dijo en Juneau Carla Moreno, portavoz de la Guardia Costera.",
            "Carla Moreno",
        ),
        ("de", "Das sagte in Brüssel Anna Weber, Sprecherin der Kommission.", "Anna Weber"),
        (
            "en",
            '"We are ready," said in Geneva Lena Ortiz, a spokeswoman for the agency.',
            "Lena Ortiz",
        ),
        # a first name that is also a place stays a name where no preposition puts it
        ("es", "El portavoz Santiago Ramírez habló en Lima.", "Santiago Ramírez"),
        ("de", "Die Sprecherin Victoria Hale aus London warnte.", "Victoria Hale"),
    ],
)
def test_a_place_written_right_before_a_name_is_not_part_of_it(
    language: str, text: str, name: str
) -> None:
    person = one(language, text)
    assert (person.name, person.role) == (name, "Spokesperson")


@pytest.mark.parametrize(
    ("language", "text", "states", "name", "country"),
    [
        (
            "de",
            "General Luc Martin, Kommandeur der französischen Truppen in Dschibuti, "
            "bestätigte das.",
            [("französischen", "FRA"), ("Dschibuti", "DJI")],
            "Luc Martin",
            "FRA",
        ),
        (
            "es",
            "Lo explicó el teniente coronel Marcos Ibáñez, jefe del batallón en Letonia.",
            [("Letonia", "LVA")],
            "Marcos Ibáñez",
            None,
        ),
        (
            "en",
            "Admiral Rohan Mehta, the chief of naval staff, warned of a buildup.",
            [],
            "Rohan Mehta",
            None,
        ),
        ("en", "Army chief General Omar Saleh inspected the border.", [], "Omar Saleh", None),
        ("es", "El jefe del Estado Mayor, el general Ramón Ortiz, habló.", [], "Ramón Ortiz", None),
        ("de", "Der Leiter des Kontingents, General Uwe Brandt, sprach.", [], "Uwe Brandt", None),
    ],
)
def test_a_function_beats_a_rank_and_a_unit_s_head_commands_it(
    language: str, text: str, states: list[tuple[str, str]], name: str, country: str | None
) -> None:
    person = one(language, text, states)
    assert (person.name, person.role, person.country) == (name, "Military Commander", country)


def test_the_head_of_an_army_office_is_no_commander() -> None:
    person = one("en", "The head of the army's legal office, Jane Roe, said no.")
    assert (person.name, person.role) == ("Jane Roe", "Director")
