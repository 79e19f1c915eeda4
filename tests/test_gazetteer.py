"""The offline gazetteer answers the way a reader of the news would expect, without a network."""

from __future__ import annotations

import json
import socket

import pytest
from geopy.exc import GeocoderTimedOut, GeocoderUnavailable
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from dashboard.gazetteer import (  # noqa: E402
    SITE_KINDS,
    SITES_PATH,
    ChainedGeocoder,
    GazetteerDataError,
    OfflineGazetteer,
    haversine_km,
    load_gazetteer,
    load_sites,
    normalise,
)
from dashboard.reference import ReferenceDataError  # noqa: E402


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Fail the test outright if anything tries to open a connection."""

    def refuse(*args, **kwargs):
        pytest.fail(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.delenv("ATLAS_REFERENCE_DIR", raising=False)


@pytest.fixture(scope="module")
def gazetteer() -> OfflineGazetteer:
    try:
        return load_gazetteer()
    except ReferenceDataError as err:
        pytest.fail(f"reference data not built: {err}")


def near(location: Location | None, lat: float, lon: float, tolerance: float = 0.05) -> bool:
    assert location is not None
    return abs(location.latitude - lat) <= tolerance and abs(location.longitude - lon) <= tolerance


def test_the_network_guard_itself_works():
    with pytest.raises(pytest.fail.Exception):
        socket.create_connection(("127.0.0.1", 9))
    with pytest.raises(pytest.fail.Exception), socket.socket() as sock:
        sock.connect(("127.0.0.1", 9))


# --- places a reader expects --------------------------------------------------------------------


def test_chancay_is_the_port(gazetteer):
    for query in ("Chancay", "puerto de Chancay", "Hafen von Chancay", "megapuerto de Chancay"):
        found = gazetteer.geocode(query)
        assert found.raw["id"] == "site:chancay-port", query
        assert found.raw["kind"] == "port"
        assert found.raw["iso3"] == "PER"
        assert near(found, -11.585, -77.272, 0.01)


def test_asking_for_a_city_gives_the_town_of_chancay_instead(gazetteer):
    town = gazetteer.geocode("Chancay", kinds=["city"])
    assert town.raw["kind"] == "city" and town.raw["id"].startswith("geonames:")
    assert haversine_km(town.latitude, town.longitude, -11.585, -77.272) < 5


def test_lima_is_the_capital_of_peru(gazetteer):
    lima = gazetteer.geocode("Lima")
    assert lima.raw["iso3"] == "PER" and lima.raw["kind"] == "capital"
    assert near(lima, -12.046, -77.043)


@pytest.mark.parametrize("context", [["USA"], []])
def test_washington_is_the_us_capital(gazetteer, context):
    found = gazetteer.geocode("Washington", context=context)
    assert found.raw["iso3"] == "USA" and found.raw["kind"] == "capital"
    assert near(found, 38.895, -77.036)
    assert found.raw["source"] == "gazetteer"
    assert {"id", "name", "kind", "iso3", "source", "population"} <= found.raw.keys()


@pytest.mark.parametrize("query", ["Pentagon", "das Pentagon", "el Pentágono", "EL PENTAGONO"])
def test_the_pentagon_in_three_languages(gazetteer, query):
    found = gazetteer.geocode(query)
    assert found.raw["id"] == "site:pentagon"
    assert found.raw["kind"] == "headquarters"
    assert near(found, 38.8719, -77.0563, 0.001)


@pytest.mark.parametrize("query", ["Beijing", "Peking", "Pekín", "Pékin", "beijing"])
def test_beijing_under_its_names(gazetteer, query):
    found = gazetteer.geocode(query)
    assert found.raw["iso3"] == "CHN" and found.raw["kind"] == "capital"
    assert near(found, 39.904, 116.407)


def test_arlington_in_a_us_story_is_the_one_next_to_washington(gazetteer):
    found = gazetteer.geocode("Arlington", context=["USA"])
    assert found.raw["admin1"] == "VA"
    assert near(found, 38.88, -77.10)


def test_a_near_point_also_decides_between_namesakes(gazetteer):
    found = gazetteer.geocode("Arlington", near=[(38.9, -77.0)])
    assert found.raw["admin1"] == "VA"
    found = gazetteer.geocode("Arlington", near=[(32.8, -97.0)])
    assert found.raw["admin1"] == "TX"


def test_valencia_follows_the_story_country(gazetteer):
    assert gazetteer.geocode("Valencia", context=["VEN"]).raw["iso3"] == "VEN"
    assert gazetteer.geocode("Valencia", context=["ESP"]).raw["iso3"] == "ESP"
    spain = gazetteer.geocode("Valencia", context=["ESP"])
    assert near(spain, 39.47, -0.38)


def test_a_place_in_the_story_country_beats_a_bigger_one_just_across_the_border(gazetteer):
    # Windsor, Ontario is larger and about as close to Washington as Windsor, Connecticut.
    assert gazetteer.geocode("Windsor", context=["USA"]).raw["iso3"] == "USA"
    assert gazetteer.geocode("Windsor", context=["CAN"]).raw["iso3"] == "CAN"


def test_all_candidates_best_first(gazetteer):
    found = gazetteer.geocode("Arlington", exactly_one=False, context=["USA"])
    assert isinstance(found, list) and len(found) >= 3
    assert found[0].raw["admin1"] == "VA"
    assert "TX" in {loc.raw.get("admin1") for loc in found[1:]}


@pytest.mark.parametrize(
    ("query", "iso3"),
    [
        ("Vereinigte Staaten", "USA"),
        ("Estados Unidos", "USA"),
        ("United States", "USA"),
        ("EE. UU.", "USA"),
        ("die USA", "USA"),
        ("Volksrepublik China", "CHN"),
        ("República Popular China", "CHN"),
        ("Perú", "PER"),
        ("Peru", "PER"),
        ("Russland", "RUS"),
        ("Südkorea", "KOR"),
    ],
)
def test_country_names_in_three_languages(gazetteer, query, iso3):
    found = gazetteer.geocode(query)
    assert found.raw["kind"] == "country"
    assert found.raw["iso3"] == iso3
    ref = gazetteer.countries[iso3]
    assert (found.latitude, found.longitude) == (ref.lat, ref.lon)


def test_a_country_beats_a_namesake_town(gazetteer):
    assert gazetteer.geocode("Mexico").raw["kind"] == "country"
    assert gazetteer.geocode("Mexico City").raw["kind"] == "capital"


def test_unknown_names_return_none(gazetteer):
    assert gazetteer.geocode("Xqzzyville Upon Nowhere") is None
    assert gazetteer.geocode("") is None
    assert gazetteer.geocode("Pentagon", kinds=["port"]) is None


def test_iso_codes_are_not_place_names(gazetteer):
    # "PER" and "MAR" (Spanish for sea) must not light up Peru and Morocco in a text scan.
    assert gazetteer.geocode("per") is None
    assert all(
        key not in {"per", "mar", "ita"}
        for key, entry in gazetteer.names()
        if entry.kind == "country"
    )


def test_names_expose_folded_aliases_for_text_scanning(gazetteer):
    pairs = {(key, entry.id) for key, entry in gazetteer.names() if entry.origin == "sites"}
    assert ("pentagon", "site:pentagon") in pairs
    assert ("el pentagono", "site:pentagon") in pairs
    assert normalise("El Pentágono") == "el pentagono"
    assert normalise("U.S.") == normalise("US") == "us"


def test_reverse_geocoding_is_refused_clearly(gazetteer):
    assert isinstance(gazetteer, Geocoder)
    with pytest.raises(NotImplementedError, match="reverse"):
        gazetteer.reverse((38.9, -77.0))


def test_the_gazetteer_is_built_once_per_process(gazetteer):
    assert load_gazetteer() is gazetteer


def test_missing_reference_data_is_reported_with_the_fix(tmp_path, monkeypatch):
    monkeypatch.setenv("ATLAS_REFERENCE_DIR", str(tmp_path))
    with pytest.raises(ReferenceDataError, match="python scripts/build_reference.py") as caught:
        load_gazetteer()
    assert str(tmp_path / "countries.json") in str(caught.value)


# --- curated sites ---------------------------------------------------------------------------


def test_curated_sites_are_complete_and_well_formed(gazetteer):
    sites = load_sites()
    ids = {site["id"] for site in sites}
    required = {
        "pentagon",
        "chancay-port",
        "white-house",
        "us-state-department",
        "callao-port",
        "peru-government-palace",
        "torre-tagle",
        "peru-ministry-of-defence",
        "zhongnanhai",
        "kremlin",
        "nato-headquarters",
        "un-headquarters",
        "panama-canal",
        "piraeus-port",
        "hambantota-port",
        "gwadar-port",
        "guantanamo-naval-base",
    }
    assert required <= ids
    assert 25 <= len(sites) <= 40
    for site in sites:
        assert site["kind"] in SITE_KINDS
        assert site["country"] in gazetteer.countries
        assert site.get("description"), site["id"]
        assert site.get("aliases"), site["id"]


def test_every_site_lies_close_to_a_city_of_its_own_country(gazetteer):
    """Catches swapped coordinates, lost minus signs and wrong country codes."""
    cities = [e for _, e in gazetteer.names() if e.origin == "geonames"]
    by_country: dict[str, list] = {}
    for entry in cities:
        by_country.setdefault(entry.iso3, []).append(entry)
    for site in load_sites():
        towns = by_country.get(site["country"])
        if not towns:  # Diego Garcia: no GeoNames town of 15,000 in the territory
            continue
        nearest = min(haversine_km(site["lat"], site["lon"], t.lat, t.lon) for t in towns)
        assert nearest < 150, f"{site['id']} is {nearest:.0f} km from any town of {site['country']}"


def test_sites_near_washington_are_in_washington(gazetteer):
    capital = gazetteer.countries["USA"]
    for site_id in ("white-house", "us-state-department", "pentagon", "us-capitol"):
        site = next(e for _, e in gazetteer.names() if e.id == f"site:{site_id}")
        assert haversine_km(site.lat, site.lon, capital.lat, capital.lon) < 5, site_id


def test_a_broken_sites_file_is_reported_by_name(tmp_path):
    bad = tmp_path / "sites.yaml"
    bad.write_text("sites:\n  - {id: x, name: X, kind: castle, country: PER, lat: 1, lon: 2}\n")
    with pytest.raises(GazetteerDataError, match="unknown kind 'castle'"):
        load_sites(bad)
    bad.write_text("sites:\n  - {id: x, name: X, kind: port, country: PER, lat: 100, lon: 2}\n")
    with pytest.raises(GazetteerDataError, match="impossible position"):
        load_sites(bad)
    assert SITES_PATH.is_file()


# --- the chained geocoder ----------------------------------------------------------------------


class FakeOnline:
    """Stands in for Nominatim: records calls and answers or fails as told."""

    def __init__(self, answer=None, error: Exception | None = None) -> None:
        self.answer = answer
        self.error = error
        self.calls: list[str] = []

    def geocode(self, query, exactly_one=True, **kwargs):
        self.calls.append(query)
        if self.error is not None:
            raise self.error
        return self.answer


UNKNOWN = "Quebrada de Nowhere 77"


def test_offline_answers_never_touch_the_online_geocoder(gazetteer, tmp_path):
    fake = FakeOnline(error=AssertionError("must not be called"))
    chained = ChainedGeocoder(
        gazetteer, online=True, online_geocoder=fake, cache_path=tmp_path / "c.json"
    )
    assert chained.geocode("Lima").raw["iso3"] == "PER"
    assert fake.calls == []


def test_with_online_off_a_miss_stays_a_miss(gazetteer, tmp_path):
    fake = FakeOnline(answer=Location("Somewhere", (1.0, 2.0), {}))
    chained = ChainedGeocoder(gazetteer, online_geocoder=fake, cache_path=tmp_path / "c.json")
    assert chained.geocode(UNKNOWN) is None
    assert fake.calls == []
    assert chained.last_error is None
    assert not (tmp_path / "c.json").exists()


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (GeocoderTimedOut("Service timed out"), "timed out"),
        (GeocoderUnavailable("Connection refused"), "unavailable"),
        (OSError("Network is unreachable"), "OSError"),
    ],
)
def test_online_failures_become_none_and_a_readable_error(gazetteer, tmp_path, error, reason):
    fake = FakeOnline(error=error)
    chained = ChainedGeocoder(
        gazetteer,
        online=True,
        online_geocoder=fake,
        cache_path=tmp_path / "c.json",
        min_delay_seconds=0,
    )
    assert chained.geocode(UNKNOWN) is None
    assert fake.calls == [UNKNOWN]
    assert chained.last_error is not None
    assert chained.last_error.startswith("online lookup unavailable")
    assert reason in chained.last_error
    assert not (tmp_path / "c.json").exists()  # failures are not cached as answers


def test_online_answers_are_cached_on_disk_for_later_runs(gazetteer, tmp_path):
    cache = tmp_path / "nested" / "geocode-cache.json"
    answer = Location("Quebrada, Somewhere", (-13.5, -72.0), {"place_id": 42})
    first_fake = FakeOnline(answer=answer)
    first = ChainedGeocoder(
        gazetteer, online=True, online_geocoder=first_fake, cache_path=cache, min_delay_seconds=0
    )
    found = first.geocode(UNKNOWN)
    assert found is not None and (found.latitude, found.longitude) == (-13.5, -72.0)
    assert first_fake.calls == [UNKNOWN]
    assert cache.is_file()
    assert json.loads(cache.read_text(encoding="utf-8"))

    second_fake = FakeOnline(error=AssertionError("must answer from the cache"))
    second = ChainedGeocoder(
        gazetteer, online=True, online_geocoder=second_fake, cache_path=cache, min_delay_seconds=0
    )
    again = second.geocode(UNKNOWN.upper())  # same place, differently written
    assert again is not None and again.address == "Quebrada, Somewhere"
    assert (again.latitude, again.longitude) == (-13.5, -72.0)
    assert again.raw["place_id"] == 42
    assert second_fake.calls == []
    assert second.last_error is None


def test_a_damaged_cache_file_is_ignored_not_fatal(gazetteer, tmp_path):
    cache = tmp_path / "c.json"
    cache.write_text("{not json", encoding="utf-8")
    fake = FakeOnline(answer=Location("Somewhere", (1.0, 2.0), {}))
    chained = ChainedGeocoder(
        gazetteer, online=True, online_geocoder=fake, cache_path=cache, min_delay_seconds=0
    )
    assert chained.geocode(UNKNOWN) is not None
    assert json.loads(cache.read_text(encoding="utf-8"))
