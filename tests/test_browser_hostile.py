"""Hostile text in every field, met in the real app: shown literally, never run, never breaking.

One server serves a dataset where every text field of every record holds markup, script,
Markdown, template syntax or odd Unicode (tests/hostile.py). Every page is visited and every
map entity hovered and clicked; nothing may open a dialog, throw, log an error or set
`window.__pwned`, and the strings must read exactly as written.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from playwright.sync_api import ConsoleMessage, Frame, Page

import tests.test_browser as base
from dashboard import filters
from dashboard.mapping.links import describe
from dashboard.store import Dataset, load_dataset
from tests.conftest import ROOT
from tests.hostile import ARTICLE_SAMPLES, ARTICLE_TEXT, VISIBLE, build_hostile_dataset, shown
from tests.server import AppServer

pytestmark = pytest.mark.browser

browser = base.browser
page = base.page

#: Console errors that say nothing about escaping, each with the reason it is harmless:
BENIGN_CONSOLE = (
    # the browser asks for /favicon.ico on its own; Streamlit serves none there
    "favicon.ico",
    # opened at /relations, Streamlit's frontend first looks for its server under that path
    # (it could be a base URL), gets 404 and falls back to the root: no page code is involved
    "/_stcore/host-config",
    "/_stcore/health",
)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_hostile_dataset(tmp_path_factory.mktemp("hostile") / "data")


@pytest.fixture(scope="module")
def server(hostile: Path) -> Iterator[AppServer]:
    srv = AppServer(hostile)
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def data(hostile: Path) -> Dataset:
    loaded = load_dataset(hostile)
    assert loaded.issues == ()
    return loaded


@dataclass
class Watch:
    """Everything a page reports that would mean text ran as code or broke a script."""

    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)

    def attach(self, tab: Page) -> Watch:
        tab.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        tab.on("pageerror", lambda e: self.errors.append(str(e)))
        tab.on("console", self._console)
        return self

    def _console(self, message: ConsoleMessage) -> None:
        if message.type != "error":
            return
        where = f"{message.text} @ {message.location.get('url', '')}"
        if not any(noise in where for noise in BENIGN_CONSOLE):
            self.console.append(where)

    def assert_clean(self, tab: Page) -> None:
        for frame in tab.frames:
            assert frame.evaluate("() => window.__pwned === undefined"), frame.url
        assert self.dialogs == [] and self.errors == [] and self.console == []


def readable(text: str) -> str:
    """Text as `inner_text` gives it: no control or format characters, whitespace collapsed."""
    kept = "".join(c if not unicodedata.category(c).startswith("C") else " " for c in shown(text))
    return " ".join(kept.split())


# --- finding a spot on the map where the entity itself is on top --------------------------------

_SPOT = """
(id) => {
  let layer = null;
  window.map.eachLayer((l) => {
    if (!layer && l.feature && l.feature.properties.id === id
        && !String(l.feature.id).endsWith("~tether")) { layer = l; }
  });
  if (!layer) { return null; }
  if (layer.getLatLng) {
    window.map.setView(layer.getLatLng(), 6, {animate: false});
  } else {
    window.map.fitBounds(layer.getBounds(), {animate: false, maxZoom: 6, padding: [40, 40]});
  }
  let candidates;
  if (layer.getLatLng) {
    candidates = [layer.getLatLng()];
  } else if (layer instanceof L.Polygon) {
    const b = layer.getBounds(), out = [];
    for (let i = 1; i < 12; i++) {
      for (let j = 1; j < 12; j++) {
        out.push(L.latLng(b.getSouth() + (b.getNorth() - b.getSouth()) * i / 12,
                          b.getWest() + (b.getEast() - b.getWest()) * j / 12));
      }
    }
    candidates = out;
  } else {
    candidates = layer.getLatLngs().flat(3);
  }
  const size = window.map.getSize();
  for (const at of candidates) {
    const p = window.map.latLngToContainerPoint(at);
    if (p.x < 5 || p.y < 5 || p.x > size.x - 5 || p.y > size.y - 5) { continue; }
    const box = window.map.getContainer().getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + p.x, box.top + p.y);
    const owner = hit && hit.closest("[data-entity-id]");
    if (owner && owner.getAttribute("data-entity-id") === id) { return {x: p.x, y: p.y}; }
  }
  return null;
}
"""


def spot(tab: Page, frame: Frame, entity_id: str) -> tuple[float, float]:
    point = frame.evaluate(_SPOT, entity_id)
    assert point, f"no point on the map where {entity_id} is on top"
    box = tab.locator(base.MAP_FRAME).bounding_box()
    assert box is not None
    return box["x"] + point["x"], box["y"] + point["y"]


def wait_for_text(tab: Page, selector: str, expected: str) -> str:
    """The element's text once it shows `expected` (compared as a reader sees it)."""
    want = readable(expected)
    tab.wait_for_function(
        """([sel, want]) => {
             const el = document.querySelector(sel);
             return el && el.innerText.replace(/\\s+/g, " ").includes(want);
           }""",
        arg=[selector, want],
        timeout=20000,
    )
    return tab.locator(selector).inner_text()


# --- the tests --------------------------------------------------------------------------------


def _entities(data: Dataset) -> list[tuple[str, str, str]]:
    """(id, tooltip text, panel title) of everything clickable on the default map."""
    view = filters.apply(data, filters.FilterState())
    found = []
    countries = {data.party_country(p) for r in view.relations for p in r.parties}
    for code in sorted(c for c in countries if c):
        name = data.party_name(code)
        found.append((code, name, name))
    for site in view.sites:
        found.append((site.id, site.name, site.name))
    for link in view.links:
        a, b = (data.party_name(p) for p in link.parties)
        found.append((link.id, describe(view, link), f"{a} – {b}"))
    return found


def test_every_map_entity_hovered_and_clicked_shows_text_literally(
    server: AppServer, data: Dataset, page: Page
) -> None:
    watch = Watch().attach(page)
    frame = base.open_map(page, server.url)
    entities = _entities(data)
    assert len(entities) >= 15
    texts = []
    for entity_id, tip, title in entities:
        x, y = spot(page, frame, entity_id)
        page.mouse.move(x, y)
        frame.wait_for_function(
            """(want) => [...document.querySelectorAll(".leaflet-tooltip")].some(
                 (t) => t.innerText.replace(/\\s+/g, " ").includes(want))""",
            arg=readable(tip)[:60],
            timeout=5000,
        )
        page.mouse.click(x, y)
        page.wait_for_function(
            f"() => location.search.includes('select={entity_id}')", timeout=20000
        )
        texts.append(wait_for_text(page, base.PANEL, title))
    watch.assert_clean(page)
    seen = readable(" ".join(texts))
    shown_fields = _displayed(data)
    sample = [s for s in VISIBLE if any(s in value for value in shown_fields)]
    assert len(sample) >= 5
    assert [s for s in sample if readable(s) not in seen] == []
    base.zoom_to(frame, 5, -40, 2)
    page.screenshot(path=str(_artifacts() / "hostile-map-panel.png"), full_page=False)


def _displayed(data: Dataset) -> list[str]:
    """Field values the map's panels show (a paragraph's own text, for one, they do not)."""
    values = [s.name for s in data.sites.values()] + [
        s.description or "" for s in data.sites.values()
    ]
    values += [p.name for p in data.people.values()] + [p.role for p in data.people.values()]
    values += [o.name for o in data.organizations.values()]
    values += [e.name for e in data.events.values()]
    values += [r.summary or "" for r in data.relations.values()]
    for relation in data.relations.values():
        values += [e.quote for e in relation.evidence] + [
            e.translation or "" for e in relation.evidence
        ]
    values += [a.title for a in data.articles.values()] + [a.outlet for a in data.articles.values()]
    return values


def _artifacts() -> Path:
    folder = ROOT / "test-artifacts"
    folder.mkdir(exist_ok=True)
    return folder


@pytest.mark.parametrize("path", ["/relations", "/about"])
def test_other_pages_show_the_data_and_run_none_of_it(
    server: AppServer, data: Dataset, page: Page, path: str
) -> None:
    watch = Watch().attach(page)
    page.goto(server.url + path)
    heading = "Relations" if path == "/relations" else "About the data"
    page.get_by_role("heading", name=heading).first.wait_for(timeout=30000)
    page.wait_for_timeout(1500)
    if path == "/about":
        text = wait_for_text(page, '[data-testid="stMain"]', "Validation report")
        for article in data.articles.values():
            assert readable(article.title) in readable(text)
            assert readable(article.outlet) in readable(text)
        assert "All 3 data file(s) passed every check" in text
    watch.assert_clean(page)


def test_a_hostile_article_pasted_into_add_is_drafted_literally(
    server: AppServer, page: Page
) -> None:
    watch = Watch().attach(page)
    page.goto(f"{server.url}/add")
    area = page.locator(".st-key-add-text textarea")
    area.wait_for(timeout=30000)
    area.fill(ARTICLE_TEXT)
    area.press("Control+Enter")
    page.locator(".st-key-add-draft-paste button").click()
    page.locator(".st-key-add-paragraphs").wait_for(timeout=30000)
    page.wait_for_timeout(1500)
    heading = page.get_by_text("Draft:", exact=False).first.inner_text()
    assert "<img src=x onerror=alert(1)>" in heading
    paragraphs = readable(page.locator(".st-key-add-paragraphs").inner_text())
    for sample in ARTICLE_SAMPLES:
        assert readable(sample) in paragraphs, sample
    watch.assert_clean(page)
