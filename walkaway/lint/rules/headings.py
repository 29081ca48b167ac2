"""heading-h1 / heading-increment / page-empty: the outline of a page is sound."""
from __future__ import annotations

from collections.abc import Iterator

from walkaway.lint.findings import Finding
from walkaway.lint.page import Page
from walkaway.lint.rules import PageRule
from walkaway.lint.site import PageContext


def check_h1(page: Page, context: PageContext) -> Iterator[Finding]:
    """The title comes from front matter and MkDocs shows it as the page's only H1."""
    for heading in page.headings:
        if heading.level == 1:
            yield page.problem("heading-h1", heading.line, f"`# {heading.text}` is a second page title",
                               "the title comes from front matter: delete this line, or make it `## ` "
                               "if it starts a section")


def check_increment(page: Page, context: PageContext) -> Iterator[Finding]:
    previous = 1
    for heading in page.headings:
        if heading.level > previous + 1:
            yield page.problem("heading-increment", heading.line,
                               f"heading level jumps from {previous} to {heading.level}",
                               f"use {'#' * (previous + 1)} here; screen-reader users move by level")
        previous = heading.level


def check_empty(page: Page, context: PageContext) -> Iterator[Finding]:
    if page.readable and not page.has_text and not page.headings and not page.html:
        yield page.problem("page-empty", page.body_line, "the page has no text",
                           "write the page, or remove it and its `nav` entry")


RULES = [
    PageRule("heading-h1", "No `#` heading: the front-matter title is the page's H1.", check_h1),
    PageRule("heading-increment", "Heading levels go down one at a time.", check_increment),
    PageRule("page-empty", "The page has some text.", check_empty),
]
