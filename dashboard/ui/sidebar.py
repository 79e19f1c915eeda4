"""The filter widgets in the sidebar: cooperation types with their legend colours first."""

from __future__ import annotations

import streamlit as st

from dashboard.escape import html_text, md_text
from dashboard.store import Dataset
from dashboard.ui import state


def swatch(color: str, dashed: bool = False) -> str:
    """A small line sample in the type's colour, as an SVG image (images run no script)."""
    dash = ' stroke-dasharray="5 3"' if dashed else ""
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="22" height="14" viewBox="0 0 22 14">'
        f'<line x1="1" y1="7" x2="21" y2="7" stroke="{html_text(color)}" stroke-width="4"'
        f"{dash}/></svg>"
    )


def filters(data: Dataset) -> None:
    st.sidebar.header("Filters")
    st.sidebar.caption("Cooperation type")
    counts: dict[str, int] = {}
    for relation in data.relations.values():
        for type_id in relation.types:
            counts[type_id] = counts.get(type_id, 0) + 1
    for kind in data.registry:
        left, right = st.sidebar.columns([1, 8], vertical_alignment="center")
        left.image(swatch(kind.color, kind.stance == "rivalry"), width=22)
        right.checkbox(
            f"{md_text(kind.label.en)} ({counts.get(kind.id, 0)})",
            key=state.type_key(kind.id),
            help=kind.description,
        )
    st.sidebar.radio(
        "Stance",
        state.STANCE_OPTIONS,
        key="stance",
        format_func=lambda s: {"both": "Both", "cooperation": "Cooperation", "rivalry": "Rivalry"}[
            s
        ],
        horizontal=True,
    )
    options = sorted(data.countries, key=lambda c: data.party_name(c))
    for code in st.session_state.get("countries", []):
        if code not in options:
            options.append(code)
    st.sidebar.multiselect(
        "Countries",
        options,
        key="countries",
        format_func=lambda c: f"{data.party_name(c)} ({c})",
        placeholder="All countries",
    )
    st.sidebar.button("Clear filters", on_click=state.clear_filters, args=(data,), width="stretch")
