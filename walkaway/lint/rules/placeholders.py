"""page-template-text: a page scaffolded by `walkaway new-page` has had its template text replaced."""
from __future__ import annotations

from collections.abc import Iterator

from walkaway.lint.findings import Finding
from walkaway.lint.page import Page
from walkaway.lint.rules import PageRule
from walkaway.lint.site import PageContext


def check(page: Page, context: PageContext) -> Iterator[Finding]:
    for number in page.template_lines:
        yield page.problem("page-template-text", number, "this is the new-page template's text",
                               "replace it with your own words (or remove it)")


RULES = [PageRule("page-template-text", "No text from the new-page template is left in a page.", check)]
