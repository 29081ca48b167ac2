"""What the output gate reports: one issue in one built file, with a hint of where it came from."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Issue:
    """`rule` names the check, `message` says what is wrong, `needles` are bits of text that may be found
    in the source file to give the line (the first one found wins)."""

    rule: str
    message: str
    needles: tuple[str, ...] = ()
    page: str | None = None  # for the search index: the built page (`signs/`) the entry was taken from
