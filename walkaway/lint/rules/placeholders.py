"""A page scaffolded by `walkaway new-page` has had its template text replaced."""
from __future__ import annotations

from walkaway.lint.page import Page
from walkaway.lint.registry import PageReport, page_rule
from walkaway.lint.site import PageContext


@page_rule("page-template-text", "No text from the new-page template is left in a page.")
def check(page: Page, context: PageContext, report: PageReport) -> None:
    for number in page.template_lines:
        report(number, "this is the new-page template's text", "replace it with your own words (or remove it)")
