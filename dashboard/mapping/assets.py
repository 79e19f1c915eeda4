"""Point every map element at files served by our own server, never at a CDN.

`st_folium` loads each script listed in any element's `default_js` one after another, and if
one fails the map never appears; folium's defaults name CDNs. We keep only what the map really
uses (Leaflet and our own styles), served from `static/` by Streamlit's static file serving.
"""

from __future__ import annotations

import folium
from branca.element import Element

from dashboard import ROOT

#: Where Streamlit serves `static/` when `server.enableStaticServing` is on.
STATIC_URL = "/app/static"
STATIC_DIR = ROOT / "static"

LEAFLET_JS = ("leaflet", f"{STATIC_URL}/vendor/leaflet/leaflet.js")
LEAFLET_CSS = ("leaflet_css", f"{STATIC_URL}/vendor/leaflet/leaflet.css")
ATLAS_CSS = ("atlas_css", f"{STATIC_URL}/atlas/map.css")
LEAFLET_IMAGES = f"{STATIC_URL}/vendor/leaflet/images/"

REQUIRED_FILES = ("vendor/leaflet/leaflet.js", "vendor/leaflet/leaflet.css", "atlas/map.css")


def missing_static_files() -> list[str]:
    """Files the map needs that setup has not put in place yet."""
    return [name for name in REQUIRED_FILES if not (STATIC_DIR / name).is_file()]


def localise(element: Element) -> None:
    """Replace the CDN links of an element and all its children with local ones."""
    stack = [element]
    while stack:
        item = stack.pop()
        if isinstance(item, folium.Map):
            item.default_js = [LEAFLET_JS]
            item.default_css = [LEAFLET_CSS, ATLAS_CSS]
        elif hasattr(item, "default_js") or hasattr(item, "default_css"):
            item.default_js = []
            item.default_css = []
        stack.extend(getattr(item, "_children", {}).values())
