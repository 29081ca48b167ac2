"""Run every rule (or the ones asked for) over a docs folder and return the findings, sorted, with their
severity from the rules config.

Each page is read and put through the page rules in one step, in a pool of worker processes on a large
site; the site rules then run once over what the pages sent back. A rule that raises becomes one
`validator-error` finding, and so does a finding whose id is not registered.
"""
from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Collection
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from functools import partial
from pathlib import Path

from walkaway.content.pages import published_files
from walkaway.lint import registry, rules_config
from walkaway.lint.findings import Finding
from walkaway.lint.page import Page, read_page
from walkaway.lint.reading_ease import warm_up
from walkaway.lint.registry import PageReport, Rule, SiteReport
from walkaway.lint.site import PageContext, Site, read_nav, read_tags

# Below this many pages, starting worker processes costs more than it saves.
PARALLEL_FROM = 400

# A rule to run, with its options (defaults, then the rules config's).
Planned = tuple[Rule, dict[str, registry.Option]]


def check_page(path: Path, docs: Path, display_root: Path, context: PageContext,
               plan: tuple[Planned, ...]) -> Page:
    """Read one page and run the page rules on it; its findings travel back in `page.problems`."""
    page = read_page(path, docs, display_root)
    findings = page.problems
    for rule, options in plan:
        _run(rule, findings, page.display, (page, context, PageReport(rule.id, page.display, findings)), options)
    page.forget_page_facts()
    return page


def check_pages(paths: list[Path], docs: Path, display_root: Path, context: PageContext,
                workers: int | None, plan: tuple[Planned, ...]) -> list[Page]:
    checker = partial(check_page, docs=docs, display_root=display_root, context=context, plan=plan)
    workers = workers if workers is not None else (os.cpu_count() or 1)
    if workers > 1 and len(paths) >= PARALLEL_FROM:
        warm_up()  # load the syllable table once, before forking, so workers share it
        with ProcessPoolExecutor(max_workers=workers) as pool:
            return list(pool.map(checker, paths, chunksize=max(1, len(paths) // (workers * 8))))
    return [checker(path) for path in paths]


def validate(docs: Path, config: Path, *, today: dt.date | None = None, workers: int | None = None,
             display_root: Path | None = None, rules: Collection[str] | None = None,
             settings_file: Path = rules_config.RULES_CONFIG) -> list[Finding]:
    """Every finding on the site, sorted. With `rules`, only those rules run and are reported (a crash,
    `validator-error`, always is). Raises RulesConfigError when the rules config cannot be used."""
    settings = rules_config.load(settings_file)
    display_root = display_root or Path.cwd()
    today = today or dt.date.today()
    try:
        config_display = config.resolve().relative_to(display_root.resolve()).as_posix()
    except ValueError:
        config_display = config.as_posix()
    wanted = set(rules) if rules is not None else None

    def plan(chosen: list[Rule]) -> tuple[Planned, ...]:
        return tuple((rule, settings[rule.id].options) for rule in chosen if wanted is None or rule.id in wanted)

    tags, tag_problems = read_tags(docs)
    page_paths, files = published_files(docs)
    pages = check_pages(page_paths, docs, display_root, PageContext(docs, today, tuple(tags)), workers,
                        plan(registry.page_rules()))
    site = Site(docs=docs, config=config, config_display=config_display, files=files,
                pages={page.rel: page for page in pages}, today=today)
    site.nav, nav_problems = read_nav(config, config_display)
    findings: list[Finding] = [*nav_problems, *tag_problems]
    for page in pages:
        findings.extend(page.problems)
    for rule, options in plan(registry.site_rules()):
        _run(rule, findings, config_display, (site, SiteReport(rule.id, findings)), options)
    return sorted(_with_severity(finding, settings) for finding in findings
                  if wanted is None or finding.rule in wanted or finding.rule == registry.VALIDATOR_ERROR.id)


def _run(rule: Rule, findings: list[Finding], where: str, arguments: tuple[object, ...],
         options: dict[str, registry.Option]) -> None:
    """Run one rule, which reports into `findings`; a bug in a rule becomes one finding (at `where`) instead of
    a traceback, and what it reported before it failed is dropped."""
    check: Callable[..., None] = rule.check  # type: ignore[assignment]
    start = len(findings)
    try:
        check(*arguments, **options)
    except Exception as error:  # noqa: BLE001 - a contributor must never see a traceback
        del findings[start:]
        findings.append(Finding(where, 1, 1, registry.VALIDATOR_ERROR.id,
                                f"the rule `{rule.id}` failed: {type(error).__name__}: {error}",
                                "this is a bug in the validator, not in your page; please report it"))


def _with_severity(finding: Finding, settings: dict[str, rules_config.RuleSettings]) -> Finding:
    known = settings.get(finding.rule)
    if known is None:  # an id nobody registered: say so where it was found, and fail
        return replace(finding, rule=registry.VALIDATOR_ERROR.id, severity="error",
                       message=f"the finding's rule id `{finding.rule}` is not registered: {finding.message}",
                       hint="this is a bug in the validator: declare the id in walkaway/lint/rules/")
    return replace(finding, severity=known.severity)
