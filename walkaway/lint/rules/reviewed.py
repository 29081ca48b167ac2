"""reviewed-future / reviewed-stale / source-accessed: the page's dates are real and not ahead.

`reviewed` must not be in the future or too old; each `sources` entry's `accessed` date must be a real
date, not in the future.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from walkaway.content import parse_date
from walkaway.lint.findings import Finding
from walkaway.lint.page import Page
from walkaway.lint.rules import PageRule
from walkaway.lint.site import PageContext

STALE_AFTER = dt.timedelta(days=365)


def check_future(page: Page, context: PageContext) -> Iterator[Finding]:
    date = page.front_matter.reviewed
    if date and date > context.today:
        yield page.problem("reviewed-future", page.line_of("reviewed"),
                           f"`reviewed` is {date}, a date in the future",
                           f"use the date you checked the page (today is {context.today})")


def check_stale(page: Page, context: PageContext) -> Iterator[Finding]:
    date = page.front_matter.reviewed
    if date and context.today - date > STALE_AFTER:
        yield page.problem("reviewed-stale", page.line_of("reviewed"),
                           f"the page was last reviewed on {date}, more than 12 months ago",
                           "read it again, fix what has changed, and update `reviewed`")


def check_sources_accessed(page: Page, context: PageContext) -> Iterator[Finding]:
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
            yield page.problem("source-accessed", line, f"`accessed` is {value!r}, which is not a real date",
                               "write the date you read the source as YYYY-MM-DD")
            continue
        if date > context.today:
            yield page.problem("source-accessed", line, f"`accessed` is {date}, a date in the future",
                               f"use the date you read the source (today is {context.today})")


RULES = [
    PageRule("reviewed-future", "The `reviewed` date is not in the future.", check_future),
    PageRule("reviewed-stale", "The page was reviewed in the last 12 months.", check_stale),
    PageRule("source-accessed", "Each source's `accessed` date is a real date, not in the future.",
             check_sources_accessed),
]
