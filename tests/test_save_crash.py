"""A save killed at any step leaves the old record or the new one, whole, and nothing that loads
as a stray article.

The save runs in a child process (tests/helpers/crash_save.py) that stops at the chosen step;
this test then kills it with SIGKILL, as a power cut or an out-of-memory kill would, and looks
at what is left on disk.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from dashboard import store
from dashboard.model import ArticleRecord
from tests.conftest import ROOT
from tests.helpers.crash_save import NEW_ID, POINTS, WHICH, follow_up, new_version

HELPER = ROOT / "tests" / "helpers" / "crash_save.py"
ARTICLE = "andes-naval-drill"
OLD_TITLE = "Chile y Argentina ensayan un ejercicio naval conjunto"


def _kill_save_at(directory: Path, point: str, which: str) -> None:
    child = subprocess.Popen(
        [sys.executable, str(HELPER), str(directory), point, which],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    try:
        line = child.stdout.readline() if child.stdout else ""
        if line.strip() != "READY":
            _, err = child.communicate(timeout=30)
            pytest.fail(f"the save never reached {point} of the {which}: {line}{err}")
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        for stream in (child.stdout, child.stderr):
            if stream:
                stream.close()


def _original(directory: Path) -> ArticleRecord:
    record, issues = store.read_record(store.record_path(ARTICLE, directory))
    assert record is not None, issues
    return record


def _saved_bytes(record: ArticleRecord, folder: Path) -> bytes:
    """What a save that completes writes, made by the real save in a folder of its own."""
    return store.save_record(record, folder).read_bytes()


CASES = [(point, which) for which in WHICH for point in POINTS]


@pytest.mark.parametrize(("point", "which"), CASES, ids=[f"{w}-{p}" for p, w in CASES])
def test_a_killed_save_never_leaves_a_torn_record(
    fixture_data: Path, tmp_path: Path, point: str, which: str
) -> None:
    original = _original(fixture_data)
    changed = follow_up(original) if which == "new" else new_version(original)
    path = store.record_path(NEW_ID if which == "new" else ARTICLE, fixture_data)
    backup = path.with_suffix(".yaml.bak")
    old = path.read_bytes() if path.exists() else None
    new = _saved_bytes(changed, tmp_path / "clean")
    assert new != old

    _kill_save_at(fixture_data, point, which)

    # The record is the old version or the new one, never a mixture.
    finished = which != "backup" and point == "after-rename"
    if finished:
        assert path.read_bytes() == new
    elif old is None:
        assert not path.exists()
    else:
        assert path.read_bytes() == old
    if path.exists():
        record, issues = store.read_record(path)
        assert issues == [] and record is not None
        assert record.article.title == ("Neuer Titel" if finished else OLD_TITLE)

    # Replacing writes the backup first, by the same atomic write: absent, or a whole copy.
    backup_done = which == "record" or (which == "backup" and point == "after-rename")
    assert backup.exists() == backup_done
    if backup_done:
        assert backup.read_bytes() == old

    # The killed save's own temp file is left behind, proof that it was caught mid-way.
    strays = sorted(path.parent.glob(".*.tmp"))
    if point == "after-rename" and which != "new":
        assert strays == []
    else:
        [stray] = strays
        written = stray.read_bytes()
        expected = old if which == "backup" else new
        if point == "mid-write":
            assert 0 < len(written) < len(expected) and expected.startswith(written)
        elif point in ("before-rename", "after-rename"):
            assert written == expected

    # A stray temp file or backup is never taken for an article, and the data loads cleanly.
    dataset = store.load_dataset(fixture_data)
    assert dataset.issues == ()
    loaded = sorted(f.path.name for f in dataset.files)
    assert loaded == sorted({f"{ARTICLE}.yaml", *([path.name] if path.exists() else [])})
    assert "chl-arg-naval-drill" in dataset.relations

    # And the next save works despite the leftovers.
    if which == "new" and finished:
        with pytest.raises(store.RecordExistsError):
            store.save_record(changed, fixture_data)
    else:
        store.save_record(changed, fixture_data, replace=which != "new")
    assert path.read_bytes() == new
