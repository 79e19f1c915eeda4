"""Problems found in data files, phrased so that a person can find and fix them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DataIssue:
    """One problem, located by file, record and field, with what was expected.

    The store collects these instead of raising so that one broken file never hides the rest.
    """

    file: str
    message: str
    record: str | None = None
    field: str | None = None

    def __str__(self) -> str:
        where = self.file
        if self.record:
            where += f", record {self.record}"
        if self.field:
            where += f", field {self.field}"
        return f"{where}: {self.message}"


class DataFileError(Exception):
    """A data file that cannot be used at all; carries the issues that say why."""

    def __init__(self, issues: list[DataIssue]) -> None:
        self.issues = issues
        super().__init__("; ".join(str(i) for i in issues))
