"""Relations Atlas: page setup and navigation only; everything else lives in `dashboard/`."""

import streamlit as st

from dashboard.ui import loaders

st.set_page_config(page_title="Relations Atlas", page_icon="🗺️", layout="wide")

pages = [
    st.Page("dashboard/app_pages/map.py", title="Map", icon=":material/map:", default=True),
    st.Page(
        "dashboard/app_pages/relations.py",
        title="Relations",
        icon=":material/hub:",
        url_path="relations",
    ),
    st.Page(
        "dashboard/app_pages/add_article.py",
        title="Add article",
        icon=":material/post_add:",
        url_path="add",
    ),
    st.Page(
        "dashboard/app_pages/about.py",
        title="About the data",
        icon=":material/info:",
        url_path="about",
    ),
]
navigation = st.navigation(pages)
loaders.require_reference_data()
navigation.run()
