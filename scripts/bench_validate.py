#!/usr/bin/env python3
"""Time the validator on N synthetic pages (a benchmark, not a test).

Usage: python scripts/bench_validate.py [--pages 10000] [--repeat 3]

The pages look like real ones: front matter, headings, paragraphs, a task list, links to other
pages and anchors. The target is 10,000 pages in under 5 seconds on a 2-core machine.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from walkaway.lint.runner import validate  # noqa: E402

PARAGRAPH = ("You can take this one step at a time. Nobody needs to have every answer today. "
             "Write down what you notice, and talk to someone you trust when you are ready. ")


def synthetic_page(number: int, total: int) -> str:
    other = (number * 7 + 1) % total
    return f"""---
title: Synthetic page number {number}
description: A synthetic page used to measure how long the validator takes on a large site, number {number}.
reviewed: 2026-11-01
tags:
  - signs
---

{PARAGRAPH * 3}

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


def make_synthetic_site(root: Path, pages: int) -> Path:
    """Write `pages` synthetic pages and a mkdocs.yml listing them under `root`; return the config path."""
    docs = root / "docs"
    (docs / "_data").mkdir(parents=True, exist_ok=True)
    (docs / "_data" / "tags.yml").write_text("signs: Noticing the signs.\n", encoding="utf-8")
    nav = []
    for number in range(pages):
        (docs / f"page-{number}.md").write_text(synthetic_page(number, pages), encoding="utf-8")
        nav.append(f"  - page-{number}.md\n")
    config = root / "mkdocs.yml"
    config.write_text("site_name: Synthetic\ntheme:\n  name: material\nnav:\n" + "".join(nav), encoding="utf-8")
    return config


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        config = make_synthetic_site(Path(folder), args.pages)
        times, findings = [], []
        for _ in range(args.repeat):
            start = time.perf_counter()
            findings = validate(config.parent / "docs", config)
            times.append(time.perf_counter() - start)
    errors = [finding for finding in findings if finding.severity == "error"]
    print(f"validated {args.pages} pages: median {statistics.median(times):.2f} s, best {min(times):.2f} s "
          f"over {args.repeat} runs ({len(errors)} errors found)")
    if errors:
        print("\n".join(finding.as_text() for finding in errors[:5]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
