"""The outline of a page is sound: one title, heading levels in order, and some text."""
from __future__ import annotations

from walkaway.lint.page import Page
from walkaway.lint.registry import PageReport, page_rule
from walkaway.lint.site import PageContext


@page_rule("heading-h1", "No `#` heading: the front-matter title is the page's H1.")
def check_h1(page: Page, context: PageContext, report: PageReport) -> None:
    """The title comes from front matter and MkDocs shows it as the page's only H1."""
    for heading in page.headings:
        if heading.level == 1:
            report(heading.line, f"`# {heading.text}` is a second page title",
                   "the title comes from front matter: delete this line, or make it `## ` if it starts a section")


@page_rule("heading-increment", "Heading levels go down one at a time.")
def check_increment(page: Page, context: PageContext, report: PageReport) -> None:
    previous = 1
    for heading in page.headings:
        if heading.level > previous + 1:
            report(heading.line, f"heading level jumps from {previous} to {heading.level}",
                   f"use {'#' * (previous + 1)} here; screen-reader users move by level")
        previous = heading.level


@page_rule("page-empty", "The page has some text.")
def check_empty(page: Page, context: PageContext, report: PageReport) -> None:
    if page.readable and not page.has_text and not page.headings and not page.html:
        report(page.body_line, "the page has no text", "write the page, or remove it and its `nav` entry")
