"""page-template-text: a page scaffolded by scripts/new_page.py has had its template text replaced."""
from __future__ import annotations

from collections.abc import Iterator

from walkaway.lint.findings import Finding
from walkaway.lint.rules import Rule
from walkaway.lint.site import Site


def check(site: Site) -> Iterator[Finding]:
    for page in site.pages.values():
        for number in page.template_lines:
            yield page.problem("page-template-text", number, "this is the new-page template's text",
                                   "replace it with your own words (or remove it)")


RULES = [Rule("page-template-text", "No text from the new-page template is left in a page.", check)]
