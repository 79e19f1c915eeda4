"""The basemap: every country's shape, the states acting in the view highlighted."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import folium

from dashboard.filters import View
from dashboard.mapping.layer import TAG_FEATURE, Layer, feature, tooltip
from dashboard.reference import shapes_path

ACTIVE = {"fillColor": "#f6c77a", "color": "#8a5a12", "weight": 1.2, "fillOpacity": 0.75}
IDLE = {"fillColor": "#f4f1ea", "color": "#a9a398", "weight": 0.5, "fillOpacity": 1.0}
HOVER = {"weight": 2.5, "color": "#333333"}
ATTRIBUTION = "Country shapes: Natural Earth (public domain)"


@lru_cache(maxsize=4)
def _shapes(path: Path) -> tuple[dict[str, Any], ...]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return tuple(data["features"])


def build(view: View) -> folium.GeoJson:
    active = set(view.countries)
    names = view.dataset.country_refs
    features = []
    for shape in _shapes(shapes_path()):
        iso3 = shape["properties"]["iso3"]
        ref = names.get(iso3)
        name = ref.name_en if ref else shape["properties"].get("name", iso3)
        features.append(feature("country", iso3, shape["geometry"], name, active=iso3 in active))
    return folium.GeoJson(
        {"type": "FeatureCollection", "features": features},
        name="Countries",
        style_function=lambda f: ACTIVE if f["properties"]["active"] else IDLE,
        highlight_function=lambda f: HOVER,
        tooltip=tooltip(),
        on_each_feature=TAG_FEATURE,
        attribution=ATTRIBUTION,
    )


LAYER = Layer(key="countries", name="Countries", build=build)
