"""Add an article: paste or upload it, review the draft the pipeline makes, save it as a record."""

from __future__ import annotations

import streamlit as st

from dashboard import store
from dashboard.escape import md_text
from dashboard.ingest import pipeline, review
from dashboard.ui import loaders
from dashboard.ui import review as ui

MAP_PAGE = "dashboard/app_pages/map.py"

data = loaders.dataset()
ui.warm_up()

st.title("Add article", anchor=False)
st.caption(
    "Turn a news article into a record for the map: the page finds the states, places, people "
    "and relations in it, offline and by rules; you check and fix them, then save."
)

saved = st.session_state.get(ui.SAVED)
if saved:
    with st.container(border=True, key="add-saved"):
        st.success(
            f"Saved **{md_text(saved['title'])}** as **{md_text(saved['path'])}**. "
            "It is on the map now.",
            icon="✅",
        )
        link, again = st.columns([3, 2])
        link.page_link(
            MAP_PAGE,
            label="Open it on the map",
            icon=":material/map:",
            query_params={"select": saved["select"]} if saved.get("select") else None,
        )
        again.button("Add another article", on_click=ui.discard, icon=":material/post_add:")

draft = ui.current_draft()

# --- input ------------------------------------------------------------------------------------

if draft is None and not saved:
    with st.container(border=True, key="add-empty"):
        st.markdown(
            "**How it works.** Paste an article (German, Spanish or English) or upload a "
            "`.txt`, `.md` or `.html` file. A draft appears with the text highlighted and "
            "tables of everything found, the least certain first. Fix what is wrong, place "
            "sites on the small map, and save: the article joins the map at once."
        )
        st.button(
            "Try an example",
            on_click=ui.fill_example,
            icon=":material/lightbulb:",
            key="add-example",
        )

with st.expander("Article text", expanded=draft is None, icon=":material/article:"):
    paste_tab, upload_tab = st.tabs(["Paste text", "Upload a file"])
    with paste_tab:
        st.text_area(
            "Article text",
            key=ui.TEXT,
            height=220,
            placeholder="Paste the headline and the article's paragraphs here…",
            label_visibility="collapsed",
        )
        paste_clicked = st.button("Draft record", type="primary", key="add-draft-paste")
    with upload_tab:
        upload = st.file_uploader(
            "Article file",
            type=["txt", "md", "markdown", "html", "htm"],
            key="add-upload",
            help="Up to 2 MB: the article as text, Markdown or a saved web page.",
        )
        upload_clicked = st.button("Draft record", type="primary", key="add-draft-upload")
    st.caption("Optional: what the text itself may not say.")
    outlet_col, url_col, title_col, date_col = st.columns([2, 3, 3, 2])
    source = ui.Source(
        outlet=outlet_col.text_input("Outlet", key="add-outlet") or None,
        url=url_col.text_input("URL", key="add-url", placeholder="https://…") or None,
        title=title_col.text_input("Headline", key="add-title") or None,
        published=date_col.date_input(
            "Publication date", value=None, key="add-published", format="YYYY-MM-DD"
        ),
    )
    if paste_clicked:
        text = st.session_state.get(ui.TEXT) or ""
        if not text.strip():
            st.error("There is no text to draft from: paste an article first.", icon="🚫")
        else:
            ui.make_draft(text, "pasted text", source, data)
    if upload_clicked:
        if upload is None:
            st.error("Choose a file to upload first.", icon="🚫")
        else:
            ui.make_draft(upload.getvalue(), upload.name, source, data)
    draft = ui.current_draft()

if draft is None:
    st.stop()

# --- the draft --------------------------------------------------------------------------------

head, discard_col = st.columns([6, 1], vertical_alignment="bottom")
head.subheader(f"Draft: {md_text(draft.article.title)}", anchor=False)
discard_col.button("Discard draft", on_click=ui.discard, icon=":material/delete:")
st.caption(
    f"Language {md_text(draft.article.language)} · {len(draft.document.paragraphs)} "
    f"paragraph(s), {len(draft.document.removed)} set aside · {len(draft.states)} state(s), "
    f"{len(draft.sites)} site(s), {len(draft.people)} person(s), "
    f"{len(draft.organizations)} organisation(s), {len(draft.relations)} relation(s)"
)
for note in draft.notes:
    st.info(md_text(note), icon="ℹ️")

st.markdown("##### Article")
fields = ui.article_form()
article_slot = st.container()

st.markdown("##### Text")
ui.show_text(draft)

base = st.session_state[ui.ROWS]
offer = ui.choices(base, data)
current: dict[str, review.Rows] = {}
slots = {}
placed = None
for table in review.TABLES:
    title, caption = ui.TITLES[table]
    st.markdown(f"##### {title}")
    st.caption(caption)
    current[table] = ui.edit_table(table, base.get(table, []), data, offer)
    slots[table] = st.container()
    if table == "sites":
        with st.expander("Place a site on the map", icon=":material/location_on:"):
            placed = ui.site_picker(current, [str(r.get("iso3")) for r in current["states"]])

ui.show_suggestions(draft, data, current, str(fields.get("id") or ""))

if placed is not None:
    ui.place_site(current, *placed)
    st.rerun()
if ui.choices(current, data) != offer:
    # A new or renamed id: the other tables must offer it, so start them from the edits.
    ui.commit(current)
    st.rerun()

# --- validation and saving --------------------------------------------------------------------

record_data, row_problems = review.rows_to_data(draft, current, fields)
article_id = str(record_data["article"].get("id") or "")
existing = next((f for f in data.files if f.record.article.id == article_id), None)
target = store.record_path(article_id) if article_id else None
exists = bool(target and target.exists()) or existing is not None
replaceable = exists and (existing is None or existing.path == target)
replacing = bool(replaceable and st.session_state.get(ui.REPLACE))
if replacing and existing is not None:
    # What the old record defined is gone once it is replaced: write it again here.
    old = existing.record
    keep = {x.id for x in (*old.sites, *old.people, *old.organizations)}
    record_data, row_problems = review.rows_to_data(draft, current, fields, keep=keep)

record, issues = pipeline.to_record(draft, data, replacing=replacing, data=record_data)
problems = review.issues_by_table([*row_problems, *issues])
with article_slot:
    ui.show_problems(problems.pop("article", []))
for table, slot in slots.items():
    with slot:
        ui.show_problems(problems.pop(table, []))

st.divider()
st.subheader("Save", anchor=False)
if exists:
    if replaceable:
        st.warning(
            f"An article with id **{md_text(article_id)}** already exists — it may have just been "
            "saved by someone else, or it was added before. Change the article id above to "
            "keep both, or replace the existing record.",
            icon="⚠️",
        )
        st.checkbox("Replace the existing record (a backup is kept)", key=ui.REPLACE)
    else:
        st.warning(
            f"An article with id **{md_text(article_id)}** already exists in "
            f"**{md_text(existing.path.name if existing else '')}**. Change the article id above.",
            icon="⚠️",
        )

if not record_data.get("countries"):
    reason = (
        "Nothing to save: no state was found in the text. Add the states that act in the "
        "article to the states table, or draft another article."
    )
elif exists and not replacing:
    reason = "Choose another article id, or tick the box to replace the existing record."
elif record is None or row_problems:
    count = len(row_problems) + len(issues)
    reason = f"Fix the {count} problem(s) shown in red above first."
else:
    reason = ""

clicked = st.button(
    "Replace record" if replacing else "Save article",
    type="primary",
    disabled=bool(reason),
    help=reason or None,
    icon=":material/save:",
    key="add-save",
)
if reason:
    st.caption(md_text(reason))
elif target is not None:
    st.caption(f"Saves to **{md_text(target)}**.")
if clicked and record is not None and not reason:
    try:
        path = store.save_record(record, replace=replacing)
    except store.RecordExistsError:
        st.error(
            f"An article with id **{md_text(article_id)}** already exists — it may have just been "
            "saved by someone else. Nothing was overwritten: change the article id, or tick "
            "“Replace the existing record (a backup is kept)”.",
            icon="⚠️",
        )
    except OSError as err:
        folder = store.articles_dir()
        st.error(
            f"Could not save into the data folder **{md_text(folder)}**: "
            f"{md_text(err.strerror or err)}. Check that the folder exists and that this "
            f"program may write to it (or point {store.DATA_DIR_ENV} at a folder it may).",
            icon="🚫",
        )
    else:
        select = review.first_relation(record_data)
        st.session_state[ui.SAVED] = {
            "title": record.article.title,
            "path": str(path.relative_to(store.data_dir().parent))
            if path.is_relative_to(store.data_dir().parent)
            else str(path),
            "select": select,
        }
        st.session_state["select"] = select  # the map opens on it in this session too
        for key in (ui.DRAFT, ui.ROWS):
            st.session_state.pop(key, None)
        st.rerun()
