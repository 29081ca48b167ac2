"""Every searchable page has at least one reader's query in tests/search_queries.yml.

The browser tests type each query into the real search box and fail when a page has none; this rule says so
in seconds, before the build, with the line to add. Sites without a query set (a fresh fixture) are skipped.
"""
from __future__ import annotations

from walkaway import yamlfile
from walkaway.lint.registry import SiteReport, site_rule
from walkaway.lint.site import Site

QUERIES_FILE = "tests/search_queries.yml"


def url_path(rel: str) -> str:
    """The address MkDocs gives a page, as the query set writes it: `healing/closure.md` -> `healing/closure/`."""
    stem = rel.removesuffix(".md")
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"


def expected_paths(site: Site) -> set[str] | None:
    file = site.config.parent / QUERIES_FILE
    try:
        data = yamlfile.load(file.read_text(encoding="utf-8")).data  # the project's bounded YAML reader
    except (OSError, yamlfile.YamlError):
        return None  # no query set here, or a broken one: the search tests report that
    queries = data.get("queries") if isinstance(data, dict) else None
    if not isinstance(queries, list):
        return None
    expected = {str(entry.get("expect", "")).partition("#")[0] for entry in queries if isinstance(entry, dict)}
    not_searched = data.get("not_searched")
    return expected | (set(map(str, not_searched)) if isinstance(not_searched, dict) else set())


@site_rule("search-query-missing", "Every searchable page has a reader's query in the search query set.")
def check(site: Site, report: SiteReport) -> None:
    expected = expected_paths(site)
    if expected is None:
        return
    for rel, page in sorted(site.pages.items()):
        search = page.meta.get("search")
        if rel == "404.md" or (isinstance(search, dict) and search.get("exclude") is True):
            continue
        if url_path(rel) not in expected:
            report(
                page.display, 1, "no query in tests/search_queries.yml expects this page",
                f"add a reader's real question for it to tests/search_queries.yml (`q`, `expect: "
                f"{url_path(rel)}`, `part`, `from`, `said`: see the file's header), or list it under `not_searched` "
                "with the reason")

