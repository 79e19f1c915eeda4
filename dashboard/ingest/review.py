"""The review page's pure side: a draft as editable table rows, rows back to record data, and
paragraph text cut into highlighted pieces.

The page shows each extracted item as a table row a reviewer can fix, add or delete; what they
save is whatever the tables say, so the conversion back to record data lives here, where it is
tested without a browser. Rows are plain dicts of plain values (what a data editor hands back),
and every row carries the extraction's certainty so the tables can show the weakest first.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from dashboard.errors import DataIssue
from dashboard.escape import md_text
from dashboard.ingest.draft import (
    Draft,
    DraftEvidence,
    DraftRelation,
    Highlight,
    drop_empty,
    evidence_fields,
    organization_fields,
    person_fields,
    relation_fields,
    relation_id,
    site_fields,
)
from dashboard.ingest.relations import default_status
from dashboard.ingest.suggestions import Suggestion

Row = dict[str, Any]
Rows = list[Row]

#: The editable tables, in the order the page shows them.
TABLES = ("states", "sites", "people", "organizations", "relations", "evidence")
#: Where each kind of highlight gets its colour (Streamlit's background colour directives).
COLOURS = {"state": "blue", "place": "green", "person": "orange", "organization": "violet"}
KIND_LABELS = {
    "state": "State",
    "place": "Place",
    "person": "Person",
    "organization": "Organisation",
}
#: Set aside by the reviewer rather than by the boilerplate rules.
SET_ASIDE_REASON = "set aside by the reviewer"
#: Sits inside the bold markers so that `**` opens and closes next to any character.
_ZWSP = "\u200b"


# --- draft to rows ----------------------------------------------------------------------------


def _least_certain_first(rows: Rows) -> Rows:
    return sorted(rows, key=lambda row: row["certainty"])


def draft_rows(draft: Draft) -> dict[str, Rows]:
    """Every table's rows for a fresh draft, least certain first within each table."""
    rows = {
        "states": [
            {"iso3": s.iso3, "name": s.name, "mentions": s.mentions, "certainty": s.confidence}
            for s in draft.states
        ],
        "sites": [
            {**site_fields(s), "known": s.existing, "certainty": s.confidence} for s in draft.sites
        ],
        "people": [
            {**person_fields(p), "known": p.existing, "certainty": p.confidence}
            for p in draft.people
        ],
        "organizations": [
            {**organization_fields(o), "known": o.existing, "certainty": o.confidence}
            for o in draft.organizations
        ],
        "relations": [{**relation_fields(r), "certainty": r.confidence} for r in draft.relations],
        "evidence": [
            {"relation": r.id, **evidence_fields(e), "certainty": e.confidence}
            for r in draft.relations
            for e in r.evidence
        ],
    }
    return {name: _least_certain_first(table) for name, table in rows.items()}


def suggestion_rows(
    draft: Draft,
    state_label: Callable[[str], str],
    type_label: Callable[[str], str],
    present: Collection[tuple[str, str, str]] = (),
) -> Rows:
    """The possible relations a reviewer may add, as plain rows to show beside the tables.

    ``present`` holds (state, state, type) triples the reviewer has put in the relations table
    since: a suggestion they took up no longer shows.
    """
    taken = {(frozenset((a, b)), t) for a, b, t in present}
    return [
        {
            "index": i,
            "states": f"{state_label(s.source)} – {state_label(s.target)}",
            "type": type_label(s.type_id),
            "stance": s.stance,
            "paragraph": s.paragraph,
            "quote": s.quote,
            "likelihood": s.likelihood,
        }
        for i, s in enumerate(draft.suggestions)
        if (frozenset((s.source, s.target)), s.type_id) not in taken
    ]


#: How sure a relation the reviewer took from the suggestions is: they chose it, the rules did not.
TAKEN_CERTAINTY = 0.5


def take_suggestion(
    rows: Mapping[str, Rows], suggestion: Suggestion, article_id: str
) -> dict[str, Rows]:
    """The tables with a suggestion taken in: its type joins the pair's relation of that stance,
    or a new relation row holds it, and its sentence becomes that relation's evidence."""
    out = {name: [dict(r) for r in table] for name, table in rows.items()}
    relations = out.setdefault("relations", [])
    pair = {suggestion.source, suggestion.target}
    row = next(
        (
            r
            for r in relations
            if {r.get("source"), r.get("target")} == pair and r.get("stance") == suggestion.stance
        ),
        None,
    )
    if row is None:
        used = {str(r.get("id")) for r in relations}
        ident = relation_id(
            article_id, suggestion.source, suggestion.target, suggestion.stance, used
        )
        taken = DraftRelation(
            ident,
            suggestion.source,
            suggestion.target,
            "mutual",
            suggestion.stance,
            (),
            default_status(suggestion.stance),
            TAKEN_CERTAINTY,
            (),
        )
        row = {**relation_fields(taken), "certainty": TAKEN_CERTAINTY}
        relations.append(row)
    types = list(row.get("types") or [])
    if suggestion.type_id not in types:
        row["types"] = [*types, suggestion.type_id]
    evidence = DraftEvidence(
        suggestion.paragraph, suggestion.quote, (suggestion.type_id,), None, TAKEN_CERTAINTY
    )
    out.setdefault("evidence", []).append(
        {"relation": row["id"], **evidence_fields(evidence), "certainty": TAKEN_CERTAINTY}
    )
    return out


def article_fields(draft: Draft) -> Row:
    a = draft.article
    return {
        "id": a.id,
        "title": a.title,
        "outlet": a.outlet,
        "url": a.url,
        "published": a.published,
    }


# --- rows back to record data ----------------------------------------------------------------


def _missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    # pandas' NA and NaT, without importing pandas into the pure layer
    return type(value).__name__ in ("NAType", "NaTType")


def _text(value: Any) -> str | None:
    if _missing(value):
        return None
    text = str(value).strip()
    return text or None


def _required(value: Any) -> str:
    """A field the record cannot do without: an emptied cell stays "" so validation says
    "must not be empty" rather than that a field is missing."""
    return _text(value) or ""


def _number(value: Any) -> Any:
    """A float where the cell holds one; anything else is passed on for validation to name."""
    if _missing(value) or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return value


def _whole(value: Any) -> Any:
    number = _number(value)
    if isinstance(number, float) and number.is_integer():
        return int(number)
    return number


def _ids(value: Any) -> list[str]:
    """A list cell: a list from the editor, or comma-separated text typed by hand."""
    if _missing(value):
        return []
    if isinstance(value, str):
        items: Iterable[Any] = value.split(",")
    else:
        try:
            items = list(value)
        except TypeError:
            items = [value]
    result: dict[str, None] = {}
    for item in items:
        text = _text(item)
        if text:
            result[text] = None
    return list(result)


def _blank(row: Mapping[str, Any], fields: Sequence[str]) -> bool:
    """A row added and left empty: dropped silently rather than reported."""
    return all(_text(row.get(f)) is None and not _ids(row.get(f)) for f in fields)


def _in_draft_order(rows: Rows, order: Mapping[str, int], key: str = "id") -> Rows:
    return sorted(rows, key=lambda row: order.get(_text(row.get(key)) or "", len(order)))


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) or isinstance(b, float):
        try:
            return abs(float(a) - float(b)) < 1e-9
        except (TypeError, ValueError):
            return False
    return a == b


def rows_to_data(
    draft: Draft,
    rows: Mapping[str, Rows],
    article: Mapping[str, Any] | None = None,
    *,
    keep: Collection[str] = (),
) -> tuple[dict[str, Any], list[DataIssue]]:
    """The record data the edited tables describe, and the problems only the tables can see.

    Items the dataset already holds are referenced, not written again, unless the reviewer
    changed them (then validation says whether the change conflicts) or they are in ``keep``:
    the ids a replaced record defined, which go when it goes. A site whose position was
    edited by hand counts as located manually.
    """
    name = f"{draft.article.id}.yaml (draft)"
    fields = {**article_fields(draft), **(article or {})}
    problems: list[DataIssue] = []

    article_data: dict[str, Any] = {
        "id": _required(fields.get("id")),
        "title": _required(fields.get("title")),
        "outlet": _required(fields.get("outlet")),
        "language": draft.article.language,
        "published": _text(fields.get("published")),
        "paragraphs": [
            {
                "number": b.number,
                "text": b.text,
                **({"boilerplate": True, "boilerplate_reason": b.removed} if b.removed else {}),
            }
            for b in draft.document.blocks
        ],
    }
    if _text(fields.get("url")):
        article_data["url"] = _text(fields.get("url"))

    countries: dict[str, None] = {}
    state_order = {s.iso3: i for i, s in enumerate(draft.states)}
    for row in _in_draft_order(rows.get("states", []), state_order, "iso3"):
        code = _text(row.get("iso3"))
        if code:
            countries[code.upper()] = None

    original_sites = {s.id: s for s in draft.sites}
    sites = []
    for row in _in_draft_order(rows.get("sites", []), {s.id: i for i, s in enumerate(draft.sites)}):
        if _blank(row, ("id", "name", "kind", "country", "lat", "lon")):
            continue
        item = {
            "id": _required(row.get("id")),
            "name": _required(row.get("name")),
            "kind": _text(row.get("kind")),
            "country": _text(row.get("country")),
            "lat": _number(row.get("lat")),
            "lon": _number(row.get("lon")),
            "located_by": _text(row.get("located_by")) or "manual",
        }
        before = original_sites.get(item["id"] or "")
        if before is not None:
            moved = not (_same(item["lat"], before.lat) and _same(item["lon"], before.lon))
            if moved:
                item["located_by"] = "manual"
            unchanged = not moved and all(
                item[k] == getattr(before, k) for k in ("name", "kind", "country")
            )
            if before.existing and unchanged and before.id not in keep:
                continue
        sites.append(item)

    def entities(
        table: str, originals: Sequence[Any], keys: Sequence[str], required: Sequence[str]
    ) -> Rows:
        by_id = {o.id: o for o in originals}
        result = []
        order = {o.id: i for i, o in enumerate(originals)}
        for row in _in_draft_order(rows.get(table, []), order):
            if _blank(row, keys):
                continue
            item = {k: (_required if k in required else _text)(row.get(k)) for k in keys}
            before = by_id.get(item["id"] or "")
            if (
                before is not None
                and before.existing
                and before.id not in keep
                and all(item[k] == getattr(before, k) for k in keys)
            ):
                continue
            result.append(item)
        return result

    people = entities(
        "people",
        draft.people,
        ("id", "name", "role", "country", "organization"),
        ("id", "name", "role"),
    )
    organizations = entities(
        "organizations",
        draft.organizations,
        ("id", "name", "acronym", "country"),
        ("id", "name"),
    )

    relation_order = {r.id: i for i, r in enumerate(draft.relations)}
    relations = []
    by_relation: dict[str, Rows] = {}
    for row in _in_draft_order(rows.get("relations", []), relation_order):
        if _blank(row, ("id", "source", "target", "direction", "stance", "types", "status")):
            continue
        item = {
            "id": _required(row.get("id")),
            "source": _required(row.get("source")),
            "target": _required(row.get("target")),
            "direction": _required(row.get("direction")),
            "stance": _required(row.get("stance")),
            "types": _ids(row.get("types")),
            "status": _required(row.get("status")),
            "confidence": _text(row.get("confidence")),
            "sites": _ids(row.get("sites")),
            "evidence": [],
        }
        relations.append(item)
        by_relation.setdefault(item["id"] or "", []).append(item)

    original_evidence = {
        (r.id, e.paragraph, e.quote): i for r in draft.relations for i, e in enumerate(r.evidence)
    }
    grouped: dict[str, list[tuple[float, Row]]] = {}
    for n, row in enumerate(rows.get("evidence", []), start=1):
        if _blank(row, ("relation", "paragraph", "quote", "translation", "speaker", "types")):
            continue
        relation_id = _text(row.get("relation")) or ""
        item = {
            "paragraph": _whole(row.get("paragraph")),
            "quote": _required(row.get("quote")),
            "translation": _text(row.get("translation")),
            "speaker": _text(row.get("speaker")),
            "types": _ids(row.get("types")),
        }
        if relation_id not in by_relation:
            problems.append(
                DataIssue(
                    name,
                    f"names relation {relation_id!r}, which is not in the relations table"
                    if relation_id
                    else "says which relation it supports: pick one",
                    f"evidence[#{n}]",
                    "relation",
                )
            )
            continue
        rank = original_evidence.get((relation_id, item["paragraph"], item["quote"]))
        position = float(rank) if rank is not None else math.inf
        grouped.setdefault(relation_id, []).append((position, item))
    for relation_id, items in grouped.items():
        ordered = [item for _, item in sorted(items, key=lambda pair: pair[0])]
        for relation in by_relation[relation_id]:
            relation["evidence"] = ordered

    data = {
        "article": article_data,
        "countries": list(countries),
        "sites": sites,
        "people": people,
        "organizations": organizations,
        "relations": relations,
    }
    return drop_empty(data), problems


def first_relation(data: Mapping[str, Any]) -> str | None:
    """What the map should open on after saving: the first relation, else the first state."""
    relations = data.get("relations") or []
    if relations and relations[0].get("id"):
        return str(relations[0]["id"])
    countries = data.get("countries") or []
    return str(countries[0]) if countries else None


# --- problems at their table -----------------------------------------------------------------

_RECORD = re.compile(r"^(?P<section>[a-z_]+)\[(?P<ident>[^\]]*)\]$")
_EVIDENCE_FIELD = re.compile(r"^evidence\[(?P<index>\d+)\]\.?(?P<rest>.*)$")
_TABLE_OF = {
    "countries": "states",
    "sites": "sites",
    "people": "people",
    "organizations": "organizations",
    "relations": "relations",
    "evidence": "evidence",
}


def _who(ident: str) -> str:
    if ident.startswith("#") and ident[1:].isdigit():
        return f"item {int(ident[1:]) + 1} (no id)"
    return ident


def issues_by_table(issues: Iterable[DataIssue]) -> dict[str, list[str]]:
    """Validation problems as lines under the table they belong to.

    "pete-hegseth · role: must not be empty" under people; a relation's evidence problems go
    under the evidence table, since that is where the quote is fixed. Anything else (the
    article's own fields, a broken file) is keyed "article".
    """
    result: dict[str, list[str]] = {}
    for issue in issues:
        record = issue.record or ""
        field = issue.field or ""
        match = _RECORD.match(record)
        table = "article"
        who = ""
        if record == "countries":
            table = "states"
        elif match and match.group("section") in _TABLE_OF:
            table = _TABLE_OF[match.group("section")]
            who = _who(match.group("ident"))
            evidence = _EVIDENCE_FIELD.match(field)
            if table == "relations" and evidence:
                table = "evidence"
                who = f"{who} · evidence {int(evidence.group('index')) + 1}"
                field = evidence.group("rest")
            elif table == "evidence" and match.group("ident").startswith("#"):
                who = f"row {match.group('ident')[1:]}"
        line = f"{field}: {issue.message}" if field and table != "states" else issue.message
        result.setdefault(table, []).append(f"{who} · {line}" if who else line)
    return result


# --- highlighted paragraphs ------------------------------------------------------------------


@dataclass(frozen=True)
class Segment:
    """A stretch of paragraph text with one look: a colour (or none) and bold or not."""

    text: str
    kind: str | None = None
    evidence: bool = False


def segments(text: str, highlights: Iterable[Highlight]) -> list[Segment]:
    """Cut a paragraph at every highlight edge, so overlapping marks each keep their look.

    Where entity marks overlap (a state's name inside an organisation's), the narrower one
    gives the colour; an evidence quote makes its stretch bold whatever is inside it.
    """
    marks = [
        (max(0, h.start), min(len(text), h.end), h.kind)
        for h in highlights
        if h.kind == "evidence" or h.kind in COLOURS
    ]
    marks = [(start, end, kind) for start, end, kind in marks if start < end]
    edges = sorted({0, len(text), *(m[0] for m in marks), *(m[1] for m in marks)})
    pieces: list[Segment] = []
    for start, end in zip(edges, edges[1:], strict=False):
        covering = [m for m in marks if m[0] <= start and end <= m[1]]
        entities = [m for m in covering if m[2] != "evidence"]
        kind = min(entities, key=lambda m: m[1] - m[0])[2] if entities else None
        piece = Segment(text[start:end], kind, any(m[2] == "evidence" for m in covering))
        if pieces and (pieces[-1].kind, pieces[-1].evidence) == (piece.kind, piece.evidence):
            pieces[-1] = Segment(pieces[-1].text + piece.text, piece.kind, piece.evidence)
        else:
            pieces.append(piece)
    return pieces


def _coloured(piece: Segment) -> str:
    body = md_text(piece.text)
    if piece.kind is None or not piece.text.strip():
        return body
    return f":{COLOURS[piece.kind]}-background[{body}]"


def segments_markdown(pieces: Sequence[Segment]) -> str:
    """Markdown for the pieces; the text of each goes through `md_text`, and only through it."""
    out: list[str] = []
    run: list[str] = []
    for i, piece in enumerate(pieces):
        if piece.evidence:
            run.append(_coloured(piece))
        else:
            out.append(_coloured(piece))
        ends_run = piece.evidence and (i + 1 == len(pieces) or not pieces[i + 1].evidence)
        if ends_run:
            out.append(f"**{_ZWSP}{''.join(run)}{_ZWSP}**")
            run = []
    return "".join(out)


def paragraph_markdown(text: str, highlights: Iterable[Highlight]) -> str:
    return segments_markdown(segments(text, highlights))


def legend_markdown() -> str:
    chips = [f":{COLOURS[k]}-background[{label}]" for k, label in KIND_LABELS.items()]
    return " ".join(chips) + f" **{_ZWSP}evidence quote{_ZWSP}**"
