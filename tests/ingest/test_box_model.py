"""The box model sets aside boxes in wordings no rule foresaw, and never an article paragraph."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.ingest import box_model
from dashboard.ingest.boilerplate import LEARNED, classify
from dashboard.ingest.reader import RawBlock, RawText
from dashboard.ingest.weights import Weights, WeightsError

LEAD = {
    "en": "LIMA - Peru and Japan signed an agreement on Tuesday to train naval officers together "
    "at the port of Callao, the two defence ministries said in a joint statement.",
    "de": "LIMA - Peru und Japan haben am Dienstag ein Abkommen über die gemeinsame Ausbildung "
    "von Marineoffizieren im Hafen von Callao unterzeichnet, teilten beide Ministerien mit.",
    "es": "LIMA - Perú y Japón firmaron este martes un acuerdo para formar de manera conjunta a "
    "oficiales de marina en el puerto del Callao, informaron ambos ministerios de Defensa.",
}
FOLLOW = {
    "en": "The deal follows two years of talks and covers exchanges of cadets and joint courses "
    "on maritime law.",
    "de": "Das Abkommen folgt auf zwei Jahre Verhandlungen und umfasst den Austausch von "
    "Kadetten sowie gemeinsame Kurse im Seerecht.",
    "es": "El acuerdo llega tras dos años de negociaciones e incluye intercambios de cadetes y "
    "cursos conjuntos de derecho marítimo.",
}

#: Boxes worded so that no pattern of the lexicon matches them: only the model can tell.
UNFORESEEN = [
    ("en", "Did a friend send you this? Reply to this email to get your own copy."),
    ("en", "Elsewhere in the Briefing: Chile's lithium auction and a new Bolivian port deal"),
    ("en", "mk/tr/AP/lp"),
    ("en", "Comment on this story · Community guidelines"),
    ("de", "Kommentieren Sie diesen Artikel · Netiquette"),
    ("es", "Comenta esta información · Normas de la comunidad"),
    ("es", "Radio Andina · La voz del sur"),
    ("es", "Lee más noticias de América Latina en nuestra portada."),
]

#: Short article paragraphs, at the end of the text where boxes often stand.
SHORT_PARAGRAPHS = [
    ("en", "Japan will pay for the course."),
    ("en", '"We are ready," the admiral said.'),
    ("de", "Japanische Diplomaten sagten, das Programm solle im Frühjahr beginnen."),
    ("es", "Diplomáticos japoneses dijeron que el programa comenzará la próxima primavera."),
    ("es", "Mañana viajará a Tokio una delegación de la Armada peruana."),
]


def _raw(*texts: str, fmt: str = "txt") -> RawText:
    return RawText(tuple(RawBlock(t) for t in texts), title=None, format=fmt, encoding="utf-8")


@pytest.mark.parametrize(("lang", "text"), UNFORESEEN, ids=[u[1][:40] for u in UNFORESEEN])
def test_a_box_in_unforeseen_words_is_set_aside_by_the_model(lang: str, text: str) -> None:
    raw = _raw(LEAD[lang], text, FOLLOW[lang])
    assert classify(raw, lang, learned=False)[1].kept  # the rules alone keep it
    blocks = classify(raw, lang)
    assert blocks[1].removed == LEARNED
    assert blocks[0].kept and blocks[2].kept


@pytest.mark.parametrize(
    ("lang", "text"), SHORT_PARAGRAPHS, ids=[s[1][:40] for s in SHORT_PARAGRAPHS]
)
def test_short_article_paragraphs_at_the_end_stay(lang: str, text: str) -> None:
    blocks = classify(_raw(LEAD[lang], FOLLOW[lang], text), lang)
    assert all(b.kept for b in blocks), [b.removed for b in blocks]


def test_a_long_block_is_never_the_model_s_to_set_aside() -> None:
    says_box = Weights(bias=30.0, weights={}, threshold=0.5)
    long_text = " ".join([FOLLOW["en"]] * 5)
    assert len(long_text.split()) > box_model.MAX_WORDS
    blocks = classify(_raw(LEAD["en"], long_text), "en", learned=says_box)
    assert blocks[1].kept
    assert blocks[0].removed == LEARNED  # a short one it would


def test_the_model_only_adds_to_what_the_rules_set_aside() -> None:
    says_text = Weights(bias=-30.0, weights={}, threshold=0.5)
    raw = _raw(LEAD["en"], "Photo: Reuters", FOLLOW["en"])
    assert classify(raw, "en", learned=says_text)[1].removed == "photo caption or credit"


def test_a_missing_weights_file_names_the_script_that_writes_it(tmp_path: Path) -> None:
    with pytest.raises(WeightsError, match=r"box\.json: missing; run scripts/train_box_weights"):
        box_model.load_weights(tmp_path / "box.json")


def test_a_broken_weights_file_names_the_field(tmp_path: Path) -> None:
    path = tmp_path / "box.json"
    path.write_text('{"bias": 0, "threshold": 2, "weights": {"w:x": 1}}', encoding="utf-8")
    with pytest.raises(WeightsError, match=r"box\.json: field 'threshold' must lie between"):
        box_model.load_weights(path)


def test_features_are_words_and_buckets_of_the_block() -> None:
    block = RawBlock("Reply to this email · Share", hint="newsletter")
    names = box_model.features(block, "html")
    assert {"w:reply", "b:this email", "s:reply", "t:share", "hint:newsletter", "fmt:html"} <= set(
        names
    )
    assert names["second"] == 0.0
    assert box_model.features(RawBlock("Tell us what you think"), "txt")["second"] == 1.0
