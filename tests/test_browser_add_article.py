"""Adding an article in the real app: paste, draft, save, then find it on the map.

Reuses the server and Chromium fixtures of tests/test_browser.py; the server here gets its own
copy of the fixture data, since saving writes into it.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator

import pytest
from playwright.sync_api import Frame, Page

import tests.test_browser as base
from tests.conftest import FIXTURES
from tests.server import AppServer

pytestmark = pytest.mark.browser

browser = base.browser
page = base.page

ARTICLE = (
    "Peru and Japan agree to train naval officers together\n\n"
    "LIMA (Reuters) - Peru and Japan signed an agreement on Monday to train naval officers "
    "together, the defence ministry in Lima said.\n\n"
    "Japan will also deliver two patrol boats to Peru next year, said Peru's Defence "
    "Minister Walter Astudillo."
)
HOSTILE = "<img src=x onerror=window.__pwned=1>"
HOSTILE_ARTICLE = (
    "Chile and Argentina hold talks\n\n"
    f"SANTIAGO (AP) - Chile and Argentina agreed to cooperate on border security {HOSTILE} "
    "the foreign ministry said.\n\n"
    "A reader wrote :red[alarm] and **loud** and $x^2$ and `code` below."
)


def _server_on_a_copy(tmp_path_factory: pytest.TempPathFactory, name: str) -> Iterator[AppServer]:
    """A server on its own copy of the fixture data, since saving writes into it."""
    data = tmp_path_factory.mktemp(name) / "data"
    shutil.copytree(FIXTURES / "data", data)
    srv = AppServer(data)
    srv.data = data  # type: ignore[attr-defined]
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def writable_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppServer]:
    yield from _server_on_a_copy(tmp_path_factory, "add")


def _draft(page: Page, url: str, text: str) -> None:
    page.goto(f"{url}/add")
    area = page.locator(".st-key-add-text textarea")
    area.wait_for(timeout=30000)
    area.fill(text)
    area.press("Control+Enter")
    page.locator(".st-key-add-draft-paste button").click()
    page.get_by_text("Draft:", exact=False).first.wait_for(timeout=30000)
    page.locator(".st-key-add-paragraphs").wait_for(timeout=30000)


def _save(page: Page, server: AppServer) -> str:
    """Click Save, wait for the page to say so, and read the one file it wrote."""
    save = page.locator(".st-key-add-save button")
    save.wait_for(timeout=20000)
    assert save.is_enabled()
    save.click()
    page.get_by_text("It is on the map now", exact=False).wait_for(timeout=30000)
    folder = server.data / "articles"  # type: ignore[attr-defined]
    saved = [p for p in folder.glob("*.yaml") if p.name != "andes-naval-drill.yaml"]
    assert len(saved) == 1
    return saved[0].read_text(encoding="utf-8")


def _map_frame(page: Page) -> Frame:
    """The map once it has drawn, on the page the browser is on (no new visit)."""
    page.frame_locator(base.MAP_FRAME).locator("[data-entity-id]").first.wait_for(
        state="attached", timeout=30000
    )
    frame = next(f for f in page.frames if "streamlit_folium" in f.url)
    frame.wait_for_function("() => window.map && window.map._loaded", timeout=30000)
    return frame


def test_paste_draft_save_and_find_it_on_the_map(writable_server: AppServer, page: Page) -> None:
    _draft(page, writable_server.url, ARTICLE)
    paragraphs = page.locator(".st-key-add-paragraphs").inner_text()
    assert "Peru and Japan signed an agreement" in paragraphs
    # place the first site by clicking the small map beside the sites table
    page.get_by_text("Place a site on the map").click()
    picker = page.locator(base.MAP_FRAME)
    page.frame_locator(base.MAP_FRAME).locator(".leaflet-container").wait_for(timeout=30000)
    frame = next(f for f in page.frames if "streamlit_folium" in f.url)
    frame.wait_for_function("() => window.map && window.map._loaded", timeout=30000)
    picker.scroll_into_view_if_needed()
    page.wait_for_timeout(1000)
    box = picker.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2 + 50, box["y"] + box["height"] / 2 + 30)
    page.get_by_text("located by manual", exact=False).first.wait_for(timeout=20000)

    written = _save(page, writable_server)
    assert "located_by: manual" in written and "relations:" in written  # no edit lost

    page.get_by_role("link", name="Open it on the map").click()
    frame = _map_frame(page)
    page.wait_for_function("() => location.search.includes('select=')", timeout=20000)
    selected = page.evaluate("() => new URLSearchParams(location.search).get('select')")
    text = base.panel_text(page, "Japan")
    assert "Peru" in text
    links = frame.evaluate(
        "() => { const ids = []; window.map.eachLayer((l) => { if (l.feature && "
        "l.feature.properties.entity === 'link') ids.push(l.feature.properties.id); }); "
        "return ids; }"
    )
    # the new article's link beside the one the data folder already had
    assert "link-jpn-per-cooperation" in links and "link-arg-chl-cooperation" in links
    assert selected

    # a fresh visit through the link's address opens the same relation
    page.goto(f"{writable_server.url}/?select={selected}")
    assert "Japan" in base.panel_text(page, "Japan")


def test_pasted_markup_is_shown_literally_and_never_runs(
    writable_server: AppServer, page: Page
) -> None:
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    _draft(page, writable_server.url, HOSTILE_ARTICLE)
    paragraphs = page.locator(".st-key-add-paragraphs")
    text = paragraphs.inner_text().replace("\u200b", "")
    assert HOSTILE in text
    assert ":red[alarm]" in text and "**loud**" in text
    assert "$x^2$" in text and "`code`" in text
    assert paragraphs.locator("img").count() == 0
    assert paragraphs.locator("a").count() == 0
    assert page.evaluate("() => window.__pwned === undefined")
    assert errors == []


@pytest.fixture(scope="module")
def fresh_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppServer]:
    """A server of its own, so that what this module's tests save does not meet."""
    yield from _server_on_a_copy(tmp_path_factory, "suggest")


def test_a_possible_relation_is_listed_taken_in_with_one_click_and_saved(
    fresh_server: AppServer, page: Page
) -> None:
    watched = "China runs the new port at Chancay, a project Tokyo watches closely."
    _draft(page, fresh_server.url, f"{ARTICLE}\n\n{watched}")
    box = page.locator(".st-key-add-suggestions")
    box.get_by_text("Possible relations to check", exact=False).click()
    box.get_by_text(watched).first.wait_for(timeout=20000)
    text = box.inner_text()
    assert "China (CHN) – Japan (JPN)" in text and "Trade and infrastructure" in text
    assert re.search(
        r"China \(CHN\) – Japan \(JPN\) · Trade and infrastructure · ¶\d+ · \d+% likely", text
    )
    # the rules' own relations are in the table, not among the suggestions
    assert "Japan (JPN) – Peru (PER) · Military training" not in text
    before = text.count(watched)

    row = box.locator('[data-testid="stHorizontalBlock"]', has_text=watched).first
    row.get_by_role("button", name="Add").click()
    # the one taken leaves the list (and the list goes when it was the last)
    page.wait_for_function(
        "([sel, n, want]) => { const el = document.querySelector(sel);"
        " return (el ? el.innerText.split(n).length - 1 : 0) === want; }",
        arg=[".st-key-add-suggestions", watched, before - 1],
        timeout=30000,
    )

    written = _save(page, fresh_server)
    assert "-chn-jpn-cooperation" in written and "trade_infrastructure" in written
    assert watched in written  # the sentence went in as the evidence


@pytest.fixture(scope="module")
def doubting_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppServer]:
    """A server of its own, so that its one save is the only new file."""
    yield from _server_on_a_copy(tmp_path_factory, "doubt")


def test_a_type_the_rule_check_doubts_waits_among_the_suggestions_and_is_not_saved(
    doubting_server: AppServer, page: Page
) -> None:
    # "bases there" reads as security between every two states of the sentence; France and
    # China share no base, and the learned check says so
    survey = (
        "Like Peru, Djibouti hosts a French contingent, and both the United States and China "
        "run bases there."
    )
    _draft(page, doubting_server.url, f"{ARTICLE}\n\n{survey}")
    box = page.locator(".st-key-add-suggestions")
    box.get_by_text("Possible relations to check", exact=False).click()
    box.get_by_text(survey).first.wait_for(timeout=20000)
    text = box.inner_text()
    assert re.search(
        r"China \(CHN\) – France \(FRA\) · Regional security · ¶\d+ · \d+% likely", text
    )
    assert "some the rules read and a learned check doubted" in text

    written = _save(page, doubting_server)
    assert "-chn-fra-" not in written  # set aside, so not in the record
    assert "military_training" in written  # the rules' sure types stay
