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
import subprocess
import sys
import tempfile
import time
from pathlib import Path

VALIDATOR = Path(__file__).resolve().parent / "validate.py"

PARAGRAPH = ("You can take this one step at a time. Nobody needs to have every answer today. "
             "Write down what you notice, and talk to someone you trust when you are ready. ")


def synthetic_page(number: int, total: int, *, long: bool = False) -> str:
    other = (number * 7 + 1) % total
    return f"""---
title: Synthetic page number {number}
description: A synthetic page used to measure how long the validator takes on a large site, number {number}.
reviewed: 2026-11-01
tags:
  - signs
---

{PARAGRAPH * 3}
{_extra_sections(number, total) if long else ""}
## What you might notice

{PARAGRAPH * 2}

- [ ] A first thing to check
- [ ] A second thing to check

## What you can do

{PARAGRAPH} See [page {other}](page-{other}.md#what-you-can-do) and [the start](page-0.md).

### A smaller step

{PARAGRAPH}

## Where next

- [Page {other}](page-{other}.md): another page.
"""


def _extra_sections(number: int, total: int) -> str:
    """Five more sections, each with a list of links: a `--long` page is about 700 words."""
    return "".join(f"""
## Part {part} of the page

{PARAGRAPH * 2}

- A point about part {part}, with [a link](page-{(number + part) % total}.md).
- **Another** point to think about.
""" for part in range(1, 6))


def make_synthetic_site(root: Path, pages: int, *, long: bool = False) -> Path:
    """Write `pages` synthetic pages and a mkdocs.yml listing them under `root`; return the config path."""
    docs = root / "docs"
    (docs / "_data").mkdir(parents=True, exist_ok=True)
    (docs / "_data" / "tags.yml").write_text("signs: Noticing the signs.\n", encoding="utf-8")
    nav = []
    for number in range(pages):
        (docs / f"page-{number}.md").write_text(synthetic_page(number, pages, long=long), encoding="utf-8")
        nav.append(f"  - page-{number}.md\n")
    config = root / "mkdocs.yml"
    config.write_text("site_name: Synthetic\ntheme:\n  name: material\nnav:\n" + "".join(nav), encoding="utf-8")
    return config


def time_validator(config: Path) -> tuple[float, subprocess.CompletedProcess[str]]:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, str(VALIDATOR), "--docs", str(config.parent / "docs"),
                           "--config", str(config)], capture_output=True, text=True)
    return time.perf_counter() - start, done


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--long", action="store_true", help="pages of about 700 words instead of 300")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        config = make_synthetic_site(Path(folder), args.pages, long=args.long)
        _, done = time_validator(config)  # untimed: builds the syllable table on a machine's first run
        if done.returncode != 0:
            print(f"the validator failed on the synthetic site:\n{done.stdout[-2000:]}{done.stderr[-2000:]}")
            return 1
        times = [time_validator(config)[0] for _ in range(max(1, args.repeat))]
    size = "about 700 words" if args.long else "about 300 words"
    print(f"validated {args.pages:,} pages ({size}) with scripts/validate.py: median {statistics.median(times):.2f} s, "
          f"fastest {min(times):.2f} s, slowest {max(times):.2f} s over {len(times)} runs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
