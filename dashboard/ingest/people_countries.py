"""Which state a person serves, from what surrounds their name.

The people finder reads titles; this module fills in the state a title leaves out, from the
places a reader would look: a second reading of paired titles ("los cancilleres de Chile y
Bolivia, A y B"), the lexicon of office holders, and the state named just before the person.
Each guess is marked with a lower confidence for the reviewer.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from dashboard.gazetteer import normalise
from dashboard.ingest import known_people
from dashboard.ingest.document import Document, Span
from dashboard.ingest.mentions import PersonMention, StateMention

#: Words before a state that say where someone is posted, not whom they serve:
#: "Botschafter in den USA", "embajador en Estados Unidos", "ambassador to the US".
_POSTED = re.compile(
    r"(?:\b(?:in|nach|bei|en|ante|to|in the|at)\s+(?:den|der|dem|die|el|la|los|las|the)?\s*)$",
    re.IGNORECASE,
)
#: How sure a country taken from the text around a person is: a guess worth checking.
SENTENCE_COUNTRY = 0.6
PARAGRAPH_COUNTRY = 0.5
ARTICLE_COUNTRY = 0.4
#: Offices held abroad: the state named with them is often the host, not the one they serve.
POSTED_ROLES = frozenset({"ambassador", "envoy"})
#: Roles that serve no state: an analyst quoted beside a state does not work for it.
STATELESS_ROLES = frozenset({"analyst"})


def with_pairs(
    found: Sequence[PersonMention], pairs: Sequence[PersonMention]
) -> list[PersonMention]:
    """Merge people named in pairs ("los cancilleres de Chile y Bolivia, A y B") into the rest.

    The pair reading knows each person's state; it fills in what the single-title reading
    lacks and adds the people it missed.
    """
    result = list(found)
    for pair in pairs:
        key = normalise(pair.name)
        same = next(
            (
                i
                for i, p in enumerate(result)
                if normalise(p.name) == key
                or (p.span.paragraph == pair.span.paragraph and p.span.start == pair.span.start)
            ),
            None,
        )
        if same is None:
            result.append(pair)
            continue
        person = result[same]
        if person.country is None or person.role is None:
            result[same] = replace(
                person,
                role=person.role or pair.role,
                role_id=person.role_id or pair.role_id,
                country=person.country or pair.country,
                confidence=max(person.confidence, pair.confidence),
            )
    return sorted(result, key=lambda p: (p.span.paragraph, p.span.start))


def untitled_leaders(document: Document, persons: Sequence[PersonMention]) -> list[PersonMention]:
    """Office holders named without a title ("Putin und Xi vereinbarten ..."): not people for
    the record, which lists only people the text gives a role, but their state still acts in
    the sentence that names them."""
    taken = [(p.span.paragraph, p.span.start, p.span.end) for p in persons]
    found = []
    for block in document.paragraphs:
        for start, end, name, iso3 in known_people.find(block.text):
            if any(n == block.number and a < end and start < b for n, a, b in taken):
                continue
            span = Span(block.number, start, end, block.text[start:end])
            found.append(PersonMention(span, name, None, None, iso3, None, 0.6))
    return found


def with_known(persons: Sequence[PersonMention]) -> list[PersonMention]:
    """Give a person whose title names no state the state the lexicon of office holders knows
    for them ("Präsident Abdel Fattah al-Sisi" serves Egypt); the title's own state wins."""
    return [
        p if p.country else replace(p, country=known_people.country_of(p.name)) for p in persons
    ]


def with_sentence_state(
    document: Document, persons: Sequence[PersonMention], found: Sequence[StateMention]
) -> list[PersonMention]:
    """Give a titled person with no country the one state named just before them.

    News names an office without its state when the context has just said which: "Der
    peruanischen Delegation gehörten ... General Carlos Chávez ... an", "In Ankara wies man die
    Vorwürfe zurück. Verteidigungsminister Yaşar Güler erklärte ...". The one state named before
    the person in their sentence, else in their paragraph, is nearly always theirs; a state
    named after them is more often whom they met, and an ambassador's host is not theirs. The
    guess is marked for review with a lower confidence.
    """
    result = []
    for person in persons:
        if person.country or not person.role or person.role_id in STATELESS_ROLES:
            result.append(person)
            continue
        block = document.block(person.span.paragraph)
        sentence = document.sentence_at(person.span)
        if block is None or sentence is None:
            result.append(person)
            continue
        posted = person.role_id in POSTED_ROLES
        before = [
            state
            for state in found
            if state.span.paragraph == block.number
            and state.span.start < person.span.start
            and not (posted and _POSTED.search(block.text[: state.span.start]))
        ]
        in_sentence = {s.iso3 for s in before if s.span.start >= sentence.start}
        in_paragraph = {s.iso3 for s in before}
        if len(in_sentence) == 1:
            country, confidence = in_sentence.pop(), SENTENCE_COUNTRY
        elif not in_sentence and len(in_paragraph) == 1:
            country, confidence = in_paragraph.pop(), PARAGRAPH_COUNTRY
        else:
            result.append(person)
            continue
        result.append(
            replace(person, country=country, confidence=min(person.confidence, confidence))
        )
    return result


def with_article_state(
    document: Document,
    persons: Sequence[PersonMention],
    found: Sequence[StateMention],
    filed_in: str | None = None,
) -> list[PersonMention]:
    """Give a titled person still without a country the state the article names most often.

    Reports name their own side's officials by title alone ("El canciller Óscar Membreño
    Lagos", "Defence Minister Ahn Gyu-back") because the story is about that state. On sets
    1-72 this guess took people-with-country from F1 0.81 to 0.85, and on sets 73-80, not
    looked at while choosing it, from 0.82 to 0.87; it is the weakest guess, so it comes last
    and has the lowest confidence. A state named after the person in their own sentence is
    more often whom they met, so it is left out; of states named equally often, the first
    named wins.
    """
    ordered = sorted(found, key=lambda s: (s.span.paragraph, s.span.start))
    result = []
    for person in persons:
        if (
            person.country
            or not person.role
            or person.role_id in STATELESS_ROLES
            or person.role_id in POSTED_ROLES
        ):
            result.append(person)
            continue
        sentence = document.sentence_at(person.span)
        sentence_end = sentence.end if sentence is not None else person.span.end
        met = {
            s.iso3
            for s in ordered
            if s.span.paragraph == person.span.paragraph
            and person.span.end <= s.span.start < sentence_end
        }
        counts = Counter(s.iso3 for s in ordered if s.iso3 not in met)
        if not counts:
            result.append(person)
            continue
        top = counts.most_common(1)[0][0]
        if filed_in is not None and filed_in in counts:
            top = filed_in
        result.append(
            replace(person, country=top, confidence=min(person.confidence, ARTICLE_COUNTRY))
        )
    return result
