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


def _fit(small: tuple[int, float], large: tuple[int, float]) -> float:
    """The exponent k in time ∝ pages^k through two measured points (at least 1: never faster than linear)."""
    (n1, t1), (n2, t2) = small, large
    if n1 == n2 or t1 <= 0 or t2 <= 0:
        return 1.0
    return max(1.0, math.log(t2 / t1) / math.log(n2 / n1))


def predict(known: tuple[int, float], exponent: float, pages: int) -> float:
    return known[1] * (pages / known[0]) ** exponent


def synthetic_rows(sizes: list[int], *, budget: float, stock_at: int | None) -> list[ScaleRow]:
    rows: list[ScaleRow] = []
    points: list[tuple[int, float]] = []
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
        row = _measure(pages, budget=budget)
        rows.append(row)
        if row.build and row.build.ok:
            points.append((pages, row.build.seconds))
    if stock_at:
        rows.append(_measure(stock_at, budget=budget, stock=True))
    return rows


def _measure(pages: int, *, budget: float, build: bool = True, stock: bool = False) -> ScaleRow:
    root = WORK / "synthetic" / (f"{pages}-stock" if stock else str(pages))
    config = synthetic_config(root, pages, stock=stock)
    label = f"{pages:,} synthetic pages" + (", stock Material (no overrides, hooks or minify)" if stock else "")
    validate = None if stock else best_of(3, lambda: validate_config(config, timeout=budget))
    built = build_config(config, root / "site", strict=True, timeout=budget) if build else None
    row = ScaleRow(label, pages, validate, built)
    if built is not None and not built.ok:
        last = (built.problems.splitlines() or ["no output"])[-1]
        row.note = f"build failed or stopped: {last[:200]}"
    shutil.rmtree(root, ignore_errors=True)  # a built synthetic site grows with pages²: 1,000 pages take 150 MB
    return row


def site_pages(docs: Path) -> int:
    return len(discover(docs)[0])
