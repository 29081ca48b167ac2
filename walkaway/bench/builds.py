"""Build and validator time: the real site; 1,000 synthetic pages, ours against stock Material; the validator.

The build target compares CPU time (user + system of the build and all it waited for), which other work
on the machine disturbs less than wall time. Material renders the whole navigation into every page, so a
build grows faster than the page count: with --full, 10,000 pages are built only if the growth fitted
through 200 and 1,000 pages predicts the build ends within the budget; else the largest size that does.
"""
from __future__ import annotations

import math
import shutil
from pathlib import Path

from walkaway import paths
from walkaway.bench import sites
from walkaway.bench.report import Section, table, target
from walkaway.bench.timing import Timing
from walkaway.content.config import write_config
from walkaway.content.pages import page_files

CPU_TARGET, PAGES, LARGE, FALLBACK_SIZES = 1.5, 1_000, 10_000, (5_000, 3_000, 2_000)
VALIDATOR_TARGET = 5.0  # seconds for 10,000 pages
VARIANTS = {"ours": "", "stock": ", stock Material (no overrides, hooks or minification)",
            "htmlmin": ", ours with the minify plugin's htmlmin instead of minify-html (before)"}
COLUMNS = ["Site", "Pages", "Build, wall", "Build CPU", "Load at start", "Note"]


def fit(small: tuple[int, float], large: tuple[int, float]) -> float:
    """The exponent k in time ∝ pages^k through two measured points (at least 1: never faster than linear)."""
    (n1, t1), (n2, t2) = small, large
    return 1.0 if n1 == n2 or t1 <= 0 or t2 <= 0 else max(1.0, math.log(t2 / t1) / math.log(n2 / n1))


def predict(known: tuple[int, float], exponent: float, pages: int) -> float:
    return known[1] * (pages / known[0]) ** exponent


def row(label: str, pages: int, timing: Timing, note: str = "") -> list[str]:
    return [label, f"{pages:,}", timing.shown(timing.seconds), timing.shown(timing.cpu), timing.load, note]


def real_site(ours_site: Path, stock_site: Path, runs: int) -> Section:
    """Build ours (strict) and stock Material into the folders the other sections measure; time the validator."""
    pages = len(page_files(paths.DOCS))
    validator = sites.validate(paths.CONFIG, paths.DOCS)
    ours = sites.build(paths.CONFIG, ours_site, runs=runs)
    if not ours.ok:  # the other sections still get a site to measure
        sites.build(paths.CONFIG, ours_site, strict=False)
    stock_config = write_config(sites.stock(sites.ours()), sites.WORK / "stock" / "mkdocs.yml")
    stock = sites.build(stock_config, stock_site, strict=False, runs=runs)
    share = f" ({validator.seconds / ours.seconds:.0%})" if validator.ok and ours.ok else ""
    return Section("The real site", failed=not (validator.ok and ours.ok and stock.ok), targets=[target(
        "Validator far below the build", f"real site ({pages} pages): validator {validator.shown(validator.seconds)}, "
        f"build {ours.shown(ours.seconds)}{share}", None)], lines=[
        f"Validator (`walkaway validate`, start-up included): median {validator.shown(validator.seconds)} of "
        f"{len(validator.runs)} runs. Builds: the median of {runs}.", "",
        *table(COLUMNS, [row("Walking Away", pages, ours, "strict, as `walkaway build` runs MkDocs"),
                         row("Same pages, stock Material", pages, stock, "not strict: our hooks' markers stay")])])


def _build_synthetic(pages: int, variants: tuple[str, ...], runs: int, budget: float) -> dict[str, Timing]:
    root = sites.WORK / "synthetic" / str(pages)
    shutil.rmtree(root, ignore_errors=True)
    ours = sites.ours(root / "docs", sites.synthetic_pages(root / "docs", pages))
    configs = {"ours": ours, "stock": sites.stock(ours), "htmlmin": sites.htmlmin(ours)}
    timings = {}
    for variant in variants:
        config = write_config(configs[variant], root / f"mkdocs-{variant}.yml")
        timings[variant] = sites.build(config, root / "site", runs=runs, timeout=budget)
        shutil.rmtree(root / "site", ignore_errors=True)  # a built site grows with pages²: 150 MB at 1,000
    shutil.rmtree(root, ignore_errors=True)
    return timings


def synthetic(*, full: bool, runs: int, budget: float) -> Section:
    timings = _build_synthetic(PAGES, tuple(VARIANTS) if full else ("ours", "stock"), runs, budget)
    growth = _growth(timings["ours"], budget) if full and timings["ours"].ok else []
    return synthetic_section(timings, growth, runs)


def synthetic_section(timings: dict[str, Timing], growth: list[list[str]], runs: int) -> Section:
    """`timings`: at 1,000 pages, per variant; `growth`: rows for other sizes."""
    ours, stock, before = timings["ours"], timings["stock"], timings.get("htmlmin")
    out = Section("Build time", failed=not all(timing.ok for timing in timings.values()), lines=[
        f"Synthetic pages (about 300 words) in one flat nav, built strictly; median of {runs} run(s).", "",
        *table(COLUMNS, [*(row(f"{PAGES:,} synthetic pages{VARIANTS[name]}", PAGES, timing)
                           for name, timing in timings.items()), *growth])])
    if ours.ok and stock.ok:
        result = (f"{ours.cpu:.1f} s vs {stock.cpu:.1f} s CPU: {ours.cpu / stock.cpu:.2f} × "
                  f"(wall {ours.seconds:.1f} s vs {stock.seconds:.1f} s)")
        if before and before.ok:
            result += f"; with htmlmin, as before: {before.cpu:.1f} s CPU, {before.cpu / stock.cpu:.2f} ×"
        out.targets.append(target(f"Strict build of {PAGES:,} synthetic pages ≤ {CPU_TARGET} × stock Material's "
                                  "CPU time", result, ours.cpu / stock.cpu <= CPU_TARGET))
    return out


def _growth(at_1000: Timing, budget: float) -> list[list[str]]:
    """200 pages; then 10,000 if predicted to end within the budget, or else the largest fallback size that does."""
    small = _build_synthetic(200, ("ours",), 1, budget)["ours"]
    rows = [row("200 synthetic pages", 200, small)]
    if not small.ok:
        return rows
    exponent = fit((200, small.seconds), (PAGES, at_1000.seconds))
    predicted = {n: predict((PAGES, at_1000.seconds), exponent, n) for n in (LARGE, *FALLBACK_SIZES)}
    size = next((n for n, seconds in predicted.items() if seconds <= budget), 0)
    if size != LARGE:
        rows.append([f"{LARGE:,} synthetic pages", f"{LARGE:,}", "–", "–", "–", f"not built: predicted "
                     f"{predicted[LARGE] / 60:.0f} min (time ∝ pages^{exponent:.2f}, fitted on 200 and 1,000 pages), "
                     f"over the {budget / 60:.0f}-minute budget"])
    if size:
        note = "" if size == LARGE else f"built instead of {LARGE:,}: the largest size predicted to fit the budget"
        rows.append(row(f"{size:,} synthetic pages", size, _build_synthetic(size, ("ours",), 1, budget)["ours"], note))
    return rows


def validator(*, full: bool, runs: int) -> Section:
    """`walkaway validate` on 10,000 synthetic pages (and, with --full, on 10,000 longer ones)."""
    out = Section("Validator speed")
    rows = []
    for words in (300, 700) if full else (300,):
        root = sites.WORK / "validator"
        shutil.rmtree(root, ignore_errors=True)
        config = sites.ours(root / "docs", sites.synthetic_pages(root / "docs", LARGE, long=words == 700))
        timing = sites.validate(write_config(config, root / "mkdocs.yml"), root / "docs", runs=runs)
        shutil.rmtree(root, ignore_errors=True)
        fastest, slowest = min(run.seconds for run in timing.runs), max(run.seconds for run in timing.runs)
        rows.append([f"{LARGE:,} pages of about {words} words", timing.shown(timing.seconds),
                     f"{fastest:.1f} – {slowest:.1f} s", timing.load])
        out.failed |= not timing.ok
        if words == 300:
            out.targets.append(target(f"Validator: {LARGE:,} synthetic pages in under {VALIDATOR_TARGET:.0f} s",
                                      f"median {rows[0][1]} of {len(timing.runs)} runs (about 300 words a page)",
                                      timing.ok and timing.seconds < VALIDATOR_TARGET))
    out.lines = ["`walkaway validate` in a fresh process, start-up included, after one untimed run; "
                 f"{runs} runs.", "", *table(["Site", "Median", "Fastest – slowest", "Load at start"], rows)]
    return out
