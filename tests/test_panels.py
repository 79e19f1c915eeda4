from __future__ import annotations

import pytest

from dashboard import filters
from dashboard.panels import panel_for
from dashboard.store import Dataset, load_dataset
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def seed() -> Dataset:
    return load_dataset(ROOT / "data")


def _view(seed: Dataset, **kw):
    return filters.apply(seed, filters.FilterState.of(**kw))


def test_chancay_panel_shows_the_china_partnership_and_the_us_criticism(seed: Dataset) -> None:
    panel = panel_for(_view(seed), "port-of-chancay")
    assert panel.title == "Port of Chancay" and "Port in Peru" in panel.subtitle
    groups = {g.type_id: g for g in panel.groups}
    assert {"strategic_partnership", "trade_infrastructure", "criticism"} <= set(groups)
    criticism = groups["criticism"].entries[0]
    assert [p.id for p in criticism.parties] == ["USA", "CHN"] and criticism.arrow == "→"
    assert any("Gefahr für die Region" in q.quote for q in criticism.quotes)
    speaker = criticism.quotes[0].speaker
    assert speaker.id == "pete-hegseth" and criticism.quotes[0].speaker_role
    assert [r.id for r in panel.related] == ["PER"]


def test_us_peru_link_lists_each_type_with_its_own_quote(seed: Dataset) -> None:
    panel = panel_for(_view(seed), "link-per-usa-cooperation")
    labels = [g.label for g in panel.groups]
    assert "Counter-narcotics" in labels and "Joint exercises" in labels and len(labels) == 9
    narcotics = next(g for g in panel.groups if g.type_id == "counter_narcotics")
    (quote,) = narcotics.entries[0].quotes
    assert "Drogenhandels" in quote.quote and "drug trafficking" in quote.translation
    assert quote.language == "de" and quote.paragraph == 9 and quote.outlet == "amerika21"
    assert {r.id for r in panel.related} == {"USA", "PER"}
    assert panel.events and panel.events[0].site.id == "pentagon"


def test_panel_follows_the_filter(seed: Dataset) -> None:
    panel = panel_for(_view(seed, types=["counter_narcotics"]), "PER")
    assert [g.type_id for g in panel.groups] == ["counter_narcotics"]


def test_person_and_country_panels_link_onwards(seed: Dataset) -> None:
    person = panel_for(_view(seed), "pete-hegseth")
    assert person.subtitle == "Secretary of Defense"
    assert [r.id for r in person.related] == ["USA", "us-dod"]
    assert any(g.type_id == "criticism" for g in person.groups)
    country = panel_for(_view(seed), "PER")
    assert {p.ref.id for p in country.people} >= {"elmer-schialer", "walter-astudillo"}
    assert "CHN" in {r.id for r in country.related}


def test_unknown_or_empty_selection_has_no_panel(seed: Dataset) -> None:
    assert panel_for(_view(seed), None) is None
    assert panel_for(_view(seed), "atlantis") is None
    assert panel_for(_view(seed), "FRA").subtitle.startswith("State (not acting")
