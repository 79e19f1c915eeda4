"""What the detail panel says about an entity, as plain data the page only has to lay out.

The panel follows the filter: it lists the relations the map shows. Relations are grouped by
cooperation type, and each group carries the evidence for that type alone, so a reader sees
which sentence supports "counter-narcotics" and which supports "joint exercises".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from dashboard.filters import View
from dashboard.mapping.sites import KIND_LABELS
from dashboard.model import Direction, Relation, is_country_ref

STATUS_LABELS = {
    "announced": "Announced",
    "agreed": "Agreed",
    "under_way": "Under way",
    "carried_out": "Carried out",
}
LANGUAGE_NAMES = {"de": "German", "es": "Spanish", "en": "English"}


@dataclass(frozen=True)
class Ref:
    """A pointer to another entity; the page turns it into a button that selects it."""

    id: str
    label: str


@dataclass(frozen=True)
class Quote:
    quote: str
    translation: str | None
    language: str
    speaker: Ref | None
    speaker_role: str | None
    article_id: str
    article_title: str
    outlet: str
    paragraph: int
    url: str | None
    published: dt.date | None


@dataclass(frozen=True)
class RelationEntry:
    relation_id: str
    parties: tuple[Ref, Ref]
    arrow: str
    stance: str
    status: str
    confidence: str
    summary: str | None
    sites: tuple[Ref, ...]
    event: Ref | None
    quotes: tuple[Quote, ...]


@dataclass(frozen=True)
class TypeGroup:
    type_id: str
    label: str
    color: str
    stance: str
    entries: tuple[RelationEntry, ...]


@dataclass(frozen=True)
class PersonEntry:
    ref: Ref
    role: str
    country: Ref | None
    organization: Ref | None


@dataclass(frozen=True)
class EventEntry:
    ref: Ref
    kind: str
    status: str
    site: Ref | None
    date: dt.date | None
    participants: tuple[Ref, ...]
    summary: str | None


@dataclass(frozen=True)
class Panel:
    entity_id: str
    kind: str
    title: str
    subtitle: str
    description: str | None = None
    facts: tuple[tuple[str, str], ...] = ()
    related: tuple[Ref, ...] = ()
    groups: tuple[TypeGroup, ...] = ()
    people: tuple[PersonEntry, ...] = ()
    organizations: tuple[PersonEntry, ...] = ()
    events: tuple[EventEntry, ...] = ()

    @property
    def relation_count(self) -> int:
        return len({e.relation_id for g in self.groups for e in g.entries})


class _Builder:
    def __init__(self, view: View) -> None:
        self.view = view
        self.data = view.dataset

    # --- references ---------------------------------------------------------------------------

    def ref(self, entity_id: str | None) -> Ref | None:
        if not entity_id:
            return None
        data = self.data
        if is_country_ref(entity_id):
            return Ref(entity_id, data.party_name(entity_id))
        for index in (data.sites, data.people, data.organizations, data.events):
            if entity_id in index:
                return Ref(entity_id, index[entity_id].name)
        if entity_id in data.relations:
            return Ref(entity_id, self.relation_title(data.relations[entity_id]))
        return None

    def refs(self, ids: Iterable[str | None]) -> tuple[Ref, ...]:
        found = (self.ref(i) for i in dict.fromkeys(ids))
        return tuple(r for r in found if r is not None)

    def relation_title(self, relation: Relation) -> str:
        arrow = "⇄" if relation.direction == Direction.mutual else "→"
        a, b = (self.data.party_name(p) for p in relation.parties)
        return f"{a} {arrow} {b}"

    # --- building blocks ----------------------------------------------------------------------

    def quote(self, relation_evidence) -> Quote:  # noqa: ANN001 - an Evidence record
        item = relation_evidence
        article = self.data.articles.get(item.article or "")
        speaker = self.ref(item.speaker)
        role = None
        if item.speaker in self.data.people:
            role = self.data.people[item.speaker].role
        return Quote(
            quote=item.quote,
            translation=item.translation,
            language=article.language if article else "",
            speaker=speaker,
            speaker_role=role,
            article_id=item.article or "",
            article_title=article.title if article else (item.article or ""),
            outlet=article.outlet if article else "",
            paragraph=item.paragraph,
            url=article.url if article else None,
            published=article.published if article else None,
        )

    def groups(self, relations: Iterable[Relation]) -> tuple[TypeGroup, ...]:
        relations = list(relations)
        registry = self.data.registry
        groups = []
        for type_id in registry.ids:
            members = [r for r in relations if type_id in self.view.relation_types(r)]
            if not members:
                continue
            kind = registry.get(type_id)
            entries = tuple(
                RelationEntry(
                    relation_id=r.id,
                    parties=(self.ref(r.source), self.ref(r.target)),  # type: ignore[arg-type]
                    arrow="⇄" if r.direction == Direction.mutual else "→",
                    stance=r.stance.value,
                    status=STATUS_LABELS[r.status.value],
                    confidence=r.confidence.value,
                    summary=r.summary,
                    sites=self.refs(r.sites),
                    event=self.ref(r.event),
                    quotes=tuple(self.quote(e) for e in r.evidence_for(type_id)),
                )
                for r in members
            )
            groups.append(TypeGroup(type_id, kind.label.en, kind.color, kind.stance.value, entries))
        return tuple(groups)

    def person(self, person_id: str) -> PersonEntry:
        person = self.data.people[person_id]
        return PersonEntry(
            ref=Ref(person.id, person.name),
            role=person.role,
            country=self.ref(person.country),
            organization=self.ref(person.organization),
        )

    def organization(self, org_id: str) -> PersonEntry:
        org = self.data.organizations[org_id]
        label = f"{org.name} ({org.acronym})" if org.acronym else org.name
        parent = self.data.organizations.get(org.parent or "")
        role = f"part of {parent.name}" if parent else "organisation"
        return PersonEntry(Ref(org.id, label), role, self.ref(org.country), self.ref(org.parent))

    def event(self, event_id: str) -> EventEntry:
        event = self.data.events[event_id]
        return EventEntry(
            ref=Ref(event.id, event.name),
            kind=event.kind.value,
            status=event.status.value,
            site=self.ref(event.site),
            date=event.date,
            participants=self.refs(event.participants),
            summary=event.summary,
        )

    def relations_touching(self, ids: set[str]) -> list[Relation]:
        """Shown relations with one of these parties, sites or events."""
        found = []
        for relation in self.view.relations:
            touched = set(relation.parties) | set(relation.sites)
            if relation.event:
                touched.add(relation.event)
                event = self.data.events.get(relation.event)
                if event and event.site:
                    touched.add(event.site)
            if touched & ids:
                found.append(relation)
        return found

    # --- one panel per kind -------------------------------------------------------------------

    def country(self, iso3: str) -> Panel:
        data = self.data
        ref = data.country(iso3)
        name = ref.name_en if ref else iso3
        site_ids = {s.id for s in data.sites.values() if s.country == iso3}
        relations = self.relations_touching({iso3} | site_ids)
        relations = [r for r in relations if iso3 in {data.party_country(p) for p in r.parties}]
        people = [p.id for p in data.people.values() if p.country == iso3]
        orgs = [o.id for o in data.organizations.values() if o.country == iso3]
        events = [e.id for e in data.events.values() if e.site in site_ids]
        partners = [
            p for r in relations for p in r.parties if data.party_country(p) not in (iso3, None)
        ]
        facts = []
        if ref:
            facts = [
                ("Names", f"{ref.name_en} · {ref.name_de} (de) · {ref.name_es} (es)"),
                ("Capital", ref.capital or "—"),
                ("ISO 3166", iso3),
            ]
        acting = iso3 in data.countries
        return Panel(
            entity_id=iso3,
            kind="country",
            title=name,
            subtitle="State" + ("" if acting else " (not acting in the loaded articles)"),
            facts=tuple(facts),
            related=self.refs([*partners, *sorted(site_ids)]),
            groups=self.groups(relations),
            people=tuple(self.person(p) for p in people),
            organizations=tuple(self.organization(o) for o in orgs),
            events=tuple(self.event(e) for e in events),
        )

    def site(self, site_id: str) -> Panel:
        data = self.data
        site = data.sites[site_id]
        relations = self.relations_touching({site_id})
        events = [e.id for e in data.events.values() if e.site == site_id]
        orgs = [o.id for o in data.organizations.values() if o.site == site_id]
        people = {p for e in events for p in data.events[e].participants}
        people |= {p.id for p in data.people.values() if p.organization in orgs}
        country = data.country(site.country)
        return Panel(
            entity_id=site_id,
            kind="site",
            title=site.name,
            subtitle=f"{KIND_LABELS.get(site.kind, site.kind)} in "
            f"{country.name_en if country else site.country}",
            description=site.description,
            facts=(
                ("Position", f"{site.lat:.4f}, {site.lon:.4f}"),
                ("Located by", site.located_by.value),
            ),
            related=self.refs([site.country]),
            groups=self.groups(relations),
            people=tuple(self.person(p) for p in sorted(people)),
            organizations=tuple(self.organization(o) for o in orgs),
            events=tuple(self.event(e) for e in events),
        )

    def link(self, link_id: str) -> Panel:
        link = self.view.link_index[link_id]
        a, b = (self.data.party_name(p) for p in link.parties)
        count = len(link.relations)
        return Panel(
            entity_id=link_id,
            kind="link",
            title=f"{a} – {b}",
            subtitle=f"{link.stance.capitalize()} · {count} relation{'s' if count != 1 else ''}"
            f" · {link.evidence_count} pieces of evidence",
            related=self.refs([*link.parties, *link.sites]),
            groups=self.groups(link.relations),
            events=tuple(
                self.event(e) for e in dict.fromkeys(r.event for r in link.relations if r.event)
            ),
        )

    def relation(self, relation_id: str) -> Panel:
        relation = self.data.relations[relation_id]
        shown = relation in self.view.relations
        return Panel(
            entity_id=relation_id,
            kind="relation",
            title=self.relation_title(relation),
            subtitle=f"{relation.stance.value.capitalize()} · "
            f"{STATUS_LABELS[relation.status.value]} · confidence {relation.confidence.value}"
            + ("" if shown else " · hidden by the current filter"),
            description=relation.summary,
            related=self.refs([*relation.parties, *relation.sites]),
            groups=self.groups([relation]),
            events=tuple(self.event(e) for e in [relation.event] if e),
        )

    def person_panel(self, person_id: str) -> Panel:
        person = self.data.people[person_id]
        spoken = [r for r in self.view.relations if any(e.speaker == person_id for e in r.evidence)]
        events = [e.id for e in self.data.events.values() if person_id in e.participants]
        org = self.data.organizations.get(person.organization or "")
        return Panel(
            entity_id=person_id,
            kind="person",
            title=person.name,
            subtitle=person.role,
            facts=tuple(
                (k, v)
                for k, v in (
                    ("Country", self.data.party_name(person.country) if person.country else ""),
                    ("Organisation", org.name if org else ""),
                )
                if v
            ),
            related=self.refs([person.country, person.organization]),
            groups=self.groups(spoken),
            events=tuple(self.event(e) for e in events),
        )

    def organization_panel(self, org_id: str) -> Panel:
        data = self.data
        org = data.organizations[org_id]
        members = [p.id for p in data.people.values() if p.organization == org_id]
        children = [o.id for o in data.organizations.values() if o.parent == org_id]
        spoken = [r for r in self.view.relations if any(e.speaker == org_id for e in r.evidence)]
        events = [e.id for e in data.events.values() if org_id in e.organizations]
        return Panel(
            entity_id=org_id,
            kind="organization",
            title=f"{org.name} ({org.acronym})" if org.acronym else org.name,
            subtitle="Organisation"
            + (f" in {data.party_name(org.country)}" if org.country else ""),
            related=self.refs([org.country, org.parent, org.site]),
            groups=self.groups(spoken),
            people=tuple(self.person(p) for p in members),
            organizations=tuple(self.organization(o) for o in children),
            events=tuple(self.event(e) for e in events),
        )

    def event_panel(self, event_id: str) -> Panel:
        event = self.data.events[event_id]
        relations = [r for r in self.view.relations if r.event == event_id]
        when = event.date.isoformat() if event.date else "date not given in the source"
        return Panel(
            entity_id=event_id,
            kind="event",
            title=event.name,
            subtitle=f"{event.kind.value.capitalize()} ({event.status.value}) · {when}",
            description=event.summary,
            related=self.refs([event.site, *event.organizations]),
            groups=self.groups(relations),
            people=tuple(self.person(p) for p in event.participants),
        )


def panel_for(view: View, entity_id: str | None) -> Panel | None:
    """The panel for any entity id a click or a URL may carry; None when it is unknown."""
    if not entity_id:
        return None
    builder = _Builder(view)
    data = view.dataset
    if entity_id in view.link_index:
        return builder.link(entity_id)
    kind = data.kind_of(entity_id)
    if kind == "country":
        return builder.country(entity_id)
    if kind == "site":
        return builder.site(entity_id)
    if kind == "relation":
        return builder.relation(entity_id)
    if kind == "person":
        return builder.person_panel(entity_id)
    if kind == "organization":
        return builder.organization_panel(entity_id)
    if kind == "event":
        return builder.event_panel(entity_id)
    return None
