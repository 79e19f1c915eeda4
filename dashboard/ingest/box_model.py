"""A second opinion on the blocks the rules keep: a model learned from annotated pages.

The rules know the wordings they were written for. Each outlet words its appeal, its masthead
or its reading list a little differently, and on pages the rules had never seen they let about
one box in forty through. The annotated fixtures hold some fifteen thousand boxes beside as
many article paragraphs; a logistic model over a block's words, its first and last words, its
length, ending, capitals and markup hint learns what boxes share beyond any one wording
("Reply to this email", "· Leave a comment", "Mehr Nachrichten … finden Sie").

It only ever adds a reason to a block the rules kept, and only at a high probability and for a
short block: a paragraph lost costs the reader more than a box left in. The weights are data
(``data/registry/ingest/box_weights.json``), written by ``scripts/train_box_weights.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Final

from dashboard import ROOT
from dashboard.ingest.reader import RawBlock
from dashboard.ingest.weights import Weights, read_weights

WEIGHTS_PATH: Final = ROOT / "data" / "registry" / "ingest" / "box_weights.json"
#: Longer blocks are article text whatever the model says: boxes are short.
MAX_WORDS: Final = 80
_TOKEN: Final = re.compile(r"\w+|[^\w\s]")
#: Boxes speak to the reader; articles seldom do.
_SECOND_PERSON: Final = frozenset(
    {"you", "your", "yours", "sie", "ihr", "ihre", "ihnen", "du", "dein"}
    | {"tu", "tus", "usted", "te"}
)


def features(block: RawBlock, page_format: str, *, speech: bool = False) -> dict[str, float]:
    """Signals of one block; every name is a word or a bucket.

    Where the block stands on the page is left out on purpose: it added nothing, and it made a
    short last paragraph look like a footer.

    ``speech`` tells whether the block reports what someone said (the lexicon's verbs of
    speech): articles quote people, boxes hardly ever do, and a sentence that opens like a
    sponsor line ("This issue is supported by Germany and France, the diplomat said") is text.
    """
    text = block.text.strip()
    found = _TOKEN.findall(text)
    raw_words = [t for t in found if t[0].isalnum()]
    tokens = [t.lower() for t in found]
    words = [w.lower() for w in raw_words]
    out: dict[str, float] = {}
    for token in set(tokens):
        out["w:" + token] = 1.0
    for a, b in set(zip(tokens, tokens[1:], strict=False)):
        out[f"b:{a} {b}"] = 1.0
    for token in tokens[:3]:
        out["s:" + token] = 1.0
    for token in tokens[-2:]:
        out["t:" + token] = 1.0
    n = len(words)
    capitals = sum(1 for w in raw_words if w[:1].isupper()) / max(1, n)
    out[f"len:{min(n.bit_length(), 8)}"] = 1.0
    out["end:" + text[-1:]] = 1.0
    out[f"hint:{block.hint}"] = 1.0
    out[f"caps:{int(capitals * 4)}"] = 1.0
    out[f"lines:{min(len(block.lines), 4)}"] = 1.0
    out["fmt:" + page_format] = 1.0
    out["second"] = float(any(w in _SECOND_PERSON for w in words))
    out["speech"] = float(speech)
    return out


@lru_cache(maxsize=4)
def load_weights(path: Path = WEIGHTS_PATH) -> Weights:
    return read_weights(path, "scripts/train_box_weights.py")


def is_box(
    block: RawBlock, page_format: str, weights: Weights, *, speaks: Callable[[str], bool]
) -> bool:
    """``speaks`` tells whether a text reports speech; it is asked only of a short block."""
    if len(block.text.split()) > MAX_WORDS:
        return False
    signals = features(block, page_format, speech=speaks(block.text))
    return weights.probability(signals) >= weights.threshold
