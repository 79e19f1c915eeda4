"""Relations a reviewer may want to add: a type's cue words beside two states the rules left apart.

The relation rules join two states only where a sentence says they act together or against each
other, and on articles they have never seen they find about half of what a careful reader draws
from context. The rest is often one sentence away from a rule: a cue word ("port", "drones",
"accused") beside two states, without the verb or the syntax a rule needs. Listing those
sentences beside the draft lets the reviewer add what the article supports in a glance, instead
of rereading it. On the held-out sets scored blind, an article gets three or four suggestions,
about one in four is a relation the answers hold, and together they cover about three in ten of
the relations the rules miss.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from dashboard.ingest.document import Document, Sentence
from dashboard.ingest.mentions import OrgMention, PersonMention, StateMention
from dashboard.ingest.relations import (
    CueLexicon,
    LanguageCues,
    RelationDraft,
    load_cues,
    states_per_sentence,
)
from dashboard.model import QUOTE_MAX_CHARS

#: A sentence naming more states than this is a list or a survey: any pair would be a guess.
MAX_STATES = 3
#: At most this many suggestions per article, in reading order: a list to scan, not to study.
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


def suggest(
    doc: Document,
    states: Sequence[StateMention],
    found: Sequence[RelationDraft],
    people: Sequence[PersonMention] = (),
    orgs: Sequence[OrgMention] = (),
    *,
    cues: CueLexicon | None = None,
    limit: int = LIMIT,
) -> list[Suggestion]:
    """Pairs and types that a cue in a sentence points to and the draft does not hold yet."""
    lexicon = cues or load_cues()
    lang = lexicon.for_language(doc.language)
    have = {(frozenset((r.source, r.target)), t) for r in found for t in r.types}
    out: list[Suggestion] = []
    seen: set[tuple[frozenset[str], str]] = set()
    for sentence, isos in states_per_sentence(doc, states, people, orgs):
        if not 2 <= len(isos) <= MAX_STATES:
            continue
        for type_id in _types_named(lexicon, lang, sentence):
            stance = "rivalry" if type_id in lexicon.rivalry_types else "cooperation"
            for a, b in combinations(isos, 2):
                key = (frozenset((a, b)), type_id)
                if key in have or key in seen:
                    continue
                seen.add(key)
                out.append(Suggestion(a, b, stance, type_id, sentence.paragraph, _quote(sentence)))
                if len(out) >= limit:
                    return out
    return out


def _types_named(lexicon: CueLexicon, lang: LanguageCues, sentence: Sentence) -> list[str]:
    """The types whose cue words, and the words some types also need, stand in the sentence;
    a hostile word with no type of its own counts as criticism."""
    text = sentence.text
    named = [
        type_id
        for type_id, pattern in lang.types
        if pattern.search(text) and lang.needs_met(type_id, text)
    ]
    stance = lang.stance
    if stance is not None and stance.search(text) and not set(named) & lexicon.rivalry_types:
        named.append("criticism")
    return sorted(named, key=lexicon.type_order.index)


def _quote(sentence: Sentence) -> str:
    text = sentence.text
    if len(text) <= QUOTE_MAX_CHARS:
        return text
    cut = text.rfind(" ", 0, QUOTE_MAX_CHARS)
    return text[: cut if cut > 0 else QUOTE_MAX_CHARS].rstrip(" ,;:–—-")
