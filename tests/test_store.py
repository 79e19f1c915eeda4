from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from dashboard import store
from dashboard.model import ArticleRecord
from tests.conftest import FIXTURES

BAD_FILES = sorted((FIXTURES / "bad").glob("*.yaml"))


def _expectation(path: Path) -> dict[str, str]:
    header = path.read_bytes().split(b"\n", 1)[0].decode("utf-8")
    match = re.match(r"# expect: (.*)$", header)
    assert match, f"{path.name} must start with an '# expect:' line"
    return dict(part.strip().split("=", 1) for part in match.group(1).split(" | "))


def test_valid_fixture_loads_with_no_issues(fixture_data: Path) -> None:
    dataset = store.load_dataset(fixture_data)
    assert dataset.issues == ()
    assert list(dataset.relations) == ["chl-arg-naval-drill"]
    assert dataset.countries == ("CHL", "ARG")
    evidence = dataset.relations["chl-arg-naval-drill"].evidence
    assert {e.article for e in evidence} == {"andes-naval-drill"}


@pytest.mark.parametrize("bad", BAD_FILES, ids=[p.stem for p in BAD_FILES])
def test_broken_file_is_named_and_the_rest_still_loads(fixture_data: Path, bad: Path) -> None:
    expected = _expectation(bad)
    shutil.copy(bad, fixture_data / "articles" / bad.name)

    dataset = store.load_dataset(fixture_data)

    assert "chl-arg-naval-drill" in dataset.relations, "the good file must still load"
    assert dataset.skipped_files == (f"data/articles/{bad.name}",)
    assert dataset.issues, "a broken file must be reported"
    issue = dataset.issues[0]
    assert issue.file == f"data/articles/{bad.name}"
    assert (issue.record or "") == expected["record"]
    assert (issue.field or "") == expected["field"]
    assert expected["message"] in issue.message
    assert expected["message"] in str(issue) and bad.name in str(issue)


def test_a_python_object_tag_is_never_constructed(fixture_data: Path, tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    (fixture_data / "articles" / "evil.yaml").write_text(
        f"article: !!python/object/apply:pathlib.Path.touch [{str(marker)!r}]\n",
        encoding="utf-8",
    )
    dataset = store.load_dataset(fixture_data)
    assert not marker.exists()
    assert "unsupported YAML tag" in dataset.issues[0].message


def test_a_file_that_breaks_a_reference_elsewhere_takes_the_dependant_out_too(
    fixture_data: Path,
) -> None:
    (fixture_data / "articles" / "zz-follow-up.yaml").write_text(
        "article: {id: follow-up, title: Follow-up, outlet: Test Desk, language: en}\n"
        "people:\n"
        "  - {id: port-captain, name: Port Captain, role: Harbour master, country: CHL}\n"
        "relations:\n"
        "  - id: chl-arg-port-visit\n"
        "    source: port-of-valparaiso\n"
        "    target: ARG\n"
        "    direction: mutual\n"
        "    stance: cooperation\n"
        "    types: [trade_infrastructure]\n"
        "    status: announced\n"
        "    evidence:\n"
        "      - {paragraph: 1, quote: a port visit, translation: a port visit}\n",
        encoding="utf-8",
    )
    assert "chl-arg-port-visit" in store.load_dataset(fixture_data).relations
    first = fixture_data / "articles" / "andes-naval-drill.yaml"
    first.write_text(first.read_text(encoding="utf-8").replace("lat: -33.0360", "lat: -133"))

    dataset = store.load_dataset(fixture_data)

    assert dataset.relations == {}
    assert set(dataset.skipped_files) == {
        "data/articles/andes-naval-drill.yaml",
        "data/articles/zz-follow-up.yaml",
    }
    assert any(i.field == "source" and "port-of-valparaiso" in i.message for i in dataset.issues)


def test_data_dir_comes_from_the_environment(
    fixture_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ATLAS_DATA_DIR", str(fixture_data))
    assert store.data_dir() == fixture_data
    assert list(store.load_dataset().relations) == ["chl-arg-naval-drill"]


def test_save_round_trips_and_refuses_to_overwrite(fixture_data: Path) -> None:
    original = store.load_dataset(fixture_data).files[0].record
    renamed = original.model_copy(
        update={"article": original.article.model_copy(update={"id": "andes-naval-drill-2"})}
    )
    path = store.save_record(renamed, fixture_data)
    assert path.name == "andes-naval-drill-2.yaml"
    again, issues = store.read_record(path)
    assert issues == []
    assert again == renamed

    with pytest.raises(store.RecordExistsError, match="already exists"):
        store.save_record(renamed, fixture_data)

    changed = renamed.model_copy(
        update={"article": renamed.article.model_copy(update={"title": "Updated title"})}
    )
    store.save_record(changed, fixture_data, replace=True)
    assert store.read_record(path)[0].article.title == "Updated title"
    backup = path.with_suffix(".yaml.bak")
    assert "Chile y Argentina ensayan" in backup.read_text(encoding="utf-8")
    assert not list(path.parent.glob("*.tmp")), "no temporary file may be left behind"


def test_a_failed_save_leaves_the_old_record_whole(
    fixture_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = fixture_data / "articles" / "andes-naval-drill.yaml"
    before = path.read_bytes()
    record = ArticleRecord.model_validate(
        {"article": {"id": "andes-naval-drill", "title": "New", "outlet": "X", "language": "es"}}
    )

    def boom(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(store.yamlio.os, "replace", boom)
    with pytest.raises(OSError, match="disk full"):
        store.save_record(record, fixture_data, replace=True)
    assert path.read_bytes() == before
    assert not list(path.parent.glob(".*.tmp"))
