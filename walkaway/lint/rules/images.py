"""Images describe themselves and come from this site."""
from __future__ import annotations

from walkaway.lint.page import Page
from walkaway.lint.registry import PageReport, SiteReport, page_rule, site_rule
from walkaway.lint.site import PageContext, Site


@page_rule("image-alt", "Every image has alt text.")
def check_alt(page: Page, context: PageContext, report: PageReport) -> None:
    for link in page.links:
        if link.is_image and not link.text.strip():
            report(link.line, f"the image `{link.target}` has no alt text",
                   "describe it between the brackets: `![What the image shows](file.png)`", link.col)


@site_rule("image-file", "Every image is a file in docs/, never on another site.")
def check_file(site: Site, report: SiteReport) -> None:
    for page in site.pages.values():
        for link in page.links:
            if not link.is_image:
                continue
            if not link.is_internal:
                report(page.display, link.line, f"the image `{link.target}` is on another site",
                       "save the image in docs/assets/images/ and link it there: this site sends no request to "
                       "any other site", link.col)
            elif not link.path or not site.has_file(link.resolved):
                report(page.display, link.line, f"the image `{link.target}` does not exist",
                       "check the file name; paths are relative to this page's folder", link.col)
