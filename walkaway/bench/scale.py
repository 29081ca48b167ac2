"""Build and validator time as the site grows: the real site, then N synthetic pages.

The synthetic pages come from walkaway/bench/synthetic.py (`make_synthetic_site`) and are built with our
own configuration (theme overrides, hooks, minify), strictly, like the real site. Material renders the
whole navigation into every page, so a build grows faster than the page count; a build predicted to
take longer than the budget is not started, and the largest size predicted to fit is built instead.
"""
from __future__ import annotations

import math
import shutil
from dataclasses import dataclass
from pathlib import Path

from walkaway.bench.sites import WORK, Run, best_of, build_config, synthetic_config, validate_config
from walkaway.lint.runner import discover

CALIBRATION_PAGES = 200
FALLBACK_SIZES = (5_000, 3_000, 2_000)


@dataclass
class ScaleRow:
    label: str
    pages: int
    validate: Run | None
    build: Run | None
    note: str = ""
    stock: bool = False
    htmlmin: bool = False


def _fit(small: tuple[int, float], large: tuple[int, float]) -> float:
    """The exponent k in time ∝ pages^k through two measured points (at least 1: never faster than linear)."""
    (n1, t1), (n2, t2) = small, large
    if n1 == n2 or t1 <= 0 or t2 <= 0:
        return 1.0
    return max(1.0, math.log(t2 / t1) / math.log(n2 / n1))


def predict(known: tuple[int, float], exponent: float, pages: int) -> float:
    return known[1] * (pages / known[0]) ** exponent


def synthetic_rows(sizes: list[int], *, budget: float, stock_at: int | None, htmlmin_at: int | None = None,
                   calibrate: bool = True, runs: int = 1) -> list[ScaleRow]:
    """Rows for each size (ours), then the comparisons at `stock_at` (stock Material) and `htmlmin_at` (ours
    with the minify plugin's htmlmin instead of minify-html). Builds of `runs` repeats keep the median CPU."""
    rows: list[ScaleRow] = []
    points: list[tuple[int, float]] = []
    if calibrate:
        calibration = _measure(CALIBRATION_PAGES, budget=budget)
        if calibration.build and calibration.build.ok:
            points.append((CALIBRATION_PAGES, calibration.build.seconds))
        rows.append(calibration)
    for pages in sorted(sizes):
        exponent = _fit(points[0], points[-1]) if len(points) >= 2 else 1.5
        predicted = predict(points[-1], exponent, pages) if points else 0.0
        if points and predicted > budget:
            row = _measure(pages, budget=budget, build=False)
            row.note = (f"build not run: predicted {predicted / 60:.0f} min (time ∝ pages^{exponent:.2f}, fitted "
                        f"on {points[0][0]:,} and {points[-1][0]:,} pages), over the {budget / 60:.0f}-minute budget")
            rows.append(row)
            fallback = next((size for size in FALLBACK_SIZES
                             if size > points[-1][0] and predict(points[-1], exponent, size) <= budget), None)
            if fallback:
                extra = _measure(fallback, budget=budget)
                extra.note = f"built instead of {pages:,}: the largest size predicted to fit the budget"
                rows.append(extra)
                if extra.build and extra.build.ok:
                    points.append((fallback, extra.build.seconds))
            continue
        row = _measure(pages, budget=budget, runs=runs)
        rows.append(row)
        if row.build and row.build.ok:
            points.append((pages, row.build.seconds))
    if stock_at:
        rows.append(_measure(stock_at, budget=budget, stock=True, runs=runs))
    if htmlmin_at:
        rows.append(_measure(htmlmin_at, budget=budget, htmlmin=True, runs=runs))
    return rows


STOCK_LABEL = ", stock Material (no overrides, hooks or minification)"
HTMLMIN_LABEL = ", ours with the minify plugin's htmlmin instead of minify-html (before)"


def _measure(pages: int, *, budget: float, build: bool = True, stock: bool = False, htmlmin: bool = False,
             runs: int = 1) -> ScaleRow:
    variant = "-stock" if stock else "-htmlmin" if htmlmin else ""
    root = WORK / "synthetic" / f"{pages}{variant}"
    config = synthetic_config(root, pages, stock=stock, htmlmin=htmlmin)
    label = f"{pages:,} synthetic pages" + (STOCK_LABEL if stock else HTMLMIN_LABEL if htmlmin else "")
    validate = None if stock or htmlmin else best_of(3, lambda: validate_config(config, timeout=budget))
    built = _median_build(config, root / "site", budget, runs) if build else None
    row = ScaleRow(label, pages, validate, built, stock=stock, htmlmin=htmlmin)
    if built is not None and not built.ok:
        last = (built.problems.splitlines() or ["no output"])[-1]
        row.note = f"build failed or stopped: {last[:200]}"
    shutil.rmtree(root, ignore_errors=True)  # a built synthetic site grows with pages²: 1,000 pages take 150 MB
    return row


def _median_build(config: Path, site: Path, budget: float, runs: int) -> Run:
    built = [build_config(config, site, strict=True, timeout=budget) for _ in range(max(1, runs))]
    if not all(run.ok for run in built):
        return next(run for run in built if not run.ok)
    return sorted(built, key=lambda run: run.cpu)[(len(built) - 1) // 2]


def cpu_ratio(rows: list[ScaleRow], pages: int) -> tuple[ScaleRow | None, ScaleRow | None, ScaleRow | None]:
    """(ours, stock, htmlmin) rows at `pages`, each None when not built."""
    def pick(**kind: bool) -> ScaleRow | None:
        return next((row for row in rows if row.pages == pages and row.stock == kind.get("stock", False)
                     and row.htmlmin == kind.get("htmlmin", False) and row.build and row.build.ok), None)
    return pick(), pick(stock=True), pick(htmlmin=True)


def site_pages(docs: Path) -> int:
    return len(discover(docs)[0])
