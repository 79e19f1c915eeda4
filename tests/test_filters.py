from __future__ import annotations

from pathlib import Path

import pytest

from dashboard import filters
from dashboard.store import Dataset, load_dataset


@pytest.fixture(scope="module")
def seed() -> Dataset:
    return load_dataset(Path(__file__).resolve().parent.parent / "data")


def test_no_filter_shows_everything(seed: Dataset) -> None:
    view = filters.apply(seed, filters.FilterState())
    assert len(view.relations) == len(seed.relations) == 5
    assert set(view.countries) == {"USA", "PER", "CHN"}
    assert {s.id for s in view.sites} == {"pentagon", "washington", "lima", "port-of-chancay"}


def test_counter_narcotics_shows_us_peru_and_not_peru_china(seed: Dataset) -> None:
    view = filters.apply(seed, filters.FilterState.of(types=["counter_narcotics"]))
    assert [r.id for r in view.relations] == ["usa-per-security-agreements"]
    assert set(view.countries) == {"USA", "PER"}
    assert "port-of-chancay" not in {s.id for s in view.sites}
    assert "pentagon" in {s.id for s in view.sites}
    assert view.types_shown == ("counter_narcotics",)
    (link,) = view.links
    assert link.types == ("counter_narcotics",)


def test_relations_between_the_same_parties_share_one_arc(seed: Dataset) -> None:
    view = filters.apply(seed, filters.FilterState())
    usa_per = [link for link in view.links if set(link.parties) == {"USA", "PER"}]
    assert len(usa_per) == 1
    assert len(usa_per[0].relations) == 3
    assert usa_per[0].evidence_count == 8


def test_stance_filter_keeps_only_rivalry(seed: Dataset) -> None:
    view = filters.apply(seed, filters.FilterState.of(stances=["rivalry"]))
    assert [r.id for r in view.relations] == ["usa-chn-criticism"]
    assert view.stances_shown == ("rivalry",)
    assert "port-of-chancay" in {s.id for s in view.sites}


def test_country_filter_matches_either_party(seed: Dataset) -> None:
    view = filters.apply(seed, filters.FilterState.of(countries=["chn"]))
    assert {r.id for r in view.relations} == {"usa-chn-criticism", "per-chn-strategic-alliance"}


def test_an_impossible_combination_is_empty_and_unknown_values_are_named(seed: Dataset) -> None:
    state = filters.FilterState.of(types=["counter_narcotics"], stances=["rivalry"])
    assert filters.apply(seed, state).is_empty
    odd = filters.FilterState.of(types=["piracy"], stances=["war"], countries=["XXX"])
    assert odd.unknown_values(seed) == [
        "cooperation type 'piracy'",
        "stance 'war'",
        "country 'XXX'",
    ]
