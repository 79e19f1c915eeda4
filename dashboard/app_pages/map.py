"""The home page: the map, the detail panel beside it and the relations table below."""

from __future__ import annotations

import hashlib
from dataclasses import asdict

import streamlit as st
from streamlit_folium import st_folium

from dashboard import filters, panels, tables
from dashboard.escape import md_text
from dashboard.mapping.assets import missing_static_files
from dashboard.mapping.build import MapOptions, build_map
from dashboard.ui import loaders, sidebar, state
from dashboard.ui import panel as panel_ui

MAP_KEY = "atlas-map"
#: Only clicks make the map rerun the page; panning and zooming stay in the browser.
RETURNED = ["last_active_drawing", "last_object_clicked_count"]

data = loaders.dataset()
state.init_from_url(data)
sidebar.filters(data)
web_tiles = st.sidebar.toggle(
    "Web map tiles (needs internet)",
    key="web_tiles",
    help="Off by default: the map works offline with its own country shapes.",
)

st.title("Relations Atlas", anchor=False)
st.caption(
    f"{len(data.relations)} relations between {len(data.countries)} states from "
    f"{len(data.articles)} article(s). Every line leads back to the sentence that supports it."
)
loaders.show_data_issues(data)
for problem in state.url_problems(data):
    st.warning(f"The link asked for an unknown {md_text(problem)}; it was ignored.", icon="⚠️")
missing = missing_static_files()
if missing:
    st.error(
        "The map's local files are missing (" + ", ".join(missing) + "). "
        "Run `bash scripts/setup.sh` to install them.",
        icon="🚫",
    )
    st.stop()

current = state.current_filters(data)
view = filters.apply(data, current or filters.FilterState())
if current is None:
    view = filters.apply(data, filters.FilterState.of(types=["__none__"]))

map_col, panel_col = st.columns([4, 3], gap="medium")
with map_col:
    if view.is_empty:
        reason = (
            "No cooperation type is selected."
            if current is None
            else "No relations match these filters."
        )
        st.info(reason + " Clear the filters to see everything again.", icon="🔎")
        st.button("Clear filters", on_click=state.clear_filters, args=(data,), key="clear-empty")
    fmap = build_map(view, MapOptions(web_tiles=web_tiles))
    result = st_folium(
        fmap,
        key=MAP_KEY,
        height=600,
        use_container_width=True,
        returned_objects=RETURNED,
    )
    signature = hashlib.sha1(repr((asdict(view.filters), web_tiles)).encode()).hexdigest()
    clicks = (result or {}).get("last_object_clicked_count")
    drawing = (result or {}).get("last_active_drawing") or {}
    if clicks and st.session_state.get("_seen_click") != (signature, clicks):
        st.session_state["_seen_click"] = (signature, clicks)
        clicked = (drawing.get("properties") or {}).get("id")
        if clicked:
            state.select(clicked)

    st.subheader("Relations shown", anchor=False)
    rows = tables.relation_rows(view)
    if rows:
        picked = st.dataframe(
            [r.as_record() for r in rows],
            hide_index=True,
            on_select="rerun",
            selection_mode="single-row",
            key=f"relations-table-{signature[:8]}",
            width="stretch",
        )
        chosen = picked.selection.rows if picked else []
        marker = (signature, tuple(chosen))
        if chosen and st.session_state.get("_seen_row") != marker:
            st.session_state["_seen_row"] = marker
            state.select(rows[chosen[0]].id)
    else:
        st.caption("Nothing to list.")

with panel_col:
    selected = st.session_state.get("select")
    panel = panels.panel_for(view, selected)
    if panel is not None:
        with st.container(border=True, key="detail-panel"):
            panel_ui.show(panel)
            st.button("Close", on_click=state.select, args=(None,), key="close-panel")
    else:
        if selected:
            st.warning(f"Nothing with the id {md_text(selected)} is on the map.", icon="⚠️")
        with st.container(border=True, key="detail-panel"):
            panel_ui.empty_hint()

state.write_url(data)
