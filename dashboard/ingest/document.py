"""Numbered blocks, sentences and spans: the coordinates every extraction step speaks in.

A block is one paragraph of the source as it was read, numbered from 1 in reading order, so
that evidence can always point back to "paragraph 7" of what the user pasted. Blocks judged not
to be article text keep their number and carry the reason; a reviewer can put them back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cached_property

#: Words after which a full stop does not end a sentence, in any of the three languages.
_ABBREVIATION_TEXT = """
    dr prof gen lt col maj capt cpt adm sgt mr mrs ms st sen rep gov pres jr sr sra sr srta
    dra lic ing abg bzw ca nr vgl usw etc evtl ggf inkl zb z.b u.a d.h dt sog ehem
    no nos art núm pág vol ed p pp fig co corp inc ltd ave av
    jan feb mar apr jun jul aug sep sept oct nov dec
    ene abr ago dic okt dez
"""
ABBREVIATIONS = frozenset(_ABBREVIATION_TEXT.split())

_SENTENCE_END = re.compile(r"[.!?…]+[\"'»”’)]*\s+")


@dataclass(frozen=True, slots=True)
class Block:
    number: int
    text: str
    #: Why this block is not article text (donation appeal, caption...); None for article text.
    removed: str | None = None

    @property
    def kept(self) -> bool:
        return self.removed is None


@dataclass(frozen=True, slots=True)
class Sentence:
    paragraph: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Span:
    """Where a mention stands: paragraph number and character offsets into its text."""

    paragraph: int
    start: int
    end: int
    text: str


def _ends_sentence(text: str, stop: int) -> bool:
    """Whether the punctuation at ``stop`` closes a sentence rather than an abbreviation."""
    if text[stop] != ".":
        return True
    before = text[:stop]
    word = re.search(r"([\w.]+)$", before)
    if not word:
        return True
    token = word.group(1)
    if token.lower().rstrip(".") in ABBREVIATIONS:
        return False
    if (
        re.fullmatch(r"(?:\w\.)*\w", token)
        and len(token.replace(".", "")) <= 3
        and ("." in token or token.isupper())
    ):
        # initials and dotted short forms: "F.", "EE.UU", "U.S", "D.C"
        return False
    if not token.isdigit():
        return True
    # "am 3. Mai" is an ordinal in German, but no ordinal has four digits ("seit 2022.") and
    # none follows a hyphen, as a model name does ("das System S-400.")
    return len(token) >= 4 or before[: -len(token)].endswith("-")


def split_sentences(paragraph: int, text: str) -> list[Sentence]:
    """Split a paragraph at sentence ends, keeping offsets so quotes can be cut exactly."""
    sentences: list[Sentence] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        stop = match.start()
        nxt = text[match.end() : match.end() + 1]
        if not _ends_sentence(text, stop) or (nxt and nxt.islower()):
            continue
        end = match.end()
        chunk = text[start:end].rstrip()
        if chunk.strip():
            lead = len(text[start:end]) - len(text[start:end].lstrip())
            sentences.append(Sentence(paragraph, start + lead, start + len(chunk), chunk.strip()))
        start = end
    tail = text[start:]
    if tail.strip():
        lead = len(tail) - len(tail.lstrip())
        sentences.append(
            Sentence(paragraph, start + lead, start + len(tail.rstrip()), tail.strip())
        )
    return sentences


@dataclass(frozen=True)
class Document:
    """A read article: its language, title if one was found, and every block in order."""

    language: str
    blocks: tuple[Block, ...]
    title: str | None = None
    source_name: str = "pasted text"
    meta: dict[str, str] = field(default_factory=dict, compare=False)

    @property
    def paragraphs(self) -> tuple[Block, ...]:
        """The blocks that are article text."""
        return tuple(b for b in self.blocks if b.kept)

    @property
    def removed(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if not b.kept)

    def block(self, number: int) -> Block | None:
        return next((b for b in self.blocks if b.number == number), None)

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        return tuple(s for b in self.paragraphs for s in split_sentences(b.number, b.text))

    def restore(self, number: int) -> Document:
        """The same document with a removed block put back as article text."""
        blocks = tuple(replace(b, removed=None) if b.number == number else b for b in self.blocks)
        return replace(self, blocks=blocks)

    def remove(self, number: int, reason: str) -> Document:
        blocks = tuple(replace(b, removed=reason) if b.number == number else b for b in self.blocks)
        return replace(self, blocks=blocks)

    def sentence_at(self, span: Span) -> Sentence | None:
        for sentence in self.sentences:
            if sentence.paragraph == span.paragraph and sentence.start <= span.start < sentence.end:
                return sentence
        return None
