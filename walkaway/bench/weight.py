"""Page weight: the bytes a cold load transfers, ours against stock Material, in Chromium.

Each load opens the page in a new browser context (an empty cache) and ends at `networkidle`, after the
search index Material's worker fetches. The local server counts the bytes it sends (headers and gzip
bodies, like GitHub Pages), the search worker's too, which Chromium does not report to the page. Requests
to other hosts are counted, then fail at once: the browser resolves no other name, so nothing leaves the
machine (online, a Google Fonts stylesheet would go on to fetch font files, which this cannot see).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import Browser, sync_playwright

from walkaway import browser, local_server, paths
from walkaway.bench.report import Section, kib, table, target
from walkaway.content import front_matter
from walkaway.content.pages import page_files

TARGET = 0.4  # ours ≤ 0.4 × stock Material's bytes
CHROMIUM_ARGS = [*browser.CHROMIUM_ARGS, "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]
KINDS = ("HTML", "CSS", "JS", "search worker", "search index", "images, other")


@dataclass
class Load:
    total: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    requests: int = 0
    third_party: list[str] = field(default_factory=list)


def _words(page: Path) -> int:
    """A page's words, front matter left out."""
    return len(front_matter.read_file(page)[1].split())


def pick_pages(docs: Path = paths.DOCS) -> dict[str, str]:
    """Label -> URL path: the home page, the longest article (by words; not the FAQ, not an index), the FAQ."""
    longest = max((page for page in page_files(docs) if page.name not in ("index.md", "faq.md", "tags.md")),
                  key=_words)
    address = paths.url_path(longest, docs)
    return {"Home": "", f"Longest article ({address.rstrip('/')}, {_words(longest):,} words)": address, "FAQ": "faq/"}


def kind_of(path: str) -> str:
    if path.endswith(("search_index.json", "search.json")):
        return "search index"
    if "/workers/" in path:
        return "search worker"
    ends = {".js": "JS", ".css": "CSS", "/": "HTML", ".html": "HTML"}
    return next((kind for end, kind in ends.items() if path.endswith(end)), "images, other")


def cold_load(chrome: Browser, server: local_server.Server, url_path: str) -> Load:
    context = chrome.new_context()
    page = context.new_page()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    server.take_sent()  # forget anything sent before this load
    page.goto(server.url + url_path, wait_until="networkidle")
    page.wait_for_timeout(500)
    context.close()
    load = Load(requests=len(requested), third_party=[url for url in requested if url.startswith("http")
                                                      and urlsplit(url).hostname != "127.0.0.1"])
    for path, count in server.take_sent().items():
        load.by_kind[kind_of(path)] = load.by_kind.get(kind_of(path), 0) + count
        load.total += count
    return load


def measure(ours: Path, stock: Path, repeats: int) -> tuple[list[Load], list[Load], list[str]]:
    """Per page of each site, the load with the median total of `repeats` cold loads; and the pages' labels."""
    pages = pick_pages()
    medians: list[list[Load]] = []
    with sync_playwright() as runner:
        chrome = runner.chromium.launch(executable_path=browser.CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        for site in (ours, stock):
            with local_server.serve(site) as server:
                loads = [sorted((cold_load(chrome, server, path) for _ in range(repeats)), key=lambda x: x.total)
                         for path in pages.values()]
            medians.append([runs[(repeats - 1) // 2] for runs in loads])
        chrome.close()
    return medians[0], medians[1], list(pages)


def section(ours: list[Load], stock: list[Load], labels: list[str], repeats: int) -> Section:
    ratios = [mine.total / theirs.total for mine, theirs in zip(ours, stock, strict=True)]
    heaviest = sorted(ours[ratios.index(max(ratios))].by_kind.items(), key=lambda item: -item[1])[:3]
    why = "" if max(ratios) <= TARGET else " — the heaviest: " + ", ".join(f"{k} {kib(n)}" for k, n in heaviest)
    results = (f"{', '.join(f'{r:.2f}' for r in ratios)} × ({', '.join(kib(w.total) for w in ours)} vs "
               f"{', '.join(kib(w.total) for w in stock)}; home, longest article, FAQ){why}")
    foreign = sorted({url.split("?")[0] for load in stock for url in load.third_party})
    theme = sum(stock[0].by_kind.get(kind, 0) for kind in ("CSS", "JS"))
    search = sum(stock[0].by_kind.get(kind, 0) for kind in ("search index", "search worker"))
    index = [load.by_kind.get("search index", 0) for load in ours]
    return Section("Page weight", targets=[
        target(f"Cold load ≤ {TARGET} × stock Material, gzip bytes (median of {repeats})", results,
               max(ratios) <= TARGET),
        target("0 requests to other origins", f"ours {sum(len(w.third_party) for w in ours)}, stock "
               f"{sum(len(w.third_party) for w in stock)} over the three pages", not any(w.third_party for w in ours)),
    ], lines=[
        f"Bytes a cold load transfers, gzip as GitHub Pages sends it, headers included; median of {repeats}.", "",
        *table(["Page", "Ours", "Stock Material", "Ratio", "Requests (ours / stock)", "Third-party (ours / stock)"],
               ([label, kib(mine.total), kib(theirs.total), f"{ratio:.2f}", f"{mine.requests} / {theirs.requests}",
                 f"{len(mine.third_party)} / {len(theirs.third_party)}"]
                for label, mine, theirs, ratio in zip(labels, ours, stock, ratios, strict=True))),
        "", "Stock Material's requests to other origins (they fail here; online, the font stylesheet then fetches "
        "font files too): " + (", ".join(f"`{url}`" for url in foreign) or "none") + ".", "",
        "What weighs, on the first page above:", "",
        *table(["Part", "Ours", "Stock Material"],
               ([kind, kib(ours[0].by_kind.get(kind, 0)), kib(stock[0].by_kind.get(kind, 0))] for kind in KINDS)), "",
        f"Material's own stylesheet and script bundle are {kib(theme)} in the stock build: "
        f"{theme / stock[0].total:.2f} × the stock page by themselves. " + (
            f"Ours fetches its search index ({kib(index[0])}) on every page load; without it the ratio would be "
            + ", ".join(f"{(m.total - i) / t.total:.2f}" for m, i, t in zip(ours, index, stock, strict=True)) + "."
            if any(index) else f"Stock Material fetches its search worker and index on every page load "
            f"({kib(search)} here); ours only when the reader opens search."),
    ])
