"""Every page's front matter is readable YAML that matches walkaway/schemas/page.schema.json."""
from __future__ import annotations

import copy
from functools import lru_cache

from jsonschema import Draft202012Validator

from walkaway import paths, schema
from walkaway.lint.page import Page
from walkaway.lint.registry import PageReport, page_rule, reported_while_reading
from walkaway.lint.site import PageContext

reported_while_reading("front-matter-syntax", "Front matter is closed by `---` and is valid YAML of `key: value` "
                                              "lines.", reads="each page")
reported_while_reading("tags-file", "docs/_data/tags.yml is a list of `tag: description` lines with plain names "
                                    "and plain text.", reads=f"docs/{paths.TAGS_FILE}")

ADVICE = {
    "enum tags": f"use a tag listed in docs/{paths.TAGS_FILE}, or add it there",
    "pattern reviewed": "write the date as YYYY-MM-DD, for example `reviewed: 2026-11-23`",
}


@lru_cache(maxsize=4)
def _validator(tags: tuple[str, ...]) -> Draft202012Validator:
    with_tags = copy.deepcopy(schema.load("page"))
    with_tags["properties"]["tags"]["items"]["enum"] = list(tags)
    return Draft202012Validator(with_tags)


@page_rule("front-matter-schema", "Front matter has the required keys, with valid values and no unknown keys.")
def check(page: Page, context: PageContext, report: PageReport) -> None:
    if not page.readable or page.front_matter_broken:
        return
    if not page.has_front_matter:
        report(1, "the page has no front matter",
               "start the file with `---`, then `title:`, `description:` and `reviewed:` lines, then `---` "
               "(or run `walkaway new-page`)")
        return
    validator = _validator(context.tags)
    for error in sorted(validator.iter_errors(page.meta), key=lambda e: list(map(str, e.absolute_path))):
        for problem in schema.explain(error, see="the front-matter table in CONTRIBUTING.md", advice=ADVICE):
            # The front matter as a whole starts on line 2, after the opening `---`.
            report(page.line_of(*problem.where) if problem.where else 2, problem.message, problem.hint)
