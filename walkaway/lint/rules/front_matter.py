"""front-matter-schema: every page's front matter matches walkaway/schemas/page.schema.json."""
from __future__ import annotations

import copy
import difflib
import json
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from walkaway import paths, schema
from walkaway.lint.findings import Finding
from walkaway.lint.page import Page
from walkaway.lint.rules import PageRule
from walkaway.lint.site import PageContext


@lru_cache(maxsize=4)
def _validator(tags: tuple[str, ...]) -> Draft202012Validator:
    with_tags = copy.deepcopy(schema.load("page"))
    with_tags["properties"]["tags"]["items"]["enum"] = list(tags)
    return Draft202012Validator(with_tags)


def check(page: Page, context: PageContext) -> Iterator[Finding]:
    if not page.readable or page.front_matter_broken:
        return
    if not page.has_front_matter:
        yield page.problem(
            "front-matter-schema", 1, "the page has no front matter",
            "start the file with `---`, then `title:`, `description:` and `reviewed:` lines, then `---` "
            "(or run `walkaway new-page`)")
        return
    validator = _validator(context.tags)
    for error in sorted(validator.iter_errors(page.meta), key=lambda e: list(map(str, e.absolute_path))):
        yield _explain(error, page, context)


def _explain(error: ValidationError, page: Page, context: PageContext) -> Finding:
    where = tuple(error.absolute_path)
    key = ".".join(str(part) for part in where) or "front matter"
    page_schema = schema.load("page")
    allowed = sorted(page_schema["properties"])
    if error.validator == "additionalProperties" and not where:
        unknown = sorted(set(page.meta) - set(allowed))
        name = unknown[0] if unknown else "?"
        near = difflib.get_close_matches(name, allowed, n=1)
        hint = f"did you mean `{near[0]}`?" if near else f"remove it; allowed keys are {', '.join(allowed)}"
        return page.problem("front-matter-schema", page.line_of(name), f"unknown key `{name}`", hint)
    if error.validator == "required":
        missing = str(error.message).split("'")[1]
        about = page_schema["properties"][missing]
        example = _example(about)
        return page.problem("front-matter-schema", 2, f"the required key `{missing}` is missing",
                            f"add `{missing}: {example}` ({about['description']})")
    if error.validator == "enum" and where[:1] == ("tags",):
        near = difflib.get_close_matches(str(error.instance), list(context.tags), n=1)
        suggestion = f"did you mean `{near[0]}`? " if near else ""
        return page.problem("front-matter-schema", page.line_of(*where), f"unknown tag `{error.instance}`",
                            f"{suggestion}use a tag listed in docs/{paths.TAGS_FILE}, or add it there")
    if error.validator in ("minLength", "maxLength") and isinstance(error.instance, str):
        about = page_schema["properties"].get(str(where[0]), {})
        low, high = about.get("minLength"), about.get("maxLength")
        return page.problem("front-matter-schema", page.line_of(*where),
                            f"`{key}` is {len(error.instance)} characters long",
                            f"make it {low}–{high} characters" if low and high else str(error.message))
    if error.validator == "pattern" and where == ("reviewed",):
        return page.problem("front-matter-schema", page.line_of("reviewed"),
                            f"`reviewed` is `{error.instance}`, not a date",
                            "write the date as YYYY-MM-DD, for example `reviewed: 2026-11-23`")
    if error.validator == "pattern" and isinstance(error.instance, str) and schema.markup_in(error.instance):
        # Material prints titles and descriptions into the page (`<meta content="...">`) without escaping.
        return page.problem("front-matter-schema", page.line_of(*where),
                            f"`{key}` contains {schema.markup_in(error.instance)}, which would become markup in "
                            "the page's HTML", schema.PLAIN_TEXT_HINT)
    return page.problem("front-matter-schema", page.line_of(*where), f"`{key}`: {error.message}",
                        _schema_hint(where))


def _schema_hint(where: tuple[Any, ...]) -> str:
    about = schema.load("page")["properties"].get(str(where[0]) if where else "", {})
    if "examples" in about:
        return f"{about['description']} Example: `{_example(about)}`"
    return "see the front-matter table in CONTRIBUTING.md"


RULES = [PageRule("front-matter-schema",
                  "Front matter has the required keys, with valid values and no unknown keys.", check)]


def _example(about: dict[str, Any]) -> str:
    example = about["examples"][0]
    return example if isinstance(example, str) else json.dumps(example, ensure_ascii=False)
