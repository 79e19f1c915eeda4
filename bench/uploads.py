"""Bad input against the real server: how fast it is refused, and what it costs in memory.

    .venv/bin/python bench/uploads.py

Two parts, each on a server of its own with a copy of the test fixture data:

- the Add article page given too much: a 3 MB file (over our 2 MB article limit), a 6 MB file
  (over Streamlit's 5 MB upload limit, refused in the browser) and 3 MB pasted; timed until
  the refusal shows, against refusing an empty paste box in the same run. Afterwards a small
  article must still draft.
- hostile data files (tests/test_store_limits.py makes them: alias bombs, deep nesting, 50 MB)
  put in the server's data folder one at a time; the map is reloaded and timed until the page
  names the file, against reloading the map with no bad file.

Memory is the server process and its children from /proc: before, peak, after.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from playwright.sync_api import Browser, Page, sync_playwright  # noqa: E402

from bench.load import watchdog  # noqa: E402
from tests.conftest import FIXTURES  # noqa: E402
from tests.server import AppServer  # noqa: E402
from tests.test_browser import CHROMIUM_FLAGS, _chromium  # noqa: E402
from tests.test_browser_limits import (  # noqa: E402
    MiB,
    RssWatch,
    draft_small_article,
    open_add_page,
    paste,
    upload,
)
from tests.test_store_limits import CASES  # noqa: E402

HEADER = (
    "| case | refused in (ms) | × baseline | RSS before → peak → after (MB) | growth (MB) "
    "| page works after | message |\n|---|---:|---:|---:|---:|---|---|"
)


def _row(
    case: str, seconds: float, base: float, rss: tuple[int, int, int], works: str, message: str
) -> str:
    before, peak, after = rss
    growth = max(peak, after) - before
    text = " ".join(message.split()).replace("|", "/")
    return (
        f"| {case} | {seconds * 1000:.0f} | {seconds / base:.2f} "
        f"| {before / MiB:.0f} → {peak / MiB:.0f} → {after / MiB:.0f} | {growth / MiB:+.1f} "
        f"| {works} | {text[:100]} |"
    )


def _context_page(browser: Browser) -> Page:
    return browser.new_context(viewport={"width": 1500, "height": 1100}).new_page()


def _empty_paste(page: Page) -> float:
    """The baseline: a refusal that costs nothing, the round trip every refusal includes."""
    page.get_by_role("tab", name="Paste text").click()
    started = time.perf_counter()
    page.locator(".st-key-add-draft-paste button").click()
    page.get_by_text("There is no text to draft from", exact=False).wait_for(timeout=30000)
    return time.perf_counter() - started


def bad_inputs(browser: Browser, server: AppServer, runs: int) -> None:
    page = _context_page(browser)
    open_add_page(page, server.url)
    _empty_paste(page)  # warm up
    base = min(_empty_paste(page) for _ in range(runs))
    page.context.close()
    print(f"\nAdd article page (baseline: refusing an empty paste box, {base * 1000:.0f} ms)\n")
    print(HEADER)
    steps = [
        lambda p, w: upload(p, w, server.pid, 3 * MiB),
        lambda p, w: upload(p, w, server.pid, 6 * MiB),
        lambda p, w: paste(p, w, server.pid, 3 * MiB),
    ]
    notes = []
    for step in steps:
        page = _context_page(browser)
        wire = open_add_page(page, server.url)
        result = step(page, wire)
        try:
            draft_small_article(page)
            works = "yes"
        except Exception as err:  # noqa: BLE001 - reported, not raised: the bench goes on
            works = f"no: {type(err).__name__}"
        page.context.close()
        case = result.case + ("" if result.sent else " (refused in the browser)")
        rss = (result.rss_before, result.rss_peak, result.rss_after)
        print(_row(case, result.seconds, base, rss, works, result.message))
        if result.browser_seconds:
            notes.append(
                f"{result.case}: the browser took {result.browser_seconds * 1000:.0f} ms "
                "to take the text in and send it, before the time above starts"
            )
    for note in notes:
        print(f"\n{note}")


def _reload_until(page: Page, url: str, text: str) -> float:
    started = time.perf_counter()
    page.goto(url)
    page.get_by_text(text, exact=False).first.wait_for(timeout=60000)
    return time.perf_counter() - started


def bad_files(browser: Browser, server: AppServer, data: Path, runs: int) -> None:
    page = _context_page(browser)
    _reload_until(page, server.url, "Relations Atlas")  # warm up
    base = min(_reload_until(page, server.url, "relations between") for _ in range(runs))
    print(f"\nData files (baseline: reloading the map with no bad file, {base * 1000:.0f} ms)\n")
    print(HEADER)
    articles = data / "articles"
    for name, write, reason in CASES:
        path = articles / f"{name}.yaml"
        write(path)
        size = path.stat().st_size
        watch = RssWatch(server.pid)
        try:
            with RssWatch(server.pid) as watch:
                seconds = _reload_until(page, server.url, f"{name}.yaml")
                page.wait_for_timeout(500)
            label = page.get_by_text(f"{name}.yaml", exact=False).first
            label.click()  # open the expander to read the reason
            page.get_by_text(reason, exact=False).first.wait_for(timeout=10000)
            message = page.get_by_text(reason, exact=False).first.inner_text()
            alive = server.proc.poll() is None
            works = "yes" if alive and page.get_by_text("relations between").count() else "no"
        except Exception as err:  # noqa: BLE001 - reported, not raised: the bench goes on
            seconds, message, works = float("nan"), f"{type(err).__name__}: {err}", "no"
        finally:
            path.unlink()
        case = f"{name} ({size:,} bytes)"
        print(_row(case, seconds, base, (watch.before, watch.peak, watch.after), works, message))
    page.context.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs of each baseline")
    parser.add_argument("--timeout", type=float, default=600, help="for the whole run")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="atlas-uploads-") as tmp:
        for part in ("inputs", "files"):
            data = Path(tmp) / part / "data"
            shutil.copytree(FIXTURES / "data", data)
            server = AppServer(data, {})
            timer = watchdog(args.timeout, server)
            try:
                with sync_playwright() as pw:
                    browser = pw.chromium.launch(executable_path=_chromium(), args=CHROMIUM_FLAGS)
                    if part == "inputs":
                        bad_inputs(browser, server, args.runs)
                    else:
                        bad_files(browser, server, data, args.runs)
                    browser.close()
            finally:
                timer.cancel()
                server.stop()


if __name__ == "__main__":
    main()
