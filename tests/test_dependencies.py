"""Every dependency is pinned, and the web-facing ones stand past their published advisories."""

from __future__ import annotations

import re

import yaml

from tests.conftest import ROOT


def _pins() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            match = re.fullmatch(r"([A-Za-z0-9_.-]+)==([0-9][0-9A-Za-z.]*)", line)
            assert match, f"requirements.txt: {line!r} is not pinned to one version with =="
            pins[match.group(1).lower()] = match.group(2)
    return pins


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", text)[:3])


def test_every_requirement_is_pinned() -> None:
    pins = _pins()
    assert {"streamlit", "streamlit-folium", "folium", "pydantic", "pyyaml"} <= set(pins)


def test_front_end_libraries_are_locked() -> None:
    lock = (ROOT / "assets" / "package-lock.json").read_text(encoding="utf-8")
    assert '"node_modules/leaflet"' in lock and '"integrity"' in lock


def test_pins_are_past_every_published_advisory() -> None:
    pins = _pins()
    advisories = yaml.safe_load((ROOT / "scripts" / "advisories.yaml").read_text())["advisories"]
    assert {a["package"] for a in advisories} >= {"streamlit", "streamlit-folium"}
    behind = [
        f"{a['package']} {pins[a['package']]} < {a['fixed']} ({a['id']})"
        for a in advisories
        if _version(pins[a["package"]]) < _version(a["fixed"])
    ]
    assert behind == []


def test_the_check_itself_catches_an_old_pin() -> None:
    assert _version("1.10.0") < _version("1.11.1")
    assert _version("1.54.0") >= _version("1.54.0")
