"""Every searchable page has at least one reader's query in tests/search_queries.yml.

The browser tests type each query into the real search box and fail when a page has none; this rule says so
in seconds, before the build, with the line to add. Sites without a query set (a fresh fixture) are skipped.
"""
from __future__ import annotations

from walkaway import paths
from walkaway.content import data
from walkaway.lint.registry import SiteReport, site_rule
from walkaway.lint.site import Site


def expected_paths(site: Site) -> set[str] | None:
    queries = data.load_search_queries(site.config.parent)
    return None if queries is None else queries.expected_pages()  # none, or broken: the search tests report it


@site_rule("search-query-missing", "Every searchable page has a reader's query in the search query set.")
def check(site: Site, report: SiteReport) -> None:
    expected = expected_paths(site)
    if expected is None:
        return
    for rel, page in sorted(site.pages.items()):
        if rel == "404.md" or page.front_matter.search_excluded:
            continue
        address = paths.url_path(site.docs / rel, site.docs)
        if address not in expected:
            report(
                page.display, 1, f"no query in {data.QUERIES_FILE} expects this page",
                f"add a reader's real question for it to tests/search_queries.yml (`q`, `expect: "
                f"{address}`, `part`, `from`, `said`: see the file's header), or list it under `not_searched` "
                "with the reason")

