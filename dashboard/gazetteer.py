"""Offline place-name lookup behind geopy's geocoder interface.

Articles name places in English, German and Spanish ("Peking", "das Pentagon", "Estados
Unidos"); the dashboard must place them on the map without network access, reproducibly, and
fast enough to run over every article on each rebuild. So all answers come from local data:

* countries from the reference ``countries.json`` (names in en/de/es and aliases),
* populated places from the reference ``cities.json`` (GeoNames, more than 15,000 people),
* curated sites (ports, ministries, bases) from ``data/gazetteer/sites.yaml``.

Everything is indexed once per process under a folded form of each name (case, accents and
punctuation removed), so a lookup is a dict hit plus a ranking of the few namesakes.

An online fallback (Nominatim) exists in :class:`ChainedGeocoder`, off unless asked for, and it
never raises: the dashboard has to keep working when the network does not.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

from geopy.exc import GeocoderRateLimited, GeocoderTimedOut, GeocoderUnavailable
from geopy.geocoders.base import DEFAULT_SENTINEL, Geocoder
from geopy.location import Location

from dashboard import yamlio
from dashboard.reference import (
    CountryRef,
    ReferenceDataError,
    cities_path,
    load_countries,
    read_json,
    reference_dir,
)

SITES_PATH: Final[Path] = (
    Path(__file__).resolve().parent.parent / "data" / "gazetteer" / "sites.yaml"
)
SITE_KINDS: Final[frozenset[str]] = frozenset(
    {"port", "capital", "ministry", "headquarters", "base", "city", "building", "region"}
)
USER_AGENT: Final[str] = "relations-atlas"
DEFAULT_CACHE_PATH: Final[Path] = Path.home() / ".cache" / "relations-atlas" / "geocode-cache.json"

# Ranking weights. A namesake 1,000 km further from the story's countries must be ten times
# more populous to win; a capital counts as ten times its population, because news about
# states mentions capitals far more often than same-named towns.
DISTANCE_PENALTY_PER_1000_KM: Final[float] = 1.0
CAPITAL_BONUS: Final[float] = 1.0

# Leading words that a text puts before a name without changing which place it means
# ("das Pentagon", "el Pentágono", "im Kreml", "en el Callao"). Only tried when the full
# phrase matches nothing, so names that start with them ("La Paz", "Den Haag") still work.
_LEADING_WORDS: Final[frozenset[str]] = frozenset(
    {
        "the",
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "im",
        "am",
        "vom",
        "zum",
        "zur",
        "beim",
        "el",
        "la",
        "los",
        "las",
        "del",
        "al",
        "en",
    }
)

_PUNCT_TO_DROP = str.maketrans("", "", ".'\u2019\u02bc\u02bb`\u00b4")


def _fold_char(ch: str) -> str:
    return ch if ch.isalnum() else " "


def normalise(text: str) -> str:
    """Fold a name to the key it is indexed under.

    Case-insensitive (casefold, so "ß" matches "ss"), accent-insensitive ("Pekín" = "Pekin"),
    dots and apostrophes dropped ("U.S." = "US", "Côte d'Ivoire" = "Cote dIvoire") and any
    other punctuation treated as a space ("Guinea-Bissau" = "Guinea Bissau").
    """
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    folded = text.casefold().translate(_PUNCT_TO_DROP)
    if not folded.replace(" ", "").isalnum():
        folded = "".join(map(_fold_char, folded))
    return " ".join(folded.split())


def _strip_leading_words(key: str) -> str | None:
    words = key.split(" ")
    dropped = 0
    while dropped < 2 and len(words) - dropped > 1 and words[dropped] in _LEADING_WORDS:
        dropped += 1
    return " ".join(words[dropped:]) if dropped else None


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


class GazetteerDataError(ValueError):
    """The curated sites file is malformed; the message names the file and the entry."""


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One place the gazetteer can answer with."""

    id: str  # "country:PER", "geonames:3936456", "site:chancay-port"
    name: str
    kind: str  # country | capital | city | port | ministry | headquarters | base | ...
    iso3: str
    lat: float
    lon: float
    population: int | None = None
    origin: str = "geonames"  # "countries", "geonames" or "sites": which file it came from
    admin1: str = ""
    description: str = ""

    @property
    def is_site(self) -> bool:
        return self.origin == "sites"

    def raw(self) -> dict[str, Any]:
        """The ``Location.raw`` payload: everything a caller needs without a second lookup."""
        raw: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "iso3": self.iso3,
            "lat": self.lat,
            "lon": self.lon,
            "population": self.population,
            "source": "gazetteer",
            "origin": self.origin,
        }
        if self.admin1:
            raw["admin1"] = self.admin1
        if self.description:
            raw["description"] = self.description
        return raw


# --------------------------------------------------------------------------------------------
# Loading


def load_sites(path: Path | str | None = None) -> list[dict[str, Any]]:
    """Read and check the curated sites, failing loudly on the first malformed entry.

    Checked here rather than at lookup time because a typo in a hand-edited file (a swapped
    latitude, an unknown kind) should stop the build, not silently misplace a marker.
    """
    path = Path(path) if path is not None else SITES_PATH
    try:
        document = yamlio.load(path)
    except OSError as err:
        raise GazetteerDataError(f"{path}: cannot be read ({err})") from err
    except yamlio.YamlError as err:
        raise GazetteerDataError(f"{path}: {err}") from err
    sites = document.get("sites") if isinstance(document, dict) else None
    if not isinstance(sites, list):
        raise GazetteerDataError(f"{path}: expected a top-level 'sites:' list")
    seen: set[str] = set()
    for index, site in enumerate(sites):
        where = f"{path}: site {index + 1}"
        if not isinstance(site, dict):
            raise GazetteerDataError(f"{where} is not a mapping")
        missing = {"id", "name", "kind", "country", "lat", "lon"} - site.keys()
        if missing:
            raise GazetteerDataError(f"{where} lacks {', '.join(sorted(missing))}")
        where = f"{path}: site {site['id']!r}"
        if site["id"] in seen:
            raise GazetteerDataError(f"{where} appears twice")
        seen.add(site["id"])
        if site["kind"] not in SITE_KINDS:
            raise GazetteerDataError(f"{where} has unknown kind {site['kind']!r}")
        lat, lon = site["lat"], site["lon"]
        if not (isinstance(lat, (int, float)) and isinstance(lon, (int, float))):
            raise GazetteerDataError(f"{where} has a non-numeric position")
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise GazetteerDataError(f"{where} has an impossible position {lat}, {lon}")
        aliases = site.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise GazetteerDataError(f"{where}: aliases must be a list of strings")
    return sites


class _Index:
    """Folded name -> entries, plus the country table the ranking needs."""

    def __init__(self, countries: dict[str, CountryRef]) -> None:
        self.countries = countries
        self.by_key: dict[str, list[GazetteerEntry]] = {}

    def add(self, name: str, entry: GazetteerEntry) -> None:
        key = normalise(name)
        if not key:
            return
        bucket = self.by_key.get(key)
        if bucket is None:
            self.by_key[key] = [entry]
        elif bucket[-1] is not entry:  # a place's names are added together; skip repeats
            bucket.append(entry)


def _build_index(directory: Path, sites_file: Path) -> _Index:
    countries = load_countries(directory)
    countries_raw = read_json(directory / "countries.json")
    index = _Index(countries)
    iso2_to_iso3 = {ref.iso2: ref.iso3 for ref in countries.values()}
    capital_ids = {
        int(rec["capital_geonameid"]): rec["iso3"]
        for rec in countries_raw
        if isinstance(rec, dict) and rec.get("capital_geonameid")
    }

    for ref in countries.values():
        entry = GazetteerEntry(
            id=f"country:{ref.iso3}",
            name=ref.name_en,
            kind="country",
            iso3=ref.iso3,
            lat=ref.lat,
            lon=ref.lon,
            origin="countries",
        )
        # ISO codes are not indexed: folded, "PER" or "MAR" would match ordinary words.
        for name in (ref.name_en, ref.name_de, ref.name_es, *ref.aliases):
            index.add(name, entry)

    path = cities_path(directory)
    table = read_json(path)
    try:
        columns = table["columns"]
        rows = table["rows"]
        col = {name: columns.index(name) for name in ("id", "name", "lat", "lon", "iso2")}
        col.update({name: columns.index(name) for name in ("admin1", "population", "aliases")})
    except (TypeError, KeyError, ValueError) as err:
        raise ReferenceDataError(path, f"is malformed: no column table ({err})") from err
    i_id, i_name, i_lat, i_lon, i_iso2 = (col[k] for k in ("id", "name", "lat", "lon", "iso2"))
    i_admin, i_pop, i_alias = col["admin1"], col["population"], col["aliases"]
    add = index.add
    for row in rows:
        iso3 = iso2_to_iso3.get(row[i_iso2])
        if iso3 is None:  # Kosovo ("XK") is in GeoNames but not in ISO 3166-1
            continue
        geonameid = row[i_id]
        entry = GazetteerEntry(
            id=f"geonames:{geonameid}",
            name=row[i_name],
            kind="capital" if capital_ids.get(geonameid) == iso3 else "city",
            iso3=iso3,
            lat=row[i_lat],
            lon=row[i_lon],
            population=row[i_pop],
            origin="geonames",
            admin1=row[i_admin],
        )
        add(row[i_name], entry)
        for alias in row[i_alias]:
            add(alias, entry)

    for site in load_sites(sites_file):
        if site["country"] not in countries:
            raise GazetteerDataError(
                f"{sites_file}: site {site['id']!r} has unknown country {site['country']!r}"
            )
        entry = GazetteerEntry(
            id=f"site:{site['id']}",
            name=site["name"],
            kind=site["kind"],
            iso3=site["country"],
            lat=float(site["lat"]),
            lon=float(site["lon"]),
            origin="sites",
            description=str(site.get("description") or ""),
        )
        for name in (site["name"], *(site.get("aliases") or ())):
            add(name, entry)
    return index


_load_lock = threading.Lock()


def load_gazetteer(
    directory: Path | str | None = None, sites_file: Path | str | None = None
) -> OfflineGazetteer:
    """The process-wide gazetteer for a reference directory and sites file, built on first use.

    Building takes a fraction of a second; doing it once per process keeps every later lookup
    a dict hit. Rebuilt data needs a new process or :func:`clear_cache`.
    """
    resolved_dir = reference_dir(directory).resolve()
    resolved_sites = Path(sites_file).resolve() if sites_file is not None else SITES_PATH
    with _load_lock:  # Streamlit runs sessions in threads; build the index only once
        return _cached_gazetteer(resolved_dir, resolved_sites)


@lru_cache(maxsize=4)
def _cached_gazetteer(directory: Path, sites_file: Path) -> OfflineGazetteer:
    return OfflineGazetteer(_index=_build_index(directory, sites_file))


def clear_cache() -> None:
    _cached_gazetteer.cache_clear()


# --------------------------------------------------------------------------------------------
# The geocoder


class OfflineGazetteer(Geocoder):
    """A geopy geocoder that answers from local data only and never touches the network.

    Construct it with :func:`load_gazetteer` (shared, cached); the constructor is for tests
    that want their own directory. Unlike network geocoders it understands *context*: the
    ISO3 codes of the countries a story is about, which decide between namesakes such as
    Arlington (Virginia or Texas) or Valencia (Spain or Venezuela).
    """

    def __init__(
        self,
        directory: Path | str | None = None,
        sites_file: Path | str | None = None,
        *,
        _index: _Index | None = None,
    ) -> None:
        # geopy's base class only sets attributes and builds an idle HTTP adapter; calling it
        # keeps this a well-formed Geocoder for code that inspects one.
        super().__init__(user_agent=USER_AGENT)
        if _index is None:
            sites = Path(sites_file) if sites_file is not None else SITES_PATH
            _index = _build_index(reference_dir(directory), sites)
        self._index = _index

    @property
    def countries(self) -> dict[str, CountryRef]:
        return self._index.countries

    def names(self) -> Iterator[tuple[str, GazetteerEntry]]:
        """Every (folded name, entry) pair, for a later step that scans article text.

        A folded name can belong to several entries (namesakes); each pair is yielded. Text
        must be folded with :func:`normalise` before comparing.
        """
        for key, entries in self._index.by_key.items():
            for entry in entries:
                yield key, entry

    def candidates(self, query: str) -> list[GazetteerEntry]:
        """All entries whose name folds to the query (or to it minus a leading article)."""
        key = normalise(query)
        found = self._index.by_key.get(key)
        if found is None:
            shorter = _strip_leading_words(key)
            found = self._index.by_key.get(shorter) if shorter else None
        return list(found or ())

    def geocode(
        self,
        query: str,
        *,
        exactly_one: bool = True,
        context: Iterable[str] = (),
        near: Iterable[tuple[float, float]] = (),
        kinds: Iterable[str] | None = None,
        timeout: Any = DEFAULT_SENTINEL,
    ) -> Location | list[Location] | None:
        """Find a place by name; ``timeout`` is accepted for geopy compatibility and ignored.

        Ranking, best first: curated sites (they exist because a bare name such as "Chancay"
        means the port in the news), then countries, then places in the ``context``
        countries, then log10(population) plus a capital bonus minus a penalty growing with
        the distance to the nearest anchor (the context countries' capitals and ``near``).
        ``kinds`` restricts the answer; asking for "city" also admits capitals.
        """
        entries = self.candidates(query)
        if kinds is not None:
            wanted = set(kinds)
            if "city" in wanted:
                wanted.add("capital")
            entries = [e for e in entries if e.kind in wanted]
        if not entries:
            return None
        ranked = self.rank(entries, context=context, near=near)
        if exactly_one:
            return self._location(ranked[0])
        return [self._location(entry) for entry in ranked]

    def rank(
        self,
        entries: Iterable[GazetteerEntry],
        *,
        context: Iterable[str] = (),
        near: Iterable[tuple[float, float]] = (),
    ) -> list[GazetteerEntry]:
        context_set = {code.upper() for code in context}
        anchors = [(float(lat), float(lon)) for lat, lon in near]
        for code in sorted(context_set):
            ref = self._index.countries.get(code)
            if ref is not None:
                anchors.append((ref.lat, ref.lon))

        def score(entry: GazetteerEntry) -> float:
            value = math.log10(max(entry.population or 1, 1))
            if entry.kind == "capital":
                value += CAPITAL_BONUS
            if anchors:
                nearest = min(haversine_km(entry.lat, entry.lon, a, b) for a, b in anchors)
                value -= DISTANCE_PENALTY_PER_1000_KM * nearest / 1000.0
            return value

        def key(entry: GazetteerEntry) -> tuple[int, int, int, float, str]:
            return (
                0 if entry.is_site else 1,
                0 if entry.kind == "country" else 1,
                0 if entry.iso3 in context_set else 1,
                -score(entry),
                entry.id,
            )

        return sorted(entries, key=key)

    def _location(self, entry: GazetteerEntry) -> Location:
        country = self._index.countries.get(entry.iso3)
        parts = [entry.name]
        if entry.kind != "country":
            if entry.iso3 == "USA" and entry.admin1.isalpha():
                parts.append(entry.admin1)  # state code: tells Arlington, VA from TX
            if country is not None:
                parts.append(country.name_en)
        return Location(", ".join(parts), (entry.lat, entry.lon), entry.raw())

    def reverse(self, query: Any, *, exactly_one: bool = True, timeout: Any = None) -> Any:
        raise NotImplementedError(
            "OfflineGazetteer only maps names to places; reverse geocoding (position to name) "
            "is not supported offline"
        )


# --------------------------------------------------------------------------------------------
# Online fallback


def _describe_failure(err: BaseException) -> str:
    if isinstance(err, GeocoderTimedOut):
        reason = "timed out"
    elif isinstance(err, GeocoderRateLimited):
        reason = "rate limited by the service"
    elif isinstance(err, GeocoderUnavailable):
        reason = "service unavailable"
    else:
        reason = type(err).__name__
    detail = str(err).strip()
    return f"online lookup unavailable: {reason}" + (f" ({detail})" if detail else "")


class ChainedGeocoder:
    """Offline gazetteer first; Nominatim only when ``online=True`` was configured explicitly.

    Online answers (and "not found" answers) are cached on disk so a place costs at most one
    request ever, which keeps within Nominatim's usage policy and makes reruns reproducible.
    Failures never propagate: :meth:`geocode` returns None and :attr:`last_error` says why,
    because a flaky network must not break a dashboard page.
    """

    def __init__(
        self,
        offline: OfflineGazetteer | None = None,
        *,
        online: bool = False,
        online_geocoder: Any = None,
        cache_path: Path | str | None = None,
        min_delay_seconds: float = 1.0,
    ) -> None:
        self.offline = offline if offline is not None else load_gazetteer()
        self.online = online
        self.cache_path = Path(cache_path) if cache_path is not None else DEFAULT_CACHE_PATH
        self.last_error: str | None = None
        self._online_geocoder = online_geocoder
        self._min_delay = min_delay_seconds
        self._rate_limited: Callable[..., Any] | None = None
        self._cache: dict[str, Any] | None = None
        self._lock = threading.Lock()

    def geocode(
        self,
        query: str,
        *,
        context: Iterable[str] = (),
        near: Iterable[tuple[float, float]] = (),
        kinds: Iterable[str] | None = None,
    ) -> Location | None:
        self.last_error = None
        found = self.offline.geocode(query, context=context, near=near, kinds=kinds)
        if found is not None or not self.online:
            return found  # type: ignore[return-value]
        return self._online_lookup(query)

    # -- online ------------------------------------------------------------------------------

    def _lookup_function(self) -> Callable[..., Any]:
        if self._rate_limited is None:
            # Imported here so that merely loading the dashboard never sets up network code.
            from geopy.extra.rate_limiter import RateLimiter
            from geopy.geocoders import Nominatim

            geocoder = self._online_geocoder
            if geocoder is None:
                geocoder = Nominatim(user_agent=USER_AGENT, timeout=3)
            self._rate_limited = RateLimiter(
                geocoder.geocode,
                min_delay_seconds=self._min_delay,
                max_retries=0,
                swallow_exceptions=False,
            )
        return self._rate_limited

    def _online_lookup(self, query: str) -> Location | None:
        key = normalise(query)
        with self._lock:
            cache = self._load_cache()
            if key in cache:
                return _location_from_cache(cache[key])
            try:
                answer = self._lookup_function()(query, exactly_one=True)
            except Exception as err:  # noqa: BLE001 - any failure must stay inside
                self.last_error = _describe_failure(err)
                return None
            if isinstance(answer, list):
                answer = answer[0] if answer else None
            cache[key] = _location_to_cache(answer) if answer is not None else None
            try:
                self._save_cache(cache)
            except OSError as err:
                self.last_error = f"could not write geocode cache {self.cache_path}: {err}"
            return _location_from_cache(cache[key])

    def _load_cache(self) -> dict[str, Any]:
        if self._cache is None:
            try:
                data = json.loads(self.cache_path.read_text(encoding="utf-8"))
                self._cache = data if isinstance(data, dict) else {}
            except (OSError, ValueError):
                self._cache = {}  # no cache yet, or a damaged one: start afresh
        return self._cache

    def _save_cache(self, cache: dict[str, Any]) -> None:
        self.cache_path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(
            prefix=f".{self.cache_path.name}.", suffix=".tmp", dir=self.cache_path.parent
        )
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(cache, handle, ensure_ascii=False, sort_keys=True, indent=1)
            os.replace(tmp, self.cache_path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def _location_to_cache(location: Location) -> dict[str, Any]:
    raw = location.raw if isinstance(location.raw, dict) else {}
    try:
        json.dumps(raw)
    except (TypeError, ValueError):
        raw = {}
    return {
        "address": location.address,
        "lat": location.latitude,
        "lon": location.longitude,
        "raw": raw,
    }


def _location_from_cache(item: dict[str, Any] | None) -> Location | None:
    if item is None:
        return None
    raw = dict(item.get("raw") or {})
    raw.setdefault("source", "online")
    return Location(item["address"], (item["lat"], item["lon"]), raw)
