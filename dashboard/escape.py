"""The one place where text from articles becomes HTML, JavaScript or Markdown text.

Article text is data, never markup. Every sink gets its own function here, and every
map tooltip, legend, panel and table goes through one of them:

- `html_text`  for HTML (Leaflet tooltips fed through innerHTML, legend markup);
- `js_string`  for a value placed inside a <script> block or evaluated JavaScript;
- `md_text`    for Streamlit Markdown, which would otherwise read `*`, `[x](…)`, `$…$`
               (LaTeX) and `:red[…]` (colour directives) as formatting.

Unicode direction overrides are removed everywhere: they can make a quote read backwards.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
#: `&` so that `&lt;` stays those four characters rather than an entity for `<`; `/` so that
#: `:material/…:` is not read as an icon (Streamlit rewrites it before parsing Markdown).
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|$~:=^&/])")


def plain(text: Any) -> str:
    """Text as a person should read it: a string, with direction overrides removed."""
    return _BIDI_CONTROLS.sub("", "" if text is None else str(text))


def html_text(text: Any) -> str:
    """Escape for HTML text and attribute values.

    Beyond `& < > " '`, the backtick, `$`, `{` and the backslash are encoded too, so that the
    result stays inert even if some library later pastes it into a JavaScript template string
    (folium's `Tooltip` does): there a backslash starts an escape, and one before a digit or a
    `u` (as in a Windows path) is a syntax error that stops the whole map script.
    """
    escaped = html.escape(plain(text), quote=True)
    return (
        escaped.replace("`", "&#96;")
        .replace("$", "&#36;")
        .replace("{", "&#123;")
        .replace("\\", "&#92;")
    )


def js_string(value: Any) -> str:
    """A JavaScript literal that cannot close its <script> block or its string."""
    text = json.dumps(value, ensure_ascii=False)
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
        .replace("`", "\\u0060")
        .replace("$", "\\u0024")
    )


def md_text(text: Any) -> str:
    """Escape for Streamlit Markdown so that article text is shown literally."""
    cleaned = plain(text).replace("\r", " ").replace("\n", " ")
    return _MD_SPECIAL.sub(r"\\\1", cleaned)


def html_tag(tag: str, text: Any, **attrs: str) -> str:
    """A single element with escaped text; attribute values are escaped too."""
    rendered = "".join(
        f' {name.rstrip("_").replace("_", "-")}="{html_text(value)}"'
        for name, value in attrs.items()
    )
    return f"<{tag}{rendered}>{html_text(text)}</{tag}>"
