"""The records Relations Atlas is made of, as pydantic models.

Every record forbids unknown fields so that a typo in a hand-edited YAML file is reported
instead of silently ignored. Checks that need more than one record (does this site exist,
is this cooperation type in the registry) live in the store, which sees the whole dataset.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Annotated

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
ISO3_PATTERN = r"^[A-Z]{3}$"

#: A quote is a phrase or one sentence, never a whole paragraph.
QUOTE_MAX_CHARS = 300
#: Free text such as summaries and descriptions stays short enough to read in a panel.
TEXT_MAX_CHARS = 2000
#: A paragraph of an article a user ingested; long enough for the longest real paragraphs.
PARAGRAPH_MAX_CHARS = 10_000

Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN, max_length=80)]
ISO3 = Annotated[str, StringConstraints(pattern=ISO3_PATTERN)]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
LongText = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=TEXT_MAX_CHARS)
]
ParagraphText = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=PARAGRAPH_MAX_CHARS)
]


def is_country_ref(ref: str) -> bool:
    """Parties are written as ISO3 codes (countries) or slugs (sites); the case tells them apart."""
    return re.fullmatch(ISO3_PATTERN, ref) is not None


def _party(ref: str) -> str:
    if is_country_ref(ref) or re.fullmatch(SLUG_PATTERN, ref):
        return ref
    raise ValueError(
        "expected an ISO 3166 alpha-3 country code such as 'PER' or a site id such as "
        f"'port-of-chancay', got {ref!r}"
    )


def _http_url(url: str) -> str:
    if not re.match(r"^https?://[^\s]+$", url, flags=re.IGNORECASE):
        raise ValueError("expected an http:// or https:// address")
    return url


PartyRef = Annotated[str, AfterValidator(_party)]
HttpUrl = Annotated[str, AfterValidator(_http_url)]


class Stance(StrEnum):
    cooperation = "cooperation"
    rivalry = "rivalry"


class Direction(StrEnum):
    mutual = "mutual"
    one_way = "one_way"


class Status(StrEnum):
    """How far a relation has come: an announcement is not an agreement carried out."""

    announced = "announced"
    agreed = "agreed"
    under_way = "under_way"
    carried_out = "carried_out"


class Confidence(StrEnum):
    high = "high"
    medium = "medium"
    low = "low"


class SiteKind(StrEnum):
    port = "port"
    capital = "capital"
    ministry = "ministry"
    headquarters = "headquarters"
    base = "base"
    city = "city"
    building = "building"
    region = "region"


class LocatedBy(StrEnum):
    gazetteer = "gazetteer"
    manual = "manual"
    geocoder = "geocoder"


class EventKind(StrEnum):
    meeting = "meeting"
    visit = "visit"
    signing = "signing"
    statement = "statement"


class EventStatus(StrEnum):
    held = "held"
    planned = "planned"


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Paragraph(Record):
    """A numbered paragraph; the demo data keeps a summary, a user's own record the text."""

    number: int = Field(ge=1)
    text: ParagraphText | None = None
    summary: LongText | None = None
    boilerplate: bool = False
    boilerplate_reason: ShortText | None = None


class Article(Record):
    id: Slug
    title: ShortText
    outlet: ShortText
    url: HttpUrl | None = None
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")]
    #: Many articles carry no date; an empty value is honest, an invented one is not.
    published: dt.date | None = None
    summary: LongText | None = None
    paragraphs: list[Paragraph] = Field(default_factory=list)

    @model_validator(mode="after")
    def _unique_paragraph_numbers(self) -> Article:
        numbers = [p.number for p in self.paragraphs]
        if len(numbers) != len(set(numbers)):
            raise ValueError("paragraph numbers must be unique")
        return self

    def paragraph(self, number: int) -> Paragraph | None:
        return next((p for p in self.paragraphs if p.number == number), None)


class Site(Record):
    id: Slug
    name: ShortText
    kind: SiteKind
    country: ISO3
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    description: LongText | None = None
    located_by: LocatedBy = LocatedBy.gazetteer


class Person(Record):
    id: Slug
    name: ShortText
    role: ShortText
    country: ISO3 | None = None
    organization: Slug | None = None


class Organization(Record):
    id: Slug
    name: ShortText
    acronym: ShortText | None = None
    country: ISO3 | None = None
    parent: Slug | None = None
    #: Where it sits, so that clicking a ministry building lists who works there.
    site: Slug | None = None


class Evidence(Record):
    """One short quote that supports a relation, traceable to its article and paragraph."""

    #: Filled in by the store from the file the evidence stands in when left out.
    article: Slug | None = None
    paragraph: int = Field(ge=1)
    quote: Annotated[
        str, StringConstraints(strip_whitespace=True, min_length=1, max_length=QUOTE_MAX_CHARS)
    ]
    #: English rendering; empty until a reviewer writes one (an English quote needs none).
    translation: (
        Annotated[
            str,
            StringConstraints(strip_whitespace=True, min_length=1, max_length=QUOTE_MAX_CHARS * 2),
        ]
        | None
    ) = None
    #: Who said it: a person or an organisation id; empty when it is the outlet's own account.
    speaker: Slug | None = None
    #: The cooperation types this quote supports; empty means every type of its relation.
    types: list[str] = Field(default_factory=list)


class Event(Record):
    id: Slug
    name: ShortText
    kind: EventKind
    status: EventStatus = EventStatus.held
    site: Slug | None = None
    date: dt.date | None = None
    participants: list[Slug] = Field(default_factory=list)
    organizations: list[Slug] = Field(default_factory=list)
    summary: LongText | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class Relation(Record):
    id: Slug
    source: PartyRef
    target: PartyRef
    direction: Direction
    stance: Stance
    types: list[str] = Field(min_length=1)
    status: Status
    confidence: Confidence = Confidence.high
    summary: LongText | None = None
    #: Sites the relation is about, such as a port that one state criticises another for.
    sites: list[Slug] = Field(default_factory=list)
    #: The event at which it was agreed or voiced.
    event: Slug | None = None
    evidence: list[Evidence] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> Relation:
        if self.source == self.target:
            raise ValueError("a relation needs two different parties")
        if len(set(self.types)) != len(self.types):
            raise ValueError("each cooperation type may be listed once")
        for i, item in enumerate(self.evidence):
            stray = [t for t in item.types if t not in self.types]
            if stray:
                raise ValueError(
                    f"evidence[{i}] supports {stray}, which the relation does not list in types"
                )
        unsupported = [t for t in self.types if not self.evidence_for(t)]
        if unsupported:
            raise ValueError(f"types {unsupported} have no evidence of their own")
        return self

    def evidence_for(self, type_id: str) -> list[Evidence]:
        return [e for e in self.evidence if not e.types or type_id in e.types]

    @property
    def parties(self) -> tuple[str, str]:
        return (self.source, self.target)


class ArticleRecord(Record):
    """Everything one article says, as one human-editable file."""

    article: Article
    #: The states that act in the article.
    countries: list[ISO3] = Field(default_factory=list)
    sites: list[Site] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)
