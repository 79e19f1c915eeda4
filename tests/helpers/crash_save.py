"""Save a record in this process and stop dead at a chosen step, for the parent to SIGKILL.

The hooks wrap the standard-library calls `dashboard.yamlio.write_atomic` makes, so the store
itself carries no test-only code. When the chosen step is reached the script prints READY and
sleeps; the parent test then kills it with SIGKILL, which no cleanup handler can catch.

Usage: python tests/helpers/crash_save.py DATA_DIR POINT WHICH
  POINT  before-write | mid-write | before-rename | after-rename
  WHICH  backup | record | new
         replacing a record writes the `.bak` copy first, then the record; a new record is
         put in place with a hard link instead of a rename, so that it never overwrites one
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from dashboard import store, yamlio
from dashboard.model import ArticleRecord

POINTS = ("before-write", "mid-write", "before-rename", "after-rename")
WHICH = ("backup", "record", "new")
NEW_ID = "andes-naval-drill-follow-up"


def new_version(old: ArticleRecord) -> ArticleRecord:
    """A changed record long enough that half of its text is clearly not all of it."""
    summary = " ".join(["Ein längerer Absatz mit «Anführungszeichen» und Umlauten."] * 30)
    article = old.article.model_copy(update={"title": "Neuer Titel", "summary": summary})
    return old.model_copy(update={"article": article})


def follow_up(old: ArticleRecord) -> ArticleRecord:
    """A new article that shares the old one's sites and people, as a second report would."""
    changed = new_version(old)
    article = changed.article.model_copy(update={"id": NEW_ID})
    return changed.model_copy(update={"article": article, "relations": []})


def _stop() -> None:
    print("READY", flush=True)
    time.sleep(60)
    sys.exit("the parent never killed this process")


class _HalfWriter:
    """Writes half of the text, makes it reach the disk, then stops."""

    def __init__(self, handle: Any) -> None:
        self._handle = handle

    def __enter__(self) -> _HalfWriter:
        return self

    def __exit__(self, *_exc: object) -> None:
        self._handle.close()

    def write(self, text: str) -> int:
        self._handle.write(text[: len(text) // 2])
        self._handle.flush()
        os.fsync(self._handle.fileno())
        _stop()
        return 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)


def main(directory: Path, point: str, which: str) -> None:
    assert point in POINTS and which in WHICH, (point, which)
    target = 1 if which in ("backup", "new") else 2
    calls = 0
    real_write_atomic = yamlio.write_atomic
    real_mkstemp = tempfile.mkstemp
    real_fdopen = os.fdopen
    real_replace = os.replace
    real_link = os.link

    def write_atomic(path: Path, text: str, **kwargs: Any) -> None:
        nonlocal calls
        calls += 1
        real_write_atomic(path, text, **kwargs)

    def armed(step: str) -> bool:
        return calls == target and point == step

    def mkstemp(*args: Any, **kwargs: Any) -> tuple[int, str]:
        result = real_mkstemp(*args, **kwargs)
        if armed("before-write"):
            _stop()
        return result

    def fdopen(fd: int, *args: Any, **kwargs: Any) -> Any:
        handle = real_fdopen(fd, *args, **kwargs)
        return _HalfWriter(handle) if armed("mid-write") else handle

    def replace(src: Any, dst: Any) -> None:
        if armed("before-rename"):
            _stop()
        real_replace(src, dst)
        if armed("after-rename"):
            _stop()

    def link(src: Any, dst: Any) -> None:
        if armed("before-rename"):
            _stop()
        real_link(src, dst)
        if armed("after-rename"):
            _stop()

    yamlio.write_atomic = write_atomic
    yamlio.tempfile.mkstemp = mkstemp
    yamlio.os.fdopen = fdopen
    yamlio.os.replace = replace
    yamlio.os.link = link

    old, issues = store.read_record(store.record_path("andes-naval-drill", directory))
    assert old is not None, issues
    if which == "new":
        store.save_record(follow_up(old), directory)
    else:
        store.save_record(new_version(old), directory, replace=True)
    sys.exit("the save finished without reaching the kill point")


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2], sys.argv[3])
