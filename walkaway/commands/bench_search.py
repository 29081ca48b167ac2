#!/usr/bin/env python3
"""Print how well site search answers the query set: recall@1, recall@3 and keystroke-to-results latency.

Usage: python scripts/bench_search.py [--run]

Reads .cache/search-results.json, which tests/browser/test_search.py writes each time it runs (it types
every query of tests/search_queries.yml into the built site's search box in Chromium). With --run, it
runs that test first, on the site in site/ (build it with `make build`). Exit status 1 if there are no
results to read.
"""
from __future__ import annotations

import argparse
import sys

from walkaway.bench.search import RESULTS, TEST, missed, read_results, run_search_test
from walkaway.paths import ROOT


def report(data: dict) -> str:
    summary = data["summary"]
    lines = [
        f"Search, {summary['queries']} queries (tests/search_queries.yml):",
        f"  recall@1        {summary['recall_at_1']:.1%}",
        f"  recall@3        {summary['recall_at_3']:.1%}",
        f"  median latency  {summary['median_latency_ms']:.0f} ms (keystroke to results; p90 "
        f"{summary['p90_latency_ms']:.0f} ms)",
        f"  sections        {summary['anchors_shown']} of {summary['anchors_asked']} expected sections (FAQ answers)"
        " shown, not folded",
    ]
    misses = [q for q in data["queries"] if missed(q)]
    if misses:
        lines.append("  Not in the top 3:")
        lines += [f"    {q['query']!r} -> {q['expect']} (rank {q['rank']}; top: {', '.join(q['top']) or '-'})"
                  for q in misses]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--run", action="store_true", help="run the browser search test first")
    args = parser.parse_args()
    if args.run:
        run_search_test(capture=False)  # on site/ (or $WA_SITE_DIR), with pytest's report on the terminal
    if not RESULTS.exists():
        print(f"No {RESULTS.relative_to(ROOT)} yet: run with --run, or `pytest {TEST}`", file=sys.stderr)
        return 1
    print(report(read_results()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
