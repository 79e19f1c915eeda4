"""Cached loading for the pages: the only caches in the app, each bounded."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from dashboard.escape import md_text
from dashboard.reference import ReferenceDataError, check_files, reference_dir
from dashboard.registry import RegistryError
from dashboard.store import Dataset, articles_dir, data_dir, load_dataset, registry_path


def _fingerprint(directory: Path) -> tuple[tuple[str, int, int], ...]:
    """Names, sizes and times of the data files, so an edit on disk is seen on the next rerun."""
    folder = articles_dir(directory)
    files = sorted(folder.glob("*.y*ml")) if folder.is_dir() else []
    files.append(registry_path(directory))
    return tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in files if p.exists())


@st.cache_resource(max_entries=4, ttl=3600, show_spinner="Loading the article data…")
def _load(directory: str, fingerprint: tuple[tuple[str, int, int], ...]) -> Dataset:
    del fingerprint  # part of the cache key only
    return load_dataset(Path(directory))


def _reference_fingerprint(directory: Path) -> tuple[tuple[str, int, int], ...]:
    files = sorted(directory.glob("*.json*")) if directory.is_dir() else []
    return tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in files)


@st.cache_resource(max_entries=2, ttl=3600, show_spinner=False)
def _reference_problems(directory: str, fingerprint: tuple[tuple[str, int, int], ...]) -> list[str]:
    del fingerprint  # part of the cache key only
    return [str(err) for err in check_files(directory)]


def require_reference_data() -> None:
    """Stop every page with one message naming each broken reference file and the fix."""
    directory = reference_dir()
    problems = _reference_problems(str(directory), _reference_fingerprint(directory))
    if problems:
        st.error(
            "Relations Atlas cannot start: its reference data is missing or broken.\n\n"
            + "\n".join(f"- {md_text(p)}" for p in problems),
            icon=":material/block:",
        )
        st.stop()


def dataset() -> Dataset:
    """The current dataset; stops the page with one clear message if it cannot load at all."""
    directory = data_dir()
    try:
        return _load(str(directory), _fingerprint(directory))
    except (ReferenceDataError, RegistryError) as err:
        st.error(f"Relations Atlas cannot start: {err}", icon="🚫")
        st.stop()
        raise  # unreachable: st.stop() ends the run


def show_data_issues(data: Dataset) -> None:
    """Name every file that was left out, so nothing is silently missing from the map."""
    if not data.issues:
        return
    files = ", ".join(data.skipped_files)
    with st.expander(f"⚠️ {len(data.skipped_files)} data file(s) could not be loaded: {files}"):
        st.caption("The rest of the data is shown. Fix these and the page picks them up.")
        for issue in data.issues:
            st.text(str(issue))
