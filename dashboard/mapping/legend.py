"""The legend: the cooperation types and stances shown, and the site symbols in use."""

from __future__ import annotations

import folium
from branca.element import MacroElement
from jinja2 import Template

from dashboard.escape import html_text, js_string
from dashboard.filters import View
from dashboard.mapping.sites import KIND_LABELS, symbol_svg


def legend_html(view: View) -> str:
    """Markup for the legend, every label escaped; empty when nothing is shown."""
    registry = view.dataset.registry
    rows: list[str] = []
    if view.types_shown:
        rows.append("<h4>Cooperation types</h4>")
        for type_id in view.types_shown:
            kind = registry.get(type_id)
            dashed = " dashed" if kind.stance == "rivalry" else ""
            rows.append(
                f'<div class="row"><span class="swatch{dashed}" '
                f'style="border-color:{html_text(kind.color)}"></span>'
                f"{html_text(kind.label.en)}</div>"
            )
    if view.stances_shown:
        rows.append('<div class="section"><h4>Stance</h4>')
        if "cooperation" in view.stances_shown:
            rows.append(
                '<div class="row"><span class="swatch" style="border-color:#555"></span>'
                "Cooperation (solid)</div>"
            )
        if "rivalry" in view.stances_shown:
            rows.append(
                '<div class="row"><span class="swatch dashed" style="border-color:#555"></span>'
                "Rivalry (dashed)</div>"
            )
        rows.append('<div class="row">Wider line: more evidence</div></div>')
    kinds = sorted({s.kind for s in view.sites}, key=lambda k: KIND_LABELS.get(k, k))
    if kinds:
        rows.append('<div class="section"><h4>Sites</h4>')
        labels: dict[str, str] = {}
        for kind in kinds:
            labels.setdefault(KIND_LABELS.get(kind, kind), kind)
        for label, kind in labels.items():
            rows.append(
                f'<div class="row"><span class="site-symbol">{symbol_svg(kind, 16)}</span>'
                f"{html_text(label)}</div>"
            )
        rows.append("</div>")
    return "".join(rows)


class Legend(MacroElement):
    """A Leaflet control whose markup arrives as one escaped JavaScript string."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.control({position: "bottomright"});
        {{ this.get_name() }}.onAdd = function () {
            var div = L.DomUtil.create("div", "atlas-legend");
            div.setAttribute("role", "region");
            div.setAttribute("aria-label", "Map legend");
            div.innerHTML = "<details open><summary>Legend</summary>"
                + {{ this.markup }} + "</details>";
            L.DomEvent.disableClickPropagation(div);
            return div;
        };
        {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, html: str) -> None:
        super().__init__()
        self._name = "Legend"
        self.markup = js_string(html)


def build(view: View) -> Legend | None:
    html = legend_html(view)
    return Legend(html) if html else None


def add_to(view: View, target: folium.Map) -> None:
    legend = build(view)
    if legend is not None:
        legend.add_to(target)
