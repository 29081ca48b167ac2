"""`nav` in mkdocs.yml and the pages in docs/ agree."""
from __future__ import annotations

from walkaway.lint.registry import SiteReport, reported_while_reading, site_rule
from walkaway.lint.site import Site

reported_while_reading("config", "mkdocs.yml can be read and is valid YAML.", reads="mkdocs.yml")


@site_rule("nav-missing-page", "Every page is listed in `nav`.")
def check_pages_in_nav(site: Site, report: SiteReport) -> None:
    listed = {entry.target for entry in site.nav}
    for rel, page in sorted(site.pages.items()):
        if rel not in listed and rel != "404.md":
            section = rel.rsplit("/", 1)[0] if "/" in rel else "the top level"
            report(page.display, 1, "the page is not in `nav`, so readers cannot find it",
                   f"add `- {rel}` to `nav:` in mkdocs.yml, under {section} "
                   "(`walkaway new-page` does this for new pages)")


@site_rule("nav-missing-file", "Every `nav` entry is a page that exists.")
def check_nav_files(site: Site, report: SiteReport) -> None:
    for entry in site.nav:
        if entry.target not in site.pages:
            report(site.config_display, entry.line, f"`nav` lists `{entry.target}`, which is not a page in docs/",
                   "fix the path, or remove the entry if the page was deleted")
