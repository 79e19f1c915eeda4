"""Filter and selection state, kept in the URL so that a view can be bookmarked and shared."""

from __future__ import annotations

import streamlit as st

from dashboard.filters import FilterState
from dashboard.store import Dataset

STANCE_OPTIONS = ("both", "cooperation", "rivalry")


def _split(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split(",") if part.strip()]


def type_key(type_id: str) -> str:
    return f"type-{type_id}"


def init_from_url(data: Dataset) -> None:
    """On a session's first run, set the widgets from the URL; afterwards the widgets lead."""
    if st.session_state.get("_url_applied"):
        return
    params = st.query_params
    types = set(_split(params.get("types")))
    for type_id in data.registry.ids:
        st.session_state[type_key(type_id)] = not types or type_id in types
    stance = (params.get("stance") or "both").strip().lower()
    st.session_state["stance"] = stance if stance in STANCE_OPTIONS else "both"
    st.session_state["countries"] = [
        c.upper() for c in _split(params.get("countries")) if c.upper() in data.country_refs
    ]
    st.session_state["select"] = params.get("select") or None
    st.session_state["_url_applied"] = True


def url_problems(data: Dataset) -> list[str]:
    """Values in a shared URL that mean nothing in this dataset."""
    params = st.query_params
    state = FilterState.of(
        _split(params.get("types")),
        [s for s in _split(params.get("stance")) if s != "both"],
        _split(params.get("countries")),
    )
    return state.unknown_values(data)


def selected_types(data: Dataset) -> list[str]:
    return [t for t in data.registry.ids if st.session_state.get(type_key(t), True)]


def current_filters(data: Dataset) -> FilterState | None:
    """The filter the widgets describe; None when every type box is unticked."""
    types = selected_types(data)
    if not types:
        return None
    all_types = len(types) == len(data.registry.ids)
    stance = st.session_state.get("stance", "both")
    return FilterState.of(
        [] if all_types else types,
        [] if stance == "both" else [stance],
        st.session_state.get("countries", []),
    )


def write_url(data: Dataset) -> None:
    """Mirror the state into the query string, leaving out what is at its default."""
    types = selected_types(data)
    wanted: dict[str, str] = {}
    if len(types) != len(data.registry.ids):
        wanted["types"] = ",".join(types)
    if st.session_state.get("stance", "both") != "both":
        wanted["stance"] = st.session_state["stance"]
    if st.session_state.get("countries"):
        wanted["countries"] = ",".join(st.session_state["countries"])
    if st.session_state.get("select"):
        wanted["select"] = st.session_state["select"]
    if dict(st.query_params) != wanted:
        st.query_params.from_dict(wanted)


def select(entity_id: str | None) -> None:
    st.session_state["select"] = entity_id


def clear_filters(data: Dataset) -> None:
    for type_id in data.registry.ids:
        st.session_state[type_key(type_id)] = True
    st.session_state["stance"] = "both"
    st.session_state["countries"] = []
