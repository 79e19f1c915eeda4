"""Reading articles: encodings, formats, paragraphs and titles, and refusals a person can act on."""

from __future__ import annotations

import time
import unicodedata
from pathlib import Path

import pytest

from dashboard import yamlio
from dashboard.ingest import reader
from dashboard.ingest.errors import IngestError
from dashboard.ingest.reader import RawBlock, read_bytes, read_path, read_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest" / "read"
EXPECTED = yamlio.load(FIXTURES / "expected.yaml")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_files_read_as_expected(name: str) -> None:
    want = EXPECTED[name]
    raw = read_path(FIXTURES / name)
    assert raw.format == want["format"]
    assert raw.encoding == want["encoding"]
    assert raw.title == want["title"]
    blocks = [RawBlock(*b) if isinstance(b, list) else RawBlock(b) for b in want["blocks"]]
    assert list(raw.blocks) == blocks


# --- encodings --------------------------------------------------------------------------------

GERMAN = "Die Außenministerin traf in München ihren Amtskollegen. Über Zölle wurde gesprochen."


@pytest.mark.parametrize(
    "codec", ["cp1252", "latin-1", "utf-8", "utf-8-sig", "utf-16", "utf-16-be"]
)
def test_german_umlauts_survive_every_common_encoding(codec: str) -> None:
    data = GERMAN.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    assert read_bytes(data, "artikel.txt").blocks[0].text == GERMAN


def test_utf16_without_a_byte_order_mark_is_recognised() -> None:
    raw = read_bytes(GERMAN.encode("utf-16-le"), "artikel.txt")
    assert raw.blocks[0].text == GERMAN
    assert raw.encoding == "utf-16-le"


def test_a_page_declaring_latin1_but_saved_as_utf8_reads_as_utf8() -> None:
    page = f'<meta charset="iso-8859-1"><p>{GERMAN}</p><p>Zweiter Absatz.</p>'.encode()
    assert read_bytes(page, "seite.html").blocks[0].text == GERMAN


def test_html_meta_charset_is_honoured() -> None:
    text = "Ελλάδα και Περού υπέγραψαν συμφωνία."
    page = f'<meta charset="iso-8859-7"><p>{text}</p>'.encode("iso-8859-7")
    raw = read_bytes(page, "seite.html")
    assert raw.blocks[0].text == text
    assert raw.encoding == "iso8859-7"


def test_text_is_normalised() -> None:
    decomposed = unicodedata.normalize("NFD", "Zölle")
    raw = read_text(f"Die\u00a0Bundes\u00adregierung  sprach   über {decomposed}.\r\nWeiter.\r\n")
    assert [b.text for b in raw.blocks] == ["Die Bundesregierung sprach über Zölle.", "Weiter."]
    assert unicodedata.is_normalized("NFC", raw.blocks[0].text)


# --- refusals ---------------------------------------------------------------------------------


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", "\u00a0\n".encode()])
def test_empty_input_is_refused_by_name(data: bytes) -> None:
    with pytest.raises(IngestError, match=r"leer\.txt.*(empty|no paragraphs)"):
        read_bytes(data, "leer.txt")


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
    ],
)
def test_known_binary_files_are_named(data: bytes, what: str) -> None:
    with pytest.raises(IngestError, match=rf"bericht\.txt: looks like .*{what}.*save the article"):
        read_bytes(data, "bericht.txt")


def test_nul_bytes_and_control_characters_mean_binary() -> None:
    with pytest.raises(IngestError, match="NUL bytes"):
        read_bytes(b"Peru\x00\x01\x02 und \x00China" * 3, "x.txt")
    with pytest.raises(IngestError, match="control characters"):
        read_bytes(bytes(range(1, 9)) * 20 + b"Peru und China", "x.txt")


def test_an_upload_named_like_a_document_is_refused_with_the_supported_types() -> None:
    with pytest.raises(IngestError, match=r"notes\.docx.*\.txt.*\.md.*\.html"):
        read_bytes(b"Peru und China", "notes.docx")
    with pytest.raises(IngestError, match="looks like a PDF"):
        read_bytes(b"%PDF-1.4 ...", "scan.pdf")


def test_over_the_size_limit_says_size_and_limit() -> None:
    with pytest.raises(IngestError, match=r"big\.txt: is 3 KB, over the limit of 2 KB"):
        read_bytes(b"a " * 1500, "big.txt", max_bytes=2048)
    with pytest.raises(IngestError, match=r"2\.5 MB, over the limit of 2 MB"):
        read_bytes(b"a" * (5 * 1024 * 1024 // 2), "huge.txt")


def test_read_path_checks_the_size_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "gross.txt"
    path.write_bytes(b"x" * 5000)

    def never(*_args: object) -> bytes:
        raise AssertionError("read the file although it is over the limit")

    monkeypatch.setattr(Path, "read_bytes", never)
    with pytest.raises(IngestError, match="over the limit"):
        read_path(path, max_bytes=1024)


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".rtf", ""])
def test_read_path_refuses_other_file_types_naming_the_supported_ones(
    tmp_path: Path, suffix: str
) -> None:
    path = tmp_path / f"artikel{suffix}"
    path.write_bytes(b"Peru und China")
    with pytest.raises(IngestError, match=r"unsupported file type.*\.txt, \.text, \.md"):
        read_path(path)


def test_read_path_names_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match=r"fehlt\.txt: no such file"):
        read_path(tmp_path / "fehlt.txt")


@pytest.mark.parametrize(
    "name", ["../etc/passwd", "a/b.txt", "..\\x.txt", "..", "x\x00.txt", "", "C:\\a.txt"]
)
def test_a_name_that_could_be_a_path_is_refused(name: str) -> None:
    with pytest.raises(IngestError, match="(not a plain file name|has no name)"):
        read_bytes(b"Peru und China", name)
    with pytest.raises(IngestError):
        read_text("Peru und China", name)


# --- formats ----------------------------------------------------------------------------------


def test_pasted_text_is_sniffed() -> None:
    assert read_text("<p>Peru</p><p>China</p>").format == "html"
    assert read_text("# Peru\n\nChina [Lima](https://example.org)").format == "md"
    assert read_text("Peru und China: 3 < 4 > 2").format == "txt"


def test_plain_paragraphs_split_at_blank_lines_or_at_every_line_without_them() -> None:
    raw = read_text("Erste Zeile\nzweite Zeile.\n\nZweiter Absatz.")
    assert [b.text for b in raw.blocks] == ["Erste Zeile zweite Zeile.", "Zweiter Absatz."]
    assert raw.title is None
    raw = read_text("Eins.\nZwei.\nDrei.")
    assert [b.text for b in raw.blocks] == ["Eins.", "Zwei.", "Drei."]


def test_plain_title_is_a_short_first_line_without_a_full_stop() -> None:
    raw = read_text("Peru und China rücken näher\n\nDie Minister trafen sich.\n\nMehr folgt.")
    assert raw.title == "Peru und China rücken näher"
    assert [b.text for b in raw.blocks] == ["Die Minister trafen sich.", "Mehr folgt."]
    assert read_text("Ein Satz.\n\nNoch ein Satz.").title is None
    assert read_text("Nur eine Zeile ohne Punkt").title is None


def test_html_keeps_only_text_and_drops_scripts_styles_and_hidden_parts() -> None:
    page = """<html><head><title>Peru und China rücken näher | Zeitung</title><style>p{}</style>
    <script>alert("<p>x</p>")</script></head><body>
    <p onclick="evil()">Eins &amp; zwei &lt;b&gt; &#228; &eacute;</p>
    <template><p>Vorlage</p></template><noscript><p>Kein JS</p></noscript>
    <svg><text>Grafik</text></svg><iframe src="x"><p>Rahmen</p></iframe>
    <div>Drei<div>Vier</div></div><ul><li>Fünf</li><li>Sechs</li></ul></body></html>"""
    raw = read_text(page, "seite.html")
    assert raw.title == "Peru und China rücken näher"
    assert [b.text for b in raw.blocks] == ["Eins & zwei <b> ä é", "Drei", "Vier", "Fünf", "Sechs"]


def test_html_title_is_the_first_h1_and_not_also_a_block() -> None:
    raw = read_text("<title>Fensterzeile</title><h1>Schlagzeile</h1><p>Text.</p><h1>Zwei</h1>")
    assert raw.title == "Schlagzeile"
    assert [b.text for b in raw.blocks] == ["Text.", "Zwei"]


def test_html_line_breaks_two_in_a_row_start_a_new_block() -> None:
    raw = read_text("<p>Eins<br>zwei<br/><br />drei</p><p>vier</p>")
    assert [b.text for b in raw.blocks] == ["Eins zwei", "drei", "vier"]


def test_html_hints_carry_landmarks_and_telling_class_words() -> None:
    page = """<nav><a>Start</a></nav><article>
    <figure><figcaption>Hafen von Chancay</figcaption></figure>
    <aside><p>Kasten</p></aside><div class="c-newsletterBox"><p>Anmelden</p></div>
    <div id="related-links"><p>Peru wählt</p></div><p class="byline">Maria Schmidt</p>
    <p>Text von <span class="author">Maria</span> über Lima, Peking und Washington.</p>
    <footer>Fuß</footer><div class="col-md-8 content"><p>Normal</p></div></article>"""
    got = [(b.text, b.hint) for b in read_text(page, "seite.html").blocks]
    assert got == [
        ("Start", "nav"),
        ("Hafen von Chancay", "figcaption"),
        ("Kasten", "aside"),
        ("Anmelden", "newsletter"),
        ("Peru wählt", "related"),
        ("Maria Schmidt", "byline"),
        ("Text von Maria über Lima, Peking und Washington.", None),
        ("Fuß", "footer"),
        ("Normal", None),
    ]


def test_a_class_word_split_by_a_hyphen_or_a_capital_is_still_known() -> None:
    page = """<ul class="read-more"><li>Ports wait for ships</li></ul>
    <div class="box mostRead"><p>Top stories</p></div><p class="lead-text">The text.</p>"""
    got = [(b.text, b.hint) for b in read_text(page, "page.html").blocks]
    assert got == [
        ("Ports wait for ships", "readmore"),
        ("Top stories", "mostread"),
        ("The text.", None),
    ]


def test_markdown_syntax_is_stripped() -> None:
    raw = read_text(
        "# Titel\n\nEin *kurzer* und **fetter** Satz mit `Code`, [Link](http://x.org) und "
        "snake_case.\nZweite Zeile.\n\n## Abschnitt\n\n> Zitat eins\n> Zitat zwei\n\n"
        "* Punkt A\n* Punkt B\n\n***\n\n1. Erstens\n2. Zweitens\n\n![Bild vom Hafen](h.png)"
    )
    assert raw.title == "Titel"
    assert [(b.text, b.hint) for b in raw.blocks] == [
        ("Ein kurzer und fetter Satz mit Code, Link und snake_case. Zweite Zeile.", None),
        ("Abschnitt", "heading"),
        ("Zitat eins Zitat zwei", "quote"),
        ("Punkt A", None),
        ("Punkt B", None),
        ("Erstens", None),
        ("Zweitens", None),
        ("Bild vom Hafen", "image"),
    ]


def test_hostile_markdown_and_html_are_read_in_linear_time() -> None:
    hostile = [
        "**a " * 40_000,
        "[" * 150_000,
        "_x " * 50_000,
        "-" * 100_000 + "x",
        "<div " * 30_000,
        "<p>" + "<b>" * 30_000 + "text",
    ]
    for text in hostile:
        started = time.perf_counter()
        read_text(text, "hostile.md")
        assert time.perf_counter() - started < 2.0, text[:10]


def test_a_thousand_word_page_reads_quickly() -> None:
    paragraph = "<p>" + " ".join(["Peru und China unterzeichnen ein Abkommen."] * 20) + "</p>"
    page = "<html><body>" + paragraph * 8 + "</body></html>"
    read_text(page, "seite.html")
    started = time.perf_counter()
    for _ in range(10):
        read_bytes(page.encode("cp1252"), "seite.html")
    assert (time.perf_counter() - started) / 10 < 0.05


def test_read_text_refuses_more_than_the_limit() -> None:
    with pytest.raises(IngestError, match="over the limit"):
        read_text("x" * (reader.MAX_INPUT_BYTES + 1))


def test_a_paragraph_written_over_several_lines_keeps_them() -> None:
    raw = read_text("Title of the story here\n\nFirst teaser\nSecond teaser\n\nOne line only.")
    assert [b.lines for b in raw.blocks] == [("First teaser", "Second teaser"), ()]
    assert raw.blocks[0].text == "First teaser Second teaser"
