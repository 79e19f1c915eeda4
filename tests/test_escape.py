from __future__ import annotations

import json

import pytest

from dashboard.escape import html_text, js_string, md_text, plain
from tests.conftest import HOSTILE_STRINGS


@pytest.mark.parametrize("text", HOSTILE_STRINGS)
def test_html_text_leaves_no_markup_or_template_syntax(text: str) -> None:
    out = html_text(text)
    assert "<" not in out and ">" not in out and '"' not in out and "'" not in out
    assert "`" not in out and "${" not in out


@pytest.mark.parametrize("text", HOSTILE_STRINGS)
def test_js_string_cannot_close_script_or_string(text: str) -> None:
    out = js_string(text)
    assert "</" not in out and "<" not in out
    assert "`" not in out and "$" not in out
    assert json.loads(out) == text  # the value itself is unchanged


def test_md_text_shows_markdown_literally() -> None:
    out = md_text("[x](javascript:alert(1)) $x$ :red[y] **z**")
    for token in ("[", "]", "(", ")", "$", ":", "*"):
        assert all(out[i - 1] == "\\" for i, c in enumerate(out) if c == token)


def test_direction_overrides_are_removed() -> None:
    assert plain("a\u202eb\u2066c") == "abc"
    assert "\u202e" not in html_text("\u202eevil") and "\u202e" not in md_text("\u202eevil")
