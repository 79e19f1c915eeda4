"""Why an input cannot be ingested, in words a person can act on."""

from __future__ import annotations


class IngestError(ValueError):
    """The input cannot become a draft: empty, binary, too large, unsupported language..."""
