"""Judge whether a service's own page still shows its numbers: confirmed, or why a person must look.

Guard against false positives: many pages list several services. Every mention of a known service's name
(any entry in the data file) opens that service's "block", which runs to the next mention of a known name.
A number counts only where it stands before any name, or in a block of this service (its name or its
operator's), or in the block of a service that lists the very same number. A number seen only in another
service's block is reported as `near-other`, never as confirmed.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from walkaway import helplines
from walkaway.helplines.fetch import Fetched

EXCERPT_SIDE = 50
_SPACE = re.compile(r"\s")
MAX_FOUND = 400
# Worst first: an entry's status is the best outcome over the pages read.
ORDER = ["unreachable", "moved", "not-found", "near-other", "confirmed"]
LABELS = {"confirmed": "confirmed", "not-found": "number not found", "near-other": "found only near another "
          "service's name", "moved": "page moved", "unreachable": "unreachable"}


@dataclass
class Entry:
    """One service with where it sits in the data file."""

    country: str
    service: dict[str, Any]
    path: tuple[int, int]
    line: int


@dataclass
class Outcome:
    entry: Entry
    status: str
    page: str = ""
    found: str = ""
    notes: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return str(self.entry.service.get("name"))


def pages_to_read(service: dict[str, Any]) -> list[str]:
    """checked.url when it is on the service's own (or operator's) site, then the service's own `url`."""
    pages = []
    checked_url = helplines.checked(service).get("url")
    if isinstance(checked_url, str) and helplines.on_own_site(checked_url, service):
        pages.append(checked_url)
    if service.get("url") not in pages:
        pages.append(str(service.get("url")))
    return pages


def check(entry: Entry, entries: list[Entry], fetch: Callable[[str], Fetched]) -> Outcome:
    outcomes = [_check_page(entry, entries, fetch(page)) for page in pages_to_read(entry.service)]
    best = max(outcomes, key=lambda outcome: ORDER.index(outcome.status))
    best.notes = [note for outcome in outcomes for note in outcome.notes]
    return best


def _check_page(entry: Entry, entries: list[Entry], page: Fetched) -> Outcome:
    if page.error:
        return Outcome(entry, "unreachable", page.url, notes=[f"{page.url}: {page.error}"])
    if _moved(page.url, page.final_url):
        via = "; ".join(page.redirects) or page.final_url
        return Outcome(entry, "moved", page.url, notes=[f"{page.url} now redirects ({via})"])
    missing, elsewhere, spans = locate(page.text, entry, entries)
    if missing:
        return Outcome(entry, "not-found", page.url, notes=[f"{page.url}: no {', '.join(missing)}"])
    if elsewhere:
        said = "; ".join(f"{claim} only near {name!r}" for claim, name in elsewhere)
        return Outcome(entry, "near-other", page.url, notes=[f"{page.url}: {said}"])
    found = excerpt(page.text, spans)
    if helplines.missing_from(found, entry.service, entry.country) or len(found) > MAX_FOUND:
        return Outcome(entry, "not-found", page.url,
                       notes=[f"{page.url}: the numbers are too far apart to quote in one short excerpt"])
    return Outcome(entry, "confirmed", page.url, found=found, notes=[f"{page.url}: all numbers found"])


def _moved(url: str, final: str) -> bool:
    """Another host, or another path (a trailing slash and `www.` aside)."""
    before, after = urlsplit(url), urlsplit(final)
    return (helplines.host(url) != helplines.host(final)
            or before.path.rstrip("/") != after.path.rstrip("/"))


def aliases(service: dict[str, Any]) -> set[str]:
    """The names a page may use for a service: its name, and its name without a trailing `(…)`."""
    name = str(service.get("name") or "")
    names = {name, re.sub(r"\s*\([^)]*\)$", "", name)}
    return {alias for alias in names if len(alias) >= 4}


def locate(text: str, entry: Entry, entries: list[Entry]
           ) -> tuple[list[str], list[tuple[str, str]], list[tuple[int, int]]]:
    """(claims not on the page, claims only in other services' blocks, spans of the occurrences that count)."""
    mentions = _mentions(text, entries)
    own = aliases(entry.service) | {str((entry.service.get("operator") or {}).get("name") or "")} - {""}
    missing: list[str] = []
    elsewhere: list[tuple[str, str]] = []
    spans: list[tuple[int, int]] = []
    for claim, pattern in helplines.claims(entry.service, entry.country):
        counted, near = [], ""
        for match in pattern.finditer(text):
            owner = _owner(mentions, match.start())
            if owner is None or owner[0] in own or _shares(owner[1], claim, entry):
                counted.append(match)
            else:
                near = near or owner[0]
        if counted:
            best = next((m for m in counted if text[max(0, m.start() - 4):m.start()].lower() != "tel:"),
                        counted[0])
            spans.append(best.span())
        elif near:
            elsewhere.append((claim, near))
        else:
            missing.append(claim)
    return missing, elsewhere, spans


def _mentions(text: str, entries: list[Entry]) -> list[tuple[int, str, list[Entry]]]:
    """Every mention of a known service name: (position, name as written, services with that name)."""
    owners: dict[str, list[Entry]] = {}
    for other in entries:
        for alias in aliases(other.service):
            owners.setdefault(alias, []).append(other)
    if not owners:
        return []
    names = sorted(owners, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(name) for name in names) + r")(?![\w])")
    return [(match.start(), match[0], owners[match[0]]) for match in pattern.finditer(text)]


def _owner(mentions: list[tuple[int, str, list[Entry]]], position: int) -> tuple[str, list[Entry]] | None:
    before = [mention for mention in mentions if mention[0] <= position]
    return (before[-1][1], before[-1][2]) if before else None


def _shares(others: list[Entry], claim: str, entry: Entry) -> bool:
    """Does one of `others` (or this entry itself) list the same number or keyword?"""
    for other in others:
        if other is entry:
            return True
        if any(claim_digits(claim) == claim_digits(theirs) for theirs, _ in helplines.claims(other.service)):
            return True
    return False


def claim_digits(claim: str) -> str:
    return helplines.digits(claim) or claim.upper()


def excerpt(text: str, spans: list[tuple[int, int]]) -> str:
    """Short windows of the page around each occurrence, merged, as one line of plain text."""
    windows: list[list[int]] = []
    for start, end in sorted(spans):
        low, high = max(0, start - EXCERPT_SIDE), min(len(text), end + EXCERPT_SIDE)
        space = _SPACE.search(text, low, start) if low > 0 else None
        low = space.end() if space else low  # do not cut a word in half
        if high < len(text):
            cut = max(text.rfind(" ", end, high), text.rfind("\n", end, high))
            high = cut if cut > end else high
        if windows and low <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], high)
        else:
            windows.append([low, high])
    parts = [" ".join(text[low:high].split()) for low, high in windows]
    return " … ".join(parts).replace("<", " ").replace(">", " ")
