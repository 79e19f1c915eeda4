"""A draft as plain text for the terminal: what was found, least certain first within a kind."""

from __future__ import annotations

from dashboard.ingest.draft import Draft, confidence_label

#: How much of a removed block or a quote the summary shows.
PREVIEW = 70


def _short(text: str, limit: int = PREVIEW) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _c(value: float) -> str:
    return f"{value:.2f}"


def summarise(draft: Draft) -> str:
    a = draft.article
    doc = draft.document
    lines = [
        f"Article: {a.title}",
        f"  id {a.id} · outlet {a.outlet} · language {a.language} · "
        f"{len(doc.paragraphs)} paragraph(s), {len(doc.removed)} set aside",
    ]
    if doc.removed:
        lines.append("Set aside (not article text; restore any that is):")
        for block in doc.removed:
            lines.append(f"  [{block.number}] {block.removed}: {_short(block.text)}")
    lines.append(f"States ({len(draft.states)}):")
    for s in sorted(draft.states, key=lambda s: s.confidence):
        lines.append(
            f"  {s.iso3} {s.name} · {s.mentions} mention(s) · confidence {_c(s.confidence)}"
        )
    lines.append(f"Places ({len(draft.sites)}):")
    for site in sorted(draft.sites, key=lambda s: s.confidence):
        known = " · already in the dataset" if site.existing else ""
        lines.append(
            f"  {site.name} · {site.kind}, {site.country} ({site.lat:.4f}, {site.lon:.4f}) · "
            f"confidence {_c(site.confidence)}{known}"
        )
    lines.append(f"People ({len(draft.people)}):")
    for p in sorted(draft.people, key=lambda p: p.confidence):
        where = f", {p.country}" if p.country else ""
        lines.append(f"  {p.name} · {p.role}{where} · confidence {_c(p.confidence)}")
    lines.append(f"Organisations ({len(draft.organizations)}):")
    for o in sorted(draft.organizations, key=lambda o: o.confidence):
        acronym = f" ({o.acronym})" if o.acronym else ""
        where = f", {o.country}" if o.country else ""
        lines.append(f"  {o.name}{acronym}{where} · confidence {_c(o.confidence)}")
    lines.append(f"Relations ({len(draft.relations)}):")
    for r in sorted(draft.relations, key=lambda r: r.confidence):
        arrow = "→" if r.direction == "one_way" else "↔"
        lines.append(
            f"  {r.source} {arrow} {r.target} · {r.stance}, {r.status} · "
            f"confidence {confidence_label(r.confidence)} ({_c(r.confidence)})"
        )
        lines.append(f"    types: {', '.join(r.types)}")
        for e in r.evidence:
            lines.append(f"    [{e.paragraph}] {', '.join(e.types)}: “{_short(e.quote, 90)}”")
    if draft.suggestions:
        # the candidates the weights left out and the rules' types the check doubted: on the
        # page they wait below the tables, here below the relations, so none is lost unseen
        lines.append(f"Possible relations to check ({len(draft.suggestions)}), most likely first:")
        for g in draft.suggestions:
            lines.append(
                f"  {g.source} – {g.target} · {g.type_id} · [{g.paragraph}] · "
                f"{g.likelihood:.0%} likely: “{_short(g.quote, 90)}”"
            )
    for note in draft.notes:
        lines.append(f"Note: {note}")
    return "\n".join(lines) + "\n"
