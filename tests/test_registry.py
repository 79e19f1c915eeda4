from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.registry import DEFAULT_REGISTRY, RegistryError, load_registry

PRODUCT_TYPES = {
    "security", "military_training", "technology_transfer", "arms_transfer", "joint_exercise",
    "counter_narcotics", "human_trafficking", "migration", "organized_crime",
    "trade_infrastructure", "strategic_partnership", "criticism", "rivalry",
}  # fmt: skip


def _luminance(hex_colour: str) -> float:
    r, g, b = (int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def test_registry_has_every_type_with_three_languages_and_plover() -> None:
    registry = load_registry()
    assert set(registry.ids) == PRODUCT_TYPES
    for kind in registry:
        assert kind.label.en and kind.label.de and kind.label.es
        assert kind.plover.category or kind.id == "rivalry"
    assert registry.label("counter_narcotics", "es") == "Lucha antidrogas"
    assert registry.get("criticism").stance == "rivalry"


def test_colours_are_distinct() -> None:
    colours = [kind.color.upper() for kind in load_registry()]
    assert len(set(colours)) == len(colours)
    # none so pale that it vanishes on the light basemap
    assert all(_luminance(c) < 0.85 for c in colours)


def test_a_broken_registry_names_the_type_and_field(tmp_path: Path) -> None:
    broken = tmp_path / "types.yaml"
    broken.write_text(
        DEFAULT_REGISTRY.read_text(encoding="utf-8").replace('"#117733"', '"green"', 1),
        encoding="utf-8",
    )
    with pytest.raises(RegistryError, match="type counter_narcotics, field color"):
        load_registry(broken)
