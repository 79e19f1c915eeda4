"""Assemble the map from the registered layers: a pure function of the view.

The map's script depends only on the view, not on the selection, so that `st_folium` keeps
the same component (and the user's pan and zoom) when a click changes the selection.
"""

from __future__ import annotations

from dataclasses import dataclass

import folium

from dashboard.filters import View
from dashboard.mapping import countries, legend, links, sites
from dashboard.mapping.assets import LEAFLET_IMAGES, localise
from dashboard.mapping.layer import Layer

#: Drawn bottom to top: shapes, then arcs, then site markers on top where they are easy to hit.
LAYERS: tuple[Layer, ...] = (countries.LAYER, links.LAYER, sites.LAYER)

WEB_TILES_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
WEB_TILES_ATTRIBUTION = "&copy; OpenStreetMap contributors"


@dataclass(frozen=True)
class MapOptions:
    #: Web tiles need the internet; they are an extra a user switches on, never the default.
    web_tiles: bool = False
    height: int = 560


WORLD = [[-55.0, -170.0], [75.0, 175.0]]


def bounds(view: View) -> list[list[float]]:
    """South-west and north-east corners around everything the view shows, arcs included.

    An arc that crosses the antimeridian would need a view centred on the Pacific, which a
    map drawn from -180 to 180 cannot give; then, and when nothing is shown, we show the world.
    """
    points = [(ref.lat, ref.lon) for code in view.countries if (ref := view.dataset.country(code))]
    points += [(s.lat, s.lon) for s in view.sites]
    for link in view.links:
        main, tethers = links.link_paths(view, link)
        if len(main) > 1:
            return WORLD
        points += [p for piece in main + tethers for p in piece]
    if not points:
        return WORLD
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    return [[min(lats), min(lons)], [max(lats), max(lons)]]


def build_map(view: View, options: MapOptions = MapOptions()) -> folium.Map:
    fmap = folium.Map(
        location=(15, -30),
        zoom_start=2,
        tiles=None,
        min_zoom=1,
        max_zoom=12,
        max_bounds=True,
        world_copy_jump=False,
        control_scale=True,
    )
    if options.web_tiles:
        folium.TileLayer(
            WEB_TILES_URL, attr=WEB_TILES_ATTRIBUTION, name="Web map (online)", max_zoom=12
        ).add_to(fmap)
    for layer in LAYERS:
        element = layer.build(view)
        if element is not None:
            element.add_to(fmap)
    legend.add_to(view, fmap)
    folium.LayerControl(collapsed=False, position="topright").add_to(fmap)
    fmap.fit_bounds(bounds(view), padding=(20, 20), max_zoom=5)
    folium.Element(
        f"<script>if (window.L) {{ L.Icon.Default.imagePath = {LEAFLET_IMAGES!r}; }}</script>"
    ).add_to(fmap.get_root().header)
    localise(fmap)
    return fmap
