"""Map speed and payload, each figure beside a baseline measured in the same run.

    .venv/bin/python bench/map.py [--runs 5] [--screenshot docs/map-panel.png]

- page to clickable: opening the Map page until the map's entities are drawn and clickable,
  against opening the About page (same server, no map) until its title shows;
- filter change: in the browser, unticking a type until the map has redrawn; on the server,
  filtering plus building the map script, against loading the dataset from disk;
- payload: the bytes st_folium sends to the browser for the map, against the raw
  country-shapes file it is built from.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402
from streamlit_folium import _get_header, _get_html, _get_map_string  # noqa: E402

from dashboard import filters  # noqa: E402
from dashboard.mapping.build import build_map  # noqa: E402
from dashboard.reference import shapes_path  # noqa: E402
from dashboard.store import load_dataset  # noqa: E402
from tests.server import AppServer  # noqa: E402
from tests.test_browser import (  # noqa: E402
    CHROMIUM_FLAGS,
    PANEL,
    _chromium,
    click_entity,
    open_map,
)


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def server_side(runs: int) -> None:
    base, work = [], []
    for _ in range(runs):
        t = time.perf_counter()
        data = load_dataset(ROOT / "data")
        base.append(time.perf_counter() - t)
        t = time.perf_counter()
        view = filters.apply(data, filters.FilterState.of(types=["counter_narcotics"]))
        fmap = build_map(view)
        _get_map_string(fmap)
        _get_header(fmap)
        work.append(time.perf_counter() - t)
    b, w = _median_ms(base), _median_ms(work)
    print(
        f"server: filter + build map script   {w:8.1f} ms   baseline load dataset {b:6.1f} ms"
        f"   ratio {w / b:6.2f}"
    )
    view = filters.apply(load_dataset(ROOT / "data"), filters.FilterState())
    fmap = build_map(view)
    sent = len((_get_map_string(fmap) + _get_header(fmap) + _get_html(fmap)).encode())
    raw = shapes_path().stat().st_size
    print(
        f"payload: st_folium map arguments     {sent / 1024:8.1f} KiB  baseline shapes file "
        f"{raw / 1024:6.1f} KiB   ratio {sent / raw:6.2f}"
    )


_HAS_ENTITY = """
(id) => !!(window.map && window.map._loaded && (() => {
  let hit = false;
  window.map.eachLayer((l) => { if (l.feature && l.feature.properties.id === id) hit = true; });
  return hit;
})())
"""
_READY = "() => !!(window.map && window.map._loaded)"


def _wait_until_drawn_without(page, entity_id: str, timeout: float = 30) -> None:
    """Poll the map frames until a freshly drawn map no longer has the entity."""
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        for frame in page.frames:
            if "streamlit_folium" not in frame.url:
                continue
            try:
                if frame.evaluate(_READY) and not frame.evaluate(_HAS_ENTITY, entity_id):
                    return
            except Exception:  # noqa: BLE001 - a frame being replaced mid-check
                pass
        time.sleep(0.02)
    raise TimeoutError(f"{entity_id} still drawn after {timeout} s")


def browser_side(runs: int, screenshot: Path | None) -> None:
    server = AppServer(None)
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=_chromium(), args=CHROMIUM_FLAGS)
            about, clickable, change = [], [], []
            for _ in range(runs):
                context = browser.new_context(viewport={"width": 1500, "height": 1100})
                page = context.new_page()
                t = time.perf_counter()
                page.goto(f"{server.url}/about")
                page.get_by_text("Validation report").wait_for(timeout=30000)
                about.append(time.perf_counter() - t)
                context.close()

                context = browser.new_context(viewport={"width": 1500, "height": 1100})
                page = context.new_page()
                t = time.perf_counter()
                frame = open_map(page, server.url)
                clickable.append(time.perf_counter() - t - 0.8)  # open_map waits 0.8 s extra
                t = time.perf_counter()
                page.locator(".st-key-stance").get_by_text("Cooperation").click()
                _wait_until_drawn_without(page, "link-chn-usa-rivalry")
                change.append(time.perf_counter() - t)
                del frame
                context.close()
            a, c, f = _median_ms(about), _median_ms(clickable), _median_ms(change)
            print(
                f"browser: page to clickable map      {c:8.0f} ms   baseline About page "
                f"{a:6.0f} ms   ratio {c / a:6.2f}"
            )
            print(
                f"browser: filter change redrawn      {f:8.0f} ms   baseline About page "
                f"{a:6.0f} ms   ratio {f / a:6.2f}"
            )
            if screenshot:
                context = browser.new_context(viewport={"width": 1440, "height": 1000})
                page = context.new_page()
                frame = open_map(page, server.url)
                click_entity(page, frame, "link-per-usa-cooperation")
                page.locator(PANEL).get_by_text("United States – Peru").wait_for()
                page.wait_for_timeout(1500)
                page.screenshot(path=str(screenshot))
                print(f"screenshot saved to {screenshot}")
            browser.close()
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--screenshot", type=Path)
    args = parser.parse_args()
    server_side(max(args.runs, 3) * 4)
    browser_side(args.runs, args.screenshot)


if __name__ == "__main__":
    main()
