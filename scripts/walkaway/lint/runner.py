"""Run every rule over a docs folder and return the findings, sorted, with their severity."""
from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from functools import lru_cache, partial
from pathlib import Path

import yaml

from walkaway.lint.findings import Finding, Severity
from walkaway.lint.page import Page, read_page
from walkaway.lint.reading_ease import warm_up
from walkaway.lint.rules import all_rules
from walkaway.lint.site import Site, read_nav, read_tags

# Below this many pages, starting worker processes costs more than it saves.
PARALLEL_FROM = 400
_SKIPPED_FOLDERS = ("_data/",)


@lru_cache(maxsize=1)
def severities() -> dict[str, Severity]:
    text = (Path(__file__).parent / "severity.yml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def discover(docs: Path) -> tuple[list[Path], set[str]]:
    """Markdown pages, and the docs-relative names of every other file MkDocs would publish."""
    pages: list[Path] = []
    files: set[str] = set()
    for path in sorted(docs.rglob("*")):
        rel = path.relative_to(docs).as_posix()
        if path.is_dir() or any(part.startswith(".") for part in path.relative_to(docs).parts):
            continue
        if rel.startswith(_SKIPPED_FOLDERS):
            continue
        if path.suffix.lower() == ".md":
            pages.append(path)
        else:
            files.add(rel)
    return pages, files


def read_pages(paths: list[Path], docs: Path, display_root: Path, workers: int | None) -> list[Page]:
    reader = partial(read_page, docs=docs, display_root=display_root)
    workers = workers if workers is not None else (os.cpu_count() or 1)
    if workers > 1 and len(paths) >= PARALLEL_FROM:
        warm_up()  # load the syllable dictionary once, before forking, so workers share it
        with ProcessPoolExecutor(max_workers=workers) as pool:
            return list(pool.map(reader, paths, chunksize=max(1, len(paths) // (workers * 8))))
    return [reader(path) for path in paths]


def validate(docs: Path, config: Path, *, today: dt.date | None = None, workers: int | None = None,
             display_root: Path | None = None) -> list[Finding]:
    display_root = display_root or Path.cwd()
    page_paths, files = discover(docs)
    pages = read_pages(page_paths, docs, display_root, workers)
    try:
        config_display = config.resolve().relative_to(display_root.resolve()).as_posix()
    except ValueError:
        config_display = config.as_posix()
    site = Site(docs=docs, config=config, config_display=config_display, files=files,
                pages={page.rel: page for page in pages}, today=today or dt.date.today())
    site.nav, nav_problems = read_nav(config, config_display)
    site.tags, tag_problems = read_tags(docs)
    findings: list[Finding] = [*nav_problems, *tag_problems]
    for page in pages:
        findings.extend(page.problems)
    for rule in all_rules():
        findings.extend(_run(rule.id, rule.check, site))
    levels = severities()
    return sorted(replace(finding, severity=levels.get(finding.rule, "error")) for finding in findings)


def _run(rule_id: str, check: object, site: Site) -> Iterable[Finding]:
    """Run one rule; a bug in a rule becomes one finding instead of a traceback."""
    try:
        return list(check(site))  # type: ignore[operator]
    except Exception as error:  # noqa: BLE001 - a contributor must never see a traceback
        return [Finding(site.config_display, 1, 1, "validator-error",
                        f"the rule `{rule_id}` failed: {type(error).__name__}: {error}",
                        "this is a bug in the validator, not in your page; please report it")]
