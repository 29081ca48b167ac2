"""benchmarks/latest.md: the figures of one `make bench` run as Markdown tables, targets first."""
from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from walkaway.bench.lighthouse import CATEGORIES, LighthouseResult
from walkaway.bench.machine import Machine
from walkaway.bench.scale import ScaleRow
from walkaway.bench.search import SearchFigures
from walkaway.bench.sites import Run
from walkaway.bench.weight import PageWeight
from walkaway.bench.zensical import ZensicalReport

WEIGHT_TARGET = 0.4
KINDS = ("HTML", "CSS", "JS", "search worker", "search index", "images, other")


@dataclass
class Results:
    machine: Machine
    ours_build: Run | None = None
    ours_validate: Run | None = None
    stock_build: Run | None = None
    ours_pages: int = 0
    weights: dict[str, list[PageWeight]] = field(default_factory=dict)
    lighthouse: list[LighthouseResult] = field(default_factory=list)
    lighthouse_runs: int = 1
    search: SearchFigures | None = None
    scale: list[ScaleRow] = field(default_factory=list)
    zensical: ZensicalReport | None = None
    notes: list[str] = field(default_factory=list)


def kib(count: int) -> str:
    return f"{count / 1024:.1f} KiB"


def seconds(run: Run | None) -> str:
    if run is None:
        return "not run"
    text = f"{run.seconds:.1f} s"
    return text if run.ok else f"{text} (**failed**)"


def _ratios(results: Results) -> list[float]:
    ours, stock = results.weights.get("ours", []), results.weights.get("stock", [])
    return [mine.total / theirs.total for mine, theirs in zip(ours, stock, strict=False) if theirs.total]


def targets(results: Results) -> list[str]:
    rows = ["| Target | Result | Met |", "|---|---|---|"]
    ratios = _ratios(results)
    if ratios:
        rows.append(f"| Page weight ≤ {WEIGHT_TARGET} × stock Material | {', '.join(f'{r:.2f}' for r in ratios)} "
                    f"(home, longest article, FAQ) | {'yes' if max(ratios) <= WEIGHT_TARGET else '**no**'} |")
        third = sum(len(w.third_party) for w in results.weights.get("ours", []))
        stock_third = sum(len(w.third_party) for w in results.weights.get("stock", []))
        rows.append(f"| No third-party request | ours {third}, stock {stock_third} over the three pages | "
                    f"{'yes' if third == 0 else '**no**'} |")
    for name in CATEGORIES:
        scores = [r.scores.get(name) for r in results.lighthouse]
        if scores:
            shown = ", ".join("–" if s is None else str(s) for s in scores)
            met = all(s == 100 for s in scores)
            rows.append(f"| Lighthouse {name} 100 (mobile) | {shown} | {'yes' if met else '**no**'} |")
    synthetic = [row for row in results.scale if row.validate and row.build and row.build.ok and row.validate.ok]
    if results.ours_build and results.ours_validate:
        share = results.ours_validate.seconds / results.ours_build.seconds if results.ours_build.seconds else 0
        text = (f"real site ({results.ours_pages} pages): validator {seconds(results.ours_validate)}, build "
                f"{seconds(results.ours_build)} ({share:.0%})")
        shares = [share]
        if synthetic:
            largest = max(synthetic, key=lambda row: row.pages)
            assert largest.validate and largest.build
            shares.append(largest.validate.seconds / largest.build.seconds)
            text += (f"; {largest.pages:,} pages: {seconds(largest.validate)} vs {seconds(largest.build)} "
                     f"({shares[-1]:.0%})")
        met = "yes" if max(shares) < 0.25 else ("at scale only" if shares[-1] < 0.25 else "**no**")
        rows.append(f"| Validator far below the build | {text} | {met} |")
    if results.search and not results.search.error:
        rows.append(f"| Search (query set) | recall@1 {results.search.recall_at_1:.0%}, recall@3 "
                    f"{results.search.recall_at_3:.0%}, median {results.search.median_ms:.0f} ms | – |")
    if results.zensical:
        rows.append(f"| Zensical builds the site | {zensical_status(results.zensical)} | – |")
    return rows


def zensical_status(report: ZensicalReport) -> str:
    if report.install_error:
        return f"not installed: {report.install_error[:200]}"
    parts = []
    for item in report.builds:
        state = f"builds in {item.run.seconds:.1f} s" if not item.error else f"**fails** in {item.run.seconds:.1f} s"
        parts.append(f"{item.name}: {state}")
    return f"zensical {report.version}: " + "; ".join(parts)


def weight_section(results: Results) -> list[str]:
    ours, stock = results.weights.get("ours", []), results.weights.get("stock", [])
    if not ours:
        return []
    lines = ["## Page weight", "",
             "Bytes transferred on a cold load (new browser context, until network idle), gzip as GitHub Pages "
             "sends it, counted by the server: headers and bodies, the search worker and index included.", "",
             "| Page | Ours | Stock Material | Ratio | Requests (ours / stock) | Third-party requests "
             "(ours / stock) |", "|---|---|---|---|---|---|"]
    for mine, theirs in zip(ours, stock, strict=False):
        ratio = f"{mine.total / theirs.total:.2f}" if theirs.total else "–"
        lines.append(f"| {mine.spec.label} | {kib(mine.total)} | {kib(theirs.total)} | {ratio} | "
                     f"{mine.requests} / {theirs.requests} | {len(mine.third_party)} / {len(theirs.third_party)} |")
    foreign = sorted({url.split("?")[0] for w in stock for url in w.third_party})
    if foreign:
        lines += ["", "Stock Material's third-party requests (they fail here: no internet; online, the font "
                  "stylesheet then fetches font files too): " + ", ".join(f"`{url}`" for url in foreign) + "."]
    lines += ["", "What weighs, on the first page above:", "", "| Part | Ours | Stock Material |", "|---|---|---|"]
    for kind in KINDS:
        mine_bytes, theirs_bytes = ours[0].by_kind.get(kind, 0), stock[0].by_kind.get(kind, 0) if stock else 0
        if mine_bytes or theirs_bytes:
            lines.append(f"| {kind} | {kib(mine_bytes)} | {kib(theirs_bytes)} |")
    index = [w.by_kind.get("search index", 0) for w in ours]
    if stock and index and any(index):
        without = [(m.total - m.by_kind.get("search index", 0)) / t.total for m, t in zip(ours, stock, strict=False)]
        lines += ["", f"The search index alone is {kib(index[0])} ({index[0] / ours[0].total:.0%} of the home page's "
                  f"bytes), fetched on every page load whether or not the reader searches. Loaded only when "
                  f"search is first opened, the ratio would be {', '.join(f'{r:.2f}' for r in without)}."]
        theme = sum(stock[0].by_kind.get(kind, 0) for kind in ("CSS", "JS"))
        lines += ["", f"Material's own stylesheet and script bundle are {kib(theme)} in the stock build: "
                  f"{theme / stock[0].total:.2f} × the stock page by themselves, before any page, index or "
                  f"addition of ours."]
    return lines


def lighthouse_section(results: Results) -> list[str]:
    if not results.lighthouse:
        return []
    lines = ["## Lighthouse (mobile preset)", "",
             f"Lighthouse's simulated mid-range phone on slow 4G, served by the same local server; of "
             f"{results.lighthouse_runs} run(s) per page, the one with the median performance score.", "",
             "| Page | Performance | Accessibility | Best practices | SEO |", "|---|---|---|---|---|"]
    for result in results.lighthouse:
        cells = ["–" if result.scores.get(name) is None else str(result.scores[name]) for name in CATEGORIES]
        page = urlsplit(result.url).path
        lines.append(f"| `{page}` | " + " | ".join(cells) + " |" + (f" {result.error}" if result.error else ""))
    lines += ["", "Audits below full marks (weighted ones lower the score; the rest are diagnostics):", ""]
    for result in results.lighthouse:
        page = urlsplit(result.url).path
        for name in CATEGORIES:
            failing = result.failing.get(name, [])
            weighted = [f"{a.title} ({a.value or f'{a.score:.2f}'})" for a in failing if a.weight > 0]
            diagnostics = [a.title for a in failing if a.weight == 0]
            if weighted or diagnostics:
                text = "; ".join(weighted) or "none weighted"
                extra = f" — diagnostics: {', '.join(diagnostics)}" if diagnostics else ""
                lines.append(f"- `{page}` {name}: {text}{extra}")
    return lines


def scale_section(results: Results) -> list[str]:
    lines = ["## Build and validation time", "",
             "Validator: the best of three runs; builds: one run each (strict, our configuration unless "
             "the row says otherwise). Synthetic pages sit in one flat navigation list.", "",
             "| Site | Pages | Validator | Strict build | Note |", "|---|---|---|---|---|"]
    if results.ours_build:
        lines.append(f"| Walking Away | {results.ours_pages} | {seconds(results.ours_validate)} | "
                     f"{seconds(results.ours_build)} | scripts/validate.py and scripts/build.py, as `make build` |")
    if results.stock_build:
        lines.append(f"| Same pages, stock Material | {results.ours_pages} | – | {seconds(results.stock_build)} | "
                     f"not strict (our hooks' markers are left as they are) |")
    for row in results.scale:
        lines.append(f"| {row.label} | {row.pages:,} | {seconds(row.validate) if row.validate else '–'} | "
                     f"{seconds(row.build)} | {row.note} |")
    return lines


def search_section(figures: SearchFigures | None) -> list[str]:
    if figures is None:
        return []
    if figures.error:
        return ["## Search", "", f"Not measured: {figures.error}"]
    lines = ["## Search", "", f"{figures.queries} queries from tests/search_queries.yml, typed into the search box "
             f"in Chromium ({figures.source}).", "",
             "| recall@1 | recall@3 | median latency | p90 latency |", "|---|---|---|---|",
             f"| {figures.recall_at_1:.0%} | {figures.recall_at_3:.0%} | {figures.median_ms:.0f} ms | "
             f"{figures.p90_ms:.0f} ms |"]
    if figures.misses:
        lines += ["", "Not in the top 3: " + "; ".join(figures.misses[:15])]
    return lines


def zensical_section(report: ZensicalReport | None) -> list[str]:
    if report is None:
        return []
    lines = ["## Zensical", "", zensical_status(report) + ".", ""]
    for item in report.builds:
        if item.error:
            lines.append(f"- {item.name}: `{item.error}`")
    if report.compared_with:
        if report.pages_only_ours or report.pages_only_zensical:
            lines.append(f"- Pages only in ours: {', '.join(report.pages_only_ours) or 'none'}; only in Zensical's "
                         f"({report.compared_with}): {', '.join(report.pages_only_zensical) or 'none'}.")
        else:
            lines.append(f"- Same HTML pages as ours ({report.compared_with}).")
    if report.features:
        sites = list(report.features[0][2])
        lines += ["", "| Feature | Made by | " + " | ".join(sites) + " |", "|---|---|" + "---|" * len(sites)]
        for name, made_by, values in report.features:
            lines.append(f"| {name} | {made_by} | " + " | ".join(values.get(site, "–") for site in sites) + " |")
    return lines


def render(results: Results) -> str:
    out = ["# Benchmarks", "",
           f"Measured {results.machine.describe()}.", "",
           "Regenerate with `make bench` (scripts/bench.py). Times depend on the machine and on what else it runs: "
           "compare figures from the same run.", "", "## Targets", "", *targets(results), ""]
    for section in (weight_section(results), lighthouse_section(results), scale_section(results),
                    search_section(results.search), zensical_section(results.zensical)):
        if section:
            out += [*section, ""]
    if results.notes:
        out += ["## Notes", "", *[f"- {note}" for note in results.notes], ""]
    return "\n".join(out)


def median_result(runs: list[LighthouseResult]) -> LighthouseResult:
    """The run with the median performance score (Lighthouse's own advice for noisy machines)."""
    scored = [run for run in runs if run.scores.get("performance") is not None] or runs
    middle = statistics.median_low([run.scores.get("performance") or 0 for run in scored])
    return next(run for run in scored if (run.scores.get("performance") or 0) == middle)
