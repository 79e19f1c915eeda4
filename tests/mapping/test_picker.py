"""The site picker map: offline, centred on the site being placed, names escaped."""

from __future__ import annotations

import re

from dashboard.mapping.picker import PickerSite, build_picker

SITES = [
    PickerSite("port-of-callao", "Port of Callao", -12.05, -77.15),
    PickerSite("evil", "<img src=x onerror=alert(1)>", -13.0, -76.0),
    PickerSite("nowhere", "Not placed yet", None, None),
]


def _urls(fmap) -> list[str]:
    found, stack = [], [fmap]
    while stack:
        item = stack.pop()
        found += [url for _, url in getattr(item, "default_js", [])]
        found += [url for _, url in getattr(item, "default_css", [])]
        stack.extend(getattr(item, "_children", {}).values())
    return found


def test_the_picker_loads_nothing_from_outside() -> None:
    fmap = build_picker(SITES, "port-of-callao", countries=["PER"])
    urls = _urls(fmap)
    assert urls and all(u.startswith("/app/static/") for u in urls)
    html = fmap.get_root().render()
    assert not re.findall(r"""(?:src|href)=["']https?://""", html)


def test_it_starts_on_the_selected_site_and_shades_the_drafts_states() -> None:
    fmap = build_picker(SITES, "port-of-callao", countries=["PER"])
    assert list(fmap.location) == [-12.05, -77.15]
    shapes = next(c for c in fmap._children.values() if getattr(c, "layer_name", "") == "Countries")
    active = {f["properties"]["active"] for f in shapes.data["features"]}
    assert active == {True, False}
    assert shapes.options.get("interactive") is False  # clicks fall through to the map


def test_a_site_with_no_position_shows_the_others() -> None:
    fmap = build_picker(SITES, "nowhere")
    html = fmap.get_root().render()
    assert "fitBounds" in html


def test_site_names_are_escaped_in_tooltips() -> None:
    html = build_picker(SITES, "evil").get_root().render()
    assert "<img src=x" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
