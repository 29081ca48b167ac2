"""nav-missing-page / nav-missing-file: `nav` in mkdocs.yml and the pages in docs/ agree."""
from __future__ import annotations

from collections.abc import Iterator

from walkaway.lint.findings import Finding
from walkaway.lint.rules import SiteRule
from walkaway.lint.site import Site


def check_pages_in_nav(site: Site) -> Iterator[Finding]:
    listed = {entry.target for entry in site.nav}
    for rel, page in sorted(site.pages.items()):
        if rel not in listed and rel != "404.md":
            section = rel.rsplit("/", 1)[0] if "/" in rel else "the top level"
            yield page.problem("nav-missing-page", 1, "the page is not in `nav`, so readers cannot find it",
                               f"add `- {rel}` to `nav:` in mkdocs.yml, under {section} "
                               "(`walkaway new-page` does this for new pages)")


def check_nav_files(site: Site) -> Iterator[Finding]:
    for entry in site.nav:
        if entry.target not in site.pages:
            yield Finding(site.config_display, entry.line, 1, "nav-missing-file",
                          f"`nav` lists `{entry.target}`, which is not a page in docs/",
                          "fix the path, or remove the entry if the page was deleted")


RULES = [
    SiteRule("nav-missing-page", "Every page is listed in `nav`.", check_pages_in_nav),
    SiteRule("nav-missing-file", "Every `nav` entry is a page that exists.", check_nav_files),
]
