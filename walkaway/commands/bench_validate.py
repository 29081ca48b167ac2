#!/usr/bin/env python3
"""Time the validator on N synthetic pages (a benchmark, not a test).

Usage: python scripts/bench_validate.py [--pages 10000] [--repeat 5] [--long]

Each run is `python scripts/validate.py --docs … --config …` in a fresh process, exactly what a
contributor runs, so start-up (imports, the syllable table, worker processes) is counted. One untimed
run goes first: on a machine's very first run the validator builds its syllable table (about 0.7 s,
once). The pages look like real ones: front matter, headings, paragraphs, a task list, links to other
pages and anchors; about 300 words, or about 700 with `--long` (this site's own pages average 960).
The target is 10,000 pages in under 5 seconds on a 2-core machine.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

from walkaway.bench.sites import validate_config
from walkaway.bench.synthetic import make_synthetic_site


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--long", action="store_true", help="pages of about 700 words instead of 300")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        config = make_synthetic_site(Path(folder), args.pages, long=args.long)
        first = validate_config(config)  # untimed: builds the syllable table on a machine's first run
        if not first.ok:
            print(f"the validator failed on the synthetic site:\n{first.output[-4000:]}")
            return 1
        times = [validate_config(config).seconds for _ in range(max(1, args.repeat))]
    size = "about 700 words" if args.long else "about 300 words"
    print(f"validated {args.pages:,} pages ({size}) with scripts/validate.py: median {statistics.median(times):.2f} s, "
          f"fastest {min(times):.2f} s, slowest {max(times):.2f} s over {len(times)} runs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
