"""Two people saving the same new article: the second is told, and nothing is overwritten."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard import store
from tests.app_pages.test_add_article import ARTICLE, _draft, _ok, data_dir  # noqa: F401


def test_the_second_session_gets_a_conflict_not_a_silent_overwrite(data_dir: Path) -> None:  # noqa: F811
    first, second = _draft(ARTICLE), _draft(ARTICLE)
    article_id = first.session_state["add-draft"].article.id
    assert second.session_state["add-draft"].article.id == article_id
    assert not second.button(key="add-save").disabled

    first.button(key="add-save").click().run()
    _ok(first)
    path = data_dir / "articles" / f"{article_id}.yaml"
    saved = path.read_bytes()

    second.button(key="add-save").click().run()  # its page still showed Save enabled
    _ok(second)
    warnings = " ".join(w.value for w in second.warning) + " ".join(e.value for e in second.error)
    assert "already exists" in warnings and "someone else" in warnings
    assert path.read_bytes() == saved
    assert not path.with_suffix(".yaml.bak").exists()


def test_a_save_that_loses_the_race_inside_the_store_is_refused(
    data_dir: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The page's own check passed, but another process created the file just before the
    rename: the exclusive link step refuses, and the page says so."""
    at = _draft(ARTICLE)
    article_id = at.session_state["add-draft"].article.id
    path = data_dir / "articles" / f"{article_id}.yaml"
    real_write = store.yamlio.write_atomic

    def racing_write(target: Path, text: str, *, exclusive: bool = False) -> None:
        if target == path and not target.exists():
            target.write_text("# written by another session\n", encoding="utf-8")
        real_write(target, text, exclusive=exclusive)

    monkeypatch.setattr(store.yamlio, "write_atomic", racing_write)
    at.button(key="add-save").click().run()
    _ok(at)
    assert path.read_text(encoding="utf-8") == "# written by another session\n"
    assert any("already exists" in e.value for e in at.error)
