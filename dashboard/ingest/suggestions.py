"""Relations a reviewer may want to add: the candidates the relation weights left out.

The rules find about half of what a careful reader draws from context, and the learned weights
(see :mod:`dashboard.ingest.ranking`) add the cue-word candidates likely enough to keep. The
rest is often still right: a cue word ("port", "drones", "accused") beside two states in one
sentence, without the verb or the context that would make it sure. Listing those sentences
beside the draft, most likely first, lets the reviewer add what the article supports in a
glance instead of rereading it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from dashboard.ingest.ranking import Candidate, quote_of

#: At most this many suggestions per article: a list to scan, not to study.
LIMIT = 12


@dataclass(frozen=True)
class Suggestion:
    source: str
    target: str
    stance: str
    type_id: str
    paragraph: int
    #: The sentence, cut at a word boundary to the evidence length: a verbatim slice.
    quote: str
    #: How likely the weights judge it, 0 to 1.
    likelihood: float = 0.0


def suggest(
    candidates: Iterable[Candidate], doubted: Iterable[Suggestion] = (), limit: int = LIMIT
) -> list[Suggestion]:
    """The candidates left out of the draft that have a sentence naming both states among few,
    and the rules' types the check set aside (``doubted``), most likely first."""
    out = []
    for c in sorted(candidates, key=lambda c: -c.probability):
        if not c.kept and c.features.get("sent_any") and c.features.get("sent_le3"):
            quote = quote_of(c.sentence)
            out.append(
                Suggestion(
                    c.source,
                    c.target,
                    c.stance,
                    c.type_id,
                    c.sentence.paragraph,
                    quote,
                    round(c.probability, 2),
                )
            )
            if len(out) >= limit:
                break
    out.extend(doubted)
    out.sort(key=lambda s: -s.likelihood)
    return out[:limit]
