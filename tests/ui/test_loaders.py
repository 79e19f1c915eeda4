"""The app's caches stay bounded however many data versions and sessions come and go."""

from __future__ import annotations

import ast
from pathlib import Path

from streamlit.runtime.caching import cache_resource_api

from dashboard.ui import loaders
from tests.conftest import ROOT


def _cache_decorators() -> list[tuple[str, int, set[str]]]:
    found = []
    for path in sorted((ROOT / "dashboard").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for deco in node.decorator_list:
                target = deco.func if isinstance(deco, ast.Call) else deco
                name = ast.unparse(target)
                if name.endswith(("cache_resource", "cache_data")):
                    keywords = (
                        {k.arg for k in deco.keywords} if isinstance(deco, ast.Call) else set()
                    )
                    found.append((f"{path.relative_to(ROOT)}:{node.lineno}", node.lineno, keywords))
    return found


def test_every_streamlit_cache_has_a_size_and_an_age_limit() -> None:
    decorators = _cache_decorators()
    assert decorators, "the loaders use st.cache_resource; the scan must find them"
    unbounded = [where for where, _, keys in decorators if not {"max_entries", "ttl"} <= keys]
    assert unbounded == []


def _entries() -> int:
    total = 0
    for caches in cache_resource_api._resource_caches._function_caches.values():
        for cache in caches.values():
            if cache.display_name.endswith("_load"):
                total += len(cache.get_stats())
    return total


def test_the_dataset_cache_keeps_at_most_four_versions(tmp_path: Path) -> None:
    loaders._load.clear()
    for version in range(12):
        loaders._load(str(ROOT / "data"), (("edit", version, version),))
    assert 1 <= _entries() <= 4
    loaders._load.clear()
