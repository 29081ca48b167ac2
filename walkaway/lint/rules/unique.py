"""No two pages share a title or a description."""
from __future__ import annotations

from walkaway.lint.registry import SiteReport, site_rule
from walkaway.lint.site import Site


@site_rule("duplicate-title", "No two pages have the same title.")
def check_titles(site: Site, report: SiteReport) -> None:
    _report_duplicates(site, "title", report)


@site_rule("duplicate-description", "No two pages have the same description.")
def check_descriptions(site: Site, report: SiteReport) -> None:
    _report_duplicates(site, "description", report)


def _report_duplicates(site: Site, key: str, report: SiteReport) -> None:
    first_use: dict[str, str] = {}
    for rel in sorted(site.pages):
        page = site.pages[rel]
        value = page.meta.get(key)
        if not isinstance(value, str):
            continue
        normalised = " ".join(value.lower().split())
        if normalised in first_use:
            report(page.display, page.line_of(key), f"this {key} is also used by {first_use[normalised]}",
                   f"give each page its own {key}, so readers can tell them apart in search")
        else:
            first_use[normalised] = page.display
