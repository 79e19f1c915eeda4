"""Finding a site by name on the Add article page, with the online geocoder on and the network
refusing or hanging: the page still answers in its normal time and says the lookup failed."""

from __future__ import annotations

import time

import pytest
from streamlit.testing.v1 import AppTest

from dashboard import lookup
from tests.app_pages.test_add_article import ARTICLE, _draft, _ok, _unescape, data_dir  # noqa: F401
from tests.test_lookup import hanging_server, refused_port  # noqa: F401


def _find(at: AppTest, name: str) -> tuple[AppTest, float]:
    at.text_input(key="add-find-name").set_value(name)
    started = time.monotonic()
    at.button(key="add-find").click().run()
    elapsed = time.monotonic() - started
    _ok(at)
    return at, elapsed


def _site_row(at: AppTest, site_id: str) -> dict:
    rows = at.session_state["add-rows"]["sites"]
    return next(r for r in rows if r["id"] == site_id)


def test_a_known_name_places_the_site_from_the_gazetteer(data_dir) -> None:  # noqa: F811
    at = _draft(ARTICLE)
    chosen = at.selectbox(key="add-site-pick").value
    at, _ = _find(at, "Valparaíso")
    row = _site_row(at, chosen)
    assert abs(row["lat"] + 33.05) < 0.1 and abs(row["lon"] + 71.6) < 0.1
    assert row["located_by"] == "gazetteer"


@pytest.mark.parametrize("network", ["hanging_server", "refused_port"])
def test_an_unreachable_geocoder_is_named_and_the_page_goes_on(
    data_dir,  # noqa: F811
    network: str,
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    request.getfixturevalue(network)
    monkeypatch.setenv(lookup.ENV_ONLINE, "1")
    at = _draft(ARTICLE)
    assert at.toggle(key="add-find-online").value is True
    at, elapsed = _find(at, f"Qwertzuiop Harbour {network}")
    warnings = _unescape("\n".join(w.value for w in at.warning))
    assert "online lookup" in warnings
    assert ("did not answer" in warnings) or ("unavailable" in warnings)
    assert elapsed < lookup.DEADLINE_SECONDS + 3
    assert at.button(key="add-save") is not None  # the rest of the page still rendered
