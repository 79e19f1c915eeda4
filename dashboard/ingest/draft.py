"""The reviewable draft of one article, and its two ways out: a record and the export JSON.

The draft keeps every extracted item with a confidence so the reviewer can start with the
weakest, and it keeps the document (all blocks, removed ones included) so that evidence can be
shown in context and a wrongly removed paragraph put back. Turning the draft into a record is
where the model's validation runs; nothing here writes files.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from dashboard.ingest.boilerplate import removed_list
from dashboard.ingest.document import Document
from dashboard.ingest.ranking import Candidate
from dashboard.ingest.rule_check import Judged
from dashboard.ingest.suggestions import Suggestion
from dashboard.model import SLUG_PATTERN

#: Relation confidence at or above which the record says "high", and "medium".
HIGH, MEDIUM = 0.8, 0.6
ID_MAX = 80


def slugify(text: str, max_length: int = 60) -> str:
    """An id from a name: ASCII, lower case, hyphens; cut at a word boundary."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", folded.lower())
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > max_length:
            break
        slug = candidate
    return slug or (words[0][:max_length] if words else "")


def unique_id(base: str, used: set[str]) -> str:
    """``base``, or ``base-2``, ``base-3``... the first that ``used`` does not hold yet."""
    ident, n = base, 2
    while ident in used:
        ident = f"{base}-{n}"
        n += 1
    return ident


def relation_id(article_id: str, source: str, target: str, stance: str, used: set[str]) -> str:
    """A relation's id: its article, its two parties and its stance, unique within ``used``."""
    return unique_id(slugify(f"{article_id}-{source}-{target}-{stance}", ID_MAX), used)


def is_slug(text: str) -> bool:
    return re.fullmatch(SLUG_PATTERN, text) is not None and len(text) <= ID_MAX


def confidence_label(value: float) -> str:
    if value >= HIGH:
        return "high"
    if value >= MEDIUM:
        return "medium"
    return "low"


@dataclass(frozen=True)
class DraftArticle:
    id: str
    title: str
    outlet: str
    language: str
    url: str | None = None
    published: str | None = None


@dataclass(frozen=True)
class DraftState:
    iso3: str
    name: str
    confidence: float
    mentions: int


@dataclass(frozen=True)
class DraftSite:
    id: str
    name: str
    kind: str
    country: str
    lat: float
    lon: float
    confidence: float
    located_by: str = "gazetteer"
    #: True when the dataset already holds this site: the record references it, not redefines it.
    existing: bool = False


@dataclass(frozen=True)
class DraftPerson:
    id: str
    name: str
    role: str
    country: str | None
    organization: str | None
    confidence: float
    existing: bool = False


@dataclass(frozen=True)
class DraftOrganization:
    id: str
    name: str
    acronym: str | None
    country: str | None
    confidence: float
    existing: bool = False


@dataclass(frozen=True)
class DraftEvidence:
    paragraph: int
    quote: str
    types: tuple[str, ...]
    speaker: str | None
    confidence: float
    translation: str | None = None


@dataclass(frozen=True)
class DraftRelation:
    id: str
    source: str
    target: str
    direction: str
    stance: str
    types: tuple[str, ...]
    status: str
    confidence: float
    evidence: tuple[DraftEvidence, ...]
    sites: tuple[str, ...] = ()


@dataclass(frozen=True)
class Highlight:
    """A stretch of a paragraph to colour on the review page: what was found, and as what."""

    paragraph: int
    start: int
    end: int
    kind: str  # state | place | person | organization | evidence
    ref: str
    label: str


@dataclass(frozen=True)
class Draft:
    article: DraftArticle
    document: Document
    states: tuple[DraftState, ...] = ()
    sites: tuple[DraftSite, ...] = ()
    people: tuple[DraftPerson, ...] = ()
    organizations: tuple[DraftOrganization, ...] = ()
    relations: tuple[DraftRelation, ...] = ()
    #: Candidates the relation weights left out of the draft and the rules' types the check set
    #: aside, most likely first: for the reviewer to check.
    suggestions: tuple[Suggestion, ...] = ()
    #: Every pair and type the relation weights judged, with its signals: what the training
    #: script learns from, and what explains a kept or dropped type.
    candidates: tuple[Candidate, ...] = ()
    #: Every pair and type judged on the words around the pair (``pair_words``), with its
    #: signals: what ``scripts/train_pair_weights.py`` learns from.
    worded: tuple[Candidate, ...] = ()
    #: Every type the rules found, weighed once more (``rule_check``), with its signals: what
    #: ``scripts/train_rule_check.py`` learns from.
    checked: tuple[Judged, ...] = ()
    highlights: tuple[Highlight, ...] = ()
    #: Things the reviewer should know that are not errors ("no date found").
    notes: tuple[str, ...] = field(default=())

    @property
    def savable(self) -> bool:
        """A draft with no state in it has nothing to put on the map."""
        return bool(self.states)

    def removed(self) -> list[dict[str, Any]]:
        return removed_list(self.document.blocks)


# One function per kind of entity gives its fields as a data file writes them; the review
# tables add their own columns (certainty, whether the dataset knows it) beside these.


def site_fields(s: DraftSite) -> dict[str, Any]:
    return {
        "id": s.id,
        "name": s.name,
        "kind": s.kind,
        "country": s.country,
        "lat": s.lat,
        "lon": s.lon,
        "located_by": s.located_by,
    }


def person_fields(p: DraftPerson) -> dict[str, Any]:
    return {
        "id": p.id,
        "name": p.name,
        "role": p.role,
        "country": p.country,
        "organization": p.organization,
    }


def organization_fields(o: DraftOrganization) -> dict[str, Any]:
    return {"id": o.id, "name": o.name, "acronym": o.acronym, "country": o.country}


def relation_fields(r: DraftRelation) -> dict[str, Any]:
    """A relation's own fields; its evidence is listed apart (see ``evidence_fields``)."""
    return {
        "id": r.id,
        "source": r.source,
        "target": r.target,
        "direction": r.direction,
        "stance": r.stance,
        "types": list(r.types),
        "status": r.status,
        "confidence": confidence_label(r.confidence),
        "sites": list(r.sites),
    }


def evidence_fields(e: DraftEvidence) -> dict[str, Any]:
    return {
        "paragraph": e.paragraph,
        "quote": e.quote,
        "translation": e.translation,
        "speaker": e.speaker,
        "types": list(e.types),
    }


def record_data(draft: Draft) -> dict[str, Any]:
    """The draft as the plain data of an article file, before validation.

    Entities the dataset already defines are referenced by id and left out here, because ids
    are unique across files.
    """
    article: dict[str, Any] = {
        "id": draft.article.id,
        "title": draft.article.title,
        "outlet": draft.article.outlet,
        "language": draft.article.language,
        "published": draft.article.published,
        "paragraphs": [
            {
                "number": b.number,
                "text": b.text,
                **({"boilerplate": True, "boilerplate_reason": b.removed} if b.removed else {}),
            }
            for b in draft.document.blocks
        ],
    }
    if draft.article.url:
        article["url"] = draft.article.url
    return {
        "article": article,
        "countries": [s.iso3 for s in draft.states],
        "sites": [site_fields(s) for s in draft.sites if not s.existing],
        "people": [person_fields(p) for p in draft.people if not p.existing],
        "organizations": [organization_fields(o) for o in draft.organizations if not o.existing],
        "relations": [
            {**relation_fields(r), "evidence": [evidence_fields(e) for e in r.evidence]}
            for r in draft.relations
        ],
    }


def drop_empty(data: Any) -> Any:
    """Leave out None values, as a hand-written file would."""
    if isinstance(data, dict):
        return {k: drop_empty(v) for k, v in data.items() if v is not None or k == "published"}
    if isinstance(data, list):
        return [drop_empty(v) for v in data]
    return data
