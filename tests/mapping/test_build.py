"""Map building without Streamlit: offline assets, layers, ids and escaping in every sink."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from streamlit_folium import _get_header, _get_map_string

from dashboard import filters
from dashboard.mapping import links
from dashboard.mapping.build import LAYERS, MapOptions, build_map
from dashboard.store import Dataset, load_dataset
from tests.conftest import FIXTURES, ROOT


@pytest.fixture(scope="module")
def seed() -> Dataset:
    return load_dataset(ROOT / "data")


def _features(fmap, name: str) -> list[dict]:
    for child in fmap._children.values():
        if getattr(child, "layer_name", None) == name:
            return child.data["features"]
    return []


def _component_links(fmap) -> list[str]:
    """What st_folium would load in the browser: every default_js and default_css URL."""
    found = []
    stack = [fmap]
    while stack:
        item = stack.pop()
        found += [url for _, url in getattr(item, "default_js", [])]
        found += [url for _, url in getattr(item, "default_css", [])]
        stack.extend(getattr(item, "_children", {}).values())
    return found


def test_the_map_loads_nothing_from_outside(seed: Dataset) -> None:
    fmap = build_map(filters.apply(seed, filters.FilterState()))
    urls = _component_links(fmap)
    assert urls and all(u.startswith("/app/static/") for u in urls)
    html = fmap.get_root().render()
    assert not re.findall(r"""(?:src|href)=["']https?://""", html)
    assert "tile.openstreetmap" not in html
    assert "d3js.org" not in html and "cdnjs" not in html


def test_web_tiles_only_when_asked(seed: Dataset) -> None:
    view = filters.apply(seed, filters.FilterState())
    assert (
        "tile.openstreetmap.org" in build_map(view, MapOptions(web_tiles=True)).get_root().render()
    )


def test_every_layer_is_one_geojson_with_ids(seed: Dataset) -> None:
    fmap = build_map(filters.apply(seed, filters.FilterState()))
    assert [layer.name for layer in LAYERS] == ["Countries", "Links", "Sites"]
    countries = _features(fmap, "Countries")
    assert len(countries) > 150
    active = {f["properties"]["id"] for f in countries if f["properties"]["active"]}
    assert active == {"USA", "PER", "CHN"}
    sites = {f["properties"]["id"] for f in _features(fmap, "Sites")}
    assert {"pentagon", "port-of-chancay"} <= sites
    link_ids = {f["properties"]["id"] for f in _features(fmap, "Links")}
    assert link_ids == {
        "link-per-usa-cooperation",
        "link-chn-usa-rivalry",
        "link-chn-per-cooperation",
    }


def test_rivalry_is_dashed_and_width_grows_with_evidence(seed: Dataset) -> None:
    fmap = build_map(filters.apply(seed, filters.FilterState()))
    styles = {
        f["properties"]["id"]: f["properties"]["style"]
        for f in _features(fmap, "Links")
        if not f["id"].endswith("~tether")
    }
    assert styles["link-chn-usa-rivalry"]["dashArray"] == links.RIVALRY_DASH
    assert styles["link-per-usa-cooperation"]["dashArray"] is None
    assert styles["link-chn-usa-rivalry"]["color"] != styles["link-chn-per-cooperation"]["color"]
    # US–Peru has 8 pieces of evidence, Peru–China 2
    assert (
        styles["link-per-usa-cooperation"]["weight"] > styles["link-chn-per-cooperation"]["weight"]
    )
    assert links.weight(1) < links.weight(4) < links.weight(100) == 10.0


def test_relations_about_chancay_are_tied_to_the_port(seed: Dataset) -> None:
    view = filters.apply(seed, filters.FilterState())
    chancay = (seed.sites["port-of-chancay"].lat, seed.sites["port-of-chancay"].lon)
    alliance, tethers = links.link_paths(view, view.link_index["link-chn-per-cooperation"])
    assert alliance[0][0] == chancay and not tethers  # Peru's end of the arc is the port
    criticism, tethers = links.link_paths(view, view.link_index["link-chn-usa-rivalry"])
    assert tethers and tethers[-1][-1] == chancay  # a tether from the arc to the port
    assert "about Port of Chancay" in links.describe(view, view.link_index["link-chn-usa-rivalry"])


def test_washington_beijing_arc_is_split_not_wrapped(seed: Dataset) -> None:
    fmap = build_map(filters.apply(seed, filters.FilterState()))
    (rivalry,) = [f for f in _features(fmap, "Links") if f["id"] == "link-chn-usa-rivalry"]
    pieces = rivalry["geometry"]["coordinates"]
    assert len(pieces) == 2  # cut where it crosses the date line
    for piece in pieces:
        lons = [lon for lon, _ in piece]
        assert max(abs(a - b) for a, b in zip(lons, lons[1:], strict=False)) < 30


def test_filtered_map_has_only_the_filtered_types(seed: Dataset) -> None:
    view = filters.apply(seed, filters.FilterState.of(types=["counter_narcotics"]))
    fmap = build_map(view)
    assert {f["properties"]["id"] for f in _features(fmap, "Links")} == {"link-per-usa-cooperation"}
    script = _get_map_string(fmap)
    assert "Counter-narcotics" in script and "Strategic partnership" not in script


def test_the_map_script_does_not_change_between_builds(seed: Dataset) -> None:
    """A stable script keeps st_folium's component, so a click does not reset pan and zoom."""
    view = filters.apply(seed, filters.FilterState())
    assert _get_map_string(build_map(view)) == _get_map_string(build_map(view))


SENTINEL = re.compile(r"window\.__pwned")


def test_hostile_text_is_escaped_in_every_sink() -> None:
    data = load_dataset(FIXTURES / "hostile")
    assert data.issues == ()
    fmap = build_map(filters.apply(data, filters.FilterState()))
    script = _get_map_string(fmap) + _get_header(fmap)
    # the text is there, but only in escaped form: no tag, quote or template can open
    assert "__pwned" in script
    for match in SENTINEL.finditer(script):
        before = script[max(0, match.start() - 40) : match.start()]
        assert "<" not in before and "`" not in before and "${" not in before, before
    assert "</script><script>" not in script
    assert "<img src=x" not in script
    for feature in _features(fmap, "Sites") + _features(fmap, "Links"):
        tip = feature["properties"]["tip"]
        assert "<" not in tip and "`" not in tip and "${" not in tip
    json.dumps(_features(fmap, "Sites"))  # still plain data


def test_the_empty_view_still_draws_the_world(seed: Dataset) -> None:
    view = filters.apply(
        seed, filters.FilterState.of(types=["counter_narcotics"], stances=["rivalry"])
    )
    fmap = build_map(view)
    assert len(_features(fmap, "Countries")) > 150
    assert _features(fmap, "Links") == [] and _features(fmap, "Sites") == []
    assert Path(ROOT / "static" / "vendor" / "leaflet" / "leaflet.js").is_file()
