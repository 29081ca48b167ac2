"""helpline-schema / helpline-stale / helpline-found / helpline-marker: the help lines claim only what is true.

A help line is a fact a reader in danger relies on. Each entry records where and when it was checked
(`checked`); a check older than six months is a warning, one dated in the future an error. An entry whose
`checked.url` is on the service's own site but whose `found` excerpt lacks one of its numbers or its text
keyword is an error: the page would call it confirmed on a reading that does not show it. A page's
`<!-- services: KIND -->` marker must name kinds from the vocabulary (walkaway.content.markers finds it).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from walkaway import helplines, paths, schema, yamlfile
from walkaway.lint.findings import Finding
from walkaway.lint.page import Page
from walkaway.lint.rules import PageRule, SiteRule
from walkaway.lint.site import PageContext, Site

STALE_AFTER = dt.timedelta(days=183)
SCHEMA_FILE = "walkaway/schemas/helplines.schema.json"


def load(site: Site) -> tuple[yamlfile.YamlDoc | None, list[Finding]]:
    """The help-line data with line numbers, or the problems that stop it being read (none if absent)."""
    if not (site.docs / paths.HELPLINES_FILE).exists():
        return None, []
    return site.data(paths.HELPLINES_FILE, "helpline-schema")


def _display(site: Site) -> str:
    return f"{site.docs.name}/{paths.HELPLINES_FILE}"


def check_schema(site: Site) -> Iterator[Finding]:
    document, problems = load(site)
    yield from problems
    if document is None:
        return
    display = _display(site)
    data = yamlfile.as_json(document.data)
    for error in schema.validator("helplines").iter_errors(data):
        where = tuple(error.absolute_path)
        line = document.line_of(where)
        path = ".".join(str(part) for part in where)
        if error.validator == "required":
            missing = str(error.message).split("'")[1]
            hint = f"add `{missing}:`"
            if missing == "text":
                hint += " (use `text: null` when a service has no text option)"
            elif missing == "checked":
                hint += ' with `date`, `url` and `found` (`found: ""` until it is confirmed on the service\'s site)'
            yield Finding(display, line, 1, "helpline-schema", f"`{path or 'the file'}` has no `{missing}`", hint)
        elif error.validator == "additionalProperties":
            hint = "remove the key, or fix its spelling"
            if "'verified'" in error.message or "'source'" in error.message:
                hint = "`verified` and `source` are gone: write `checked:` with `date`, `url` and `found`"
            yield Finding(display, line, 1, "helpline-schema", str(error.message), hint)
        elif error.validator == "pattern" and "<" in str(error.schema.get("pattern", "")):
            yield Finding(display, line, 1, "helpline-schema", f"`{path}` contains `<` or `>`",
                          "write plain text: no HTML or angle brackets")
        elif error.validator == "pattern" and where[-1:] == ("text",):
            yield Finding(display, line, 1, "helpline-schema", f"`{path}` is `{error.instance}`",
                          'write the keyword, " to " and the number (`START to 88788`), or the number alone')
        elif error.validator == "enum" and "kinds" in where:
            yield Finding(display, line, 1, "helpline-schema", f"unknown kind `{error.instance}`",
                          "use one of " + ", ".join(f"`{kind}`" for kind in helplines.KINDS))
        else:
            yield Finding(display, line, 1, "helpline-schema", f"`{path}`: {error.message}",
                          f"see {SCHEMA_FILE} for the allowed values")
    for date, line, name in _checked_dates(document):
        if date > site.today:
            yield Finding(display, line, 1, "helpline-schema", f"`{name}` was checked on {date}, in the future",
                          "write the date you read the service's page")


def check_stale(site: Site) -> Iterator[Finding]:
    document, _ = load(site)
    if document is None:
        return
    for date, line, name in _checked_dates(document):
        if site.today - date > STALE_AFTER:
            yield Finding(_display(site), line, 1, "helpline-stale",
                          f"`{name}` was last checked on {date}, over 6 months ago",
                          "check the number, hours and link on the service's own site (`make check-helplines`), "
                          "then update `checked`")


def check_found(site: Site) -> Iterator[Finding]:
    """An excerpt from the service's own site that lacks a number would make a false 'confirmed' claim."""
    document, _ = load(site)
    if document is None:
        return
    for c, country, s, service in helplines.services(yamlfile.as_json(document.data)):
        record = helplines.checked(service)
        url, found = record.get("url"), record.get("found")
        if not isinstance(url, str) or not isinstance(found, str) or not found.strip():
            continue
        if not helplines.on_own_site(url, service):
            continue
        missing = helplines.missing_from(found, service, country.get("id"))
        if missing:
            line = document.line_of(("countries", c, "services", s, "checked", "found"))
            shown = ", ".join(f"`{claim}`" for claim in missing)
            yield Finding(_display(site), line, 1, "helpline-found",
                          f"`{service.get('name')}`: `checked.found` does not contain {shown}",
                          "copy the words from the service's page that show it, or set `found: \"\"` "
                          "so the page says it is not yet confirmed")


def _checked_dates(document: yamlfile.YamlDoc) -> Iterator[tuple[dt.date, int, str]]:
    for c, _, s, service in helplines.services(document.data):
        date = helplines.checked_date(service)
        if date is not None:
            line = document.line_of(("countries", c, "services", s, "checked", "date"))
            yield date, line, str(service.get("name"))


def check_marker(page: Page, context: PageContext) -> Iterator[Finding]:
    for marker in page.markers:
        if marker.name != "services" or not marker.well_formed:
            continue  # a malformed one is reported by marker-syntax
        if not marker.args:
            yield page.problem("helpline-marker", marker.line, "a services marker names no kind",
                               "write `<!-- services: KIND -->` with one of " + _vocabulary())
        for kind in marker.args:
            if kind not in helplines.KINDS:
                yield page.problem("helpline-marker", marker.line, f"unknown kind `{kind}` in a services marker",
                                   "use one of " + _vocabulary())


def _vocabulary() -> str:
    return ", ".join(f"`{kind}`" for kind in helplines.KINDS)


def generated_anchors(site: Site, rel: str) -> set[str]:
    """The anchors the help-line hook adds to page `rel`: a `{#id}` per country where it says
    `<!-- helplines -->` (so `get-help-now.md#uk` is a real link)."""
    page = site.pages.get(rel)
    if page is None or not any(marker.name == "helplines" for marker in page.markers):
        return set()
    document, _ = load(site)
    data: Any = document.data if document is not None else None
    countries = data.get("countries") if isinstance(data, dict) else None
    return {str(country["id"]) for country in countries or [] if isinstance(country, dict) and "id" in country}


RULES = [
    SiteRule("helpline-schema", "Every help line has a name, numbers, text option, hours, URL and a `checked` record "
             "not dated in the future.", check_schema),
    SiteRule("helpline-stale", "Every help line was checked in the last 6 months.", check_stale),
    SiteRule("helpline-found", "A check on the service's own site quotes every number and text keyword it claims.",
             check_found),
    PageRule("helpline-marker", "A page's `<!-- services: KIND -->` names kinds from the help-line vocabulary.",
             check_marker),
]
