"""Relations as a table and as a matrix of countries by cooperation type."""

from __future__ import annotations

import streamlit as st

from dashboard import filters, tables
from dashboard.ui import loaders, sidebar, state

data = loaders.dataset()
state.init_from_url(data)
sidebar.filters(data)
current = state.current_filters(data)
view = filters.apply(data, current or filters.FilterState.of(types=["__none__"]))

st.title("Relations", anchor=False)
loaders.show_data_issues(data)
rows = tables.relation_rows(view)
if not rows:
    st.info("No relations match these filters.", icon="🔎")
else:
    st.dataframe(
        [r.as_record(with_id=True) for r in rows],
        hide_index=True,
        width="stretch",
    )
    st.subheader("Countries by cooperation type", anchor=False)
    st.caption("How many shown relations each state takes part in, per type.")
    matrix = []
    for code in view.countries:
        row: dict[str, object] = {"Country": data.party_name(code)}
        for type_id in view.types_shown:
            row[data.registry.label(type_id)] = sum(
                1
                for r in view.relations
                if type_id in view.relation_types(r)
                and code in {data.party_country(p) for p in r.parties}
            )
        matrix.append(row)
    st.dataframe(matrix, hide_index=True, width="stretch")
state.write_url(data)
