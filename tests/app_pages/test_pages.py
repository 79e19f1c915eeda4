"""Every page runs, and the URL's query string sets the filters (Streamlit's AppTest)."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import FIXTURES, ROOT

APP = str(ROOT / "app.py")
PAGES = {
    "dashboard/app_pages/map.py": "Relations Atlas",
    "dashboard/app_pages/relations.py": "Relations",
    "dashboard/app_pages/about.py": "About the data",
    "dashboard/app_pages/add_article.py": "Add article",
}


def _run(page: str | None = None, **params: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    if page:
        at.run()  # pages with their own url_path are known only after a first run
        at.switch_page(page)
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_without_exception(page: str) -> None:
    at = _run(page)
    assert [t.value for t in at.title] == [PAGES[page]]


def test_map_page_lists_every_relation_by_default() -> None:
    at = _run()
    table = at.dataframe[0].value
    assert len(table) == 5
    assert set(table["Parties"]) >= {"United States ⇄ Peru", "United States → China"}
    assert "Click the map" in [s.value for s in at.subheader]


def test_types_in_the_url_set_the_filter() -> None:
    at = _run(types="counter_narcotics")
    assert at.session_state["type-counter_narcotics"] is True
    assert at.session_state["type-strategic_partnership"] is False
    table = at.dataframe[0].value
    assert list(table["Parties"]) == ["United States ⇄ Peru"]
    assert "Counter-narcotics" in table["Types"].iloc[0]


def test_stance_countries_and_select_in_the_url() -> None:
    at = _run(stance="rivalry", countries="CHN", select="port-of-chancay")
    assert at.radio(key="stance").value == "rivalry"
    assert at.multiselect(key="countries").value == ["CHN"]
    assert list(at.dataframe[0].value["Parties"]) == ["United States → China"]
    subheaders = [s.value for s in at.subheader]
    assert any("Port of Chancay" in s for s in subheaders)


def test_an_empty_result_says_so_and_clearing_restores_everything() -> None:
    at = _run(types="counter_narcotics", stance="rivalry")
    assert any("No relations match" in i.value for i in at.info)
    at.button(key="clear-empty").click().run()
    assert len(at.dataframe[0].value) == 5
    assert "types" not in at.query_params and "stance" not in at.query_params


def test_unknown_url_values_are_reported_not_fatal() -> None:
    at = _run(types="piracy")
    assert any("piracy" in w.value for w in at.warning)


def test_a_broken_data_file_is_named_and_the_rest_renders(tmp_path, monkeypatch) -> None:
    import shutil

    shutil.copytree(FIXTURES / "data", tmp_path / "data")
    shutil.copy(FIXTURES / "bad" / "unknown_type.yaml", tmp_path / "data" / "articles")
    monkeypatch.setenv("ATLAS_DATA_DIR", str(tmp_path / "data"))
    at = _run()
    assert any("unknown_type.yaml" in e.label for e in at.expander)
    assert list(at.dataframe[0].value["Parties"]) == ["Chile ⇄ Argentina"]
