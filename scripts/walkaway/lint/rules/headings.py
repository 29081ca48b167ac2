"""heading-h1 / heading-increment / page-empty: the outline of a page is sound."""
from __future__ import annotations

from collections.abc import Iterator

from walkaway.lint.findings import Finding
from walkaway.lint.rules import Rule
from walkaway.lint.site import Site


def check_h1(site: Site) -> Iterator[Finding]:
    """The title comes from front matter and MkDocs shows it as the page's only H1."""
    for page in site.pages.values():
        for heading in page.headings:
            if heading.level == 1:
                yield page.problem("heading-h1", heading.line, f"`# {heading.text}` is a second page title",
                                   "the title comes from front matter: delete this line, or make it `## ` "
                                   "if it starts a section")


def check_increment(site: Site) -> Iterator[Finding]:
    for page in site.pages.values():
        previous = 1
        for heading in page.headings:
            if heading.level > previous + 1:
                yield page.problem("heading-increment", heading.line,
                                   f"heading level jumps from {previous} to {heading.level}",
                                   f"use {'#' * (previous + 1)} here; screen-reader users move by level")
            previous = heading.level


def check_empty(site: Site) -> Iterator[Finding]:
    for page in site.pages.values():
        if page.readable and not page.has_text and not page.headings and not page.html:
            yield page.problem("page-empty", page.body_line, "the page has no text",
                               "write the page, or remove it and its `nav` entry")


RULES = [
    Rule("heading-h1", "No `#` heading: the front-matter title is the page's H1.", check_h1),
    Rule("heading-increment", "Heading levels go down one at a time.", check_increment),
    Rule("page-empty", "The page has some text.", check_empty),
]
