"""German, Spanish and English are told apart; anything else is refused by name."""

from __future__ import annotations

import time

import pytest

from dashboard.ingest.errors import IngestError
from dashboard.ingest.language import SUPPORTED, detect

SAMPLES = {
    "de": [
        "Die Außenministerin traf am Montag ihren peruanischen Amtskollegen in Lima. Beide "
        "Länder wollen enger zusammenarbeiten, sagte sie nach dem Treffen.",
        "Peking und Lima haben ein Abkommen über den Ausbau des Hafens von Chancay "
        "unterzeichnet, das auch Washington mit Sorge verfolgt.",
        "Nach Angaben des Ministeriums soll die Zusammenarbeit im Bergbau bis 2030 verdoppelt "
        "werden.",
    ],
    "es": [
        "El canciller peruano se reunió con su homólogo chino en Pekín. Según fuentes del "
        "ministerio, ambos países firmarán un acuerdo sobre pesca el próximo año.",
        "Washington expresó su preocupación por el puerto de Chancay, que fue inaugurado por "
        "el presidente chino durante su visita a Lima.",
        "¿Qué dirá la oposición? La reunión duró más de tres horas y terminó sin declaraciones.",
    ],
    "en": [
        "The Peruvian foreign minister met his Chinese counterpart in Beijing on Monday, "
        "officials said after the talks.",
        "Washington has voiced concern about the port of Chancay, which was opened by the "
        "Chinese president during a visit to Lima.",
        "According to the ministry, cooperation in mining is to double by 2030.",
    ],
}

OTHERS = {
    "French": "Le ministre des Affaires étrangères a déclaré que la France ne va pas accepter "
    "les nouveaux tarifs et qu'il se rendra à Lima pour en parler avec son homologue.",
    "Italian": "Il ministro degli Esteri ha detto che l'Italia non accetterà i nuovi dazi e "
    "che nel prossimo anno andrà a Lima per parlarne con il suo omologo.",
    "Portuguese": "O ministro das Relações Exteriores disse que o Brasil não vai aceitar as "
    "novas tarifas e que irá a Lima para falar com o seu homólogo no próximo ano.",
    "Dutch": "De minister van Buitenlandse Zaken zei dat Nederland de nieuwe tarieven niet zal "
    "accepteren en dat hij volgend jaar naar Lima gaat om met zijn collega te praten.",
    "Catalan": "El ministre d'Afers Exteriors va dir que el govern no acceptarà els nous "
    "aranzels i que l'any vinent anirà a Lima per parlar-ne amb el seu homòleg.",
}


@pytest.mark.parametrize(
    ("lang", "text"), [(lang, t) for lang, texts in SAMPLES.items() for t in texts]
)
def test_supported_languages_are_recognised(lang: str, text: str) -> None:
    assert detect(text) == lang


@pytest.mark.parametrize("name", sorted(OTHERS))
def test_other_languages_are_refused_by_name(name: str) -> None:
    with pytest.raises(IngestError, match=rf"looks {name}; only German, Spanish and English"):
        detect(OTHERS[name])


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("Министр иностранных дел России заявил, что страна не примет новые тарифы.", "Cyrillic"),
        ("中国外交部长周一在北京会见了秘鲁外交部长，双方讨论了港口合作。", "Chinese or Japanese"),
        ("وزير الخارجية التقى نظيره البيروفي في بكين يوم الاثنين لبحث التعاون", "Arabic"),
    ],
)
def test_other_scripts_are_refused_by_script(text: str, script: str) -> None:
    with pytest.raises(IngestError, match=f"written in {script} script"):
        detect(text)


@pytest.mark.parametrize("text", ["", "Peru und China", "Lima, 3. Mai 2024 (dpa)"])
def test_too_little_text_is_refused_saying_so(text: str) -> None:
    with pytest.raises(IngestError, match="too short to tell its language"):
        detect(text)


def test_a_list_of_names_is_not_guessed_at() -> None:
    with pytest.raises(IngestError, match="cannot be recognised"):
        detect("Xi Jinping Dina Boluarte Lima Chancay Beijing Cosco Shipping Ports Peru China")


def test_a_german_article_quoting_english_stays_german() -> None:
    text = (
        'Der Botschafter sagte auf Englisch: "We are very happy with the results of the talks '
        'and we will be back in the spring." Danach reiste er weiter nach Peking, wo er mit dem '
        "chinesischen Außenminister über den Hafen sprach. Die Gespräche seien gut verlaufen, "
        "hieß es aus dem Ministerium, und man wolle sie im Herbst fortsetzen."
    )
    assert detect(text) == "de"


def test_a_spanish_article_quoting_portuguese_stays_spanish() -> None:
    text = (
        'El ministro brasileño dijo en portugués: "Não vamos aceitar as novas tarifas." '
        "Luego viajó a Lima, donde se reunió con el canciller peruano para hablar del puerto "
        "de Chancay y de las exportaciones de cobre a China, según informó el ministerio."
    )
    assert detect(text) == "es"


def test_german_names_do_not_make_an_english_text_german() -> None:
    text = (
        "Müller, Schäfer and Böhm from the Düsseldorf office of Köhler & Söhne met the "
        "minister in Lima on Monday and said that the talks were going well."
    )
    assert detect(text) == "en"


def test_detection_is_fast_for_a_long_article() -> None:
    text = " ".join(SAMPLES["de"] * 40)  # well over 1,000 words
    started = time.perf_counter()
    for _ in range(10):
        detect(text)
    assert (time.perf_counter() - started) / 10 < 0.02


def test_supported_is_german_spanish_english() -> None:
    assert SUPPORTED == ("de", "es", "en")
