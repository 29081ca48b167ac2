"""The registry of rules. Each module holds the rules of one concern; each rule has a permanent id.

A rule is a function from the whole site to the findings it reports. A retired id is never reused.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from walkaway.lint.findings import Finding
from walkaway.lint.site import Site


@dataclass(frozen=True)
class Rule:
    id: str
    description: str
    check: Callable[[Site], Iterable[Finding]]


def all_rules() -> list[Rule]:
    from walkaway.lint.rules import (
        front_matter,
        headings,
        helplines,
        html,
        images,
        links,
        nav,
        placeholders,
        planners,
        readability,
        reviewed,
        unique,
    )

    modules = (front_matter, reviewed, unique, headings, placeholders, links, html, images, nav, helplines,
               planners, readability)
    return [rule for module in modules for rule in module.RULES]
