"""Sites as markers whose symbol tells their kind: port, ministry, capital, base, city."""

from __future__ import annotations

import folium

from dashboard.filters import View
from dashboard.mapping.layer import TAG_FEATURE, Layer, feature, tooltip
from dashboard.model import SiteKind

_DISC = '<circle cx="12" cy="12" r="11" fill="#ffffff" stroke="#1f2d3d" stroke-width="1.5"/>'

#: One inline SVG per kind: constants of ours, never built from data.
SYMBOLS: dict[str, str] = {
    SiteKind.port: (  # an anchor
        '<path d="M12 5.5v12M8.5 8.5h7M6.5 13.5c0 3 2.5 4.5 5.5 4.5s5.5-1.5 5.5-4.5" '
        'fill="none" stroke="#0b4f79" stroke-width="1.8" stroke-linecap="round"/>'
        '<circle cx="12" cy="5.5" r="1.6" fill="none" stroke="#0b4f79" stroke-width="1.4"/>'
    ),
    SiteKind.ministry: (  # a columned building
        '<path d="M5.5 9.5L12 5.5l6.5 4z" fill="#5b3a8c"/>'
        '<path d="M7.5 10.5v6M10.5 10.5v6M13.5 10.5v6M16.5 10.5v6" stroke="#5b3a8c" '
        'stroke-width="1.6"/><path d="M5.5 17.5h13" stroke="#5b3a8c" stroke-width="1.8"/>'
    ),
    SiteKind.capital: (  # a star
        '<path d="M12 4.8l2.1 4.5 4.9.6-3.6 3.3 1 4.9L12 15.6l-4.4 2.5 1-4.9L5 9.9l4.9-.6z" '
        'fill="#b8860b"/>'
    ),
    SiteKind.base: (  # a shield
        '<path d="M12 5l6 2.2v4.3c0 3.6-2.6 5.9-6 7.2-3.4-1.3-6-3.6-6-7.2V7.2z" fill="#3d5a2a"/>'
    ),
    SiteKind.city: '<circle cx="12" cy="12" r="4.5" fill="#444444"/>',
    SiteKind.building: '<rect x="7.5" y="7" width="9" height="10.5" fill="#555555"/>',
    SiteKind.region: (
        '<circle cx="12" cy="12" r="6" fill="none" stroke="#555555" stroke-width="1.6" '
        'stroke-dasharray="2.5 2"/>'
    ),
}
SYMBOLS[SiteKind.headquarters] = SYMBOLS[SiteKind.ministry]

KIND_LABELS = {
    SiteKind.port: "Port",
    SiteKind.ministry: "Ministry or headquarters",
    SiteKind.headquarters: "Ministry or headquarters",
    SiteKind.capital: "Capital",
    SiteKind.base: "Military base",
    SiteKind.city: "City",
    SiteKind.building: "Building",
    SiteKind.region: "Region",
}


def symbol_svg(kind: str, size: int = 24) -> str:
    body = SYMBOLS.get(kind, SYMBOLS[SiteKind.city])
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" '
        f'viewBox="0 0 24 24" aria-hidden="true">{_DISC}{body}</svg>'
    )


def build(view: View) -> folium.GeoJson | None:
    if not view.sites:
        return None
    names = view.dataset.country_refs
    features = []
    for site in view.sites:
        country = names.get(site.country)
        tip = f"{site.name} · {KIND_LABELS.get(site.kind, site.kind)}"
        tip += f", {country.name_en}" if country else ""
        geometry = {"type": "Point", "coordinates": [site.lon, site.lat]}
        features.append(feature("site", site.id, geometry, tip, kind=site.kind.value))
    marker = folium.Marker(
        icon=folium.DivIcon(icon_size=(24, 24), icon_anchor=(12, 12), class_name="atlas-site")
    )
    return folium.GeoJson(
        {"type": "FeatureCollection", "features": features},
        name="Sites",
        marker=marker,
        style_function=lambda f: {
            "html": symbol_svg(f["properties"]["kind"]),
            "className": f"atlas-site atlas-site-{f['properties']['kind']}",
        },
        tooltip=tooltip(),
        on_each_feature=TAG_FEATURE,
    )


LAYER = Layer(key="sites", name="Sites", build=build)
