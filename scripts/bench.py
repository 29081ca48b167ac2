#!/usr/bin/env python3
"""Benchmarks: page weight, Lighthouse, build and validator time, search, Zensical.

Usage: python scripts/bench.py [--quick] [--skip SECTION ...] [--sizes 1000 10000] [--budget 600]

Prints the tables and writes them to benchmarks/latest.md. Builds into benchmarks/work/ (git ignores
it); site/ is left alone. Sections: weight, lighthouse, search, scale, zensical. Needs Debian's Chromium,
Java and `make node_modules/.installed` (Lighthouse); `make bench` sees to all three.
Exit status 1 only when a measurement could not be made (a failed build, a missing tool).
"""
from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from walkaway import browser, paths  # noqa: E402
from walkaway.bench import lighthouse, scale, search, sites, weight, zensical  # noqa: E402
from walkaway.bench.machine import describe_machine, load_average  # noqa: E402
from walkaway.bench.report import Results, median_result, render  # noqa: E402

CHROMIUM = browser.CHROMIUM
NODE_MODULES = paths.ROOT / "node_modules"
OUTPUT = paths.ROOT / "benchmarks" / "latest.md"
SECTIONS = ("weight", "lighthouse", "search", "scale", "zensical")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="bench.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--skip", nargs="*", choices=SECTIONS, default=[], help="sections to leave out")
    parser.add_argument("--quick", action="store_true",
                        help="a fast pass: synthetic sizes 1,000 only, one Lighthouse run, no stock synthetic build")
    parser.add_argument("--sizes", nargs="*", type=int, default=[1_000, 10_000], help="synthetic site sizes")
    parser.add_argument("--budget", type=float, default=600.0, help="longest build to start, in seconds")
    parser.add_argument("--lighthouse-runs", type=int, default=3,
                        help="runs per page; the run with the median performance score is kept")
    parser.add_argument("--rerun-search", action="store_true", help="run the search test even if its results are fresh")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    return parser.parse_args(argv)


def log(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.quick:
        args.sizes, args.lighthouse_runs = [size for size in args.sizes if size <= 1_000] or [1_000], 1
    if not Path(CHROMIUM).exists():
        print(f"bench.py: {CHROMIUM} is missing: run `make chromium`", file=sys.stderr)
        return 1
    results = Results(describe_machine(CHROMIUM, NODE_MODULES))
    log(results.machine.describe())
    failed = False
    work = sites.WORK
    ours_site, stock_site = work / "site-ours", work / "site-stock"

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

    pages = weight.pick_pages()
    if "weight" not in args.skip and results.stock_build.ok:
        log("page weight in Chromium")
        results.weights = weight.measure_sites({"ours": ours_site, "stock": stock_site}, pages, CHROMIUM)

    results.lighthouse_runs = max(1, args.lighthouse_runs)
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

    if "search" not in args.skip:
        log("search quality (tests/browser/test_search.py)")
        results.search = search.search_figures(ours_site, rerun=args.rerun_search)

    if "scale" not in args.skip:
        log(f"synthetic sites: {', '.join(f'{size:,}' for size in args.sizes)} pages (budget {args.budget:.0f} s)")
        results.scale = scale.synthetic_rows(args.sizes, budget=args.budget,
                                             stock_at=None if args.quick else min(args.sizes))

    if "zensical" not in args.skip:
        log("Zensical")
        results.zensical = zensical.compare(ours_site)

    results.notes.append(f"Load average at the end of the run: {load_average()}. Other work on the machine slows every "
                         "figure here, Lighthouse's performance score included.")
    text = render(results)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    print(text)
    log(f"wrote {args.output.relative_to(paths.ROOT) if args.output.is_relative_to(paths.ROOT) else args.output}")
    shutil.rmtree(work / "synthetic", ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
