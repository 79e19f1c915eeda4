"""What every map layer shares: a name for the layer control and a builder from a view."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import folium
from folium.utilities import JsCode

from dashboard.escape import html_text
from dashboard.filters import View

Builder = Callable[[View], folium.GeoJson | None]


@dataclass(frozen=True)
class Layer:
    """One clickable map layer; features carry `id` and `entity` so clicks resolve by id."""

    key: str
    name: str
    build: Builder


def feature(
    entity: str,
    entity_id: str,
    geometry: dict[str, Any],
    tip: str,
    *,
    part: str = "",
    **props: Any,
) -> dict[str, Any]:
    """A GeoJSON feature whose tooltip text is escaped here, once.

    `GeoJsonTooltip` puts property values into the page as HTML, so `tip` must already be
    escaped; the raw id stays separate for the click handler. Folium styles features by a
    unique feature id, so a second piece of the same entity names its `part`.
    """
    return {
        "type": "Feature",
        "id": f"{entity_id}~{part}" if part else entity_id,
        "geometry": geometry,
        "properties": {"id": entity_id, "entity": entity, "tip": html_text(tip), **props},
    }


#: Marks each drawn feature with its entity id, so that assistive technology and the browser
#: tests can find "the port of Chancay" rather than "the marker at these pixels".
TAG_FEATURE = JsCode(
    """
    function (feature, layer) {
        layer.on("add", function () {
            var el = layer.getElement ? layer.getElement() : null;
            if (!el) { return; }
            el.setAttribute("data-entity-id", feature.properties.id);
            el.setAttribute("data-entity", feature.properties.entity);
        });
    }
    """
)


def tooltip() -> folium.GeoJsonTooltip:
    return folium.GeoJsonTooltip(fields=["tip"], labels=False, sticky=True)
