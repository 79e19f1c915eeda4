"""Lay out a `panels.Panel` with Streamlit; every text from data goes through `md_text`."""

from __future__ import annotations

import streamlit as st

from dashboard.escape import md_text
from dashboard.panels import EventEntry, Panel, PersonEntry, Quote, Ref
from dashboard.ui import state
from dashboard.ui.sidebar import swatch

KIND_ICONS = {
    "country": ":material/flag:",
    "site": ":material/location_on:",
    "link": ":material/conversion_path:",
    "relation": ":material/conversion_path:",
    "person": ":material/person:",
    "organization": ":material/account_balance:",
    "event": ":material/event:",
}


def _go(ref: Ref, key: str, *, container=st) -> None:  # noqa: ANN001 - a Streamlit container
    container.button(
        md_text(ref.label),
        key=key,
        on_click=state.select,
        args=(ref.id,),
        help=f"Show {md_text(ref.label)}",
        icon=":material/arrow_forward:",
    )


def _quote(item: Quote, key: str) -> None:
    language = {"de": "German", "es": "Spanish", "en": "English"}.get(item.language, item.language)
    if item.language == "en" and not item.translation:
        st.markdown(f"> {md_text(item.quote)}")
    else:
        original, english = st.columns(2)
        original.caption(f"Original ({md_text(language)})")
        original.markdown(f"> {md_text(item.quote)}")
        english.caption("English translation")
        if item.translation:
            english.markdown(f"> {md_text(item.translation)}")
        else:
            english.caption(":material/translate: Not translated yet.")
    source = f"{md_text(item.article_title)} · {md_text(item.outlet)} · paragraph {item.paragraph}"
    if item.published:
        source += f" · {item.published.isoformat()}"
    if item.speaker:
        who = md_text(item.speaker.label)
        if item.speaker_role:
            who += f", {md_text(item.speaker_role)}"
        st.caption(f":material/record_voice_over: {who} — {source}")
    else:
        st.caption(f":material/newspaper: {source}")


def _people(title: str, entries: tuple[PersonEntry, ...], key: str) -> None:
    if not entries:
        return
    st.markdown(f"**{title}**")
    for i, entry in enumerate(entries):
        name, detail = st.columns([2, 3], vertical_alignment="center")
        _go(entry.ref, f"{key}:{i}:ref", container=name)
        text = md_text(entry.role)
        if entry.organization:
            text += f" · {md_text(entry.organization.label)}"
        if entry.country:
            text += f" · {md_text(entry.country.label)}"
        detail.caption(text)


def _events(entries: tuple[EventEntry, ...], key: str) -> None:
    if not entries:
        return
    st.markdown("**Events**")
    for i, event in enumerate(entries):
        when = event.date.isoformat() if event.date else "no date given"
        where = f" at {md_text(event.site.label)}" if event.site else ""
        _go(event.ref, f"{key}:{i}", container=st)
        st.caption(f"{md_text(event.kind)} ({md_text(event.status)}){where} · {when}")
        if event.participants:
            st.caption("With " + ", ".join(md_text(p.label) for p in event.participants))


def show(panel: Panel) -> None:
    key = f"panel:{panel.entity_id}"
    icon = KIND_ICONS.get(panel.kind, "")
    st.subheader(f"{icon} {md_text(panel.title)}", anchor=False)
    st.caption(md_text(panel.subtitle))
    if panel.description:
        st.markdown(md_text(panel.description))
    for label, value in panel.facts:
        st.markdown(f"**{md_text(label)}:** {md_text(value)}")
    if panel.related:
        st.caption("Go to")
        cols = st.columns(min(len(panel.related), 3))
        for i, ref in enumerate(panel.related):
            _go(ref, f"{key}:related:{i}", container=cols[i % len(cols)])

    if panel.groups:
        st.markdown(f"**Relations by cooperation type** ({panel.relation_count})")
    elif panel.kind in ("country", "site", "person", "organization"):
        st.info("No relations shown for this under the current filters.")
    for g, group in enumerate(panel.groups):
        with st.expander(f"{md_text(group.label)} · {len(group.entries)}", expanded=g < 3):
            st.image(swatch(group.color, group.stance == "rivalry"), width=22)
            for r, entry in enumerate(group.entries):
                a, b = entry.parties
                st.markdown(
                    f"**{md_text(a.label)} {entry.arrow} {md_text(b.label)}** · "
                    f"{md_text(entry.stance)} · {md_text(entry.status)} · "
                    f"confidence {md_text(entry.confidence)}"
                )
                if entry.summary:
                    st.caption(md_text(entry.summary))
                if entry.sites:
                    st.caption("About: " + ", ".join(md_text(s.label) for s in entry.sites))
                for q, item in enumerate(entry.quotes):
                    _quote(item, f"{key}:{g}:{r}:{q}")
                if panel.kind != "relation":
                    _go(
                        Ref(entry.relation_id, "Open this relation"),
                        f"{key}:{g}:{r}:open",
                    )
    _people("People", panel.people, f"{key}:people")
    _people("Organisations", panel.organizations, f"{key}:orgs")
    _events(panel.events, f"{key}:events")


def empty_hint() -> None:
    st.subheader("Click the map", anchor=False)
    st.markdown(
        "Click a **country**, a **site** marker or a **link** to see who agreed what, when, "
        "and the evidence: each quote in its original language beside an English translation."
    )
    st.caption("Or pick a row in the table below the map.")
