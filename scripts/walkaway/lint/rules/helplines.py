"""helpline-schema / helpline-stale: the help-line data file is complete, and every entry recently checked.

A help line is a fact a reader in danger relies on. Entries must name where they were checked; an entry
checked more than six months ago is a warning, so someone checks it again.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from walkaway import paths, schema, yamlfile
from walkaway.lint.findings import Finding
from walkaway.lint.rules import SiteRule
from walkaway.lint.site import Site

STALE_AFTER = dt.timedelta(days=183)


def load(site: Site) -> tuple[yamlfile.YamlDoc | None, list[Finding]]:
    """The help-line data with line numbers, or the problems that stop it being read (none if absent)."""
    if not (site.docs / paths.HELPLINES_FILE).exists():
        return None, []
    return site.data(paths.HELPLINES_FILE, "helpline-schema")


def check_schema(site: Site) -> Iterator[Finding]:
    document, problems = load(site)
    yield from problems
    if document is None:
        return
    display = f"{site.docs.name}/{paths.HELPLINES_FILE}"
    data = yamlfile.as_json(document.data)
    for error in schema.validator("helplines").iter_errors(data):
        where = tuple(error.absolute_path)
        line = document.line_of(where)
        if error.validator == "required":
            missing = str(error.message).split("'")[1]
            yield Finding(display, line, 1, "helpline-schema", f"an entry has no `{missing}`",
                          f"add `{missing}:` (use `text: null` when a service has no text option)")
        elif error.validator == "additionalProperties":
            yield Finding(display, line, 1, "helpline-schema", str(error.message),
                          "remove the key, or fix its spelling")
        else:
            path = ".".join(str(part) for part in where)
            yield Finding(display, line, 1, "helpline-schema", f"`{path}`: {error.message}",
                          "see scripts/walkaway/schemas/helplines.schema.json for the allowed values")
    for date, line, name in _verified_dates(document, data):
        if date > site.today:
            yield Finding(display, line, 1, "helpline-schema", f"`{name}` was verified on {date}, in the future",
                          "write the date you checked the number")


def check_stale(site: Site) -> Iterator[Finding]:
    document, _ = load(site)
    if document is None:
        return
    display = f"{site.docs.name}/{paths.HELPLINES_FILE}"
    for date, line, name in _verified_dates(document, yamlfile.as_json(document.data)):
        if site.today - date > STALE_AFTER:
            yield Finding(display, line, 1, "helpline-stale",
                          f"`{name}` was last verified on {date}, over 6 months ago",
                          "check the number, hours and link on the service's own site, then update `verified`")


def _verified_dates(document: yamlfile.YamlDoc, data: Any) -> Iterator[tuple[dt.date, int, str]]:
    countries = data.get("countries") if isinstance(data, dict) else None
    for c, country in enumerate(countries if isinstance(countries, list) else []):
        services = country.get("services") if isinstance(country, dict) else None
        for s, service in enumerate(services if isinstance(services, list) else []):
            if not isinstance(service, dict):
                continue
            try:
                date = dt.date.fromisoformat(str(service.get("verified")))
            except ValueError:
                continue
            yield date, document.line_of(("countries", c, "services", s, "verified")), str(service.get("name"))


RULES = [
    SiteRule("helpline-schema", "Every help line has a name, numbers, text option, hours, URL, source and date.",
             check_schema),
    SiteRule("helpline-stale", "Every help line was verified in the last 6 months.", check_stale),
]
