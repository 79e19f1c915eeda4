"""A small map for placing one site of a draft by clicking where it is.

Offline like the main map: the country shapes are the only background and every script comes
from our own server. The shapes do not take clicks, so a click anywhere (on land or sea) lands
on the map itself and reports its coordinates; the page turns that into the site's position.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import folium

from dashboard.escape import html_text
from dashboard.mapping.assets import localise
from dashboard.mapping.countries import ACTIVE, ATTRIBUTION, IDLE, _shapes
from dashboard.reference import shapes_path

SELECTED = {"color": "#0072B2", "fill_color": "#0072B2", "radius": 9, "weight": 3}
OTHER = {"color": "#555555", "fill_color": "#ffffff", "radius": 5, "weight": 1.5}
#: How close the map starts around the site being placed.
SITE_ZOOM = 7
#: A constant of ours (no data in it): a crosshair says "click to place".
_CURSOR_CSS = "<style>.leaflet-container { cursor: crosshair; }</style>"


@dataclass(frozen=True)
class PickerSite:
    id: str
    name: str
    lat: float | None
    lon: float | None

    @property
    def placed(self) -> bool:
        return (
            self.lat is not None
            and self.lon is not None
            and -90 <= self.lat <= 90
            and -180 <= self.lon <= 180
        )


def _countries(active: set[str]) -> folium.GeoJson:
    features = [
        {
            "type": "Feature",
            "geometry": shape["geometry"],
            "properties": {"active": shape["properties"]["iso3"] in active},
        }
        for shape in _shapes(shapes_path())
    ]
    return folium.GeoJson(
        {"type": "FeatureCollection", "features": features},
        name="Countries",
        style_function=lambda f: ACTIVE if f["properties"]["active"] else IDLE,
        attribution=ATTRIBUTION,
        control=False,
        interactive=False,
    )


def build_picker(
    sites: Sequence[PickerSite],
    selected: str | None,
    *,
    countries: Iterable[str] = (),
) -> folium.Map:
    """The map around the selected site, its marker drawn strongest, the draft's states shaded."""
    current = next((s for s in sites if s.id == selected), None)
    fmap = folium.Map(
        location=(current.lat, current.lon) if current and current.placed else (15, -30),
        zoom_start=SITE_ZOOM if current and current.placed else 2,
        tiles=None,
        min_zoom=1,
        max_zoom=14,
        max_bounds=True,
        world_copy_jump=False,
        control_scale=True,
    )
    _countries(set(countries)).add_to(fmap)
    for site in sites:
        if not site.placed or site.id == selected:
            continue
        folium.CircleMarker(
            (site.lat, site.lon),
            tooltip=folium.Tooltip(html_text(site.name)),
            fill=True,
            fill_opacity=0.9,
            **OTHER,
        ).add_to(fmap)
    if current is not None and current.placed:
        folium.CircleMarker(
            (current.lat, current.lon),
            tooltip=folium.Tooltip(html_text(current.name), permanent=True, direction="top"),
            fill=True,
            fill_opacity=0.9,
            **SELECTED,
        ).add_to(fmap)
    else:
        placed = [(s.lat, s.lon) for s in sites if s.placed]
        if placed:
            lats = [p[0] for p in placed]
            lons = [p[1] for p in placed]
            fmap.fit_bounds(
                [[min(lats), min(lons)], [max(lats), max(lons)]], padding=(30, 30), max_zoom=6
            )
    folium.Element(_CURSOR_CSS).add_to(fmap.get_root().header)
    localise(fmap)
    return fmap
