"""What the extraction steps find in the text; every item carries a confidence from 0 to 1.

The confidence is not a probability: it orders the draft so that a reviewer checks the least
certain items first (an adjective alone is weaker evidence of a state than its name).
"""

from __future__ import annotations

from dataclasses import dataclass

from dashboard.ingest.document import Span


@dataclass(frozen=True, slots=True)
class StateMention:
    iso3: str
    span: Span
    #: How the state was named: "name", "official", "short", "adjective", "prefix", "capital".
    form: str
    confidence: float


@dataclass(frozen=True, slots=True)
class PlaceMention:
    span: Span
    name: str  # the gazetteer's name, in English
    kind: str  # port | capital | city | ministry | headquarters | base | building | region
    iso3: str
    lat: float
    lon: float
    gazetteer_id: str  # "site:chancay-port", "geonames:3936456"
    confidence: float


@dataclass(frozen=True, slots=True)
class PersonMention:
    span: Span  # the name as written
    name: str
    #: Canonical English role from data/registry/ingest/roles.yaml, or None when no title found.
    role: str | None
    role_id: str | None
    country: str | None
    #: Organisation key (see OrgMention.key) the title ties the person to, if any.
    organization: str | None
    confidence: float


@dataclass(frozen=True, slots=True)
class OrgMention:
    span: Span
    #: Stable key for this organisation within one article (slug of its English name).
    key: str
    name: str
    acronym: str | None
    country: str | None
    confidence: float
