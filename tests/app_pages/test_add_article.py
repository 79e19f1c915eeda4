"""The "Add article" page with Streamlit's AppTest: draft, review, save, and every refusal."""

from __future__ import annotations

import errno
import os
import re
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard import yamlio
from dashboard.store import load_dataset, read_record
from tests.conftest import FIXTURES, ROOT

APP = str(ROOT / "app.py")
PAGE = "dashboard/app_pages/add_article.py"

ARTICLE = (
    "Peru and Japan agree to train naval officers together\n\n"
    "LIMA (Reuters) - Peru and Japan signed an agreement on Monday to train naval officers "
    "together, the defence ministry in Lima said.\n\n"
    "Japan will also deliver two patrol boats to Peru next year, said Peru's Defence "
    "Minister Walter Astudillo.\n\n"
    "Sign up for our newsletter to get the day's news in your inbox."
)
NO_STATE = (
    "A quiet day in the garden\n\n"
    "The roses flowered early this year and the neighbours came round for tea.\n\n"
    "Everyone agreed the weather had been kind to the plants."
)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    target = tmp_path / "data"
    shutil.copytree(FIXTURES / "data", target)
    monkeypatch.setenv("ATLAS_DATA_DIR", str(target))
    return target


def _page() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()  # pages registered under their own url_path are known only after a first run
    at.switch_page(PAGE)
    at.run()
    _ok(at)
    return at


def _ok(at: AppTest) -> None:
    assert not at.exception, [e.message for e in at.exception]


def _draft(text: str) -> AppTest:
    at = _page()
    at.text_area(key="add-text").set_value(text)
    at.button(key="add-draft-paste").click().run()
    _ok(at)
    return at


def _texts(elements) -> str:
    return "\n".join(e.value for e in elements)


def _unescape(markdown: str) -> str:
    """Message text as a person reads it: the Markdown escapes taken out."""
    return re.sub(r"\\(.)", r"\1", markdown)


def test_the_empty_page_explains_and_offers_an_example(data_dir: Path) -> None:
    at = _page()
    assert at.title[0].value == "Add article"
    assert "How it works" in _texts(at.markdown)
    at.button(key="add-example").click().run()
    _ok(at)
    example = at.text_area(key="add-text").value
    assert example.count("\n\n") == 3  # headline and three paragraphs
    at.button(key="add-draft-paste").click().run()
    _ok(at)
    assert len(at.session_state["add-draft"].states) >= 2


def test_a_pasted_article_shows_its_states_relation_and_highlights(data_dir: Path) -> None:
    at = _draft(ARTICLE)
    draft = at.session_state["add-draft"]
    assert {s.iso3 for s in draft.states} >= {"PER", "JPN"}
    states = at.data_editor(key="add-table-states-1").value
    assert set(states["iso3"]) >= {"PER", "JPN"}
    relations = next(d.value for d in at.data_editor if d.key.startswith("add-table-relations"))
    assert len(relations) >= 1
    assert set(relations.iloc[0][["source", "target"]]) == {"PER", "JPN"}
    text = _texts(at.markdown)
    assert ":blue-background[Peru]" in text
    assert "newsletter" in " ".join(e.label for e in at.expander) or any(
        "Set aside" in e.label for e in at.expander
    )


def test_save_writes_a_valid_file_and_a_second_save_is_a_conflict(data_dir: Path) -> None:
    at = _draft(ARTICLE)
    article_id = at.session_state["add-draft"].article.id
    save = at.button(key="add-save")
    assert not save.disabled, [c.value for c in at.caption]
    save.click().run()
    _ok(at)
    path = data_dir / "articles" / f"{article_id}.yaml"
    assert path.exists()
    record, issues = read_record(path)
    assert issues == [] and record is not None
    dataset = load_dataset(data_dir)
    assert dataset.issues == ()
    assert article_id in dataset.articles
    assert any("Saved" in s.value for s in at.success)
    relation = record.relations[0].id
    link = at.get("page_link")[0]
    assert link.proto.query_string == f"select={relation}"
    assert at.session_state["select"] == relation  # the map opens on it in this session too

    at.text_area(key="add-text").set_value(ARTICLE)
    at.button(key="add-draft-paste").click().run()
    _ok(at)
    assert any("already exists" in w.value for w in at.warning)
    assert at.button(key="add-save").disabled
    at.checkbox(key="add-replace").check().run()
    _ok(at)
    assert not at.button(key="add-save").disabled
    at.button(key="add-save").click().run()
    _ok(at)
    assert path.exists() and path.with_suffix(".yaml.bak").exists()
    assert load_dataset(data_dir).issues == ()


def test_text_with_no_state_cannot_be_saved_and_says_why(data_dir: Path) -> None:
    at = _draft(NO_STATE)
    assert at.button(key="add-save").disabled
    assert "Nothing to save" in _texts(at.caption)


def test_an_empty_paste_is_refused_with_a_message(data_dir: Path) -> None:
    at = _draft("   \n  ")
    assert any("no text" in e.value.lower() for e in at.error)
    assert "add-draft" not in at.session_state


def test_a_binary_upload_is_refused_with_a_message(data_dir: Path) -> None:
    at = _page()
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    at.file_uploader(key="add-upload").upload("photo.txt", png, "text/plain")
    at.button(key="add-draft-upload").click().run()
    _ok(at)
    assert at.error, "no message for a binary file"
    assert "photo.txt: looks like a PNG image" in _unescape(at.error[0].value)
    assert "add-draft" not in at.session_state


def test_an_oversized_upload_names_its_size_and_the_limit(data_dir: Path) -> None:
    at = _page()
    big = ("Peru and Japan signed a deal. " * 80_000).encode()
    at.file_uploader(key="add-upload").upload("huge.txt", big, "text/plain")
    at.button(key="add-draft-upload").click().run()
    _ok(at)
    message = _unescape(at.error[0].value)
    assert "huge.txt" in message and "2.3 MB" in message and "2.0 MB" in message
    assert "add-draft" not in at.session_state


@pytest.fixture
def read_only(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The articles folder made read-only; as root (who may write anyway) the refusal a
    read-only folder gives is raised where the save creates its temporary file."""
    folder = data_dir / "articles"
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    if os.geteuid() == 0:

        def refuse(*args: object, dir: str | None = None, **kwargs: object) -> None:
            raise PermissionError(errno.EACCES, "Permission denied", dir)

        monkeypatch.setattr(yamlio.tempfile, "mkstemp", refuse)
    yield folder
    folder.chmod(stat.S_IRWXU)


def test_a_read_only_data_folder_gives_a_message_not_a_traceback(read_only: Path) -> None:
    at = _draft(ARTICLE)
    at.button(key="add-save").click().run()
    _ok(at)
    message = _unescape(_texts(at.error))
    assert "Could not save" in message and str(read_only) in message
    assert "Permission denied" in message
    assert list(read_only.glob("*.yaml")) == [read_only / "andes-naval-drill.yaml"]
    assert "add-draft" in at.session_state  # the draft is kept for another try


def test_a_table_edit_that_breaks_the_record_is_shown_at_its_table(data_dir: Path) -> None:
    at = _draft(ARTICLE)
    draft = at.session_state["add-draft"]
    person = next(p for p in draft.people if not p.existing)
    editor = next(d for d in at.data_editor if d.key.startswith("add-table-people"))
    row = list(editor.value["id"]).index(person.id)
    at.session_state[editor.key] = {
        "edited_rows": {row: {"role": ""}},
        "added_rows": [],
        "deleted_rows": [],
    }
    at.run()
    _ok(at)
    lines = _unescape(_texts(at.error))
    assert f"{person.id} · role: must not be empty" in lines
    assert at.button(key="add-save").disabled
    assert "Fix the 1 problem" in _unescape(_texts(at.caption))


def test_a_paragraph_set_aside_can_be_put_back(data_dir: Path) -> None:
    at = _draft(ARTICLE)
    kept = [b.number for b in at.session_state["add-draft"].document.paragraphs]
    at.button(key=f"add-aside-{kept[-1]}").click().run()
    _ok(at)
    draft = at.session_state["add-draft"]
    assert kept[-1] in [b.number for b in draft.document.removed]
    assert any(e.label.startswith("Set aside as not article text") for e in at.expander)
    at.button(key=f"add-restore-{kept[-1]}").click().run()
    _ok(at)
    assert kept[-1] in [b.number for b in at.session_state["add-draft"].document.paragraphs]
