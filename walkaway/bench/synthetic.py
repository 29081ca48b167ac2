"""Synthetic pages for the speed benchmarks: N pages that look like real ones, and a mkdocs.yml listing them.

Each page has front matter, headings, paragraphs, a task list, links to other pages and anchors: about
300 words, or about 700 with `long` (this site's own pages average 960). scripts/bench_validate.py times
the validator on them; walkaway/bench/scale.py also builds them with our configuration.
"""
from __future__ import annotations

from pathlib import Path

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
    """Five more sections, each with a list of links: a `long` page is about 700 words."""
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
