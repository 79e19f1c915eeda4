"""The command line as a user runs it: a real subprocess on the repository's own data."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, ROOT

SEED = "amerika21-us-peru-security-talks"


def run(*args: str, data_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("ATLAS_DATA_DIR", None)
    if data_dir is not None:
        env["ATLAS_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [sys.executable, "-m", "dashboard", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.fixture(scope="module")
def exported() -> dict:
    result = run("export", "--format", "json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_check_passes_on_the_shipped_data() -> None:
    result = run("check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No problems found." in result.stdout
    assert "5 relations" in result.stdout


def test_check_fails_and_names_the_broken_file(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES / "data", tmp_path / "data")
    shutil.copy(FIXTURES / "bad" / "unknown_type.yaml", tmp_path / "data" / "articles")
    result = run("check", data_dir=tmp_path / "data")
    assert result.returncode == 1
    assert "data/articles/unknown_type.yaml, record relations[per-bol-patrol]" in result.stdout
    assert "field types[0]: unknown cooperation type 'smuggling'" in result.stdout
    assert "1 article file(s)" in result.stdout  # the good one still loaded


def test_export_has_the_documented_keys(exported: dict) -> None:
    expected = {
        "articles": {"id", "title", "outlet", "language", "published"},
        "countries": {"iso3", "name", "lat", "lon"},
        "sites": {"id", "name", "kind", "country", "lat", "lon"},
        "people": {"id", "name", "role", "country"},
        "organizations": {"id", "name", "country"},
        "relations": {"id", "source", "target", "direction", "stance", "types", "status"},
        "cooperation_types": {"id", "label", "color", "plover"},
    }
    for key, fields in expected.items():
        assert isinstance(exported[key], list) and exported[key], key
        for item in exported[key]:
            assert fields <= set(item), (key, fields - set(item))
    for relation in exported["relations"]:
        for item in relation["evidence"]:
            assert {"article", "paragraph", "quote", "translation", "speaker"} <= set(item)


def test_seed_article_is_complete(exported: dict) -> None:
    (article,) = [a for a in exported["articles"] if a["id"] == SEED]
    assert article["language"] == "de" and article["published"] is None
    assert {c["iso3"] for c in exported["countries"]} == {"USA", "PER", "CHN"}
    sites = {s["id"]: s for s in exported["sites"]}
    assert abs(sites["pentagon"]["lat"] - 38.8719) < 0.01
    assert abs(sites["pentagon"]["lon"] + 77.0563) < 0.01
    assert abs(sites["port-of-chancay"]["lat"] + 11.58) < 0.05
    assert abs(sites["port-of-chancay"]["lon"] + 77.27) < 0.05
    assert sites["port-of-chancay"]["kind"] == "port"
    people = {p["name"]: p for p in exported["people"]}
    assert set(people) == {
        "Pete Hegseth",
        "Elmer Schialer",
        "Walter Astudillo",
        "Carlos Chávez Cateriano",
        "Alfredo Ferrero",
        "Michael F. Miller",
    }
    assert people["Pete Hegseth"]["country"] == "USA"
    assert "Defense" in people["Pete Hegseth"]["role"]
    assert people["Elmer Schialer"]["country"] == "PER"
    assert "Foreign" in people["Elmer Schialer"]["role"]
    assert {"DSCA"} <= {o.get("acronym") for o in exported["organizations"]}
    assert [e["site"] for e in exported["events"] if e["id"] == "pentagon-talks"] == ["pentagon"]


def test_every_type_of_every_relation_has_its_own_evidence(exported: dict) -> None:
    for relation in exported["relations"]:
        for type_id in relation["types"]:
            support = [e for e in relation["evidence"] if not e["types"] or type_id in e["types"]]
            assert support, (relation["id"], type_id)
            for item in support:
                assert item["quote"] and item["translation"] and item["paragraph"] >= 1


def test_seed_relations_cover_what_the_article_says(exported: dict) -> None:
    by_pair: dict[frozenset, set] = {}
    stances = {}
    for relation in exported["relations"]:
        pair = frozenset((relation["source"], relation["target"]))
        by_pair.setdefault(pair, set()).update(relation["types"])
        stances.setdefault(pair, set()).add(relation["stance"])
    assert {
        "security",
        "military_training",
        "technology_transfer",
        "counter_narcotics",
        "joint_exercise",
        "human_trafficking",
        "migration",
        "organized_crime",
    } <= by_pair[frozenset({"USA", "PER"})]
    assert "criticism" in by_pair[frozenset({"USA", "CHN"})]
    assert stances[frozenset({"USA", "CHN"})] == {"rivalry"}
    assert {"strategic_partnership", "trade_infrastructure"} <= by_pair[frozenset({"PER", "CHN"})]
    criticism = next(r for r in exported["relations"] if "criticism" in r["types"])
    assert criticism["direction"] == "one_way" and criticism["source"] == "USA"
    assert "port-of-chancay" in criticism["sites"]


def test_no_trace_of_the_donation_appeal(exported: dict) -> None:
    text = json.dumps(exported, ensure_ascii=False).casefold()
    for word in ("moos", "unterstützung, damit", "weitermachen", "spende", "berichterstattung"):
        assert word not in text
    raw = (ROOT / "data" / "articles" / f"{SEED}.yaml").read_text(encoding="utf-8").casefold()
    assert "moos" not in raw and "weitermachen" not in raw


def test_export_narrows_to_a_type_and_a_country() -> None:
    result = run("export", "--type", "counter_narcotics")
    data = json.loads(result.stdout)
    assert [r["id"] for r in data["relations"]] == ["usa-per-security-agreements"]
    assert {c["iso3"] for c in data["countries"]} == {"USA", "PER"}

    result = run("export", "--country", "CHN", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {r["relation"] for r in rows} == {"usa-chn-criticism", "per-chn-strategic-alliance"}
    assert {r["type"] for r in rows} == {
        "criticism",
        "rivalry",
        "strategic_partnership",
        "trade_infrastructure",
    }
    assert all(int(r["evidence_count"]) >= 1 for r in rows)


def test_export_rejects_unknown_filter_values() -> None:
    result = run("export", "--type", "piracy")
    assert result.returncode == 2
    assert "cooperation type 'piracy'" in result.stderr


def test_geojson_has_sites_as_points_and_relations_as_lines() -> None:
    data = json.loads(run("export", "--format", "geojson").stdout)
    kinds = {(f["properties"]["entity"], f["geometry"]["type"]) for f in data["features"]}
    assert ("site", "Point") in kinds
    assert {k for k in kinds if k[0] == "relation"} <= {
        ("relation", "LineString"),
        ("relation", "MultiLineString"),
    }
    relation_ids = {
        f["properties"]["id"] for f in data["features"] if f["properties"]["entity"] == "relation"
    }
    assert "usa-chn-criticism" in relation_ids
