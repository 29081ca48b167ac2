#!/usr/bin/env python3
"""Benchmarks: page weight, Lighthouse, first search, search quality, build time, Zensical.

Usage: python scripts/bench.py [--full] [--skip SECTION ...] [--sizes 1000 10000] [--budget 600]

The default is the quick run (under five minutes on a 2-core machine): three cold loads per page,
one Lighthouse run per page, first search three times, one strict build each of 1,000 synthetic
pages with our configuration and with stock Material. `--full` adds repeats (5 loads, 3 Lighthouse
runs, 3 builds of each), the 1,000-page build with the old htmlmin minifier, 10,000 pages (within
the budget) and Zensical.

benchmarks/latest.md is rewritten as each section finishes, so a stopped run keeps what it measured.
Builds into benchmarks/work/ (git ignores it); site/ is left alone. Sections: weight, lighthouse,
search, scale, zensical. Needs Debian's Chromium, Java and `make node_modules/.installed`
(Lighthouse); `make bench` sees to all three. Exit status 1 only when a measurement could not be made.
"""
from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from walkaway import browser, paths
from walkaway.bench import lighthouse, scale, search, search_ready, sites, weight, zensical
from walkaway.bench.machine import describe_machine, load_average
from walkaway.bench.report import Results, median_result, render

CHROMIUM = browser.CHROMIUM
NODE_MODULES = paths.ROOT / "node_modules"
OUTPUT = paths.ROOT / "benchmarks" / "latest.md"
SECTIONS = ("weight", "lighthouse", "search", "scale", "zensical")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="bench.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--skip", nargs="*", choices=SECTIONS, default=[], help="sections to leave out")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--quick", action="store_true", help="the default: under five minutes (see above)")
    mode.add_argument("--full", action="store_true",
                      help="more repeats, htmlmin at 1,000 pages, 10,000 pages within the budget, Zensical")
    parser.add_argument("--sizes", nargs="*", type=int, default=None, help="synthetic site sizes (ours)")
    parser.add_argument("--budget", type=float, default=600.0, help="longest build to start, in seconds")
    parser.add_argument("--lighthouse-runs", type=int, default=None,
                        help="runs per page; the run with the median performance score is kept")
    parser.add_argument("--rerun-search", action="store_true", help="run the search test even if its results are fresh")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    args.mode = "full" if args.full else "quick"
    args.sizes = args.sizes or ([1_000, 10_000] if args.full else [1_000])
    args.lighthouse_runs = args.lighthouse_runs or (3 if args.full else 1)
    args.weight_repeats = 5 if args.full else 3
    args.build_runs = 3 if args.full else 1
    if not args.full and "zensical" not in args.skip:
        args.skip.append("zensical")
    return args


def log(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not Path(CHROMIUM).exists():
        print(f"bench.py: {CHROMIUM} is missing: run `make chromium`", file=sys.stderr)
        return 1
    results = Results(describe_machine(CHROMIUM, NODE_MODULES), mode=args.mode,
                      weight_repeats=args.weight_repeats, build_runs=args.build_runs,
                      lighthouse_runs=max(1, args.lighthouse_runs))
    log(f"{args.mode} run; {results.machine.describe()}")
    failed = False
    work = sites.WORK
    ours_site, stock_site = work / "site-ours", work / "site-stock"

    def save(section: str) -> None:
        """Write what has been measured so far: a stopped run keeps it."""
        results.loads.append((section, load_average()))
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(render(results), encoding="utf-8")
        log(f"{section} done (load average {results.loads[-1][1]}); wrote {args.output.name}")

    log("validating and building the real site (strict)")
    results.ours_validate = sites.best_of(3, lambda: sites.validate_config(paths.CONFIG))
    results.ours_build = sites.build_config(paths.CONFIG, ours_site, strict=True)
    results.ours_pages = scale.site_pages(paths.DOCS)
    if not results.ours_build.ok:
        failed = True
        results.notes.append("The strict build failed, so the figures below come from a non-strict build: "
                             + results.ours_build.problems.replace("\n", " / ")[:600])
        sites.build_config(paths.CONFIG, ours_site, strict=False)
    log("building the same pages with stock Material")
    results.stock_build = sites.build_stock(work, stock_site)
    if not results.stock_build.ok:
        failed = True
        results.notes.append("The stock Material build failed: " + results.stock_build.problems[:600])
    save("builds of the real site")

    pages = weight.pick_pages()
    if "weight" not in args.skip and results.stock_build.ok:
        log(f"page weight in Chromium ({args.weight_repeats} cold loads per page)")
        results.weights = weight.measure_sites({"ours": ours_site, "stock": stock_site}, pages, CHROMIUM,
                                               repeats=args.weight_repeats)
        save("page weight")

    if "lighthouse" not in args.skip:
        with sites.serve(ours_site) as server:
            for spec in pages:
                log(f"Lighthouse on /{spec.url_path}")
                runs = [lighthouse.run_lighthouse(server.url + spec.url_path,
                                                  work / "lighthouse" / f"{spec.url_path.strip('/') or 'home'}"
                                                  .replace("/", "-") / f"run-{number}.json",
                                                  node_modules=NODE_MODULES, chromium=CHROMIUM)
                        for number in range(results.lighthouse_runs)]
                result = median_result(runs)
                failed |= bool(result.error)
                results.lighthouse.append(result)
        save("Lighthouse")

    if "search" not in args.skip:
        log("first search on the throttled profile")
        results.search_ready = search_ready.measure(ours_site, CHROMIUM, repeats=3 if not args.full else 5)
        save("first search")
        log("search quality (tests/browser/test_search.py)")
        results.search = search.search_figures(ours_site, rerun=args.rerun_search)
        save("search quality")

    if "scale" not in args.skip:
        log(f"synthetic sites: {', '.join(f'{size:,}' for size in args.sizes)} pages, and stock Material at "
            f"{min(args.sizes):,} (budget {args.budget:.0f} s)")
        results.scale = scale.synthetic_rows(args.sizes, budget=args.budget, stock_at=min(args.sizes),
                                             htmlmin_at=min(args.sizes) if args.full else None,
                                             calibrate=args.full, runs=args.build_runs)
        save("build time")

    if "zensical" not in args.skip:
        log("Zensical")
        results.zensical = zensical.compare(ours_site)
        save("Zensical")

    results.notes.append("Other work on the machine slows every figure here, Lighthouse's performance score "
                         "included; the load average is given as each section finished.")
    results.finished = True
    save("all")
    print(render(results))
    shutil.rmtree(work / "synthetic", ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
