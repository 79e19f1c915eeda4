"""The documented interchange formats of a filtered view: JSON, GeoJSON and CSV.

JSON is the full normalised dataset (see README, "Data format"); GeoJSON is for GIS tools such
as QGIS and kepler.gl; CSV has one row per relation and cooperation type for spreadsheets.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from dashboard.filters import View
from dashboard.geo import arc
from dashboard.model import Evidence, Relation

FORMATS = ("json", "geojson", "csv")


def _evidence(item: Evidence) -> dict[str, Any]:
    return {
        "article": item.article,
        "paragraph": item.paragraph,
        "quote": item.quote,
        "translation": item.translation,
        "speaker": item.speaker,
        "types": list(item.types),
    }


def _relation(view: View, relation: Relation) -> dict[str, Any]:
    return {
        "id": relation.id,
        "source": relation.source,
        "target": relation.target,
        "direction": relation.direction.value,
        "stance": relation.stance.value,
        "types": list(relation.types),
        "status": relation.status.value,
        "confidence": relation.confidence.value,
        "summary": relation.summary,
        "sites": list(relation.sites),
        "event": relation.event,
        "article": view.dataset.origin.get(relation.id),
        "evidence": [_evidence(e) for e in relation.evidence],
    }


def to_dict(view: View) -> dict[str, Any]:
    data = view.dataset
    article_ids = {view.dataset.origin.get(r.id) for r in view.relations}
    article_ids |= {e.article for r in view.relations for e in r.evidence}
    if not view.filters.active:
        article_ids |= set(data.articles)
    countries = []
    for code in view.countries:
        ref = data.country(code)
        if ref:
            countries.append(
                {
                    "iso3": code,
                    "name": ref.name_en,
                    "name_de": ref.name_de,
                    "name_es": ref.name_es,
                    "lat": ref.lat,
                    "lon": ref.lon,
                }
            )
    return {
        "articles": [
            {
                "id": a.id,
                "title": a.title,
                "outlet": a.outlet,
                "url": a.url,
                "language": a.language,
                "published": a.published.isoformat() if a.published else None,
                "summary": a.summary,
            }
            for a in data.articles.values()
            if a.id in article_ids
        ],
        "countries": countries,
        "sites": [
            {
                "id": s.id,
                "name": s.name,
                "kind": s.kind.value,
                "country": s.country,
                "lat": s.lat,
                "lon": s.lon,
                "description": s.description,
                "located_by": s.located_by.value,
            }
            for s in view.sites
        ],
        "people": [
            {
                "id": p.id,
                "name": p.name,
                "role": p.role,
                "country": p.country,
                "organization": p.organization,
            }
            for p in view.people
        ],
        "organizations": [
            {
                "id": o.id,
                "name": o.name,
                "acronym": o.acronym,
                "country": o.country,
                "parent": o.parent,
            }
            for o in view.organizations
        ],
        "events": [
            {
                "id": e.id,
                "name": e.name,
                "kind": e.kind.value,
                "status": e.status.value,
                "site": e.site,
                "date": e.date.isoformat() if e.date else None,
                "participants": list(e.participants),
                "organizations": list(e.organizations),
            }
            for e in view.events
        ],
        "relations": [_relation(view, r) for r in view.relations],
        "cooperation_types": [
            {
                "id": t.id,
                "label": t.label.en,
                "labels": t.label.model_dump(),
                "color": t.color,
                "stance": t.stance.value,
                "plover": t.plover.model_dump(),
            }
            for t in data.registry
        ],
    }


def to_json(view: View) -> str:
    return json.dumps(to_dict(view), ensure_ascii=False, indent=2) + "\n"


def to_geojson(view: View) -> str:
    """Sites and country anchors as points, relations as great-circle lines."""
    data = view.dataset
    features: list[dict[str, Any]] = []
    for code in view.countries:
        ref = data.country(code)
        if ref:
            features.append(
                {
                    "type": "Feature",
                    "geometry": {"type": "Point", "coordinates": [ref.lon, ref.lat]},
                    "properties": {"entity": "country", "id": code, "name": ref.name_en},
                }
            )
    for site in view.sites:
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [site.lon, site.lat]},
                "properties": {
                    "entity": "site",
                    "id": site.id,
                    "name": site.name,
                    "kind": site.kind.value,
                    "country": site.country,
                },
            }
        )
    for relation in view.relations:
        a, b = (data.party_point(p) for p in relation.parties)
        if a is None or b is None:
            continue
        pieces = [[[round(lon, 5), round(lat, 5)] for lat, lon in piece] for piece in arc(a, b)]
        geometry = (
            {"type": "LineString", "coordinates": pieces[0]}
            if len(pieces) == 1
            else {"type": "MultiLineString", "coordinates": pieces}
        )
        props = _relation(view, relation)
        props["entity"] = "relation"
        props["evidence_count"] = len(relation.evidence)
        props["evidence"] = json.dumps(props["evidence"], ensure_ascii=False)
        features.append({"type": "Feature", "geometry": geometry, "properties": props})
    return (
        json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False) + "\n"
    )


CSV_COLUMNS = (
    "relation",
    "type",
    "type_label",
    "source",
    "source_name",
    "target",
    "target_name",
    "direction",
    "stance",
    "status",
    "confidence",
    "article",
    "evidence_count",
    "quotes",
    "translations",
)


def _cell(value: object) -> object:
    """Keep a spreadsheet from running article text as a formula (CSV injection)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def to_csv(view: View) -> str:
    data = view.dataset
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for relation in view.relations:
        for type_id in view.relation_types(relation):
            support = relation.evidence_for(type_id)
            row = [
                relation.id,
                type_id,
                data.registry.label(type_id),
                relation.source,
                data.party_name(relation.source),
                relation.target,
                data.party_name(relation.target),
                relation.direction.value,
                relation.stance.value,
                relation.status.value,
                relation.confidence.value,
                data.origin.get(relation.id, ""),
                len(support),
                " | ".join(e.quote for e in support),
                " | ".join(e.translation or "" for e in support),
            ]
            writer.writerow([_cell(value) for value in row])
    return out.getvalue()


def render(view: View, fmt: str) -> str:
    if fmt == "json":
        return to_json(view)
    if fmt == "geojson":
        return to_geojson(view)
    if fmt == "csv":
        return to_csv(view)
    raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
