"""From a dataset and what a user filtered to the view the map, tables and exports show.

This is a pure function so that the map, the CLI export and the tests all agree on what
"filtered by counter-narcotics" means.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from dashboard.model import Event, Organization, Person, Relation, Site, Stance, is_country_ref
from dashboard.store import Dataset


@dataclass(frozen=True)
class FilterState:
    """Empty sets mean "no restriction", which is also what an empty URL parameter means."""

    types: frozenset[str] = frozenset()
    stances: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()

    @classmethod
    def of(
        cls,
        types: Iterable[str] = (),
        stances: Iterable[str] = (),
        countries: Iterable[str] = (),
    ) -> FilterState:
        return cls(
            frozenset(t.strip() for t in types if t.strip()),
            frozenset(s.strip() for s in stances if s.strip()),
            frozenset(c.strip().upper() for c in countries if c.strip()),
        )

    @property
    def active(self) -> bool:
        return bool(self.types or self.stances or self.countries)

    def unknown_values(self, dataset: Dataset) -> list[str]:
        """Values a shared URL may carry that mean nothing here, to tell the user."""
        problems = [
            f"cooperation type {t!r}" for t in sorted(self.types) if t not in dataset.registry
        ]
        problems += [f"stance {s!r}" for s in sorted(self.stances) if s not in set(Stance)]
        problems += [
            f"country {c!r}" for c in sorted(self.countries) if c not in dataset.country_refs
        ]
        return problems


@dataclass(frozen=True)
class Link:
    """One arc on the map: every shown relation between two parties with the same stance."""

    id: str
    parties: tuple[str, str]
    stance: str
    relations: tuple[Relation, ...]
    types: tuple[str, ...]  # in registry order, only those the filter lets through

    @property
    def evidence_count(self) -> int:
        return sum(len(r.evidence) for r in self.relations)

    @property
    def sites(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for relation in self.relations:
            for site_id in relation.sites:
                seen[site_id] = None
        return tuple(seen)


def link_id(parties: tuple[str, str], stance: str) -> str:
    a, b = sorted(parties)
    return f"link-{a.lower()}-{b.lower()}-{stance}"


@dataclass(frozen=True)
class View:
    dataset: Dataset
    filters: FilterState
    relations: tuple[Relation, ...]
    links: tuple[Link, ...]
    countries: tuple[str, ...]
    sites: tuple[Site, ...]
    people: tuple[Person, ...]
    organizations: tuple[Organization, ...]
    events: tuple[Event, ...]
    types_shown: tuple[str, ...]
    stances_shown: tuple[str, ...]
    link_index: dict[str, Link] = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        return not self.relations

    def relation_types(self, relation: Relation) -> list[str]:
        """The relation's types that pass the filter, so arcs are coloured by what was asked."""
        if not self.filters.types:
            return list(relation.types)
        return [t for t in relation.types if t in self.filters.types]


def _matches(relation: Relation, state: FilterState, dataset: Dataset) -> bool:
    if state.types and not state.types.intersection(relation.types):
        return False
    if state.stances and relation.stance.value not in state.stances:
        return False
    if state.countries:
        involved = {dataset.party_country(p) for p in relation.parties}
        involved |= {dataset.sites[s].country for s in relation.sites if s in dataset.sites}
        if not state.countries & involved:
            return False
    return True


def _sites_of(relation: Relation, dataset: Dataset) -> list[str]:
    ids = [p for p in relation.parties if not is_country_ref(p)] + list(relation.sites)
    event = dataset.events.get(relation.event) if relation.event else None
    if event and event.site:
        ids.append(event.site)
    return ids


def apply(dataset: Dataset, state: FilterState) -> View:
    relations = tuple(r for r in dataset.relations.values() if _matches(r, state, dataset))

    if state.active:
        countries: dict[str, None] = {}
        for relation in relations:
            for party in relation.parties:
                code = dataset.party_country(party)
                if code:
                    countries[code] = None
    else:
        countries = dict.fromkeys(dataset.countries)

    shown_site_ids: dict[str, None] = {}
    tied_anywhere: set[str] = set()
    for relation in dataset.relations.values():
        tied_anywhere.update(_sites_of(relation, dataset))
    for relation in relations:
        shown_site_ids.update(dict.fromkeys(_sites_of(relation, dataset)))
    for site in dataset.sites.values():
        if site.id not in tied_anywhere and site.country in countries:
            shown_site_ids[site.id] = None
    sites = tuple(dataset.sites[s] for s in shown_site_ids if s in dataset.sites)

    event_ids = {r.event for r in relations if r.event}
    event_ids |= {e.id for e in dataset.events.values() if e.site in shown_site_ids}
    events = tuple(e for e in dataset.events.values() if e.id in event_ids)

    speakers = {e.speaker for r in relations for e in r.evidence if e.speaker}
    participants = {p for e in events for p in e.participants}
    # Unfiltered, the view is the whole dataset: people and bodies with no country included.
    people = tuple(
        p
        for p in dataset.people.values()
        if not state.active or p.country in countries or p.id in speakers or p.id in participants
    )
    org_ids = {p.organization for p in people if p.organization}
    org_ids |= {o for e in events for o in e.organizations} | speakers
    organizations = tuple(
        o
        for o in dataset.organizations.values()
        if not state.active or o.country in countries or o.id in org_ids
    )

    order = {t: i for i, t in enumerate(dataset.registry.ids)}
    groups: dict[str, list[Relation]] = {}
    for relation in relations:
        groups.setdefault(link_id(relation.parties, relation.stance.value), []).append(relation)
    links = []
    for ident, members in groups.items():
        types = {t for r in members for t in r.types if not state.types or t in state.types}
        links.append(
            Link(
                id=ident,
                parties=members[0].parties,
                stance=members[0].stance.value,
                relations=tuple(members),
                types=tuple(sorted(types, key=lambda t: order.get(t, len(order)))),
            )
        )
    types_shown = sorted({t for link in links for t in link.types}, key=lambda t: order.get(t, 99))
    stances_shown = [s.value for s in Stance if any(link.stance == s.value for link in links)]

    return View(
        dataset=dataset,
        filters=state,
        relations=relations,
        links=tuple(links),
        countries=tuple(countries),
        sites=sites,
        people=people,
        organizations=organizations,
        events=events,
        types_shown=tuple(types_shown),
        stances_shown=tuple(stances_shown),
        link_index={link.id: link for link in links},
    )
