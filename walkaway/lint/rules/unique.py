"""duplicate-title / duplicate-description: no two pages share a title or a description."""
from __future__ import annotations

from collections.abc import Callable, Iterator

from walkaway.lint.findings import Finding
from walkaway.lint.rules import SiteRule
from walkaway.lint.site import Site


def _duplicates(key: str, rule: str) -> Callable[[Site], Iterator[Finding]]:
    def check(site: Site) -> Iterator[Finding]:
        first_use: dict[str, str] = {}
        for rel in sorted(site.pages):
            page = site.pages[rel]
            value = page.meta.get(key)
            if not isinstance(value, str):
                continue
            normalised = " ".join(value.lower().split())
            if normalised in first_use:
                yield page.problem(rule, page.line_of(key), f"this {key} is also used by {first_use[normalised]}",
                                   f"give each page its own {key}, so readers can tell them apart in search")
            else:
                first_use[normalised] = page.display
    return check


RULES = [
    SiteRule("duplicate-title", "No two pages have the same title.", _duplicates("title", "duplicate-title")),
    SiteRule("duplicate-description", "No two pages have the same description.",
             _duplicates("description", "duplicate-description")),
]
