"""`python -m dashboard ingest` as a user runs it, on article files written for these tests."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dashboard.store import read_record
from tests.conftest import FIXTURES, ROOT

CLI = FIXTURES / "ingest" / "cli"


def run(
    *args: str, data_dir: Path | None = None, stdin: bytes | None = None
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("ATLAS_DATA_DIR", None)
    if data_dir is not None:
        env["ATLAS_DATA_DIR"] = str(data_dir)
    result = subprocess.run(
        [sys.executable, "-m", "dashboard", "ingest", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        input=stdin,
        timeout=60,
    )
    return subprocess.CompletedProcess(
        result.args,
        result.returncode,
        result.stdout.decode("utf-8"),
        result.stderr.decode("utf-8"),
    )


def articles(data_dir: Path) -> list[str]:
    return sorted(p.name for p in (data_dir / "articles").iterdir())


def test_summary_names_what_was_found() -> None:
    result = run(str(CLI / "port-deal.en.txt"))
    assert result.returncode == 0, result.stderr
    assert "States (2)" in result.stdout
    assert "CHL Chile" in result.stdout and "JPN Japan" in result.stdout
    assert "newsletter" in result.stdout.lower()
    assert "Nothing saved" in result.stdout


def test_summary_lists_the_relations_to_check_below_the_draft() -> None:
    """A type the rules read but the learned check doubted is not lost: it waits, with its
    sentence, among the possible relations, and not among the draft's relations."""
    result = run(str(CLI / "bases.en.txt"))
    assert result.returncode == 0, result.stderr
    drafted, _, to_check = result.stdout.partition("Possible relations to check")
    assert "PER ↔ JPN" in drafted and "military_training" in drafted
    assert "CHN ↔ FRA" not in drafted
    assert re.search(r"CHN – FRA · security · \[3\] · \d+% likely: “Like Peru, Djibouti", to_check)


def test_json_has_the_export_keys_and_the_removed_list() -> None:
    export = subprocess.run(
        [sys.executable, "-m", "dashboard", "export", "--format", "json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    result = run(str(CLI / "port-deal.en.txt"), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == set(json.loads(export.stdout)) | {"removed"}
    assert {c["iso3"] for c in data["countries"]} == {"CHL", "JPN"}
    assert [set(r) for r in data["removed"]] == [{"paragraph", "text", "reason"}]


def test_standard_input() -> None:
    text = (CLI / "agreement.de.txt").read_bytes()
    result = run("-", "--json", stdin=text)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["articles"][0]["language"] == "de"


def test_save_then_refuse_then_replace_keeping_the_old(fixture_data: Path) -> None:
    before = articles(fixture_data)
    first = run(
        str(CLI / "port-deal.en.txt"), "--save", "--id", "chile-japan", data_dir=fixture_data
    )
    assert first.returncode == 0, first.stderr
    saved = fixture_data / "articles" / "chile-japan.yaml"
    record, issues = read_record(saved)
    assert issues == [] and record is not None
    assert any(p.text for p in record.article.paragraphs), "the user's record keeps its text"
    original = saved.read_bytes()

    again = run(
        str(CLI / "port-deal.en.txt"), "--save", "--id", "chile-japan", data_dir=fixture_data
    )
    assert again.returncode == 1
    assert "already exists" in again.stderr and "--replace" in again.stderr
    assert saved.read_bytes() == original

    replaced = run(
        str(CLI / "port-deal.en.txt"),
        "--save",
        "--replace",
        "--id",
        "chile-japan",
        "--outlet",
        "Test Wire",
        data_dir=fixture_data,
    )
    assert replaced.returncode == 0, replaced.stderr
    assert (fixture_data / "articles" / "chile-japan.yaml.bak").read_bytes() == original
    assert "Test Wire" in saved.read_text(encoding="utf-8")
    assert set(articles(fixture_data)) == set(before) | {"chile-japan.yaml", "chile-japan.yaml.bak"}
    check = subprocess.run(
        [sys.executable, "-m", "dashboard", "--data-dir", str(fixture_data), "check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0, check.stdout


@pytest.mark.parametrize(
    ("name", "args", "message"),
    [
        ("empty.txt", (), "empty"),
        ("picture.txt", (), "not text"),
        ("french.txt", (), "French"),
        ("no-state.en.txt", (), "nothing to save"),
        ("port-deal.en.txt", ("--id", "../../outside"), "not usable"),
    ],
)
def test_bad_input_writes_nothing(
    fixture_data: Path, name: str, args: tuple[str, ...], message: str
) -> None:
    before = articles(fixture_data)
    result = run(str(CLI / name), "--save", *args, data_dir=fixture_data)
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert articles(fixture_data) == before
    assert not (fixture_data.parent / "outside.yaml").exists()


def test_over_the_size_limit(tmp_path: Path, fixture_data: Path) -> None:
    from dashboard.ingest.reader import MAX_INPUT_BYTES

    big = tmp_path / "big.txt"
    big.write_text(
        "Peru and Chile signed a trade deal. " * (MAX_INPUT_BYTES // 30), encoding="utf-8"
    )
    result = run(str(big), "--save", data_dir=fixture_data)
    assert result.returncode == 1
    assert "limit" in result.stderr
    assert articles(fixture_data) == sorted(
        p.name for p in (FIXTURES / "data" / "articles").iterdir()
    )


def test_a_folder_with_progress_and_a_failure_summary(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    for name in ("port-deal.en.txt", "agreement.de.txt", "french.txt", "empty.txt"):
        shutil.copy(CLI / name, folder / name)
    result = run(str(folder))
    assert result.returncode == 1
    assert "4/4" in result.stderr
    assert "2 of 4 file(s) drafted; 2 failed." in result.stderr
    assert "french.txt:" in result.stderr and "empty.txt:" in result.stderr


def test_a_data_folder_that_cannot_be_written_gives_a_message(tmp_path: Path) -> None:
    """Tests run as root, where permissions do not stop writes: a file standing where the
    articles folder should be makes the folder unwritable for everyone."""
    data_dir = tmp_path / "data"
    shutil.copytree(FIXTURES / "data", data_dir)
    shutil.rmtree(data_dir / "articles")
    (data_dir / "articles").write_text("not a folder\n", encoding="utf-8")
    result = run(str(CLI / "port-deal.en.txt"), "--save", data_dir=data_dir)
    assert result.returncode == 1
    assert "cannot write to the data folder" in result.stderr
    assert "Traceback" not in result.stderr
