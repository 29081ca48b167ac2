"""The JSON Schemas in scripts/walkaway/schemas/, read in one place.

`page` is the front matter of a page (CONTRIBUTING's table is generated from it), `helplines` the
help-line data, `planner` each planner's questions.
"""
from __future__ import annotations

import json
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator

from walkaway import paths


@cache
def load(name: str) -> dict[str, Any]:
    """The schema `NAME.schema.json`. Cached: treat it as read-only (copy it to change it)."""
    return json.loads((paths.SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))


@cache
def validator(name: str) -> Draft202012Validator:
    return Draft202012Validator(load(name))
