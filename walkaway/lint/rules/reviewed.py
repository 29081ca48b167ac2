"""The page's dates are real and not ahead.

`reviewed` must not be in the future or too old; each `sources` entry's `accessed` date must be a real
date, not in the future.
"""
from __future__ import annotations

from walkaway.content import parse_date
from walkaway.lint.page import Page
from walkaway.lint.registry import PageReport, page_rule
from walkaway.lint.site import PageContext


@page_rule("reviewed-future", "The `reviewed` date is not in the future.")
def check_future(page: Page, context: PageContext, report: PageReport) -> None:
    date = page.front_matter.reviewed
    if date and date > context.today:
        report(page.line_of("reviewed"), f"`reviewed` is {date}, a date in the future",
               f"use the date you checked the page (today is {context.today})")


@page_rule("reviewed-stale", "The page was reviewed in the last `stale_after_days` days.")
def check_stale(page: Page, context: PageContext, report: PageReport, *, stale_after_days: int = 365) -> None:
    date = page.front_matter.reviewed
    if date and (context.today - date).days > stale_after_days:
        report(page.line_of("reviewed"), f"the page was last reviewed on {date}, more than {stale_after_days} days ago",
               "read it again, fix what has changed, and update `reviewed`")


@page_rule("source-accessed", "Each source's `accessed` date is a real date, not in the future.")
def check_sources_accessed(page: Page, context: PageContext, report: PageReport) -> None:
    sources = page.meta.get("sources")
    if not isinstance(sources, list):
        return
    for index, source in enumerate(sources):
        value = source.get("accessed") if isinstance(source, dict) else None
        if not isinstance(value, str):
            continue  # the schema rule reports a missing or mistyped date
        line = page.line_of("sources", index, "accessed")
        date = parse_date(value)
        if date is None:
            report(line, f"`accessed` is {value!r}, which is not a real date",
                   "write the date you read the source as YYYY-MM-DD")
            continue
        if date > context.today:
            report(line, f"`accessed` is {date}, a date in the future",
                   f"use the date you read the source (today is {context.today})")
