"""benchmarks/latest.md: the figures of one `make bench` run as Markdown tables, targets first."""
from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from walkaway.bench.lighthouse import CATEGORIES, LighthouseResult
from walkaway.bench.machine import Machine
from walkaway.bench.scale import ScaleRow, cpu_ratio
from walkaway.bench.search import SearchFigures
from walkaway.bench.search_ready import PROFILE_TEXT, TARGET_MS, SearchReady
from walkaway.bench.sites import Run
from walkaway.bench.weight import PageWeight
from walkaway.bench.zensical import ZensicalReport

WEIGHT_TARGET = 0.4
BUILD_CPU_TARGET = 1.5
BUILD_CPU_PAGES = 1_000
HOLDOUT_RECALL_3, HOLDOUT_RECALL_1, LATENCY_MS = 0.90, 0.70, 50.0
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
    search_ready: SearchReady | None = None
    notes: list[str] = field(default_factory=list)
    mode: str = "quick"
    weight_repeats: int = 1
    build_runs: int = 1
    loads: list[tuple[str, str]] = field(default_factory=list)  # (section finished, load average then)
    finished: bool = False


def kib(count: int) -> str:
    return f"{count / 1024:.1f} KiB"


def cpu(run: Run | None) -> str:
    return "–" if run is None or not run.cpu else f"{run.cpu:.1f} s"


def seconds(run: Run | None) -> str:
    if run is None:
        return "not run"
    text = f"{run.seconds:.1f} s"
    return text if run.ok else f"{text} (**failed**)"


def _ratios(results: Results) -> list[float]:
    ours, stock = results.weights.get("ours", []), results.weights.get("stock", [])
    return [mine.total / theirs.total for mine, theirs in zip(ours, stock, strict=False) if theirs.total]


def _met(ok: bool) -> str:
    return "met" if ok else "**missed**"


def targets(results: Results) -> list[str]:
    """One row per target: the figure, and met, or missed with what the measurement says is the reason."""
    rows = ["| Target | Result | Met |", "|---|---|---|"]
    ratios = _ratios(results)
    ours = results.weights.get("ours", [])
    stock = results.weights.get("stock", [])
    if ratios:
        why = ""
        if max(ratios) > WEIGHT_TARGET:
            worst = ours[ratios.index(max(ratios))]
            parts = sorted(worst.by_kind.items(), key=lambda item: -item[1])[:3]
            why = (f" — the heaviest, {worst.spec.label.split(' (')[0]}: "
                   + ", ".join(f"{kind} {kib(count)}" for kind, count in parts))
        rows.append(f"| Cold load ≤ {WEIGHT_TARGET} × stock Material, gzip bytes (median of "
                    f"{results.weight_repeats}) | {', '.join(f'{r:.2f}' for r in ratios)} × "
                    f"({', '.join(kib(w.total) for w in ours)} vs {', '.join(kib(w.total) for w in stock)}; "
                    f"home, longest article, FAQ){why} | {_met(max(ratios) <= WEIGHT_TARGET)} |")
        third = sum(len(w.third_party) for w in ours)
        stock_third = sum(len(w.third_party) for w in stock)
        rows.append(f"| 0 requests to other origins | ours {third}, stock {stock_third} over the three pages | "
                    f"{_met(third == 0)} |")
    for name in CATEGORIES:
        scores = [r.scores.get(name) for r in results.lighthouse]
        if scores:
            shown = ", ".join("–" if s is None else str(s) for s in scores)
            met = all(s == 100 for s in scores)
            why = ""
            if not met:
                audits = sorted({a.title for r in results.lighthouse for a in r.failing.get(name, []) if a.weight > 0})
                errors = [r.error for r in results.lighthouse if r.error]
                why = " — " + ("; ".join(audits[:4]) or "; ".join(errors)[:200] or "see below")
            rows.append(f"| Lighthouse mobile {name} 100 | {shown}{why} | {_met(met)} |")
    mine, theirs, before = cpu_ratio(results.scale, BUILD_CPU_PAGES)
    if mine and theirs and mine.build and theirs.build and theirs.build.cpu:
        ratio = mine.build.cpu / theirs.build.cpu
        text = (f"{mine.build.cpu:.1f} s vs {theirs.build.cpu:.1f} s CPU: {ratio:.2f} ×"
                f" (wall {mine.build.seconds:.1f} s vs {theirs.build.seconds:.1f} s)")
        if before and before.build:
            text += (f"; with htmlmin, as before: {before.build.cpu:.1f} s CPU, "
                     f"{before.build.cpu / theirs.build.cpu:.2f} ×")
        rows.append(f"| Strict build of {BUILD_CPU_PAGES:,} synthetic pages ≤ {BUILD_CPU_TARGET} × stock Material's "
                    f"CPU time | {text} | {_met(ratio <= BUILD_CPU_TARGET)} |")
    if results.search and not results.search.error:
        parts = results.search.parts
        holdout, tune = parts.get("holdout"), parts.get("tune")
        if holdout and tune:
            ok = holdout.recall_at_3 >= HOLDOUT_RECALL_3 and holdout.recall_at_1 >= HOLDOUT_RECALL_1
            rows.append(f"| Search, held-out queries: recall@3 ≥ {HOLDOUT_RECALL_3:.2f}, recall@1 ≥ "
                        f"{HOLDOUT_RECALL_1:.2f} | holdout ({holdout.queries}): recall@3 {holdout.recall_at_3:.3f}, "
                        f"recall@1 {holdout.recall_at_1:.3f}; tune ({tune.queries}): recall@3 {tune.recall_at_3:.3f}, "
                        f"recall@1 {tune.recall_at_1:.3f} | {_met(ok)} |")
        else:
            rows.append(f"| Search recall (one set, no held-out part) | recall@1 {results.search.recall_at_1:.0%}, "
                        f"recall@3 {results.search.recall_at_3:.0%} | – |")
        rows.append(f"| Search: median keystroke to results < {LATENCY_MS:.0f} ms | {results.search.median_ms:.0f} ms "
                    f"(p90 {results.search.p90_ms:.0f} ms; {results.search.queries} queries) | "
                    f"{_met(results.search.median_ms < LATENCY_MS)} |")
    ready = results.search_ready
    if ready is not None:
        if ready.error or not ready.runs_ms:
            rows.append(f"| First search ready ≤ {TARGET_MS / 1000:.1f} s after opening it, throttled | not measured: "
                        f"{ready.error} | **missed** |")
        else:
            rows.append(f"| First search ready ≤ {TARGET_MS / 1000:.1f} s after opening it, throttled | median "
                        f"{ready.median_ms / 1000:.2f} s ({', '.join(f'{r / 1000:.2f}' for r in ready.runs_ms)} s) on "
                        f"/{ready.page} | {_met(ready.median_ms <= TARGET_MS)} |")
    if results.ours_build and results.ours_validate:
        share = results.ours_validate.seconds / results.ours_build.seconds if results.ours_build.seconds else 0
        rows.append(f"| Validator far below the build | real site ({results.ours_pages} pages): validator "
                    f"{seconds(results.ours_validate)}, build {seconds(results.ours_build)} ({share:.0%}) | – |")
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
             "sends it, counted by the server: headers and bodies, the search worker and index included when a "
             f"page load fetches them. The median of {results.weight_repeats} cold load(s) per page.", "",
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
    if stock:
        theme = sum(stock[0].by_kind.get(kind, 0) for kind in ("CSS", "JS"))
        lines += ["", f"Material's own stylesheet and script bundle are {kib(theme)} in the stock build: "
                  f"{theme / stock[0].total:.2f} × the stock page by themselves, before any page, index or "
                  f"addition of ours."]
        search = sum(stock[0].by_kind.get(kind, 0) for kind in ("search index", "search worker"))
        if search and not any(index):
            lines += ["", f"Stock Material fetches its search worker and index on every page load ({kib(search)} "
                      f"here); ours fetches them only when the reader opens search."]
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
             f"Validator: the best of three runs; builds: the median CPU time of {results.build_runs} run(s) each "
             "(strict, our configuration unless the row says otherwise). CPU time is the build process's user and "
             "system time, which other work on the machine disturbs less than wall time. Synthetic pages sit in "
             "one flat navigation list.", "",
             "| Site | Pages | Validator | Strict build, wall | Build CPU (user + system) | Note |",
             "|---|---|---|---|---|---|"]
    if results.ours_build:
        lines.append(f"| Walking Away | {results.ours_pages} | {seconds(results.ours_validate)} | "
                     f"{seconds(results.ours_build)} | {cpu(results.ours_build)} | "
                     "MkDocs as scripts/build.py runs it |")
    if results.stock_build:
        lines.append(f"| Same pages, stock Material | {results.ours_pages} | – | {seconds(results.stock_build)} | "
                     f"{cpu(results.stock_build)} | not strict (our hooks' markers are left as they are) |")
    for row in results.scale:
        lines.append(f"| {row.label} | {row.pages:,} | {seconds(row.validate) if row.validate else '–'} | "
                     f"{seconds(row.build)} | {cpu(row.build)} | {row.note} |")
    return lines


def search_section(figures: SearchFigures | None, ready: SearchReady | None = None) -> list[str]:
    lines = ["## Search", ""]
    if ready is not None:
        lines += [f"First search, on a cold cache: the page is loaded, then the search box is focused, and the time "
                  f"runs until the result line stops saying \"Initializing search\" (worker and index downloaded, "
                  f"index built). Profile: {PROFILE_TEXT}. Runs: "
                  + (", ".join(f"{r:.0f} ms" for r in ready.runs_ms) or "none") + f"; median {ready.median_ms:.0f} ms."
                  + (f" Error: {ready.error}" if ready.error else ""), ""]
    if figures is None:
        return lines if ready is not None else []
    if figures.error:
        return [*lines, f"Query set not measured: {figures.error}"]
    lines += [f"{figures.queries} queries from tests/search_queries.yml, typed into the search box in Chromium "
              f"by tests/browser/test_search.py ({figures.source}; written {figures.written}).", "",
              "| Part | Queries | recall@1 | recall@3 | median latency |", "|---|---|---|---|---|"]
    for name, part in figures.parts.items():
        lines.append(f"| {name} | {part.queries} | {part.recall_at_1:.3f} | {part.recall_at_3:.3f} | "
                     f"{part.median_ms:.0f} ms |")
    lines.append(f"\nKeystroke to results over all queries: median {figures.median_ms:.0f} ms, "
                 f"p90 {figures.p90_ms:.0f} ms.")
    if figures.misses:
        lines += ["", f"Not in the top 3 ({len(figures.misses)}): " + "; ".join(figures.misses[:20])
                  + (" …" if len(figures.misses) > 20 else "")]
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
    state = "" if results.finished else (" **This run has not finished (or was stopped): the sections below are "
                                         "the ones it completed.**")
    out = ["# Benchmarks", "",
           f"Measured {results.machine.describe()}; `make bench` ({results.mode} run).{state}", "",
           "Regenerate with `make bench` (scripts/bench.py; `--full` for more repeats, 10,000 pages and Zensical). "
           "Times depend on the machine and on what else it runs: compare figures from the same run.", ""]
    if results.loads:
        out += ["Load average (1, 5, 15 min) as each section finished: "
                + "; ".join(f"{name} {load}" for name, load in results.loads) + ".", ""]
    out += ["## Targets", "", *targets(results), ""]
    for section in (weight_section(results), lighthouse_section(results), search_section(results.search,
                    results.search_ready), scale_section(results), zensical_section(results.zensical)):
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
