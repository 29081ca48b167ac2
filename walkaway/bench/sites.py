"""The sites the benchmarks compare, written as MkDocs configurations, and how they are built and validated.

- ours: mkdocs.yml, built with the MkDocs command `walkaway build` runs (walkaway.publish.build_command).
- stock: the same docs, nav and Markdown extensions with Material's defaults: `theme: material` and nothing
  else of our theme settings, no overrides, no hooks, no minification; Material's search and tags plugins.
- synthetic: N generated pages that look like real ones (front matter, headings, paragraphs, a task list,
  links and anchors; about 300 words, or 700 with `long`; this site's own average 960) in one flat nav.
- htmlmin: ours as it was before minify-html, with the minify plugin's pure-Python htmlmin on every page.
"""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from walkaway import paths
from walkaway.bench.timing import Timing, repeat
from walkaway.content.config import editable_config
from walkaway.publish import build_command

WORK = paths.ROOT / "benchmarks" / "work"
PARAGRAPH = ("You can take this one step at a time. Nobody needs to have every answer today. "
             "Write down what you notice, and talk to someone you trust when you are ready. ")


def read_config() -> dict[str, Any]:
    """mkdocs.yml, from the content layer, as a fresh mapping to change and write elsewhere."""
    return editable_config(paths.CONFIG)


def ours(docs: Path = paths.DOCS, nav: list[str] | None = None) -> dict[str, Any]:
    """Our configuration, over other pages if asked, its paths made absolute so that it can be written anywhere."""
    config = read_config()
    config |= {"docs_dir": str(docs), "nav": config["nav"] if nav is None else nav}
    config["theme"]["custom_dir"] = str(paths.ROOT / config["theme"]["custom_dir"])
    config["hooks"] = [str(paths.ROOT / hook) for hook in config.get("hooks", [])]
    return config


def stock(config: dict[str, Any]) -> dict[str, Any]:
    keep = ("site_name", "site_url", "site_description", "site_author", "copyright", "docs_dir", "exclude_docs",
            "markdown_extensions", "nav")
    return {key: config[key] for key in keep if key in config} | {"theme": {"name": "material"},
                                                                   "plugins": ["search", "tags"]}


def htmlmin(config: dict[str, Any]) -> dict[str, Any]:
    """walkaway/hooks/minify.py steps aside when `extra.wa_html_minifier` says so; mkdocs.yml never does."""
    return config | {"extra": config.get("extra", {}) | {"wa_html_minifier": "htmlmin"},
                     "plugins": [*config.get("plugins", []), {"minify": {"minify_html": True}}]}


def synthetic_pages(docs: Path, count: int, *, long: bool = False) -> list[str]:
    """Write `count` pages, and the data files our hooks read, into `docs`; return their nav."""
    shutil.copytree(paths.DATA, docs / "_data", dirs_exist_ok=True)
    for number in range(count):
        other = (number * 7 + 1) % count
        extra = "".join(f"\n## Part {part} of the page\n\n{PARAGRAPH * 2}\n\n- A point about part {part}, with "
                        f"[a link](page-{(number + part) % count}.md).\n- **Another** point to think about.\n"
                        for part in range(1, 6)) if long else ""
        (docs / f"page-{number}.md").write_text(f"""---
title: Synthetic page number {number}
description: A synthetic page used to measure how long the validator takes on a large site, number {number}.
reviewed: 2026-11-01
tags:
  - signs
---

{PARAGRAPH * 3}
{extra}
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
""", encoding="utf-8")
    return [f"page-{number}.md" for number in range(count)]


def build(config: Path, site: Path, *, strict: bool = True, runs: int = 1, timeout: float | None = None) -> Timing:
    return repeat(runs, build_command(config, site, strict=strict), cwd=config.parent, timeout=timeout)


def validate(config: Path, docs: Path, *, runs: int = 3, timeout: float | None = None) -> Timing:
    """`walkaway validate` in a fresh process each time, start-up included; one untimed run first (a machine's
    first run builds the syllable table, about 0.7 s)."""
    return repeat(runs, [str(paths.COMMAND), "validate", "--docs", str(docs), "--config", str(config)], timeout=timeout,
                  warm_up=True)
