"""The ingestion steps in order, from bytes or pasted text to a reviewable draft.

Reference data (countries, gazetteer, registry, lexicons) is loaded once per process and
shared; each article then costs only the scans of its own text. The draft reuses ids of
entities the dataset already holds (the same minister in many articles), because ids are
unique across files.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from dashboard.errors import DataIssue
from dashboard.gazetteer import OfflineGazetteer, load_gazetteer, normalise
from dashboard.ingest import (
    boilerplate,
    language,
    orgs,
    pair_titles,
    pair_words,
    people,
    people_countries,
    places,
    ranking,
    reader,
    relations,
    rule_check,
    states,
    suggestions,
)
from dashboard.ingest.document import Document, Span
from dashboard.ingest.draft import (
    Draft,
    DraftArticle,
    DraftEvidence,
    DraftOrganization,
    DraftPerson,
    DraftRelation,
    DraftSite,
    DraftState,
    Highlight,
    drop_empty,
    is_slug,
    record_data,
    relation_id,
    slugify,
    unique_id,
)
from dashboard.ingest.errors import IngestError
from dashboard.ingest.mentions import OrgMention, PersonMention, PlaceMention, StateMention
from dashboard.ingest.weights import Weights
from dashboard.model import ArticleRecord
from dashboard.reference import CountryRef, load_countries
from dashboard.registry import Registry, load_registry
from dashboard.store import Dataset, check_new_record, dataset_of, validate_raw

#: Site kinds worth tying to a relation: the port a deal is about, not the capital it was signed in.
TIE_KINDS = frozenset({"port", "base", "building", "ministry", "headquarters", "region"})
#: An agency dateline at the start of a wire report names the outlet: "LIMA (dpa) -".
_DATELINE = re.compile(
    r"^\s*[A-ZÁÉÍÓÚÄÖÜÑ][\w .,/'-]{1,40}\s*\((?P<agency>dpa|AFP|AP|Reuters|EFE|Xinhua|ANSA|"
    r"Europa Press|epd|KNA|APA|Prensa Latina|Andina|TASS|Sputnik|Bloomberg)\)"
)
ARTICLE_ID_MAX = 50
UNKNOWN_OUTLET = "Unknown outlet"


@dataclass(frozen=True)
class Resources:
    countries: Mapping[str, CountryRef]
    gazetteer: OfflineGazetteer
    registry: Registry
    weights: ranking.RelationWeights
    #: The weights of the last step, types read from the words around a pair; ``SILENT``
    #: leaves the draft as the ranking made it.
    pair_weights: Weights = pair_words.SILENT
    #: The weights of the check of the rules' types; ``KEEP_ALL`` keeps every one.
    rule_check: Weights = rule_check.KEEP_ALL


@lru_cache(maxsize=1)
def load_resources() -> Resources:
    """Everything the steps look things up in, loaded once per process."""
    return Resources(
        load_countries(),
        load_gazetteer(),
        load_registry(),
        ranking.load_weights(),
        pair_words.load_weights(),
        rule_check.load_weights(),
    )


_WARM_UP_TEXT = (
    "Peru und China haben in Lima ein Abkommen über den Hafen von Chancay unterzeichnet, "
    "sagte Außenminister Elmer Schialer."
)


def warm_up() -> None:
    """Load every lexicon and index once, so the first real draft does not wait for them."""
    ingest(_WARM_UP_TEXT, "warm-up")


# --- reading ----------------------------------------------------------------------------------


def read_document(
    data: bytes | str, name: str = "pasted text", *, declared_language: str | None = None
) -> Document:
    """Read, detect the language and mark boilerplate; raises IngestError with the reason."""
    raw = reader.read_text(data, name) if isinstance(data, str) else reader.read_bytes(data, name)
    return _document(raw, name, declared_language)


def read_path(path: Path) -> Document:
    return _document(reader.read_path(path), path.name, None)


def _document(raw: reader.RawText, name: str, declared_language: str | None) -> Document:
    text = "\n".join(b.text for b in raw.blocks)
    lang = declared_language or language.detect(text)
    if lang not in language.SUPPORTED:
        raise IngestError(f"{name}: language {lang!r} is not supported (use de, es or en)")
    blocks = boilerplate.classify(raw, lang)
    if not any(b.kept for b in blocks):
        raise IngestError(f"{name}: no article text left once boxes and captions are set aside")
    return Document(language=lang, blocks=tuple(blocks), title=raw.title, source_name=name)


# --- extraction -------------------------------------------------------------------------------


def ingest(data: bytes | str, name: str = "pasted text", **options: Any) -> Draft:
    """Read pasted text or uploaded bytes and draft a record; ``options`` go to ``extract``."""
    return extract(read_document(data, name), **options)


def ingest_path(path: Path, **options: Any) -> Draft:
    return extract(read_path(path), **options)


def extract(
    document: Document,
    *,
    resources: Resources | None = None,
    dataset: Dataset | None = None,
    outlet: str | None = None,
    url: str | None = None,
    article_id: str | None = None,
    title: str | None = None,
) -> Draft:
    """Run every finder over the document's article paragraphs and assemble the draft."""
    res = resources or load_resources()
    if article_id is not None and not is_slug(article_id):
        raise IngestError(
            f"article id {article_id!r} is not usable: use lower-case letters, digits and "
            "hyphens only (no slashes or dots), at most 80 characters"
        )
    state_mentions = states.find_states(document, res.countries)
    org_mentions = orgs.find_orgs(document, state_mentions)
    person_mentions = people_countries.with_known(
        people_countries.with_pairs(
            people.find_people(document, state_mentions, org_mentions),
            pair_titles.find_pair_titles(document, state_mentions),
        )
    )
    context = states.states_in(state_mentions)
    # A state's own words ("Perus") and people's names are not places; an organisation's name
    # hides a town ("Lima Group") but not the building it sits in ("das Pentagon").
    exclude = [p.span for p in person_mentions]
    # a surname named again alone is still the person ("Secretary of State Rubio"), not a town;
    # a longer name around it is the town ("La Paz" beside President Paz)
    leaders = people_countries.untitled_leaders(document, person_mentions)
    acting = [*person_mentions, *leaders]
    again = relations.named_again(document, acting)
    surnames = [p.span for p in (*again, *leaders)]
    exclude += [s.span for s in state_mentions if s.form != "capital"]
    place_mentions = [
        p
        for p in places.find_places(document, res.gazetteer, context, exclude=exclude)
        if (p.gazetteer_id.startswith("site:") or not _inside(p.span, org_mentions))
        and not any(_within_span(p.span, s) for s in surnames)
    ]
    # a wire's dateline says where the report was filed, not who acts: "Ankara/Bagdad (dpa) -
    # Im Konflikt um ..." is no conflict between Turkey and Iraq
    datelines = _dateline_ends(document)
    acting_states = [m for m in state_mentions if m.span.end > datelines.get(m.span.paragraph, -1)]
    rule_drafts = relations.find_relations(
        document, acting_states, acting, org_mentions, places=place_mentions, again=again
    )
    lexicon = relations.load_cues()
    per_sentence = relations.states_per_sentence(
        document, acting_states, [*acting, *again], org_mentions
    )
    unscored = ranking.candidates(document, per_sentence, rule_drafts, lexicon)
    relation_drafts, candidates = ranking.decide(rule_drafts, unscored, res.weights, lexicon)
    relation_drafts, worded = pair_words.judge(
        document.language, per_sentence, relation_drafts, candidates, lexicon, res.pair_weights
    )
    checked = rule_check.judge(
        document.language, per_sentence, rule_drafts, res.rule_check, document, place_mentions
    )
    relation_drafts = rule_check.without(relation_drafts, checked)
    suggested = suggestions.suggest(candidates, rule_check.doubts(checked))

    article = _article(document, outlet=outlet, url=url, article_id=article_id, title=title)
    draft_states = _states(state_mentions, context, res.countries)
    sites = _sites(places.unique_places(place_mentions), dataset)
    organizations = _organizations(org_mentions, dataset)
    org_ids = {o.key: d.id for o, d in zip(org_mentions, organizations, strict=True)}
    persons = _people(
        people_countries.with_article_state(
            document,
            people_countries.with_sentence_state(document, person_mentions, state_mentions),
            state_mentions,
            _filed_in(state_mentions, datelines),
        ),
        org_ids,
        dataset,
    )
    rels = _relations(
        relation_drafts, article.id, document, place_mentions, sites, persons, org_ids
    )
    # A state that only a relation names (through a person's country) still acts.
    known = {s.iso3 for s in draft_states}
    for rel in rels:
        for code in (rel.source, rel.target):
            if code not in known and code in res.countries:
                known.add(code)
                draft_states.append(DraftState(code, res.countries[code].name_en, 0.6, 0))
    notes = []
    if article.outlet == UNKNOWN_OUTLET:
        notes.append("No outlet found in the text: fill it in before saving.")
    if article.published is None:
        notes.append("No publication date found; it stays empty unless you add one.")
    if not draft_states:
        notes.append("No state found in the text: there is nothing to put on the map.")
    return Draft(
        article=article,
        document=document,
        states=tuple(draft_states),
        sites=tuple(sites),
        people=tuple(persons),
        organizations=tuple(organizations),
        relations=tuple(rels),
        suggestions=tuple(suggested),
        candidates=tuple(candidates),
        worded=tuple(worded),
        checked=tuple(checked),
        highlights=tuple(
            _highlights(
                document, state_mentions, place_mentions, person_mentions, org_mentions, rels
            )
        ),
        notes=tuple(notes),
    )


def _dateline_ends(document: Document) -> dict[int, int]:
    """Where each paragraph's agency dateline ends, for the paragraphs that open with one."""
    ends = {}
    for block in document.paragraphs:
        match = _DATELINE.match(block.text)
        if match:
            ends[block.number] = match.end()
    return ends


def _filed_in(found: Sequence[StateMention], datelines: dict[int, int]) -> str | None:
    """The one state a wire's first dateline names ("Port Vila, 8 abr (EFE).-")."""
    if not datelines:
        return None
    first = min(datelines)
    named = {m.iso3 for m in found if m.span.paragraph == first and m.span.end <= datelines[first]}
    return named.pop() if len(named) == 1 else None


def _within_span(inner: Span, outer: Span) -> bool:
    return (
        inner.paragraph == outer.paragraph and outer.start <= inner.start and inner.end <= outer.end
    )


def _inside(span: Span, orgs_found: Sequence[OrgMention]) -> bool:
    return any(
        o.span.paragraph == span.paragraph and o.span.start < span.end and span.start < o.span.end
        for o in orgs_found
    )


def _article(
    document: Document,
    *,
    outlet: str | None,
    url: str | None,
    article_id: str | None,
    title: str | None,
) -> DraftArticle:
    first = document.paragraphs[0].text if document.paragraphs else ""
    if not outlet:
        match = _DATELINE.match(first)
        outlet = match.group("agency") if match else UNKNOWN_OUTLET
    heading = title or document.title
    if not heading:
        words = first.split()
        heading = " ".join(words[:12]) + ("…" if len(words) > 12 else "")
    heading = heading[:200]
    ident = article_id or slugify(heading, ARTICLE_ID_MAX) or "article"
    return DraftArticle(
        id=ident, title=heading, outlet=outlet, language=document.language, url=url or None
    )


def _states(
    mentions: Sequence[StateMention], acting: Sequence[str], countries: Mapping[str, CountryRef]
) -> list[DraftState]:
    best: dict[str, float] = {}
    count: dict[str, int] = {}
    for m in mentions:
        best[m.iso3] = max(best.get(m.iso3, 0.0), m.confidence)
        count[m.iso3] = count.get(m.iso3, 0) + 1
    result = []
    for code in acting:
        ref = countries.get(code)
        if ref is None:
            continue
        # Named more than once is stronger evidence than the best single mention says.
        confidence = min(1.0, best.get(code, 0.5) + 0.05 * (count.get(code, 1) - 1))
        result.append(DraftState(code, ref.name_en, round(confidence, 2), count.get(code, 0)))
    return result


def _same_place(a: DraftSite | Any, lat: float, lon: float, name: str) -> bool:
    return (abs(a.lat - lat) < 0.02 and abs(a.lon - lon) < 0.02) or normalise(a.name) == normalise(
        name
    )


def _sites(mentions: Iterable[PlaceMention], dataset: Dataset | None) -> list[DraftSite]:
    result: list[DraftSite] = []
    used: set[str] = set()
    for m in mentions:
        existing = None
        if dataset is not None:
            existing = next(
                (
                    s
                    for s in dataset.sites.values()
                    if s.country == m.iso3 and _same_place(s, m.lat, m.lon, m.name)
                ),
                None,
            )
        if existing is not None:
            site = DraftSite(
                existing.id,
                existing.name,
                existing.kind.value,
                existing.country,
                existing.lat,
                existing.lon,
                m.confidence,
                existing.located_by.value,
                existing=True,
            )
        else:
            origin, _, ident = m.gazetteer_id.partition(":")
            base = ident if origin == "site" and is_slug(ident) else slugify(m.name)
            base = base or "site"
            site = DraftSite(
                unique_id(base, used), m.name, m.kind, m.iso3, m.lat, m.lon, m.confidence
            )
        if site.id in used and site.existing:
            continue
        used.add(site.id)
        result.append(site)
    return result


def _organizations(
    mentions: Sequence[OrgMention], dataset: Dataset | None
) -> list[DraftOrganization]:
    result: list[DraftOrganization] = []
    used: set[str] = set()
    for m in mentions:
        existing = None
        if dataset is not None:
            existing = dataset.organizations.get(m.key) or next(
                (
                    o
                    for o in dataset.organizations.values()
                    if (m.acronym and o.acronym == m.acronym and o.country == m.country)
                    or normalise(o.name) == normalise(m.name)
                ),
                None,
            )
        if existing is not None:
            item = DraftOrganization(
                existing.id,
                existing.name,
                existing.acronym,
                existing.country,
                m.confidence,
                existing=True,
            )
        else:
            base = m.key if is_slug(m.key) else slugify(m.name) or "organization"
            item = DraftOrganization(
                unique_id(base, used), m.name, m.acronym, m.country, m.confidence
            )
        used.add(item.id)
        result.append(item)
    return result


def _people(
    mentions: Sequence[PersonMention], org_ids: Mapping[str, str], dataset: Dataset | None
) -> list[DraftPerson]:
    result: list[DraftPerson] = []
    used: set[str] = set()
    for m in mentions:
        if not m.role:
            continue  # a name with no role is a lead for the reviewer, not a record
        ident = slugify(m.name) or "person"
        existing = dataset.people.get(ident) if dataset is not None else None
        if existing is not None and normalise(existing.name) == normalise(m.name):
            item = DraftPerson(
                existing.id,
                existing.name,
                existing.role,
                existing.country,
                existing.organization,
                m.confidence,
                existing=True,
            )
        else:
            item = DraftPerson(
                unique_id(ident, used),
                m.name,
                m.role,
                m.country,
                org_ids.get(m.organization or ""),
                m.confidence,
            )
        used.add(item.id)
        result.append(item)
    return result


def _relations(
    found: Sequence[relations.RelationDraft],
    article_id: str,
    document: Document,
    place_mentions: Sequence[PlaceMention],
    sites: Sequence[DraftSite],
    persons: Sequence[DraftPerson],
    org_ids: Mapping[str, str],
) -> list[DraftRelation]:
    site_by_gaz: dict[tuple[float, float], DraftSite] = {(s.lat, s.lon): s for s in sites}
    speakers: dict[str, str] = {}
    for p in persons:
        speakers[normalise(p.name)] = p.id
        speakers[normalise(p.name.split()[-1])] = p.id
    result: list[DraftRelation] = []
    used: set[str] = set()
    for rel in found:
        ident = relation_id(article_id, rel.source, rel.target, rel.stance, used)
        used.add(ident)
        evidence = []
        tied: dict[str, None] = {}
        for item in rel.evidence:
            speaker = None
            if item.speaker:
                speaker = speakers.get(normalise(item.speaker)) or org_ids.get(item.speaker)
            evidence.append(
                DraftEvidence(
                    paragraph=item.paragraph,
                    quote=item.quote,
                    types=tuple(item.types),
                    speaker=speaker,
                    confidence=item.confidence,
                )
            )
            for place in rule_check.sites_quoted(document, place_mentions, (item,)):
                site = site_by_gaz.get((place.lat, place.lon))
                if place.kind in TIE_KINDS and site is not None:
                    tied[site.id] = None
        result.append(
            DraftRelation(
                id=ident,
                source=rel.source,
                target=rel.target,
                direction=rel.direction,
                stance=rel.stance,
                types=tuple(rel.types),
                status=rel.status,
                confidence=rel.confidence,
                evidence=tuple(evidence),
                sites=tuple(tied),
            )
        )
    return result


def _highlights(
    document: Document,
    state_mentions: Sequence[StateMention],
    place_mentions: Sequence[PlaceMention],
    person_mentions: Sequence[PersonMention],
    org_mentions: Sequence[OrgMention],
    rels: Sequence[DraftRelation],
) -> list[Highlight]:
    marks: list[Highlight] = []

    def add(span: Span, kind: str, ref: str, label: str) -> None:
        marks.append(Highlight(span.paragraph, span.start, span.end, kind, ref, label))

    for s in state_mentions:
        add(s.span, "state", s.iso3, s.iso3)
    for p in place_mentions:
        add(p.span, "place", p.gazetteer_id, p.name)
    for person in person_mentions:
        add(person.span, "person", slugify(person.name), person.role or "person")
    for o in org_mentions:
        add(o.span, "organization", o.key, o.acronym or o.name)
    for r in rels:
        for e in r.evidence:
            block = document.block(e.paragraph)
            start = block.text.find(e.quote) if block else -1
            if start >= 0:
                label = ", ".join(e.types) or ", ".join(r.types)
                marks.append(
                    Highlight(e.paragraph, start, start + len(e.quote), "evidence", r.id, label)
                )
    return sorted(marks, key=lambda h: (h.paragraph, h.start, -h.end))


# --- leaving the draft ------------------------------------------------------------------------


def to_record(
    draft: Draft,
    dataset: Dataset | None = None,
    *,
    replacing: bool = False,
    data: dict[str, Any] | None = None,
) -> tuple[ArticleRecord | None, list[DataIssue]]:
    """Validate the draft (or its edited data) as a record that could join the dataset."""
    name = f"{draft.article.id}.yaml (draft)"
    if replacing and dataset is not None and data is None:
        draft = _revive(draft, dataset)
    raw = drop_empty(data if data is not None else record_data(draft))
    record, issues = validate_raw(raw, name)
    if record is None:
        return None, issues
    if dataset is not None:
        issues = check_new_record(record, dataset, name, replacing=replacing)
        if issues:
            return None, issues
    return record, []


def _revive(draft: Draft, dataset: Dataset) -> Draft:
    """Entities only the replaced record defined must be written again by its replacement."""
    old = next((f.record for f in dataset.files if f.record.article.id == draft.article.id), None)
    if old is None:
        return draft
    gone = {x.id for x in (*old.sites, *old.people, *old.organizations)}
    return replace(
        draft,
        sites=tuple(replace(x, existing=False) if x.id in gone else x for x in draft.sites),
        people=tuple(replace(x, existing=False) if x.id in gone else x for x in draft.people),
        organizations=tuple(
            replace(x, existing=False) if x.id in gone else x for x in draft.organizations
        ),
    )


def export_dict(draft: Draft, resources: Resources | None = None) -> dict[str, Any]:
    """The draft in the export JSON format, restricted to this article, plus what was removed.

    Entities the dataset already holds are included here: the export stands on its own.
    """
    from dashboard import export, filters  # the export layer sits above the store

    res = resources or load_resources()
    standalone = replace(
        draft,
        sites=tuple(replace(s, existing=False) for s in draft.sites),
        people=tuple(replace(p, existing=False) for p in draft.people),
        organizations=tuple(replace(o, existing=False) for o in draft.organizations),
    )
    raw = drop_empty(record_data(standalone))
    record, issues = validate_raw(raw, draft.article.id)
    if record is None:
        raise IngestError("the draft is not a valid record: " + "; ".join(map(str, issues)))
    dataset = dataset_of([record], registry=res.registry, countries=res.countries)
    result = export.to_dict(filters.apply(dataset, filters.FilterState()))
    result["removed"] = draft.removed()
    return result


def restore_block(draft: Draft, number: int, **options: Any) -> Draft:
    """Put a removed block back as article text and extract again."""
    return _again(draft, draft.document.restore(number), **options)


def remove_block(draft: Draft, number: int, reason: str, **options: Any) -> Draft:
    return _again(draft, draft.document.remove(number, reason), **options)


def _again(draft: Draft, document: Document, **options: Any) -> Draft:
    options.setdefault(
        "outlet", None if draft.article.outlet == UNKNOWN_OUTLET else draft.article.outlet
    )
    options.setdefault("url", draft.article.url)
    options.setdefault("article_id", draft.article.id)
    options.setdefault("title", draft.article.title)
    return extract(document, **options)
