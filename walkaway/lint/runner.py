"""Run every rule over a docs folder and return the findings, sorted, with their severity.

Each page is read and put through the page rules in one step, in a pool of worker processes on a large
site; the site rules then run once over what the pages sent back.
"""
from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from functools import lru_cache, partial
from pathlib import Path

import yaml

from walkaway.content.pages import NOT_PUBLISHED
from walkaway.lint.findings import Finding, Severity
from walkaway.lint.page import Page, read_page
from walkaway.lint.reading_ease import warm_up
from walkaway.lint.rules import page_rules, site_rules
from walkaway.lint.site import PageContext, Site, read_nav, read_tags

# Below this many pages, starting worker processes costs more than it saves.
PARALLEL_FROM = 400


@lru_cache(maxsize=1)
def severities() -> dict[str, Severity]:
    text = (Path(__file__).parent / "severity.yml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def discover(docs: Path) -> tuple[list[Path], set[str]]:
    """Markdown pages, and the docs-relative names of every other file MkDocs would publish.

    Hidden files and folders, docs/_data/ and docs/_snippets/ are skipped, as `exclude_docs` does in mkdocs.yml.
    """
    pages: list[Path] = []
    files: set[str] = set()
    for folder, subfolders, names in os.walk(docs):
        rel_folder = Path(folder).relative_to(docs).as_posix()
        prefix = "" if rel_folder == "." else rel_folder + "/"
        subfolders[:] = sorted(name for name in subfolders
                               if not name.startswith(".") and not (prefix + name + "/").startswith(NOT_PUBLISHED))
        for name in sorted(names):
            if name.startswith("."):
                continue
            if name.lower().endswith(".md"):
                pages.append(Path(folder, name))
            else:
                files.add(prefix + name)
    return pages, files


def check_page(path: Path, docs: Path, display_root: Path, context: PageContext) -> Page:
    """Read one page and run every page rule on it; its findings travel back in `page.problems`."""
    page = read_page(path, docs, display_root)
    for rule in page_rules():
        page.problems.extend(_run(rule.id, partial(rule.check, page, context), page.display))
    page.forget_page_facts()
    return page


def check_pages(paths: list[Path], docs: Path, display_root: Path, context: PageContext,
                workers: int | None) -> list[Page]:
    checker = partial(check_page, docs=docs, display_root=display_root, context=context)
    workers = workers if workers is not None else (os.cpu_count() or 1)
    if workers > 1 and len(paths) >= PARALLEL_FROM:
        warm_up()  # load the syllable table once, before forking, so workers share it
        with ProcessPoolExecutor(max_workers=workers) as pool:
            return list(pool.map(checker, paths, chunksize=max(1, len(paths) // (workers * 8))))
    return [checker(path) for path in paths]


def validate(docs: Path, config: Path, *, today: dt.date | None = None, workers: int | None = None,
             display_root: Path | None = None) -> list[Finding]:
    display_root = display_root or Path.cwd()
    today = today or dt.date.today()
    try:
        config_display = config.resolve().relative_to(display_root.resolve()).as_posix()
    except ValueError:
        config_display = config.as_posix()
    tags, tag_problems = read_tags(docs)
    page_paths, files = discover(docs)
    pages = check_pages(page_paths, docs, display_root, PageContext(docs, today, tuple(tags)), workers)
    site = Site(docs=docs, config=config, config_display=config_display, files=files,
                pages={page.rel: page for page in pages}, today=today)
    site.nav, nav_problems = read_nav(config, config_display)
    findings: list[Finding] = [*nav_problems, *tag_problems]
    for page in pages:
        findings.extend(page.problems)
    for rule in site_rules():
        findings.extend(_run(rule.id, partial(rule.check, site), config_display))
    levels = severities()
    return sorted(replace(finding, severity=levels.get(finding.rule, "error")) for finding in findings)


def _run(rule_id: str, check: Callable[[], Iterable[Finding]], where: str) -> list[Finding]:
    """Run one rule; a bug in a rule becomes one finding (at `where`) instead of a traceback."""
    try:
        return list(check())
    except Exception as error:  # noqa: BLE001 - a contributor must never see a traceback
        return [Finding(where, 1, 1, "validator-error",
                        f"the rule `{rule_id}` failed: {type(error).__name__}: {error}",
                        "this is a bug in the validator, not in your page; please report it")]
