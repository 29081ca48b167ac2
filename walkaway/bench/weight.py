"""Page weight: the bytes a cold load of a page transfers, measured in Chromium.

Each page is opened in a new browser context (an empty cache), and the load counts as finished at
`networkidle`, which includes the search index Material's worker fetches after the page has loaded.
The bytes are counted by the server as it sends them (headers and gzip bodies, like GitHub Pages),
so the figure covers the search worker too, whose own download Chromium does not report to the page.

Requests to any other host are counted, then fail at once: the browser resolves no other name here
(`--host-resolver-rules`), so nothing leaves the machine and nothing waits for a time-out. Online, a
stylesheet from Google Fonts would go on to ask for font files, which this count cannot see.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import Browser, sync_playwright

from walkaway import browser, paths
from walkaway.bench.sites import serve
from walkaway.lint.runner import discover

LOCAL = "127.0.0.1"
# Any request that is not to this machine fails at once, so it is counted and never waited for.
CHROMIUM_ARGS = [*browser.CHROMIUM_ARGS, f"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE {LOCAL}"]


@dataclass(frozen=True)
class PageSpec:
    label: str
    url_path: str  # relative to the site root: "", "faq/", "healing/closure/"


@dataclass
class PageWeight:
    spec: PageSpec
    total: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    requests: int = 0
    third_party: list[str] = field(default_factory=list)
    repeats: list[int] = field(default_factory=list)  # every cold load's total; `total` is their median


def _words(path: Path) -> int:
    text = path.read_text(encoding="utf-8")
    if text.startswith("---"):
        text = text.split("---", 2)[-1]
    return len(text.split())


def url_path_of(page: Path, docs: Path = paths.DOCS) -> str:
    rel = page.relative_to(docs).with_suffix("").as_posix()
    if rel == "index":
        return ""
    if rel.endswith("/index"):
        return rel.removesuffix("index")
    return rel + "/"


def pick_pages(docs: Path = paths.DOCS) -> list[PageSpec]:
    """The home page, the longest article (by words; not the FAQ, not an index) and the FAQ."""
    articles = [page for page in discover(docs)[0] if page.name not in ("index.md", "faq.md", "tags.md")]
    longest = max(articles, key=_words)
    return [PageSpec("Home", ""),
            PageSpec(f"Longest article ({url_path_of(longest, docs).rstrip('/')}, {_words(longest):,} words)",
                     url_path_of(longest, docs)),
            PageSpec("FAQ", "faq/")]


def kind_of(path: str) -> str:
    if path.endswith("search_index.json") or path.endswith("search.json"):
        return "search index"
    if "/workers/" in path:
        return "search worker"
    if path.endswith(".js"):
        return "JS"
    if path.endswith(".css"):
        return "CSS"
    if path.endswith("/") or path.endswith(".html"):
        return "HTML"
    return "images, other"


def _measure(browser: Browser, base: str, take: Callable[[], dict[str, int]], spec: PageSpec) -> PageWeight:
    result = PageWeight(spec)
    context = browser.new_context()
    page = context.new_page()
    seen: list[str] = []
    page.on("request", lambda request: seen.append(request.url))
    take()  # forget anything sent before this load
    page.goto(base + spec.url_path, wait_until="networkidle")
    page.wait_for_timeout(500)
    context.close()
    sent = take()
    for path, count in sent.items():
        kind = kind_of(path)
        result.by_kind[kind] = result.by_kind.get(kind, 0) + count
    result.total = sum(sent.values())
    result.requests = len(seen)
    result.third_party = [url for url in seen
                          if urlsplit(url).scheme in ("http", "https") and urlsplit(url).hostname != LOCAL]
    return result


def _median(runs: list[PageWeight]) -> PageWeight:
    """The run with the median total (the lower middle one for an even count), its repeats' totals noted."""
    ordered = sorted(runs, key=lambda run: run.total)
    chosen = ordered[(len(ordered) - 1) // 2]
    chosen.repeats = [run.total for run in runs]
    return chosen


def measure_sites(sites: dict[str, Path], pages: list[PageSpec], chromium: str,
                  repeats: int = 1) -> dict[str, list[PageWeight]]:
    """site name -> one PageWeight per page (the median of `repeats` cold loads), all in one browser."""
    results: dict[str, list[PageWeight]] = {}
    with sync_playwright() as runner:
        browser = runner.chromium.launch(executable_path=chromium, headless=True, args=CHROMIUM_ARGS)
        try:
            for name, site in sites.items():
                with serve(site) as server:
                    results[name] = [_median([_measure(browser, server.url, server.counter.take, spec)
                                              for _ in range(max(1, repeats))]) for spec in pages]
        finally:
            browser.close()
    return results
