"""The controlled vocabulary of cooperation types, read from one data file.

The map colours, the legend, the filters and the validation all ask this registry, so a new
type is added in one place: `data/registry/cooperation_types.yaml`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from dashboard import ROOT, yamlio
from dashboard.model import Stance

DEFAULT_REGISTRY = ROOT / "data" / "registry" / "cooperation_types.yaml"
LANGUAGES = ("en", "de", "es")


class Labels(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    en: str
    de: str
    es: str


class Plover(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    category: str | None
    context: str | None


class CooperationType(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    label: Labels
    description: str
    color: str = Field(pattern=r"^#[0-9A-Fa-f]{6}$")
    stance: Stance
    plover: Plover

    def label_in(self, lang: str = "en") -> str:
        return getattr(self.label, lang, self.label.en)


class RegistryError(ValueError):
    pass


class Registry:
    """Cooperation types in the order the file gives, which is the order users see them in."""

    def __init__(self, types: list[CooperationType]) -> None:
        self._types = {t.id: t for t in types}
        if len(self._types) != len(types):
            raise RegistryError("cooperation type ids must be unique")

    def __iter__(self) -> Iterator[CooperationType]:
        return iter(self._types.values())

    def __contains__(self, type_id: object) -> bool:
        return type_id in self._types

    def __len__(self) -> int:
        return len(self._types)

    def get(self, type_id: str) -> CooperationType:
        return self._types[type_id]

    @property
    def ids(self) -> list[str]:
        return list(self._types)

    def label(self, type_id: str, lang: str = "en") -> str:
        kind = self._types.get(type_id)
        return kind.label_in(lang) if kind else type_id

    def color(self, type_id: str) -> str:
        kind = self._types.get(type_id)
        return kind.color if kind else "#777777"


def load_registry(path: Path = DEFAULT_REGISTRY) -> Registry:
    try:
        raw = yamlio.load(path)
    except (OSError, yamlio.YamlError) as err:
        raise RegistryError(f"{path}: {err}") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("types"), list):
        raise RegistryError(f"{path}: expected a mapping with a 'types' list")
    types = []
    for i, item in enumerate(raw["types"]):
        try:
            types.append(CooperationType.model_validate(item))
        except ValidationError as err:
            first = err.errors()[0]
            field = ".".join(str(p) for p in first["loc"])
            ident = item.get("id", f"#{i}") if isinstance(item, dict) else f"#{i}"
            raise RegistryError(f"{path}: type {ident}, field {field}: {first['msg']}") from None
    return Registry(types)
