"""The relations a view shows, as rows: the map's content for keyboards and screen readers."""

from __future__ import annotations

from dataclasses import dataclass

from dashboard.filters import View
from dashboard.model import Direction
from dashboard.panels import STATUS_LABELS


@dataclass(frozen=True)
class RelationRow:
    id: str
    parties: str
    types: str
    stance: str
    status: str
    evidence: int

    def as_record(self, *, with_id: bool = False) -> dict[str, object]:
        """The row as the table shows it, with human column names."""
        record: dict[str, object] = {"Id": self.id} if with_id else {}
        record.update(
            {
                "Parties": self.parties,
                "Types": self.types,
                "Stance": self.stance,
                "Status": self.status,
                "Evidence": self.evidence,
            }
        )
        return record


def relation_rows(view: View) -> list[RelationRow]:
    data = view.dataset
    rows = []
    for relation in view.relations:
        arrow = "⇄" if relation.direction == Direction.mutual else "→"
        a, b = (data.party_name(p) for p in relation.parties)
        rows.append(
            RelationRow(
                id=relation.id,
                parties=f"{a} {arrow} {b}",
                types=", ".join(data.registry.label(t) for t in view.relation_types(relation)),
                stance=relation.stance.value,
                status=STATUS_LABELS[relation.status.value],
                evidence=len(relation.evidence),
            )
        )
    return rows
