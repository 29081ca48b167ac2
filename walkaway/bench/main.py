"""One `walkaway bench` run: the sections in order, the report rewritten as each one finishes."""
from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from walkaway import browser
from walkaway.bench import builds, first_search, lighthouse, search, sites, weight, zensical
from walkaway.bench.report import Report, Section, machine
from walkaway.bench.timing import load_average

OURS, STOCK = sites.WORK / "site-ours", sites.WORK / "site-stock"  # the real site, built first when needed
NEEDS_REAL_SITE = {"weight", "lighthouse", "first-search", "search-quality", "zensical"}


def log(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


def run(sections: list[str], *, full: bool, budget: float, rerun_search: bool, output: Path | None) -> int:
    """Measure `sections` in order, writing the report to `output` after each; print it at the end.
    1 when a measurement could not be made."""
    loads, runs = (5, 3) if full else (3, 1)  # page loads in a browser; builds and Lighthouse runs
    measure: dict[str, Callable[[], Section]] = {
        "weight": lambda: weight.section(*weight.measure(OURS, STOCK, loads), loads),
        "lighthouse": lambda: lighthouse.section(lighthouse.measure(OURS, runs), runs),
        "first-search": lambda: first_search.section(first_search.measure(OURS, loads)),
        "search-quality": lambda: search.section(*search.results(OURS, rerun=rerun_search)),
        "build": lambda: builds.synthetic(full=full, runs=runs, budget=budget),
        "validator": lambda: builds.validator(full=full, runs=loads),
        "zensical": lambda: zensical.section(OURS),
    }
    if NEEDS_REAL_SITE.intersection(sections) - {"zensical"} and not Path(browser.CHROMIUM).exists():
        log(f"{browser.CHROMIUM} is missing: run `make chromium`")
        return 1
    if "lighthouse" in sections and not lighthouse.BINARY.exists():
        log(f"{lighthouse.BINARY} is missing: run `make node_modules/.installed`")
        return 1
    report = Report(machine(browser.CHROMIUM, lighthouse.BINARY), "full" if full else "quick", output)
    log(f"{report.mode} run of {', '.join(sections)}; {report.measured}")
    if NEEDS_REAL_SITE.intersection(sections):
        log("building the real site, ours and stock Material")
        report.add(builds.real_site(OURS, STOCK, runs))
    for name in sections:
        log(f"{name}…")
        try:
            report.add(measure[name]())
        except Exception as error:  # noqa: BLE001 - a benchmark reports what went wrong and goes on
            report.add(Section(name, [f"Not measured: {type(error).__name__}: {str(error)[:500]}"], failed=True))
        log(f"{name} done; load average {load_average()}")
    report.write(finished=True)
    print(report.render(finished=True))
    return 1 if any(section.failed for section in report.sections) else 0
