"""Loading, checking and saving the dataset: one YAML file per article.

A broken file is reported with its file, record and field and left out, while every other file
still loads: an analyst with one typo should still see the rest of the map.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from dashboard import ROOT, yamlio
from dashboard.errors import DataIssue
from dashboard.model import (
    Article,
    ArticleRecord,
    Event,
    Evidence,
    Organization,
    Person,
    Relation,
    Site,
    is_country_ref,
)
from dashboard.reference import CountryRef, load_countries
from dashboard.registry import DEFAULT_REGISTRY, Registry, load_registry

DATA_DIR_ENV = "ATLAS_DATA_DIR"
SECTIONS = ("sites", "people", "organizations", "events", "relations")
_SINGULAR = {
    "sites": "site",
    "people": "person",
    "organizations": "organisation",
    "events": "event",
}


def data_dir() -> Path:
    """The folder with `articles/`; `ATLAS_DATA_DIR` lets a user keep their data elsewhere."""
    configured = os.environ.get(DATA_DIR_ENV)
    return Path(configured).expanduser() if configured else ROOT / "data"


def articles_dir(directory: Path | None = None) -> Path:
    return (directory or data_dir()) / "articles"


def registry_path(directory: Path | None = None) -> Path:
    """A data folder may bring its own registry; otherwise the built-in one applies."""
    own = (directory or data_dir()) / "registry" / "cooperation_types.yaml"
    return own if own.exists() else DEFAULT_REGISTRY


@dataclass(frozen=True)
class LoadedFile:
    path: Path
    record: ArticleRecord


@dataclass(frozen=True)
class Dataset:
    """Everything that loaded cleanly, indexed by id, plus what did not and why."""

    registry: Registry
    country_refs: Mapping[str, CountryRef]
    files: tuple[LoadedFile, ...]
    issues: tuple[DataIssue, ...]
    skipped_files: tuple[str, ...]
    articles: dict[str, Article] = field(default_factory=dict)
    sites: dict[str, Site] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    organizations: dict[str, Organization] = field(default_factory=dict)
    events: dict[str, Event] = field(default_factory=dict)
    relations: dict[str, Relation] = field(default_factory=dict)
    #: The states that act in the loaded articles, in a stable order.
    countries: tuple[str, ...] = ()
    #: Which article each relation and event comes from.
    origin: dict[str, str] = field(default_factory=dict)

    def country(self, iso3: str) -> CountryRef | None:
        return self.country_refs.get(iso3)

    def kind_of(self, entity_id: str) -> str | None:
        """Ids are unique across kinds, so a bare id in a URL says what it points at."""
        if is_country_ref(entity_id):
            return "country" if entity_id in self.country_refs else None
        for kind, index in (
            ("site", self.sites),
            ("relation", self.relations),
            ("person", self.people),
            ("organization", self.organizations),
            ("event", self.events),
            ("article", self.articles),
        ):
            if entity_id in index:
                return kind
        return None

    def party_name(self, ref: str, lang: str = "en") -> str:
        if is_country_ref(ref):
            country = self.country_refs.get(ref)
            return country.name(lang) if country else ref
        site = self.sites.get(ref)
        return site.name if site else ref

    def party_point(self, ref: str) -> tuple[float, float] | None:
        """Where a link to this party starts: a country's capital, or the site itself."""
        if is_country_ref(ref):
            country = self.country_refs.get(ref)
            return (country.lat, country.lon) if country else None
        site = self.sites.get(ref)
        return (site.lat, site.lon) if site else None

    def party_country(self, ref: str) -> str | None:
        if is_country_ref(ref):
            return ref
        site = self.sites.get(ref)
        return site.country if site else None


# --- reading one file -------------------------------------------------------------------------


def _format_path(parts: Iterable[Any]) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _record_label(raw: Any, loc: tuple[Any, ...]) -> tuple[str | None, tuple[Any, ...]]:
    """Turn a pydantic error location into the record a person would look for, and the rest."""
    if not loc:
        return None, ()
    section = loc[0]
    if section == "article":
        ident = raw.get("article", {}).get("id") if isinstance(raw.get("article"), dict) else None
        return (f"article {ident}" if ident else "article"), loc[1:]
    if len(loc) >= 2 and isinstance(loc[1], int):
        items = raw.get(section)
        item = items[loc[1]] if isinstance(items, list) and loc[1] < len(items) else None
        ident = item.get("id") if isinstance(item, dict) else None
        return f"{section}[{ident or '#' + str(loc[1])}]", loc[2:]
    return None, loc


def _describe(error: Mapping[str, Any]) -> str:
    message = str(error["msg"])
    if error["type"] == "extra_forbidden":
        return "unknown field (check its spelling; unknown fields are not allowed)"
    if error["type"] == "string_pattern_mismatch":
        pattern = error.get("ctx", {}).get("pattern", "")
        if pattern == "^[A-Z]{3}$":
            message = "expected an ISO 3166 alpha-3 country code such as 'PER'"
        elif pattern.startswith("^[a-z0-9]"):
            message = "expected an id made of lowercase letters, digits and hyphens"
    if error["type"] == "string_too_long" and error["loc"] and error["loc"][-1] == "quote":
        limit = error.get("ctx", {}).get("max_length")
        message = f"quote is too long: keep it to a phrase or one sentence (at most {limit} chars)"
    if error["type"] == "string_too_short":
        message = "must not be empty"
    value = error.get("input")
    if error["type"] not in ("missing",) and not isinstance(value, (dict, list)):
        shown = repr(value)
        message += f" (got {shown[:60] + '…' if len(shown) > 60 else shown})"
    return message


def read_record(
    path: Path, label: str | None = None
) -> tuple[ArticleRecord | None, list[DataIssue]]:
    """Parse and validate one file on its own; references to other records are checked later."""
    name = label or str(path)
    try:
        raw = yamlio.load(path)
    except OSError as err:
        return None, [DataIssue(name, f"cannot read the file: {err.strerror or err}")]
    except yamlio.YamlError as err:
        return None, [DataIssue(name, str(err))]
    return validate_raw(raw, name)


def validate_raw(raw: Any, name: str) -> tuple[ArticleRecord | None, list[DataIssue]]:
    if not isinstance(raw, dict):
        kind = "empty" if raw is None else type(raw).__name__
        return None, [
            DataIssue(name, f"expected a mapping with 'article' and its records, got {kind}")
        ]
    try:
        return ArticleRecord.model_validate(raw), []
    except ValidationError as err:
        issues = []
        for error in err.errors():
            record, rest = _record_label(raw, tuple(error["loc"]))
            issues.append(
                DataIssue(name, _describe(error), record=record, field=_format_path(rest) or None)
            )
        return None, issues


# --- checking references ---------------------------------------------------------------------


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


@dataclass
class _Index:
    articles: dict[str, Article] = field(default_factory=dict)
    sites: dict[str, Site] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    organizations: dict[str, Organization] = field(default_factory=dict)
    events: dict[str, Event] = field(default_factory=dict)
    relations: dict[str, Relation] = field(default_factory=dict)
    owner: dict[str, tuple[str, str]] = field(default_factory=dict)  # id -> (kind, file)

    def add(self, record: ArticleRecord, name: str) -> list[DataIssue]:
        """Add a file's records; an id already taken by different content is a conflict."""
        issues: list[DataIssue] = []
        entries: list[tuple[str, str, Any]] = [("article", "article", record.article)]
        for section in SECTIONS:
            entries += [(section, section, item) for item in getattr(record, section)]
        seen_here: set[str] = set()
        for section, kind, item in entries:
            label = "article" if kind == "article" else f"{section}[{item.id}]"
            if item.id in seen_here:
                issues.append(DataIssue(name, "duplicate id in this file", label, "id"))
                continue
            seen_here.add(item.id)
            index: dict[str, Any] = getattr(self, "articles" if kind == "article" else section)
            previous = self.owner.get(item.id)
            if previous and (previous[0] != kind or index.get(item.id) != item):
                issues.append(
                    DataIssue(
                        name,
                        f"duplicate id: {previous[1]} already defines a different {previous[0]} "
                        f"with id {item.id!r}",
                        label,
                        "id",
                    )
                )
        if issues:
            return issues
        for section, kind, item in entries:
            index = getattr(self, "articles" if kind == "article" else section)
            index[item.id] = item
            self.owner.setdefault(item.id, (kind, name))
        return []


def _check_references(
    record: ArticleRecord,
    name: str,
    index: _Index,
    registry: Registry,
    countries: Mapping[str, CountryRef],
) -> list[DataIssue]:
    issues: list[DataIssue] = []

    def need(ok: bool, record_label: str | None, field_name: str, message: str) -> None:
        if not ok:
            issues.append(DataIssue(name, message, record_label, field_name))

    def country(code: str | None, label: str | None, field_name: str) -> None:
        if code is not None:
            need(
                code in countries,
                label,
                field_name,
                f"unknown country code {code!r} (expected an ISO 3166 alpha-3 code such as 'PER')",
            )

    def ref(kind: str, ident: str | None, label: str, field_name: str) -> None:
        if ident is not None:
            need(
                ident in getattr(index, kind),
                label,
                field_name,
                f"no {_SINGULAR[kind]} with id {ident!r} exists",
            )

    def evidence(items: list[Evidence], label: str) -> None:
        for i, item in enumerate(items):
            where = f"evidence[{i}]"
            article_id = item.article or record.article.id
            article = index.articles.get(article_id)
            need(article is not None, label, f"{where}.article", f"no article {article_id!r}")
            if article is not None and article.paragraphs:
                paragraph = article.paragraph(item.paragraph)
                numbers = ", ".join(str(p.number) for p in article.paragraphs if not p.boilerplate)
                need(
                    paragraph is not None and not paragraph.boilerplate,
                    label,
                    f"{where}.paragraph",
                    f"paragraph {item.paragraph} is not an article paragraph "
                    f"of {article_id} (expected one of {numbers})",
                )
                if paragraph is not None and paragraph.text:
                    need(
                        _norm(item.quote) in _norm(paragraph.text),
                        label,
                        f"{where}.quote",
                        f"the quote does not appear in paragraph {item.paragraph}",
                    )
            if item.speaker is not None:
                need(
                    item.speaker in index.people or item.speaker in index.organizations,
                    label,
                    f"{where}.speaker",
                    f"no person or organisation with id {item.speaker!r} exists",
                )

    for i, code in enumerate(record.countries):
        country(code, "countries", f"[{i}]")
    for site in record.sites:
        country(site.country, f"sites[{site.id}]", "country")
    for person in record.people:
        label = f"people[{person.id}]"
        country(person.country, label, "country")
        ref("organizations", person.organization, label, "organization")
    for org in record.organizations:
        label = f"organizations[{org.id}]"
        country(org.country, label, "country")
        ref("organizations", org.parent, label, "parent")
        ref("sites", org.site, label, "site")
    for event in record.events:
        label = f"events[{event.id}]"
        ref("sites", event.site, label, "site")
        for i, person_id in enumerate(event.participants):
            ref("people", person_id, label, f"participants[{i}]")
        for i, org_id in enumerate(event.organizations):
            ref("organizations", org_id, label, f"organizations[{i}]")
        evidence(event.evidence, label)
    for relation in record.relations:
        label = f"relations[{relation.id}]"
        for i, type_id in enumerate(relation.types):
            need(
                type_id in registry,
                label,
                f"types[{i}]",
                f"unknown cooperation type {type_id!r} "
                f"(expected one of: {', '.join(registry.ids)})",
            )
        for side in ("source", "target"):
            party = getattr(relation, side)
            if is_country_ref(party):
                country(party, label, side)
            else:
                ref("sites", party, label, side)
        for i, site_id in enumerate(relation.sites):
            ref("sites", site_id, label, f"sites[{i}]")
        ref("events", relation.event, label, "event")
        evidence(relation.evidence, label)
    return issues


def _with_article(record: ArticleRecord) -> ArticleRecord:
    """Evidence that names no article comes from the file it stands in."""

    def fill(items: list[Evidence]) -> list[Evidence]:
        return [
            e if e.article else e.model_copy(update={"article": record.article.id}) for e in items
        ]

    return record.model_copy(
        update={
            "events": [e.model_copy(update={"evidence": fill(e.evidence)}) for e in record.events],
            "relations": [
                r.model_copy(update={"evidence": fill(r.evidence)}) for r in record.relations
            ],
        }
    )


# --- the whole dataset -----------------------------------------------------------------------


def load_dataset(
    directory: Path | None = None,
    *,
    registry: Registry | None = None,
    countries: Mapping[str, CountryRef] | None = None,
) -> Dataset:
    """Load every article file; files with problems are reported and left out."""
    directory = directory or data_dir()
    registry = registry or load_registry(registry_path(directory))
    countries = countries if countries is not None else load_countries()
    folder = articles_dir(directory)
    paths = sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")]) if folder.is_dir() else []

    issues: list[DataIssue] = []
    skipped: list[str] = []
    parsed: list[tuple[Path, str, ArticleRecord]] = []
    for path in paths:
        name = _display_name(path, directory)
        record, problems = read_record(path, name)
        if record is None:
            issues += problems
            skipped.append(name)
        else:
            parsed.append((path, name, _with_article(record)))

    # A file that fails drops out, which can break references from other files: repeat until
    # the remaining files check cleanly.
    while True:
        index = _Index()
        accepted: list[tuple[Path, str, ArticleRecord]] = []
        failed: dict[str, list[DataIssue]] = {}
        for path, name, record in parsed:
            problems = index.add(record, name)
            if problems:
                failed[name] = problems
            else:
                accepted.append((path, name, record))
        for _path, name, record in accepted:
            problems = _check_references(record, name, index, registry, countries)
            if problems:
                failed[name] = problems
        if not failed:
            break
        for name, problems in failed.items():
            issues += problems
            skipped.append(name)
        parsed = [item for item in parsed if item[1] not in failed]

    return _assemble(registry, countries, accepted, index, issues, skipped)


def check_new_record(
    record: ArticleRecord, dataset: Dataset, name: str = "draft", *, replacing: bool = False
) -> list[DataIssue]:
    """What would go wrong if this record joined the dataset: duplicate ids, dangling references.

    A draft may reference sites, people and organisations that other files define (the same
    minister appears in many articles), so it is checked against everything already loaded,
    less the article it replaces.
    """
    record = _with_article(record)
    index = _Index()
    for loaded in dataset.files:
        if replacing and loaded.record.article.id == record.article.id:
            continue
        index.add(loaded.record, _display_name(loaded.path, loaded.path.parent.parent))
    problems = index.add(record, name)
    problems += _check_references(record, name, index, dataset.registry, dataset.country_refs)
    return problems


def dataset_of(
    records: Iterable[ArticleRecord],
    *,
    registry: Registry | None = None,
    countries: Mapping[str, CountryRef] | None = None,
) -> Dataset:
    """A dataset of in-memory records, for exporting a draft in the same format as saved data."""
    registry = registry or load_registry()
    countries = countries if countries is not None else load_countries()
    index = _Index()
    accepted: list[tuple[Path, str, ArticleRecord]] = []
    issues: list[DataIssue] = []
    for record in records:
        record = _with_article(record)
        name = f"{record.article.id}.yaml"
        problems = index.add(record, name)
        problems += _check_references(record, name, index, registry, countries)
        issues += problems
        accepted.append((Path(name), name, record))
    return _assemble(registry, countries, accepted, index, issues, [])


def _assemble(
    registry: Registry,
    countries: Mapping[str, CountryRef],
    accepted: list[tuple[Path, str, ArticleRecord]],
    index: _Index,
    issues: list[DataIssue],
    skipped: list[str],
) -> Dataset:
    acting: dict[str, None] = {}
    origin: dict[str, str] = {}
    for _, _, record in accepted:
        for code in record.countries:
            acting[code] = None
        for relation in record.relations:
            origin[relation.id] = record.article.id
            for party in relation.parties:
                code = party if is_country_ref(party) else index.sites[party].country
                acting[code] = None
        for event in record.events:
            origin[event.id] = record.article.id
    return Dataset(
        registry=registry,
        country_refs=countries,
        files=tuple(LoadedFile(path, record) for path, _, record in accepted),
        issues=tuple(issues),
        skipped_files=tuple(sorted(set(skipped))),
        articles=index.articles,
        sites=index.sites,
        people=index.people,
        organizations=index.organizations,
        events=index.events,
        relations=index.relations,
        countries=tuple(acting),
        origin=origin,
    )


def _display_name(path: Path, directory: Path) -> str:
    try:
        return str(path.relative_to(directory.parent))
    except ValueError:
        return str(path)


# --- saving ----------------------------------------------------------------------------------


class RecordExistsError(FileExistsError):
    """Saving would overwrite someone's curated record without being asked to."""


def record_path(article_id: str, directory: Path | None = None) -> Path:
    return articles_dir(directory) / f"{article_id}.yaml"


def save_record(
    record: ArticleRecord, directory: Path | None = None, *, replace: bool = False
) -> Path:
    """Write one article's record atomically; an existing one is kept as `.bak` on replace."""
    path = record_path(record.article.id, directory)
    if path.exists():
        if not replace:
            raise RecordExistsError(
                f"{path} already exists; pass replace=True to overwrite it (a backup is kept)"
            )
        yamlio.write_atomic(path.with_suffix(".yaml.bak"), path.read_text(encoding="utf-8"))
    data = record.model_dump(mode="json", exclude_none=True, exclude_defaults=True)
    data.setdefault("article", {}).setdefault("published", None)
    try:
        yamlio.write_atomic(path, yamlio.dump(data), exclusive=not replace)
    except yamlio.TargetExistsError:
        raise RecordExistsError(
            f"{path} was created by someone else while this one was being saved; "
            "reload to see it, or save under another id"
        ) from None
    return path
