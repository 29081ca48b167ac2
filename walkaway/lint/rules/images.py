"""image-alt / image-file: images describe themselves and come from this site."""
from __future__ import annotations

from collections.abc import Iterator

from walkaway.lint.findings import Finding
from walkaway.lint.page import Page
from walkaway.lint.rules import PageRule, SiteRule
from walkaway.lint.site import PageContext, Site


def check_alt(page: Page, context: PageContext) -> Iterator[Finding]:
    for link in page.links:
        if link.is_image and not link.text.strip():
            yield page.problem("image-alt", link.line, f"the image `{link.target}` has no alt text",
                               "describe it between the brackets: `![What the image shows](file.png)`",
                               link.col)


def check_file(site: Site) -> Iterator[Finding]:
    for page in site.pages.values():
        for link in page.links:
            if not link.is_image:
                continue
            if not link.is_internal:
                yield page.problem("image-file", link.line, f"the image `{link.target}` is on another site",
                                   "save the image in docs/assets/images/ and link it there: this site sends "
                                   "no request to any other site", link.col)
            elif not link.path or not site.has_file(link.resolved):
                yield page.problem("image-file", link.line, f"the image `{link.target}` does not exist",
                                   "check the file name; paths are relative to this page's folder", link.col)


RULES = [
    PageRule("image-alt", "Every image has alt text.", check_alt),
    SiteRule("image-file", "Every image is a file in docs/, never on another site.", check_file),
]
