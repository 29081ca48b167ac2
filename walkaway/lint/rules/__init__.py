"""The registry of rules. Each module holds the rules of one concern; each rule has a permanent id.

A page rule sees one page (and a small `PageContext`) and runs in the worker process that read the page,
so a large site is checked on every core. A site rule sees the whole site, for what spans pages: links
between them, duplicate titles, `nav`, the data files. A retired id is never reused.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from walkaway.lint.findings import Finding
from walkaway.lint.page import Page
from walkaway.lint.site import PageContext, Site


@dataclass(frozen=True)
class PageRule:
    id: str
    description: str
    check: Callable[[Page, PageContext], Iterable[Finding]]


@dataclass(frozen=True)
class SiteRule:
    id: str
    description: str
    check: Callable[[Site], Iterable[Finding]]


Rule = PageRule | SiteRule


def all_rules() -> list[Rule]:
    from walkaway.lint.rules import (
        files,
        front_matter,
        headings,
        helplines,
        html,
        images,
        links,
        markers,
        nav,
        placeholders,
        planners,
        readability,
        reviewed,
        search_queries,
        unique,
    )

    modules = (files, front_matter, reviewed, unique, headings, placeholders, links, html, images, nav, helplines,
               planners, markers, readability, search_queries)
    return [rule for module in modules for rule in module.RULES]


def page_rules() -> list[PageRule]:
    return [rule for rule in all_rules() if isinstance(rule, PageRule)]


def site_rules() -> list[SiteRule]:
    return [rule for rule in all_rules() if isinstance(rule, SiteRule)]
