"""The product as a user meets it: the real server, Chromium, real clicks on map entities.

Playwright drives the system's Chromium (it cannot download its own here); scripts/test.sh
finds one and passes it in ATLAS_CHROMIUM. The map lives in st_folium's iframe.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Frame, Page, sync_playwright

from tests.conftest import FIXTURES
from tests.server import AppServer

pytestmark = pytest.mark.browser

MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'
PANEL = ".st-key-detail-panel"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _chromium() -> str:
    path = os.environ.get("ATLAS_CHROMIUM") or "/usr/bin/chromium"
    if not Path(path).exists():
        pytest.fail(f"no Chromium at {path}; run the tests through scripts/test.sh")
    return path


@pytest.fixture(scope="module")
def server() -> Iterator[AppServer]:
    srv = AppServer(None)
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=_chromium(), args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1500, "height": 1100})
    tab = context.new_page()
    tab.requests = []  # type: ignore[attr-defined]
    tab.on("request", lambda r: tab.requests.append(r.url))  # type: ignore[attr-defined]
    yield tab
    context.close()


def open_map(page: Page, url: str) -> Frame:
    page.goto(url)
    page.frame_locator(MAP_FRAME).locator(".leaflet-container").wait_for(timeout=30000)
    page.frame_locator(MAP_FRAME).locator("[data-entity-id]").first.wait_for(
        state="attached", timeout=30000
    )
    frame = next(f for f in page.frames if "streamlit_folium" in f.url)
    frame.wait_for_function("() => window.map && window.map._loaded", timeout=30000)
    page.wait_for_timeout(800)  # let fitBounds settle
    return frame


_POINT_OF = """
(id) => {
  let found = null;
  window.map.eachLayer((l) => {
    if (!found && l.feature && l.feature.properties.id === id
        && !String(l.feature.id).endsWith("~tether")) { found = l; }
  });
  if (!found) { return null; }
  let at;
  if (found.getLatLng) { at = found.getLatLng(); }
  else if (found instanceof L.Polygon) { at = found.getCenter(); }
  else { const pts = found.getLatLngs().flat(3); at = pts[Math.floor(pts.length / 2)]; }
  const p = window.map.latLngToContainerPoint(at);
  return {x: p.x, y: p.y};
}
"""


def entity_point(page: Page, frame: Frame, entity_id: str) -> tuple[float, float]:
    point = frame.evaluate(_POINT_OF, entity_id)
    assert point, f"{entity_id} is not drawn on the map"
    box = page.locator(MAP_FRAME).bounding_box()
    return box["x"] + point["x"], box["y"] + point["y"]


def zoom_to(frame: Frame, lat: float, lon: float, zoom: int) -> None:
    frame.evaluate(f"window.map.setView([{lat}, {lon}], {zoom}, {{animate: false}})")


def click_entity(page: Page, frame: Frame, entity_id: str) -> None:
    x, y = entity_point(page, frame, entity_id)
    page.mouse.move(x, y)
    page.mouse.click(x, y)


def panel_text(page: Page, expected: str) -> str:
    panel = page.locator(PANEL)
    panel.get_by_text(expected, exact=False).first.wait_for(timeout=20000)
    return panel.inner_text()


def test_map_appears_with_no_request_outside_the_server(server: AppServer, page: Page) -> None:
    open_map(page, server.url)
    page.wait_for_timeout(1500)
    outside = [
        u
        for u in page.requests  # type: ignore[attr-defined]
        if not u.startswith((server.url, "http://127.0.0.1", "data:", "blob:", "about:"))
    ]
    assert outside == []
    assert any("/app/static/vendor/leaflet/leaflet.js" in u for u in page.requests)  # type: ignore[attr-defined]
    legend = page.frame_locator(MAP_FRAME).locator(".atlas-legend")
    assert "Counter-narcotics" in legend.inner_text()


def test_hover_and_click_chancay_shows_partnership_and_criticism(
    server: AppServer, page: Page
) -> None:
    frame = open_map(page, server.url)
    zoom_to(frame, -11.8, -77.1, 8)
    x, y = entity_point(page, frame, "port-of-chancay")
    page.mouse.move(x, y)
    tooltip = page.frame_locator(MAP_FRAME).locator(".leaflet-tooltip")
    tooltip.first.wait_for(timeout=5000)
    assert "Port of Chancay" in tooltip.first.inner_text()
    page.mouse.click(x, y)
    text = panel_text(page, "Port of Chancay")
    assert "Strategic partnership" in text and "Trade and infrastructure" in text
    assert "Criticism" in text and "United States → China" in text
    assert "Peru ⇄ China" in text
    assert "select=port-of-chancay" in page.url


def test_clicking_the_us_peru_link_lists_types_with_quotes(server: AppServer, page: Page) -> None:
    frame = open_map(page, server.url)
    click_entity(page, frame, "link-per-usa-cooperation")
    panel_text(page, "United States – Peru")
    for label in ("Counter-narcotics", "Joint exercises", "Military training"):
        # each label is waited for: under load the panel's head draws before its groups
        assert label in panel_text(page, label)
    page.locator(PANEL).get_by_text("Counter-narcotics ·").click()  # open its group
    text = panel_text(page, "Bekämpfung")
    assert "Bekämpfung des Drogenhandels" in text  # the German original
    assert "fight against drug trafficking" in text  # beside its translation
    assert "Original (German)" in text and "English translation" in text


def test_clicking_a_country_then_a_panel_link_moves_the_selection(
    server: AppServer, page: Page
) -> None:
    frame = open_map(page, server.url)
    zoom_to(frame, -9.0, -75.0, 4)
    click_entity(page, frame, "PER")
    assert "Elmer Schialer" in panel_text(page, "Peru")
    page.locator(PANEL).get_by_role("button", name="China").first.click()
    panel_text(page, "China")
    page.wait_for_function("() => location.search.includes('select=CHN')", timeout=10000)


def test_type_filter_in_the_url(server: AppServer, page: Page) -> None:
    frame = open_map(page, f"{server.url}/?types=counter_narcotics")
    ids = frame.evaluate(
        "() => { const ids = []; window.map.eachLayer((l) => { if (l.feature && "
        "l.feature.properties.entity === 'link') ids.push(l.feature.properties.id); }); "
        "return ids; }"
    )
    assert set(ids) == {"link-per-usa-cooperation"}
    legend = page.frame_locator(MAP_FRAME).locator(".atlas-legend").inner_text()
    assert "Counter-narcotics" in legend and "Strategic partnership" not in legend
    assert page.locator(".st-key-type-counter_narcotics input").is_checked()
    assert not page.locator(".st-key-type-strategic_partnership input").is_checked()


@pytest.fixture(scope="module")
def hostile_server() -> Iterator[AppServer]:
    srv = AppServer(FIXTURES / "hostile")
    yield srv
    srv.stop()


def test_hostile_text_is_shown_literally_and_never_runs(
    hostile_server: AppServer, page: Page
) -> None:
    dialogs: list[str] = []
    errors: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: errors.append(str(e)))
    frame = open_map(page, hostile_server.url)
    zoom_to(frame, -23.9, -46.3, 6)
    x, y = entity_point(page, frame, "evil-port")
    page.mouse.move(x, y)
    tip = page.frame_locator(MAP_FRAME).locator(".leaflet-tooltip").first
    tip.wait_for(timeout=5000)
    assert "<img src=x onerror=" in tip.inner_text()  # shown as text
    page.mouse.click(x, y)
    text = panel_text(page, "onerror")
    assert "`${window.__pwned='description'}`" in text
    click_entity(page, frame, "link-arg-bra-cooperation")
    text = panel_text(page, "window.__pwned='quote'")
    assert "</script><img src=x" in text
    for target in (page, frame):
        assert target.evaluate("() => window.__pwned === undefined")
    assert dialogs == [] and errors == []
