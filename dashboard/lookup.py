"""Finding a place by name for a reviewer: the offline gazetteer, then optionally the internet.

The online geocoder (Nominatim through geopy) is off unless ``ATLAS_ONLINE_GEOCODER`` is set or
the user switches it on. Whatever the network does (refuses, hangs, answers garbage), a lookup
returns within :data:`DEADLINE_SECONDS` and says what happened, so a page never waits on it.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Final

from dashboard.gazetteer import ChainedGeocoder, load_gazetteer

ENV_ONLINE: Final[str] = "ATLAS_ONLINE_GEOCODER"
#: Where the online geocoder lives; tests point it at a local port that never answers.
ENV_DOMAIN: Final[str] = "ATLAS_GEOCODER_DOMAIN"
ENV_SCHEME: Final[str] = "ATLAS_GEOCODER_SCHEME"
DEFAULT_DOMAIN: Final[str] = "nominatim.openstreetmap.org"
#: The longest a page waits for an answer, network included.
DEADLINE_SECONDS: Final[float] = 2.5
#: geopy's own timeout per request, below the deadline so it normally fires first.
REQUEST_TIMEOUT_SECONDS: Final[float] = 2.0


def online_by_default() -> bool:
    return os.environ.get(ENV_ONLINE, "").strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class Found:
    name: str
    lat: float
    lon: float
    #: "gazetteer" or "geocoder": the model's ``located_by`` value for a site placed this way.
    source: str
    country: str | None = None
    kind: str | None = None


@dataclass(frozen=True)
class LookupResult:
    found: Found | None
    #: Set when the online lookup was asked for and could not answer; shown to the user.
    problem: str | None = None


@lru_cache(maxsize=4)
def _geocoder(online: bool, domain: str, scheme: str) -> ChainedGeocoder:
    online_geocoder: Any = None
    if online:
        from geopy.geocoders import Nominatim

        online_geocoder = Nominatim(
            user_agent="relations-atlas",
            domain=domain,
            scheme=scheme,
            timeout=REQUEST_TIMEOUT_SECONDS,
        )
    return ChainedGeocoder(load_gazetteer(), online=online, online_geocoder=online_geocoder)


def locate(
    name: str,
    *,
    context: Iterable[str] = (),
    online: bool = False,
    deadline: float = DEADLINE_SECONDS,
) -> LookupResult:
    """Look a place up; never raises and never takes longer than ``deadline`` seconds."""
    query = " ".join(name.split())
    if not query:
        return LookupResult(None, None)
    geocoder = _geocoder(
        online,
        os.environ.get(ENV_DOMAIN, DEFAULT_DOMAIN),
        os.environ.get(ENV_SCHEME, "https"),
    )
    offline = geocoder.offline.geocode(query, context=tuple(context))
    if offline is not None:
        return LookupResult(_found(offline, "gazetteer"))
    if not online:
        return LookupResult(None, None)

    box: dict[str, Any] = {}

    def work() -> None:
        try:
            box["location"] = geocoder.geocode(query, context=tuple(context))
            box["error"] = geocoder.last_error
        except Exception as err:  # noqa: BLE001 - a lookup must never break the page
            box["error"] = str(err) or type(err).__name__

    worker = threading.Thread(target=work, name="atlas-online-lookup", daemon=True)
    worker.start()
    worker.join(deadline)
    if worker.is_alive():
        return LookupResult(
            None,
            f"The online lookup did not answer within {deadline:g} s and was given up; "
            "only the offline gazetteer was searched.",
        )
    if box.get("error"):
        return LookupResult(
            None,
            f"The online lookup was unavailable ({box['error']}); "
            "only the offline gazetteer was searched.",
        )
    location = box.get("location")
    return LookupResult(_found(location, "geocoder") if location is not None else None)


def _found(location: Any, source: str) -> Found:
    raw = location.raw if isinstance(location.raw, dict) else {}
    name = str(raw.get("name") or location.address or "").split(",")[0].strip()
    return Found(
        name=name or str(location.address),
        lat=float(location.latitude),
        lon=float(location.longitude),
        source=source,
        country=raw.get("iso3"),
        kind=raw.get("kind"),
    )
