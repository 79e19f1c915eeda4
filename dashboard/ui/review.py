"""The widgets of the "Add article" page: inputs, the highlighted text, the tables, the picker.

The draft and the table rows live in session state. Each table is a data editor over "base"
rows; Streamlit keeps a reviewer's edits as a delta on top of them. Whenever the page itself
changes rows (a click on the picker map, a new id that other tables must offer), it first
makes the edited rows the new base and renews the editors, so no edit is lost.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from dashboard import lookup
from dashboard.escape import md_text
from dashboard.ingest import pipeline, reader, review
from dashboard.ingest.draft import Draft
from dashboard.ingest.errors import IngestError
from dashboard.mapping.picker import PickerSite, build_picker
from dashboard.model import Direction, SiteKind, Stance, Status
from dashboard.store import Dataset

DRAFT = "add-draft"
ROWS = "add-rows"
VERSION = "add-version"
SAVED = "add-saved"
TEXT = "add-text"
ARTICLE_KEYS = {f: f"add-article-{f}" for f in ("id", "title", "outlet", "url", "published")}
REPLACE = "add-replace"

EXAMPLE = (
    "Chile and New Zealand agree to share a port and supply flights\n\n"
    "PUNTA ARENAS (Reuters) - Chile and New Zealand signed an agreement on Tuesday to share "
    "the port of Punta Arenas and supply flights for their polar research stations, the two "
    "governments said.\n\n"
    "New Zealand will send navy officers to train with the Chilean Navy in cold-water "
    "rescue, said Chile's Foreign Minister Alberto van Klaveren after meeting his New "
    "Zealand counterpart Winston Peters in Santiago.\n\n"
    '"This is a practical partnership between two Pacific neighbours," Peters told '
    "reporters, adding that a first joint supply flight is planned for November."
)


def human_size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB"
    return f"{max(1, round(n / 1024))} KB"


def too_large(name: str, size: int) -> str | None:
    """Our own message for an oversized input, checked before any reading starts."""
    if size <= reader.MAX_INPUT_BYTES:
        return None
    return (
        f"{name} is {human_size(size)}, over the limit of "
        f"{human_size(reader.MAX_INPUT_BYTES)} for one article. Keep only the article itself "
        "(its text, or the article's part of the web page) and try again."
    )


# --- session state ----------------------------------------------------------------------------


_warming = threading.Lock()
_warmed = False


def warm_up() -> None:
    """Start loading the ingestion lexicons in the background when the page opens.

    They take a few seconds to load once per server process; by the time someone has pasted
    an article, they are ready. Never more than one loader thread.
    """
    global _warmed
    with _warming:
        if _warmed:
            return
        _warmed = True
    threading.Thread(target=pipeline.warm_up, name="atlas-ingest-warm-up", daemon=True).start()


def current_draft() -> Draft | None:
    return st.session_state.get(DRAFT)


def start(draft: Draft, *, keep_article: bool = False) -> None:
    """Show a new draft: fresh tables; the article fields too unless they are being kept."""
    st.session_state[DRAFT] = draft
    st.session_state[ROWS] = review.draft_rows(draft)
    st.session_state[VERSION] = st.session_state.get(VERSION, 0) + 1
    if not keep_article:
        for name, value in review.article_fields(draft).items():
            if name == "published":
                value = dt.date.fromisoformat(value) if value else None
            st.session_state[ARTICLE_KEYS[name]] = value
        st.session_state[REPLACE] = False


def discard() -> None:
    for key in (DRAFT, ROWS, SAVED):
        st.session_state.pop(key, None)


def commit(rows: Mapping[str, review.Rows]) -> None:
    """Make the edited rows the editors' new starting point."""
    st.session_state[ROWS] = {name: [dict(r) for r in table] for name, table in rows.items()}
    st.session_state[VERSION] = st.session_state.get(VERSION, 0) + 1


def fill_example() -> None:
    st.session_state[TEXT] = EXAMPLE


# --- drafting ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    """What the reviewer told us about the article before drafting."""

    outlet: str | None
    url: str | None
    title: str | None
    published: dt.date | None


def make_draft(data: bytes | str, name: str, source: Source, dataset: Dataset) -> None:
    """Draft the input and show it, or say in one message why it cannot be drafted."""
    size = len(data.encode("utf-8")) if isinstance(data, str) else len(data)
    problem = too_large(name, size)
    if problem:
        st.error(md_text(problem), icon="📏")
        return
    try:
        with st.spinner("Reading the article and finding states, places, people and relations…"):
            draft = pipeline.ingest(
                data,
                name,
                dataset=dataset,
                outlet=source.outlet,
                url=source.url,
                title=source.title,
            )
    except IngestError as err:
        st.error(md_text(str(err)), icon="🚫")
        return
    if source.published is not None:
        draft = dataclasses.replace(
            draft,
            article=dataclasses.replace(draft.article, published=source.published.isoformat()),
            notes=tuple(n for n in draft.notes if "date" not in n.lower()),
        )
    st.session_state.pop(SAVED, None)
    start(draft)
    st.rerun()  # lay the page out for reviewing: the input folds away


def redo(change: Callable[..., Draft], number: int, *args: Any) -> None:
    """Set a paragraph aside or put one back: the draft is extracted again from the text."""
    from dashboard.ui import loaders  # a cached loader; imported here to keep callbacks light

    draft = current_draft()
    if draft is None:
        return
    start(change(draft, number, *args, dataset=loaders.dataset()), keep_article=True)


# --- the text ---------------------------------------------------------------------------------


def show_text(draft: Draft) -> None:
    st.caption("Found in the text: " + review.legend_markdown())
    marks: dict[int, list] = {}
    for mark in draft.highlights:
        marks.setdefault(mark.paragraph, []).append(mark)
    with st.container(border=True, key="add-paragraphs"):
        for block in draft.document.paragraphs:
            number, body, action = st.columns([1, 24, 2], vertical_alignment="top")
            number.markdown(f":gray[{block.number}]")
            body.markdown(review.paragraph_markdown(block.text, marks.get(block.number, [])))
            action.button(
                "",
                key=f"add-aside-{block.number}",
                icon=":material/remove_circle_outline:",
                help="Set this paragraph aside: it is not part of the article (an ad, a "
                "caption, a box). The draft is made again from the remaining text.",
                on_click=redo,
                args=(pipeline.remove_block, block.number, review.SET_ASIDE_REASON),
            )
    removed = draft.document.removed
    with st.expander(f"Set aside as not article text ({len(removed)})", expanded=False):
        if not removed:
            st.caption("Nothing was set aside.")
        for block in removed:
            text, action = st.columns([8, 2], vertical_alignment="center")
            text.markdown(f"**{block.number}** · _{md_text(block.removed)}_")
            text.caption(md_text(block.text))
            action.button(
                "Put back",
                key=f"add-restore-{block.number}",
                icon=":material/undo:",
                help="Treat this paragraph as article text and draft again.",
                on_click=redo,
                args=(pipeline.restore_block, block.number),
            )


# --- the article's own fields -----------------------------------------------------------------


def article_form() -> dict[str, Any]:
    left, middle, right = st.columns([3, 5, 3])
    left.text_input("Article id", key=ARTICLE_KEYS["id"], help="The file name: a-slug-like-this")
    middle.text_input("Headline", key=ARTICLE_KEYS["title"])
    right.text_input("Outlet", key=ARTICLE_KEYS["outlet"])
    left, right = st.columns([8, 3])
    left.text_input("URL", key=ARTICLE_KEYS["url"], placeholder="https://…")
    right.date_input("Published", key=ARTICLE_KEYS["published"], format="YYYY-MM-DD")
    values = {name: st.session_state.get(key) for name, key in ARTICLE_KEYS.items()}
    published = values.get("published")
    values["published"] = published.isoformat() if isinstance(published, dt.date) else None
    return values


# --- the tables -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Choices:
    """What the select columns offer; derived from the rows so a new id is offered at once."""

    sites: tuple[str, ...]
    relations: tuple[str, ...]
    people: tuple[str, ...]
    organizations: tuple[str, ...]


def choices(rows: Mapping[str, review.Rows], dataset: Dataset) -> Choices:
    def ids(table: str, extra: Any = ()) -> tuple[str, ...]:
        found = {str(r["id"]).strip(): None for r in rows.get(table, []) if _has(r.get("id"))}
        return tuple(sorted({*found, *extra}))

    return Choices(
        sites=ids("sites"),
        relations=ids("relations"),
        people=ids("people", dataset.people),
        organizations=ids("organizations", dataset.organizations),
    )


def _has(value: Any) -> bool:
    return (
        value is not None
        and not (isinstance(value, float) and value != value)
        and bool(str(value).strip())
    )


#: Certainty comes first so the eye meets it before the values it qualifies; generated ids,
#: long and rarely wrong, come last.
COLUMNS = {
    "states": ["certainty", "iso3", "mentions"],
    "sites": ["certainty", "name", "kind", "country", "lat", "lon", "located_by", "known", "id"],
    "people": ["certainty", "name", "role", "country", "organization", "known", "id"],
    "organizations": ["certainty", "name", "acronym", "country", "known", "id"],
    "relations": [
        "certainty",
        "source",
        "target",
        "stance",
        "types",
        "status",
        "direction",
        "confidence",
        "sites",
        "id",
    ],
    "evidence": ["certainty", "quote", "paragraph", "speaker", "types", "translation", "relation"],
}
TEXT_COLUMNS = frozenset({"name", "role", "acronym", "quote", "translation"})
TITLES = {
    "states": ("States", "The states that act in the article; each becomes a shaded country."),
    "sites": ("Sites", "Places on the map: ports, ministries, bases. Place one below the tables."),
    "people": ("People", "Who speaks or acts, with the role the article gives them."),
    "organizations": ("Organisations", "Ministries, forces, agencies and companies."),
    "relations": (
        "Relations",
        "Who does what with whom. Types say what kind of cooperation or rivalry it is. The "
        "least certain come first: a type the learned weights added, from a cue word or the "
        "words around two states, has its likelihood as certainty, so check those before the "
        "rest.",
    ),
    "evidence": (
        "Evidence",
        "The quotes that support each relation: short, and word for word from a paragraph.",
    ),
}


def state_label(refs: Mapping[str, Any], code: Any) -> str:
    """How the tables name a state: "Peru (PER)", or the code alone when it is unknown."""
    return f"{refs[code].name_en} ({code})" if code in refs else str(code)


def column_config(table: str, dataset: Dataset, offer: Choices) -> dict[str, Any]:
    cc = st.column_config
    refs = dataset.country_refs
    codes = sorted(refs, key=lambda c: refs[c].name_en)

    def country(label: str, required: bool = False) -> Any:
        return cc.SelectboxColumn(
            label,
            options=codes,
            required=required,
            format_func=lambda c: state_label(refs, c),
        )

    def pick(label: str, options: Any, **kw: Any) -> Any:
        return cc.SelectboxColumn(label, options=list(options), **kw)

    registry = dataset.registry
    types = cc.MultiselectColumn(
        "Types", options=registry.ids, format_func=registry.label, width="medium"
    )
    certainty = cc.ProgressColumn(
        "Certainty",
        min_value=0.0,
        max_value=1.0,
        format="percent",
        help="How sure the extraction was. The least certain rows come first: check them.",
        width="small",
    )
    known = cc.CheckboxColumn(
        "In dataset",
        disabled=True,
        help="Another article already defines it; this one refers to it. Changing it here "
        "would conflict with that article.",
        width="small",
    )
    ident = cc.TextColumn("Id", required=True, validate=r"^[a-z0-9]+(-[a-z0-9]+)*$", width="medium")
    parties = [*codes, *offer.sites]
    party_label: Callable[[Any], str] = lambda c: (  # noqa: E731
        state_label(refs, c) if c in refs else f"site: {c}"
    )
    configs: dict[str, dict[str, Any]] = {
        "states": {
            "iso3": country("State", required=True),
            "mentions": cc.NumberColumn("Mentions", disabled=True, width="small"),
        },
        "sites": {
            "id": ident,
            "name": cc.TextColumn("Name", required=True),
            "kind": pick("Kind", [k.value for k in SiteKind], required=True),
            "country": country("Country", required=True),
            "lat": cc.NumberColumn("Lat", min_value=-90, max_value=90, format="%.4f"),
            "lon": cc.NumberColumn("Lon", min_value=-180, max_value=180, format="%.4f"),
            "located_by": cc.TextColumn("Located by", disabled=True, width="small"),
        },
        "people": {
            "id": ident,
            "name": cc.TextColumn("Name", required=True),
            "role": cc.TextColumn("Role", required=True),
            "country": country("Country"),
            "organization": pick("Organisation", offer.organizations),
        },
        "organizations": {
            "id": ident,
            "name": cc.TextColumn("Name", required=True),
            "acronym": cc.TextColumn("Acronym", width="small"),
            "country": country("Country"),
        },
        "relations": {
            "id": ident,
            "source": pick("Source", parties, required=True, format_func=party_label),
            "target": pick("Target", parties, required=True, format_func=party_label),
            "direction": pick("Direction", [d.value for d in Direction], required=True),
            "stance": pick("Stance", [s.value for s in Stance], required=True),
            "types": types,
            "status": pick("Status", [s.value for s in Status], required=True),
            "confidence": pick("Confidence", ["high", "medium", "low"]),
            "sites": cc.MultiselectColumn("Sites", options=list(offer.sites)),
        },
        "evidence": {
            "relation": pick("Relation", offer.relations, required=True, width="medium"),
            "paragraph": cc.NumberColumn("¶", min_value=1, step=1, format="%d", width="small"),
            "quote": cc.TextColumn("Quote", max_chars=300, width="large", required=True),
            "translation": cc.TextColumn("English translation", max_chars=600, width="medium"),
            "speaker": pick("Speaker", [*offer.people, *offer.organizations]),
            "types": types,
        },
    }
    config = configs[table]
    config["certainty"] = certainty
    if "known" in COLUMNS[table]:
        config["known"] = known
    return config


def show_suggestions(
    draft: Draft, dataset: Dataset, current: Mapping[str, review.Rows], article_id: str
) -> None:
    """Possible relations neither the rules nor the weights put in the draft, for the reviewer
    to check and take into the tables with one click; one taken up no longer shows."""
    refs = dataset.country_refs
    present = [
        (str(r.get("source")), str(r.get("target")), str(t))
        for r in current.get("relations", [])
        for t in (r.get("types") or [])
    ]
    rows = review.suggestion_rows(
        draft, lambda c: state_label(refs, c), dataset.registry.label, present
    )
    if not rows:
        return
    st.markdown("##### Not in the draft yet")
    label = f"Possible relations to check ({len(rows)})"
    with st.container(key="add-suggestions"), st.expander(label, icon=":material/search:"):
        st.caption(
            "A type's cue words stand beside two states in these sentences, but neither the "
            "rules nor the learned weights were sure enough to keep them in the draft: some "
            "the rules read and a learned check doubted. The most likely come first, with how "
            "likely the weights judge them. Add one, and it joins the relations table with the "
            "sentence as its evidence."
        )
        for row in rows:
            text, add = st.columns([6, 1], vertical_alignment="center")
            text.markdown(
                f"**{md_text(row['states'])}** · {md_text(row['type'])} · ¶{row['paragraph']}"
                f" · {row['likelihood']:.0%} likely  \n{md_text(row['quote'])}"
            )
            if add.button("Add", key=f"add-suggestion-{row['index']}", icon=":material/add:"):
                suggestion = draft.suggestions[row["index"]]
                commit(review.take_suggestion(current, suggestion, article_id or "article"))
                st.rerun()


def _plain(value: Any) -> Any:
    if hasattr(value, "tolist"):  # numpy scalars and arrays
        return value.tolist()
    return value


def edit_table(table: str, rows: review.Rows, dataset: Dataset, offer: Choices) -> review.Rows:
    """One editable table; returns its rows as the reviewer left them."""
    frame = pd.DataFrame(rows, columns=COLUMNS[table])
    for column in TEXT_COLUMNS.intersection(frame.columns):
        # an empty cell reads better than "None"; the conversion back treats both alike
        frame[column] = frame[column].astype(object).where(frame[column].notna(), "")
    edited = st.data_editor(
        frame,
        key=f"add-table-{table}-{st.session_state.get(VERSION, 0)}",
        num_rows="dynamic",
        hide_index=True,
        width="stretch",
        column_order=COLUMNS[table],
        column_config=column_config(table, dataset, offer),
        disabled=["certainty", "mentions", "located_by", "known"],
    )
    return [{k: _plain(v) for k, v in row.items()} for row in edited.to_dict("records")]


def show_problems(lines: list[str]) -> None:
    if lines:
        st.error("\n".join(f"- {md_text(line)}" for line in lines), icon="⚠️")


# --- placing a site ---------------------------------------------------------------------------


def site_picker(
    rows: Mapping[str, review.Rows], countries: list[str]
) -> tuple[str, float, float, str] | None:
    """Pick a site, click the map where it is: returns the site and the clicked position.

    The caller applies it once every table has given its rows (see `place_site`).
    """
    placeable = [r for r in rows.get("sites", []) if _has(r.get("id")) and not r.get("known")]
    if not placeable:
        st.caption("No site of this article to place. Add one to the sites table first.")
        return None
    names = {str(r["id"]): str(r.get("name") or r["id"]) for r in placeable}
    chosen = st.selectbox(
        "Site to place",
        list(names),
        format_func=lambda i: f"{names[i]} ({i})",
        key="add-site-pick",
    )
    row = next(r for r in placeable if str(r["id"]) == chosen)
    lat, lon = _number(row.get("lat")), _number(row.get("lon"))
    where = f"{lat:.4f}, {lon:.4f}" if lat is not None and lon is not None else "not placed yet"
    st.caption(
        f"{md_text(names[chosen])}: {where} · located by {md_text(row.get('located_by') or '—')}"
        " · Click the map to move it there."
    )
    found = _find_by_name(names[chosen], countries)
    if found is not None:
        return chosen, *found
    sites = [
        PickerSite(str(r["id"]), names.get(str(r["id"]), str(r["id"])), *_position(r))
        for r in rows.get("sites", [])
        if _has(r.get("id"))
    ]
    result = st_folium(
        build_picker(sites, chosen, countries=countries),
        key=f"add-picker-{chosen}-{st.session_state.get(VERSION, 0)}",
        height=380,
        use_container_width=True,
        returned_objects=["last_clicked"],
    )
    clicked = (result or {}).get("last_clicked")
    if clicked and "lat" in clicked and "lng" in clicked:
        return chosen, float(clicked["lat"]), float(clicked["lng"]), "manual"
    return None


def _find_by_name(name: str, countries: list[str]) -> tuple[float, float, str] | None:
    """A name search beside the map: the offline gazetteer, then the online geocoder if on."""
    query_col, online_col, button_col = st.columns([4, 3, 1], vertical_alignment="bottom")
    query = query_col.text_input("Find by name", value=name, key="add-find-name")
    online = online_col.toggle(
        "Also ask the online geocoder",
        value=lookup.online_by_default(),
        key="add-find-online",
        help="Nominatim (OpenStreetMap), for places the offline gazetteer does not know. "
        "Needs the internet; if it does not answer in a few seconds, the page says so.",
    )
    if not button_col.button("Find", key="add-find", icon=":material/search:"):
        return None
    with st.spinner("Looking the place up…"):
        result = lookup.locate(query, context=countries, online=online)
    if result.problem:
        st.warning(md_text(result.problem), icon=":material/cloud_off:")
    if result.found is None:
        where = "the offline gazetteer" + (" or online" if online and not result.problem else "")
        st.info(f"No place called “{md_text(query)}” in {where}. Click the map instead.")
        return None
    return result.found.lat, result.found.lon, result.found.source


def place_site(
    rows: Mapping[str, review.Rows],
    site_id: str,
    lat: float,
    lon: float,
    located_by: str = "manual",
) -> None:
    """Move a site to where the map was clicked or a lookup found it, keeping every other edit."""
    lon = (lon + 180.0) % 360.0 - 180.0
    updated = {name: [dict(r) for r in table] for name, table in rows.items()}
    for row in updated.get("sites", []):
        if str(row.get("id")) == site_id:
            row.update(lat=round(lat, 5), lon=round(lon, 5), located_by=located_by)
    commit(updated)


def _number(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if number != number else number


def _position(row: Mapping[str, Any]) -> tuple[float | None, float | None]:
    return _number(row.get("lat")), _number(row.get("lon"))
