"""A scan of the source and the data for the few patterns that turn text into code or markup.

Each rule is proved by a snippet it must flag (and a safe twin it must pass), so that a
checker broken by a refactor fails loudly instead of silently passing the whole repository.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from dashboard import yamlio
from tests.conftest import ROOT

# Hidden folders (.venv, .git, caches, other virtual environments) hold no code of ours.
SKIP_DIRS = {"node_modules", "static", "__pycache__"}
SAFE_LOADERS = {"SafeLoader", "CSafeLoader"}
UNSAFE_LOADERS = {"Loader", "FullLoader", "UnsafeLoader", "CLoader", "CFullLoader", "CUnsafeLoader"}
UNSAFE_YAML_CALLS = {"unsafe_load", "unsafe_load_all", "full_load", "full_load_all"}
HTML_SINKS = {"st.html", "streamlit.html", "components.html", "stc.html"}
PICKLE_MODULES = {"pickle", "cPickle", "_pickle", "dill"}


def _dotted(node: ast.AST) -> str:
    """`st.components.v1.html` for the call target; empty when it is not a plain name chain."""
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return ""
    parts.append(node.id)
    return ".".join(reversed(parts))


def _is_true(node: ast.AST | None) -> bool:
    return isinstance(node, ast.Constant) and node.value is True


def _keyword(call: ast.Call, name: str) -> ast.keyword | None:
    return next((k for k in call.keywords if k.arg == name), None)


def _safe_loader_names(tree: ast.AST) -> set[str]:
    """Local names bound to a safe loader: `_Loader` in yamlio, `loader = getattr(yaml, ...)`."""
    names = set(SAFE_LOADERS)
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "yaml":
            names |= {a.asname or a.name for a in node.names if a.name in SAFE_LOADERS}
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and _loader_is_safe(node.value, names)
        ):
            names.add(node.targets[0].id)
    return names


def _loader_is_safe(node: ast.AST, safe_names: set[str]) -> bool:
    """A safe loader class by name, or `getattr(yaml, "CSafeLoader", yaml.SafeLoader)`."""
    if isinstance(node, ast.Call) and _dotted(node.func) == "getattr" and len(node.args) == 3:
        _, wanted, fallback = node.args
        return (
            isinstance(wanted, ast.Constant)
            and wanted.value in SAFE_LOADERS
            and _loader_is_safe(fallback, safe_names)
        )
    dotted = _dotted(node)
    return dotted in safe_names or dotted in {f"yaml.{n}" for n in SAFE_LOADERS}


def check_source(source: str, filename: str = "<snippet>") -> list[tuple[int, str]]:
    """Every risky call in one Python source, as (line, what is wrong)."""
    tree = ast.parse(source, filename=filename)
    safe_names = _safe_loader_names(tree)
    found: list[tuple[int, str]] = []

    def flag(node: ast.AST, message: str) -> None:
        found.append((getattr(node, "lineno", 0), message))

    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "yaml":
            for alias in node.names:
                if alias.name in UNSAFE_YAML_CALLS | UNSAFE_LOADERS:
                    flag(node, f"imports yaml.{alias.name}, which can build Python objects")
        if (
            isinstance(node, ast.ImportFrom)
            and node.module in PICKLE_MODULES
            and any(a.name in {"load", "loads", "Unpickler"} for a in node.names)
        ):
            flag(node, f"imports a pickle loader from {node.module}")
        if isinstance(node, ast.keyword):
            if node.arg == "unsafe_allow_html" and _is_true(node.value):
                flag(node.value, "unsafe_allow_html=True lets data text become live HTML")
            if node.arg == "Loader" and _dotted(node.value).split(".")[-1] in UNSAFE_LOADERS:
                flag(node.value, f"Loader={_dotted(node.value)} can build Python objects")
        if not isinstance(node, ast.Call):
            continue
        target = _dotted(node.func)
        last = target.rsplit(".", 1)[-1]
        if target in {"yaml.load", "yaml.load_all"}:
            loader = _keyword(node, "Loader")
            value = loader.value if loader else (node.args[1] if len(node.args) > 1 else None)
            if value is None or not _loader_is_safe(value, safe_names):
                flag(node, f"{target}() without a safe Loader (use yaml.safe_load or yamlio)")
        if target.startswith("yaml.") and last in UNSAFE_YAML_CALLS:
            flag(node, f"{target}() can build Python objects")
        if target in HTML_SINKS or target.endswith("components.v1.html"):
            body = node.args[0] if node.args else _keyword(node, "body")
            body = body.value if isinstance(body, ast.keyword) else body
            if body is not None and not (
                isinstance(body, ast.Constant) and isinstance(body.value, str)
            ):
                flag(node, f"{target}() with computed HTML; build it in dashboard/escape.py")
        if target in {"eval", "exec", "builtins.eval", "builtins.exec"}:
            flag(node, f"{target}() runs text as code")
        if target.split(".")[0] in PICKLE_MODULES and last in {"load", "loads", "Unpickler"}:
            flag(node, f"{target}() can run code hidden in the data")
        if (target.startswith("subprocess.") or last in {"Popen"}) and _is_true(
            getattr(_keyword(node, "shell"), "value", None)
        ):
            flag(node, f"{target}(shell=True) hands text to a shell")
    return sorted(found)


def python_files() -> Iterator[Path]:
    for path in sorted(ROOT.rglob("*.py")):
        parts = path.relative_to(ROOT).parts[:-1]
        if not SKIP_DIRS.intersection(parts) and not any(p.startswith(".") for p in parts):
            yield path


# --- the rules, each proved on a snippet --------------------------------------------------

FLAGGED = [
    ("yaml.load(text)", "without a safe Loader"),
    ("yaml.load_all(text)", "without a safe Loader"),
    ("yaml.load(text, Loader=yaml.Loader)", "Loader=yaml.Loader"),
    ("yaml.load(text, yaml.FullLoader)", "without a safe Loader"),
    ("yaml.load(text, Loader=yaml.UnsafeLoader)", "Loader=yaml.UnsafeLoader"),
    ("from yaml import Loader as _Loader\nyaml.load(text, Loader=_Loader)", "imports yaml.Loader"),
    (
        "loader = getattr(yaml, 'CLoader', yaml.Loader)\nyaml.load(text, Loader=loader)",
        "without a safe Loader",
    ),
    ("yaml.unsafe_load(text)", "can build Python objects"),
    ("yaml.full_load(text)", "can build Python objects"),
    ("st.markdown(text, unsafe_allow_html=True)", "unsafe_allow_html=True"),
    ("st.html(f'<b>{name}</b>')", "computed HTML"),
    ("st.html(body=page)", "computed HTML"),
    ("components.html(page, height=300)", "computed HTML"),
    ("st.components.v1.html('<p>' + name)", "computed HTML"),
    ("eval(expression)", "runs text as code"),
    ("exec(source)", "runs text as code"),
    ("pickle.load(handle)", "can run code"),
    ("pickle.loads(blob)", "can run code"),
    ("subprocess.run(command, shell=True)", "shell=True"),
    ("subprocess.Popen(command, shell=True)", "shell=True"),
]

PASSED = [
    "yaml.safe_load(text)",
    "yaml.load(text, Loader=yaml.CSafeLoader)",
    "from yaml import CSafeLoader as _Loader\nyaml.load(text, Loader=_Loader)",
    "loader = getattr(yaml, 'CSafeLoader', yaml.SafeLoader)\nyaml.load(text, Loader=loader)",
    "yaml.dump(data)",
    "st.markdown(text)",
    "st.markdown(text, unsafe_allow_html=False)",
    "st.html('<hr>')",
    "components.html('<div id=map></div>')",
    "pattern.eval(x)",
    "pickle.dumps(data)",
    "subprocess.run(['git', 'status'], check=True)",
]


@pytest.mark.parametrize(("snippet", "expected"), FLAGGED, ids=[f[0] for f in FLAGGED])
def test_each_rule_flags_its_pattern(snippet: str, expected: str) -> None:
    found = check_source(snippet)
    assert found, f"the checker missed: {snippet}"
    assert any(expected in message for _, message in found), found


@pytest.mark.parametrize("snippet", PASSED)
def test_safe_twins_pass(snippet: str) -> None:
    assert check_source(snippet) == []


def test_yamlio_loader_is_a_safe_loader() -> None:
    """The scan trusts `_Loader` by its import; make sure the imported class really is safe."""
    assert yamlio._Loader in (yaml.SafeLoader, yaml.CSafeLoader)
    with pytest.raises(yamlio.YamlError, match="unsupported YAML tag"):
        yamlio.parse("!!python/object/apply:os.getcwd []")


def test_the_scan_reaches_every_part_of_the_repository() -> None:
    seen = {p.relative_to(ROOT).parts[0] for p in python_files()}
    assert {"app.py", "dashboard", "scripts", "bench", "tests"} <= seen
    assert not any(".venv" in p.parts for p in python_files())


def test_no_risky_call_in_the_source() -> None:
    problems = [
        f"{path.relative_to(ROOT)}:{line}: {message}"
        for path in python_files()
        for line, message in check_source(path.read_text(encoding="utf-8"), str(path))
    ]
    assert problems == [], "\n".join(problems)


# --- addresses in the data files ------------------------------------------------------------

DATA_FOLDERS = ("articles", "registry", "gazetteer")
URL_KEYS = {"url", "href", "src", "link"}
# A scheme is letters then a colon with no space after it: "javascript:x" but not "Note: x".
SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):(?!\s|$)", re.IGNORECASE)
# Browsers drop tabs and line breaks inside an address and leading control characters and
# spaces before it, so " java\tscript:" still runs.
IGNORED_IN_URLS = re.compile(r"[\t\n\r]")
LEADING_JUNK = "".join(map(chr, range(0x21)))


def check_data(data: Any, where: str = "") -> list[str]:
    """Every address-like string that is not plain http(s), as 'path: value'."""
    found: list[str] = []
    if isinstance(data, dict):
        for key, value in data.items():
            path = f"{where}.{key}" if where else str(key)
            found += check_data(key, f"{path} (key)")
            is_web = isinstance(value, str) and re.fullmatch(r"https?://\S+", value, re.I)
            if str(key).lower() in URL_KEYS and value is not None and not is_web:
                found.append(f"{path}: {value!r} is not an http(s) address")
                continue
            found += check_data(value, path)
    elif isinstance(data, list):
        for i, item in enumerate(data):
            found += check_data(item, f"{where}[{i}]")
    elif isinstance(data, str):
        match = SCHEME.match(IGNORED_IN_URLS.sub("", data).lstrip(LEADING_JUNK))
        if match and match.group(1).lower() not in {"http", "https"}:
            found.append(f"{where}: {data[:60]!r} starts with the scheme {match.group(1)}:")
    return found


def data_files() -> Iterator[Path]:
    for folder in DATA_FOLDERS:
        base = ROOT / "data" / folder
        yield from sorted(p for p in base.rglob("*") if p.suffix in {".yaml", ".yml"})


@pytest.mark.parametrize(
    "data",
    [
        {"article": {"url": "javascript:alert(1)"}},
        {"article": {"url": "ftp://example.org/x"}},
        {"article": {"url": 12}},
        {"sites": [{"description": "data:text/html,<script>alert(1)</script>"}]},
        {"notes": [" java\tscript:alert(1)"]},
        {"vbscript:run": "x"},
    ],
)
def test_the_data_scan_flags_unsafe_addresses(data: Any) -> None:
    assert check_data(data)


def test_the_data_scan_passes_plain_text_and_web_addresses() -> None:
    data = {
        "article": {"url": "https://example.org/a?b=c", "title": "Peru: talks at 10:30"},
        "roles": ["minister:", "Note: none", "http://example.org"],
    }
    assert check_data(data) == []


def test_the_data_scan_covers_every_data_folder() -> None:
    parents = {p.relative_to(ROOT / "data").parts[0] for p in data_files()}
    assert parents == set(DATA_FOLDERS)
    assert any("ingest" in p.parts for p in data_files())


@pytest.mark.parametrize(
    "path", list(data_files()), ids=lambda p: str(p.relative_to(ROOT / "data"))
)
def test_no_data_file_holds_an_unsafe_address(path: Path) -> None:
    try:
        data = yamlio.load(path)
    except yamlio.YamlError as err:
        pytest.fail(f"{path.relative_to(ROOT)} cannot be scanned: {err}")
    problems = check_data(data)
    assert problems == [], f"{path.relative_to(ROOT)}:\n" + "\n".join(problems)
