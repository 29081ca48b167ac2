"""The JSON Schemas in walkaway/schemas/, read in one place.

`page` is the front matter of a page (CONTRIBUTING's table is generated from it), `helplines` the
help-line data, `planner` each planner's questions. `explain` turns any of their errors into what a
contributor reads.
"""
from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from walkaway import paths
from walkaway.suggest import did_you_mean

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


@dataclass(frozen=True)
class Explanation:
    """A schema error as a contributor reads it: the key to point at, what is wrong, how to fix it."""

    where: tuple[str | int, ...]
    message: str
    hint: str


def explain(error: ValidationError, *, see: str, advice: Mapping[str, str] | None = None) -> list[Explanation]:
    """What one JSON-Schema error means, for the validator's findings on front matter and the data files.

    `advice` gives the hint for one kind of error on one key, as `"KEYWORD KEY"` (`"required text"`,
    `"pattern reviewed"`, `"enum tags"`, `"additionalProperties verified"`, `"not items"`); otherwise the
    hint comes from the schema (the key's `description` and `examples`) or says `see`.
    """
    advice = advice or {}
    where = tuple(error.absolute_path)
    key = ".".join(str(part) for part in where)
    name = next((str(part) for part in reversed(where) if isinstance(part, str)), "")
    instance, keyword, rules = error.instance, str(error.validator), error.schema

    def hint_for(about: str, default: str) -> str:
        return advice.get(f"{keyword} {about}", default)

    if keyword == "required":
        missing = str(error.message).split("'")[1]
        message = f"`{key}` has no `{missing}`" if where else f"the required key `{missing}` is missing"
        return [Explanation(where, message, hint_for(missing, _add_hint(missing, _property(rules, missing))))]
    allowed = sorted(_property_names(rules))
    unknown = [str(item) for item in instance if str(item) not in allowed] if isinstance(instance, dict) else []
    if keyword == "additionalProperties" and unknown:
        return [Explanation(where + (item,), f"unknown key `{item}`", hint_for(item, did_you_mean(item, allowed) or
                            "remove it; allowed keys are " + ", ".join(allowed))) for item in unknown]
    if keyword == "enum":
        noun = name[:-1] if where and isinstance(where[-1], int) and name.endswith("s") else name or "value"
        choices = [str(choice) for choice in error.validator_value]
        near = did_you_mean(str(instance), choices)
        use = hint_for(name, "use one of " + ", ".join(f"`{choice}`" for choice in choices))
        return [Explanation(where, f"unknown {noun} `{instance}`", f"{near} {use}" if near else use)]
    if keyword == "pattern" and isinstance(instance, str):
        markup = _markup_refused(instance, str(error.validator_value))
        if markup:  # templates print these values into the page's HTML, some without escaping
            return [Explanation(where, f"`{key}` contains {markup}, which would become markup in the page's HTML",
                                PLAIN_TEXT_HINT)]
        return [Explanation(where, f"`{key}` is `{instance}`, which does not match the form it must have",
                            hint_for(name, _about(rules) or f"see {see}"))]
    if keyword in ("minLength", "maxLength") and isinstance(instance, str):
        low, high = rules.get("minLength"), rules.get("maxLength")
        size = (f"make it {low}–{high} characters" if low and high else
                f"make it at least {low} characters" if low else f"make it at most {high} characters")
        return [Explanation(where, f"`{key}` is {len(instance)} characters long", size)]
    if keyword == "not" and isinstance(instance, dict) and isinstance(error.validator_value, dict):
        refused = [item for item in error.validator_value.get("required", []) if item in instance]
        if refused:
            return [Explanation(where + (item,), f"`{key or 'the file'}` has `{item}`, which is not allowed here",
                                hint_for(item, "remove it")) for item in refused]
    return [Explanation(where, f"`{key or 'the file'}`: {error.message}",
                        hint_for(name, _about(rules) or f"see {see}"))]


def _property(rules: Mapping[str, Any], name: str) -> Mapping[str, Any]:
    found = rules.get("properties", {}).get(name, {})
    return found if isinstance(found, Mapping) else {}


def _property_names(rules: Mapping[str, Any]) -> list[str]:
    return [str(name) for name in rules.get("properties", {})]


def _add_hint(name: str, about: Mapping[str, Any]) -> str:
    if "examples" in about:
        return f"add `{name}: {example(about)}` ({about.get('description', '')})".replace(" ()", "")
    return f"add `{name}:` ({about['description']})" if "description" in about else f"add `{name}:`"


def _about(rules: Mapping[str, Any]) -> str:
    """The key's description and first example, from the schema, as a hint."""
    if "description" not in rules:
        return ""
    return f"{rules['description']} Example: `{example(rules)}`" if "examples" in rules else rules["description"]


def example(about: Mapping[str, Any]) -> str:
    """A schema property's first example, as a contributor would write it."""
    value = about["examples"][0]
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _markup_refused(text: str, pattern: str) -> str:
    """What in `text` would become markup, named as `markup_in` does, when `pattern` is a plain-text one
    (it takes ordinary words) that refuses it. A date, an id or a number is better explained by its form."""
    if not markup_in(text) or re.search(pattern, "plain words") is None:
        return ""
    entity = re.search(r"&#?[A-Za-z0-9]+;", text)
    for char in ('"', "<", ">", "`"):
        if char in text and re.search(pattern, char) is None:
            return markup_in(char)
    if entity and re.search(pattern, entity.group()) is None:
        return markup_in(entity.group())
    return ""
