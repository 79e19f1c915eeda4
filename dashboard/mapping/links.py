"""Relations as great-circle arcs between the parties, coloured by cooperation type.

Rivalry is dashed as well as differently coloured, so it never rests on colour alone. A
relation about a site is tied to it: a site inside one party's country becomes that end of the
arc (Peru's alliance with China runs from the port of Chancay), and a site in a third country
is joined to the arc's middle by a thin dotted tether (US criticism of China over Chancay).
"""

from __future__ import annotations

import math
from typing import Any

import folium

from dashboard.filters import Link, View
from dashboard.geo import Point, arc, midpoint
from dashboard.mapping.layer import TAG_FEATURE, Layer, feature, tooltip
from dashboard.model import Direction, is_country_ref

RIVALRY_DASH = "10 7"
TETHER_DASH = "2 6"


def weight(evidence_count: int) -> float:
    """Wider with more evidence, but never so wide that it hides what lies beneath."""
    return round(min(10.0, 3.0 + 1.3 * math.sqrt(max(evidence_count, 1) - 1)), 1)


def _geometry(pieces: list[list[Point]]) -> dict[str, Any]:
    coords = [[[round(lon, 4), round(lat, 4)] for lat, lon in piece] for piece in pieces]
    return {"type": "MultiLineString", "coordinates": coords}


def link_paths(view: View, link: Link) -> tuple[list[list[Point]], list[list[Point]]]:
    """The arc of a link and the tethers to the sites it is about."""
    data = view.dataset
    ends = [data.party_point(p) for p in link.parties]
    third_country_sites: list[Point] = []
    for site_id in link.sites:
        site = data.sites.get(site_id)
        if site is None:
            continue
        for i, party in enumerate(link.parties):
            if is_country_ref(party) and data.party_country(party) == site.country:
                ends[i] = (site.lat, site.lon)
                break
        else:
            third_country_sites.append((site.lat, site.lon))
    a, b = ends
    if a is None or b is None:
        return [], []
    main = arc(a, b)
    middle = midpoint(a, b)
    tethers = [piece for point in third_country_sites for piece in arc(middle, point)]
    return main, tethers


def describe(view: View, link: Link) -> str:
    data = view.dataset
    a, b = (data.party_name(p) for p in link.parties)
    mutual = all(r.direction == Direction.mutual for r in link.relations)
    arrow = "⇄" if mutual else "→"
    labels = ", ".join(data.registry.label(t) for t in link.types)
    count = len(link.relations)
    noun = "relation" if count == 1 else "relations"
    text = f"{a} {arrow} {b} ({link.stance}, {count} {noun}): {labels}"
    about = [data.sites[s].name for s in link.sites if s in data.sites]
    if about:
        text += f" — about {', '.join(about)}"
    return text


def build(view: View) -> folium.GeoJson | None:
    registry = view.dataset.registry
    features = []
    for link in view.links:
        main, tethers = link_paths(view, link)
        if not main:
            continue
        colour = registry.color(link.types[0]) if link.types else "#555555"
        style = {
            "color": colour,
            "weight": weight(link.evidence_count),
            "opacity": 0.9,
            "dashArray": RIVALRY_DASH if link.stance == "rivalry" else None,
            "lineCap": "round",
        }
        tip = describe(view, link)
        features.append(feature("link", link.id, _geometry(main), tip, style=style))
        if tethers:
            tether_style = {**style, "weight": 2, "dashArray": TETHER_DASH, "opacity": 0.8}
            features.append(
                feature("link", link.id, _geometry(tethers), tip, part="tether", style=tether_style)
            )
    if not features:
        return None
    return folium.GeoJson(
        {"type": "FeatureCollection", "features": features},
        name="Links",
        style_function=lambda f: f["properties"]["style"],
        highlight_function=lambda f: {
            "weight": f["properties"]["style"]["weight"] + 3,
            "opacity": 1.0,
        },
        tooltip=tooltip(),
        on_each_feature=TAG_FEATURE,
    )


LAYER = Layer(key="links", name="Links", build=build)
