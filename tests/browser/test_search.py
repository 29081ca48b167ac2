"""Site search answers readers' own questions: the query set in tests/search_queries.yml, typed for real.

Each query is typed into Material's search box in Chromium, and the test records where the expected
page lands among the results (one `<li>` per page; its first link is the page, the others are its
sections, past the best ones folded under "N more on this page"). An expected `#anchor` must be among
that page's links. Target: the expected page in the top 3 for at least 90% of queries.

How a query is typed matters (see the project's pitfalls): Material searches on `keyup`, not `input`,
and only when the value changed. So each query starts from an emptied box (Backspace, whose keyup
sends the empty query and brings back the placeholder), then all but the last character are filled
and the last one is pressed. The latency is measured inside the page, from that keydown to the
moment the result count line changes, which Material updates in the same step as the list.

Per-query ranks and latencies go to .cache/search-results.json; `walkaway bench --only search-quality`
reports them.
"""
from __future__ import annotations

import json
import statistics
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml
from playwright.sync_api import Browser, BrowserContext, Page

from walkaway.paths import SEARCH_RESULTS as RESULTS  # `walkaway bench` reads what this test writes

ROOT = Path(__file__).resolve().parents[2]
QUERIES = ROOT / "tests" / "search_queries.yml"
PARTS = ("tune", "holdout")
# Floors that catch a regression: recall@3 measured 2026-11-29 ~20:45 UTC on branch search-rank (our search
# worker, stemmed index, keywords, descriptions and FAQ section keywords): tune 0.857, holdout 0.586, each
# less 0.03. The targets the issue sets (holdout recall@3 >= 0.90, recall@1 >= 0.70) are benchmarks, not yet
# met: `make bench` reports met or missed.
FLOORS = {"tune": 0.827, "holdout": 0.556}
HELP_PAGE = "get-help-now/"

INPUT = "input[data-md-component=search-query]"
META = ".md-search-result__meta"

# Records, in the page, when the last key went down and when the result line last changed.
INSTRUMENT = """() => {
  const input = document.querySelector('input[data-md-component=search-query]');
  const meta = document.querySelector('.md-search-result__meta');
  window.__wa = {keyAt: 0, metaAt: 0};
  input.addEventListener('keydown', () => { window.__wa.keyAt = performance.now(); }, true);
  new MutationObserver(() => { window.__wa.metaAt = performance.now(); })
    .observe(meta, {childList: true, characterData: true, subtree: true});
}"""

# Every result item: the page's link, then its sections' links, each marked folded or not.
READ_RESULTS = """() => [...document.querySelectorAll('.md-search-result__item')].map(item => {
  const links = [...item.querySelectorAll('a.md-search-result__link')];
  return links.map(link => ({href: link.href, folded: !!link.closest('details')}));
})"""


@dataclass
class Outcome:
    query: str
    expect: str
    part: str                  # "tune" or "holdout" (tests/search_queries.yml)
    rank: int | None          # 1-based position of the expected page among the result items
    anchor_shown: bool | None  # the expected section is visible, not folded (None: no anchor asked)
    latency_ms: float
    results: int
    top: list[str]


def load_query_set() -> dict[str, Any]:
    return yaml.safe_load(QUERIES.read_text(encoding="utf-8"))


@dataclass
class SearchBox:
    context: BrowserContext
    page: Page
    placeholder: str            # the result line with an empty box ("Type to start searching")
    errors: list[str]           # uncaught exceptions and console errors, from the page or the worker

    def close(self) -> None:
        self.context.close()
        assert not self.errors, f"the page reported errors while searching: {self.errors}"


def open_search(browser: Browser, base_url: str) -> SearchBox:
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.goto(base_url)
    page.locator(INPUT).focus()  # focusing the box opens the search dialog
    # The line reads "Initializing search" until the worker has built its index.
    page.wait_for_function(
        "sel => { const t = document.querySelector(sel).textContent.trim(); return t && !/initiali/i.test(t); }",
        arg=META)
    placeholder = page.locator(META).inner_text().strip()
    page.evaluate(INSTRUMENT)
    return SearchBox(context, page, placeholder, errors)


def path_of(href: str, base_url: str) -> tuple[str, str]:
    """`http://host/faq/?h=stay#stay-friends` -> ("faq/", "stay-friends")"""
    parts = urlsplit(href)
    base = urlsplit(base_url).path
    return parts.path[len(base):] if parts.path.startswith(base) else parts.path, parts.fragment


Results = list[list[tuple[str, str, bool]]]  # per result item: (page path, anchor, folded) for each link


def search(searchbox: SearchBox, query: str, base_url: str) -> tuple[Results, float]:
    page, placeholder = searchbox.page, searchbox.placeholder
    box = page.locator(INPUT)
    box.fill("")
    box.press("Backspace")  # keyup with an empty value: Material clears the results
    page.wait_for_function("([sel, text]) => document.querySelector(sel).textContent.trim() === text",
                           arg=[META, placeholder])
    box.fill(query[:-1])
    page.evaluate("() => { window.__wa.metaAt = 0; }")
    box.press(query[-1])
    page.wait_for_function(
        "([sel, text]) => window.__wa.metaAt > window.__wa.keyAt"
        " && document.querySelector(sel).textContent.trim() !== text", arg=[META, placeholder])
    latency = page.evaluate("() => window.__wa.metaAt - window.__wa.keyAt")
    items = [[(*path_of(link["href"], base_url), link["folded"]) for link in links]
             for links in page.evaluate(READ_RESULTS)]
    return items, latency


def rank_of(items: Results, expect: str) -> tuple[int | None, bool | None]:
    path, _, anchor = expect.partition("#")
    for position, links in enumerate(items, start=1):
        if links and links[0][0] == path:
            if not anchor:
                return position, None
            sections = [folded for _, fragment, folded in links[1:] if fragment == anchor]
            return (position, not sections[0]) if sections else (None, None)
    return None, None


def test_query_set_finds_the_expected_page_in_the_top_3(browser: Browser, base_url: str) -> None:
    queries = load_query_set()["queries"]
    searchbox = open_search(browser, base_url)
    outcomes = []
    for entry in queries:
        items, latency = search(searchbox, entry["q"], base_url)
        rank, anchor_shown = rank_of(items, entry["expect"])
        outcomes.append(Outcome(entry["q"], entry["expect"], entry["part"], rank, anchor_shown, round(latency, 1),
                                len(items), [links[0][0] for links in items[:3]]))
    searchbox.close()

    summary = {"all": summarise(outcomes)}
    for part in PARTS:
        summary[part] = summarise([o for o in outcomes if o.part == part])
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps({"summary": summary, "queries": [asdict(o) for o in outcomes]}, indent=2),
                       encoding="utf-8")
    misses = [f"{o.part}: {o.query!r} -> {o.expect} (rank {o.rank}, top: {o.top})" for o in outcomes
              if o.rank is None or o.rank > 3]
    report = (f"recall@3: tune {summary['tune']['recall_at_3']:.3f}, holdout {summary['holdout']['recall_at_3']:.3f}; "
              f"recall@1: tune {summary['tune']['recall_at_1']:.3f}, holdout {summary['holdout']['recall_at_1']:.3f}")
    for part, floor in FLOORS.items():
        assert summary[part]["recall_at_3"] >= floor, (
            f"{report}\n{part} recall@3 fell below its floor of {floor}; misses:\n" + "\n".join(misses))


def summarise(outcomes: list[Outcome]) -> dict[str, float | int]:
    total = len(outcomes) or 1
    latencies = [o.latency_ms for o in outcomes] or [0.0]
    return {
        "queries": len(outcomes),
        "recall_at_1": round(sum(o.rank == 1 for o in outcomes) / total, 3),
        "recall_at_3": round(sum(o.rank is not None and o.rank <= 3 for o in outcomes) / total, 3),
        "median_latency_ms": round(statistics.median(latencies), 1),
        "p90_latency_ms": round(statistics.quantiles(latencies, n=10)[-1], 1) if len(latencies) > 1 else latencies[0],
        "anchors_shown": sum(o.anchor_shown is True for o in outcomes),
        "anchors_asked": sum("#" in o.expect for o in outcomes),
    }


def test_every_danger_word_finds_get_help_now_in_the_top_3(browser: Browser, base_url: str) -> None:
    searchbox = open_search(browser, base_url)
    missed = {}
    for word in load_query_set()["danger_words"]:
        items, _ = search(searchbox, word, base_url)
        rank, _ = rank_of(items, HELP_PAGE)
        if rank is None or rank > 3:
            missed[word] = [links[0][0] for links in items[:3]]
    searchbox.close()
    assert not missed, f"'Get help now' is not in the top 3 for: {missed}"


def test_query_set_is_well_formed_and_covers_every_page(site_dir: Path, page_paths: list[str]) -> None:
    data = load_query_set()
    queries = data["queries"]
    assert len(queries) >= 250, "the set holds at least 250 real questions; keep it so"
    assert len({q["q"] for q in queries}) == len(queries), "a query is listed twice"
    for entry in queries:
        path = entry["expect"].partition("#")[0]
        assert (site_dir / path / "index.html").exists(), f"{entry['q']!r} expects {path!r}, not a built page"
        assert entry["q"] == entry["q"].lower(), f"write queries as readers type them, lowercase: {entry['q']!r}"
        assert entry.get("part") in PARTS, f"{entry['q']!r}: `part` must be one of {PARTS}"
        assert str(entry.get("from", "")).startswith(("https://", "http://")), f"{entry['q']!r}: say where it was said"
        assert entry.get("said"), f"{entry['q']!r}: quote the words as written in `said`"
    holdout = sum(entry["part"] == "holdout" for entry in queries) / len(queries)
    assert 0.25 <= holdout <= 0.5, f"{holdout:.0%} of the queries are held out; keep between a quarter and a half"
    assert data["danger_words"], "list the danger words that must find Get help now"
    expected = {entry["expect"].partition("#")[0] for entry in queries}
    not_searched = set(data.get("not_searched") or {})
    uncovered = sorted(set(page_paths) - expected - not_searched)
    assert not uncovered, f"no query expects these pages; add a reader's question for each: {uncovered}"


# The index, our search worker (search-worker.js, which rewrites the reader's words) and Material's, which ours
# loads.
SEARCH_FILES = ("search/search_index.json", "/search-worker.js", "/workers/search.")


def search_requests(requests: list[str]) -> list[str]:
    return [url for url in requests if any(part in url for part in SEARCH_FILES)]


def test_search_loads_only_when_the_reader_asks(browser: Browser, base_url: str) -> None:
    """No page load fetches the search index or workers; focus, a tap on the search button, Material's
    keyboard shortcut and `?q=` each fetch them once, and search then answers as before. If a Material
    upgrade starts them eagerly again (or loads them another way), the first assertion fails."""
    ways = {
        "focus on the box": ("", {"width": 1280, "height": 800},
                             lambda page: page.locator(INPUT).click()),
        "tap on the search button": ("faq/", {"width": 375, "height": 740},
                                     lambda page: page.locator("label.md-header__button[for=__search]").click()),
        "keyboard shortcut": ("healing/", {"width": 1280, "height": 800}, lambda page: page.keyboard.press("/")),
        "?q= in the address": ("?q=children", {"width": 1280, "height": 800}, lambda page: None),  # opens at once
    }
    for way, (path, viewport, open_it) in ways.items():
        context = browser.new_context(viewport=viewport)
        page = context.new_page()
        requests: list[str] = []
        errors: list[str] = []
        page.on("request", lambda request, seen=requests: seen.append(request.url))
        page.on("pageerror", lambda error, seen=errors: seen.append(str(error)))
        page.goto(base_url + path)
        if way != "?q= in the address":
            page.wait_for_load_state("networkidle")
            assert search_requests(requests) == [], f"the search files were fetched on load: {requests}"
            open_it(page)
            page.locator(INPUT).press_sequentially("children")
        page.locator(".md-search-result__item").first.wait_for()
        fetched = search_requests(requests)
        assert len(fetched) == 3, f"{way}: expected the index and the two workers once each, got {fetched}"
        assert errors == [], f"{way}: {errors}"
        context.close()
