"""The JSON Schemas in walkaway/schemas/, read in one place.

`page` is the front matter of a page (CONTRIBUTING's table is generated from it), `helplines` the
help-line data, `planner` each planner's questions.
"""
from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator

from walkaway import paths

# Plain-text fields' pattern in the schemas: templates print these values, some without escaping.
PLAIN_TEXT_HINT = ("write plain text: single quotes instead of double, words instead of `&…;` entities, "
                   "no HTML (the site's templates print this value into the page)")


def markup_in(text: str) -> str:
    """What in a plain-text value would become markup, named for a contributor ("" when nothing)."""
    if '"' in text:
        return 'a double quote (")'
    for char, name in (("<", "`<`"), (">", "`>`"), ("`", "a backquote (`)")):
        if char in text:
            return name
    entity = re.search(r"&#?[A-Za-z0-9]+;", text)
    return f"the HTML entity `{entity.group()}`" if entity else ""


@cache
def load(name: str) -> dict[str, Any]:
    """The schema `NAME.schema.json`. Cached: treat it as read-only (copy it to change it)."""
    return json.loads((paths.SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))


@cache
def validator(name: str) -> Draft202012Validator:
    return Draft202012Validator(load(name))
