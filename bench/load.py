"""Many users at once: N browser sessions on one server, their speed, errors and the memory used.

    .venv/bin/python bench/load.py [--sessions 1 10 25] [--rounds 3] [--wave 5]

Starts the real server on 127.0.0.1 with a short disconnected-session TTL, then for each N
opens N Chromium sessions (one browser, a context each; launched in waves, all open together),
and in each: opens the map until it is clickable, then `--rounds` times clicks a link, a country
and a site and unticks and ticks a cooperation type, waiting each time for the map to redraw.
Figures are printed beside baselines from the same run: times against N=1 (the first N given),
memory against the server's idle RSS. Memory is the server process and its children from /proc.
A watchdog ends everything after `--timeout` seconds; the server is always killed.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import math
import os
import statistics
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from playwright.async_api import Browser, Page, async_playwright  # noqa: E402

from tests.server import AppServer  # noqa: E402
from tests.test_browser import _POINT_OF, CHROMIUM_FLAGS, MAP_FRAME, PANEL  # noqa: E402
from tests.test_browser_limits import RssWatch, tree_rss  # noqa: E402

MiB = 1024 * 1024
#: The type unticked and ticked again; its label leaves and rejoins the map's legend.
FILTER_TYPE = ("arms_transfer", "Arms transfer")
#: (entity id, view to set first or None, text the detail panel must then show)
CLICKS = [
    ("link-per-usa-cooperation", None, "United States – Peru"),
    ("PER", (-9.0, -75.0, 4), "Elmer Schialer"),
    ("port-of-chancay", (-11.8, -77.1, 8), "Port of Chancay"),
]


# --- the server -------------------------------------------------------------------------------


def watchdog(seconds: float, server: AppServer) -> threading.Timer:
    """End the whole run, server included, if it outlives its time budget."""

    def fire() -> None:
        print(f"\nbench/load.py: global timeout of {seconds:.0f} s reached; stopping.", flush=True)
        server.stop()
        os._exit(3)  # Playwright's driver sees us gone and closes Chromium

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    return timer


# --- one session ------------------------------------------------------------------------------


_CLICKABLE = """
() => {
  if (!(window.map && window.map._loaded) || window.map.__benchSeen) { return false; }
  let drawn = false;
  window.map.eachLayer((l) => { if (l.feature && l.feature.properties.id) { drawn = true; } });
  return drawn;
}
"""
_LEGEND = """
(label) => {
  const legend = document.querySelector(".atlas-legend");
  return legend ? legend.innerText.includes(label) : null;
}
"""


async def _fresh_map(page: Page, timeout: float, legend: tuple[str, bool] | None = None):
    """The map frame once a map not yet marked as seen is drawn (and its legend, if asked)."""
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        for frame in page.frames:
            if "streamlit_folium" not in frame.url:
                continue
            try:
                if not await frame.evaluate(_CLICKABLE):
                    continue
                if legend is None or await frame.evaluate(_LEGEND, legend[0]) is legend[1]:
                    return frame
            except Exception:  # noqa: BLE001 - the frame was replaced while we asked
                pass
        await asyncio.sleep(0.05)
    raise TimeoutError("the map was not drawn in time")


async def _mark_seen(page: Page) -> None:
    for frame in page.frames:
        if "streamlit_folium" in frame.url:
            with contextlib.suppress(Exception):  # a frame going away has nothing to mark
                await frame.evaluate("() => { if (window.map) window.map.__benchSeen = true; }")


async def _click(page: Page, timeout: float, entity: str, view, expected: str) -> None:
    frame = await _fresh_map(page, timeout)
    if view is not None:
        lat, lon, zoom = view
        await frame.evaluate(f"window.map.setView([{lat}, {lon}], {zoom}, {{animate: false}})")
    point = await frame.evaluate(_POINT_OF, entity)
    if not point:
        raise TimeoutError(f"{entity} is not drawn on the map")
    box = await page.locator(MAP_FRAME).bounding_box()
    x, y = box["x"] + point["x"], box["y"] + point["y"]
    await page.mouse.move(x, y)
    await page.mouse.click(x, y)
    panel = page.locator(PANEL).get_by_text(expected, exact=False).first
    await panel.wait_for(timeout=timeout * 1000)


async def _toggle_type(page: Page, timeout: float, shown: bool) -> float:
    """Untick or tick the type in the sidebar; seconds until the map has redrawn accordingly."""
    type_id, label = FILTER_TYPE
    await _mark_seen(page)
    box = page.locator(f".st-key-type-{type_id} label").first
    started = time.perf_counter()
    await box.click()
    await _fresh_map(page, timeout, legend=(label, shown))
    return time.perf_counter() - started


@dataclass
class Session:
    clickable: float | None = None
    filter_changes: list[float] = field(default_factory=list)
    timeouts: int = 0
    page_errors: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)


@dataclass
class Crowd:
    """What the sessions of one N share: when all are open, and when all are done."""

    size: int
    all_open: asyncio.Event = field(default_factory=asyncio.Event)
    all_done: asyncio.Event = field(default_factory=asyncio.Event)
    finished: int = 0

    def finish(self) -> None:
        self.finished += 1
        if self.finished == self.size:
            self.all_done.set()


async def run_session(
    browser: Browser,
    url: str,
    rounds: int,
    timeout: float,
    crowd: Crowd,
    opened: asyncio.Event,
) -> Session:
    result = Session()
    context = await browser.new_context(viewport={"width": 1500, "height": 1100})
    try:
        page = await context.new_page()
        page.on("pageerror", lambda e: result.page_errors.append(str(e)))
        page.on(
            "console",
            lambda m: result.console_errors.append(m.text) if m.type == "error" else None,
        )
        try:
            started = time.perf_counter()
            await page.goto(url, timeout=timeout * 1000)
            await _fresh_map(page, timeout)
            result.clickable = time.perf_counter() - started
        except Exception:  # noqa: BLE001 - a timeout, or a page that never came
            result.timeouts += 1
        finally:
            opened.set()
        await crowd.all_open.wait()
        try:
            for _ in range(rounds if result.clickable is not None else 0):
                for entity, view, expected in CLICKS:
                    await _click(page, timeout, entity, view, expected)
                result.filter_changes.append(await _toggle_type(page, timeout, shown=False))
                result.filter_changes.append(await _toggle_type(page, timeout, shown=True))
        except Exception:  # noqa: BLE001 - count it and stop this session's rounds
            result.timeouts += 1
    finally:
        crowd.finish()
        await crowd.all_done.wait()  # stay open until every session is through
        await context.close()
    return result


# --- one N ------------------------------------------------------------------------------------


@dataclass
class Phase:
    n: int
    sessions: list[Session]
    rss_before: int
    rss_peak: int
    rss_after: int  # once every session is closed and the disconnected-session TTL has passed

    @property
    def clickable(self) -> list[float]:
        return [s.clickable for s in self.sessions if s.clickable is not None]

    @property
    def filter_changes(self) -> list[float]:
        return [t for s in self.sessions for t in s.filter_changes]

    @property
    def errors(self) -> tuple[int, int, int]:
        return (
            sum(s.timeouts for s in self.sessions),
            sum(len(s.page_errors) for s in self.sessions),
            sum(len(s.console_errors) for s in self.sessions),
        )


async def run_phase(browser: Browser, server: AppServer, n: int, args) -> Phase:
    crowd = Crowd(n)
    tasks = []
    with RssWatch(server.pid, every=0.25) as watch:
        for first in range(0, n, args.wave):
            wave = [asyncio.Event() for _ in range(min(args.wave, n - first))]
            tasks += [
                asyncio.create_task(
                    run_session(browser, server.url, args.rounds, args.wait, crowd, opened)
                )
                for opened in wave
            ]
            await asyncio.gather(*(e.wait() for e in wave))
        crowd.all_open.set()
        sessions = await asyncio.gather(*tasks)
    await asyncio.sleep(args.ttl + args.margin)
    return Phase(n, sessions, watch.before, watch.peak, tree_rss(server.pid))


# --- report -----------------------------------------------------------------------------------


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def _ms(samples: list[float]) -> tuple[float, float]:
    if not samples:
        return math.nan, math.nan
    return statistics.median(samples) * 1000, p95(samples) * 1000


def table(phases: list[Phase], idle: int) -> str:
    base_click, _ = _ms(phases[0].clickable)
    base_filter, _ = _ms(phases[0].filter_changes)
    first = phases[0].n
    rows = [
        f"| N | clickable median / p95 (ms) | × N={first} | filter change median / p95 (ms) "
        f"| × N={first} | errors: timeouts / page / console | RSS before → peak (MB) "
        "| per session (MB) | after TTL (MB) | peak × idle |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for phase in phases:
        click_med, click_p95 = _ms(phase.clickable)
        filter_med, filter_p95 = _ms(phase.filter_changes)
        timeouts, page_errors, console_errors = phase.errors
        rows.append(
            f"| {phase.n} | {click_med:.0f} / {click_p95:.0f} | {click_med / base_click:.2f} "
            f"| {filter_med:.0f} / {filter_p95:.0f} | {filter_med / base_filter:.2f} "
            f"| {timeouts} / {page_errors} / {console_errors} "
            f"| {phase.rss_before / MiB:.0f} → {phase.rss_peak / MiB:.0f} "
            f"| {(phase.rss_peak - phase.rss_before) / MiB / phase.n:.1f} "
            f"| {phase.rss_after / MiB:.0f} | {phase.rss_peak / idle:.2f} |"
        )
    return "\n".join(rows)


async def bench(server: AppServer, args) -> None:
    from tests.test_browser import _chromium

    cold = tree_rss(server.pid)
    phases = []
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=_chromium(), args=CHROMIUM_FLAGS)
        try:
            # One unmeasured visit first: the first page loads the data and the map code once
            # for every later session, and would otherwise be charged to N=1 alone.
            crowd = Crowd(1)
            crowd.all_open.set()
            await run_session(browser, server.url, 0, args.wait, crowd, asyncio.Event())
            await asyncio.sleep(2)
            idle = tree_rss(server.pid)
            print(
                f"server RSS: {cold / MiB:.0f} MB just started, {idle / MiB:.0f} MB idle after "
                "one visit (the baseline for memory ratios)",
                flush=True,
            )
            for n in args.sessions:
                phase = await run_phase(browser, server, n, args)
                phases.append(phase)
                timeouts, page_errors, console_errors = phase.errors
                print(
                    f"N={n}: {len(phase.clickable)}/{n} clickable, "
                    f"{len(phase.filter_changes)} filter changes, errors {timeouts}/"
                    f"{page_errors}/{console_errors}",
                    flush=True,
                )
                for s in phase.sessions:
                    for text in (s.page_errors + s.console_errors)[:3]:
                        print(f"  error: {text[:160]}")
        finally:
            await browser.close()
    print()
    print(table(phases, idle))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, nargs="+", default=[1, 10, 25])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--wave", type=int, default=5, help="sessions launched at a time")
    parser.add_argument("--wait", type=float, default=90, help="seconds for any one step")
    parser.add_argument("--ttl", type=int, default=10, help="server.disconnectedSessionTTL")
    parser.add_argument("--margin", type=float, default=10, help="seconds waited past the TTL")
    parser.add_argument("--timeout", type=float, default=1800, help="for the whole run")
    args = parser.parse_args()
    server = AppServer(None, {"server.disconnectedSessionTTL": str(args.ttl)})
    timer = watchdog(args.timeout, server)
    try:
        asyncio.run(bench(server, args))
    finally:
        timer.cancel()
        server.stop()


if __name__ == "__main__":
    main()
