"""Access to the generated reference data (countries, country shapes, cities).

The files are produced by ``scripts/build_reference.py`` from pinned PyPI packages and are not
committed, so any reader must expect them to be absent or stale and say how to fix that: every
problem surfaces as a :class:`ReferenceDataError` whose message names the file and the command
that rebuilds it.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

#: Where ``scripts/build_reference.py`` writes by default; ``ATLAS_REFERENCE_DIR`` overrides it.
REFERENCE_DIR: Final[Path] = Path(__file__).resolve().parent.parent / "data" / "reference"
ENV_VAR: Final[str] = "ATLAS_REFERENCE_DIR"
REBUILD_COMMAND: Final[str] = "python scripts/build_reference.py"

COUNTRIES_FILE: Final[str] = "countries.json"
SHAPES_FILE: Final[str] = "countries.geojson"
CITIES_FILE: Final[str] = "cities.json"

LANGUAGES: Final[tuple[str, ...]] = ("en", "de", "es")


class ReferenceDataError(Exception):
    """A reference file is missing or unreadable; the message tells the user how to rebuild it."""

    def __init__(self, path: Path, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        command = REBUILD_COMMAND
        if self.path.parent.resolve() != REFERENCE_DIR.resolve():
            command += f" --out {self.path.parent}"
        super().__init__(f"reference data file {self.path} {problem}; rebuild it with: {command}")


@dataclass(frozen=True, slots=True)
class CountryRef:
    """One ISO 3166-1 country, placed at its capital (or centroid when it has none)."""

    iso3: str
    iso2: str
    name_en: str
    name_de: str
    name_es: str
    capital: str
    lat: float
    lon: float
    aliases: tuple[str, ...] = ()

    def name(self, lang: str = "en") -> str:
        """The display name in a UI language; unknown languages fall back to English.

        Accepts locale tags such as ``"de-DE"`` or ``"es_PE"`` because that is what browsers
        and settings hand over.
        """
        base = lang.replace("_", "-").split("-", 1)[0].lower()
        if base == "de":
            return self.name_de
        if base == "es":
            return self.name_es
        return self.name_en


def reference_dir(directory: Path | str | None = None) -> Path:
    """The directory to read: an explicit argument, else ``$ATLAS_REFERENCE_DIR``, else default.

    The environment is read on every call (not at import) so tests and the CLI can redirect it.
    """
    if directory is not None:
        return Path(directory)
    override = os.environ.get(ENV_VAR)
    return Path(override) if override else REFERENCE_DIR


def _existing(path: Path) -> Path:
    if not path.is_file():
        raise ReferenceDataError(path, "is missing")
    return path


def shapes_path(directory: Path | str | None = None) -> Path:
    """Path of ``countries.geojson``, checked to exist so the map fails with a useful message."""
    return _existing(reference_dir(directory) / SHAPES_FILE)


def cities_path(directory: Path | str | None = None) -> Path:
    """Path of ``cities.json``, checked to exist so the gazetteer fails with a useful message."""
    return _existing(reference_dir(directory) / CITIES_FILE)


def read_json(path: Path) -> Any:
    """Parse a reference file, turning every way it can be broken into ReferenceDataError."""
    try:
        text = _existing(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise ReferenceDataError(path, f"cannot be read ({err})") from err
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise ReferenceDataError(
            path, f"is not valid JSON (line {err.lineno}, column {err.colno})"
        ) from err


def _country_from_record(record: Any, path: Path, index: int) -> CountryRef:
    if not isinstance(record, dict):
        raise ReferenceDataError(path, f"is malformed: entry {index} is not an object")
    try:
        lat, lon = float(record["lat"]), float(record["lon"])
        ref = CountryRef(
            iso3=str(record["iso3"]),
            iso2=str(record["iso2"]),
            name_en=str(record["name_en"]),
            name_de=str(record["name_de"]),
            name_es=str(record["name_es"]),
            capital=str(record.get("capital") or ""),
            lat=lat,
            lon=lon,
            aliases=tuple(str(a) for a in record.get("aliases") or ()),
        )
    except (KeyError, TypeError, ValueError) as err:
        raise ReferenceDataError(path, f"is malformed: entry {index} lacks {err}") from err
    if len(ref.iso3) != 3 or not ref.iso3.isupper():
        raise ReferenceDataError(path, f"is malformed: entry {index} has iso3 {ref.iso3!r}")
    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
        raise ReferenceDataError(path, f"is malformed: {ref.iso3} has position {lat}, {lon}")
    return ref


@lru_cache(maxsize=8)
def _load_countries_cached(path: Path) -> dict[str, CountryRef]:
    data = read_json(path)
    if not isinstance(data, list) or not data:
        raise ReferenceDataError(path, "is malformed: expected a non-empty list of countries")
    countries: dict[str, CountryRef] = {}
    for index, record in enumerate(data):
        ref = _country_from_record(record, path, index)
        if ref.iso3 in countries:
            raise ReferenceDataError(path, f"is malformed: {ref.iso3} appears twice")
        countries[ref.iso3] = ref
    return countries


def load_countries(directory: Path | str | None = None) -> dict[str, CountryRef]:
    """All countries keyed by ISO alpha-3, parsed once per process and directory.

    The cache key is the resolved path, so the default directory and the same directory given
    explicitly share one parse. Callers get a fresh dict (the CountryRefs are immutable) so
    that one caller mutating its mapping cannot corrupt another's.
    """
    path = (reference_dir(directory) / COUNTRIES_FILE).resolve()
    return dict(_load_countries_cached(path))


def clear_cache() -> None:
    """Forget parsed files, e.g. after rebuilding the reference data in the same process."""
    _load_countries_cached.cache_clear()


def check_files(directory: Path | str | None = None) -> list[ReferenceDataError]:
    """Every reference file that is missing or broken, so the app can say so once at startup.

    Parsing is the check: a truncated download or a hand-edited file fails here, before a page
    half-renders and fails deep inside the map or the gazetteer.
    """
    folder = reference_dir(directory)
    expected: dict[str, type] = {COUNTRIES_FILE: list, SHAPES_FILE: dict, CITIES_FILE: dict}
    problems: list[ReferenceDataError] = []
    for name, kind in expected.items():
        path = folder / name
        try:
            data = read_json(path)
        except ReferenceDataError as err:
            problems.append(err)
            continue
        if not isinstance(data, kind) or not data:
            problems.append(ReferenceDataError(path, "is malformed: unexpected content"))
    return problems
