"""reviewed-future / reviewed-stale: a page's `reviewed` date is real, not ahead, and not too old."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from walkaway.lint.findings import Finding
from walkaway.lint.page import Page
from walkaway.lint.rules import PageRule
from walkaway.lint.site import PageContext

STALE_AFTER = dt.timedelta(days=365)


def reviewed_date(page: Page) -> dt.date | None:
    value = page.meta.get("reviewed")
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def check_future(page: Page, context: PageContext) -> Iterator[Finding]:
    date = reviewed_date(page)
    if date and date > context.today:
        yield page.problem("reviewed-future", page.line_of("reviewed"),
                           f"`reviewed` is {date}, a date in the future",
                           f"use the date you checked the page (today is {context.today})")


def check_stale(page: Page, context: PageContext) -> Iterator[Finding]:
    date = reviewed_date(page)
    if date and context.today - date > STALE_AFTER:
        yield page.problem("reviewed-stale", page.line_of("reviewed"),
                           f"the page was last reviewed on {date}, more than 12 months ago",
                           "read it again, fix what has changed, and update `reviewed`")


RULES = [
    PageRule("reviewed-future", "The `reviewed` date is not in the future.", check_future),
    PageRule("reviewed-stale", "The page was reviewed in the last 12 months.", check_stale),
]
