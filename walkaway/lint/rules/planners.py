"""planner-schema / planner-duplicate-id / planner-marker: the private planners' data is sound.

Each docs/_data/planners/NAME.yml matches walkaway/schemas/planner.schema.json (known kinds,
checklist items only on checklists), its ids are unique within the planner (they become the fields' ids
in the page, so a repeat would tie two labels to one field), and every `<!-- planner: NAME -->` in a
page names a planner that exists.
"""
from __future__ import annotations

import difflib
from collections.abc import Iterator

from jsonschema.exceptions import ValidationError

from walkaway import paths, schema, yamlfile
from walkaway.content import markers
from walkaway.content import planners as planner_data
from walkaway.lint.findings import Finding
from walkaway.lint.page import Page
from walkaway.lint.rules import PageRule, SiteRule
from walkaway.lint.site import PageContext, Site

SCHEMA_FILE = "walkaway/schemas/planner.schema.json"


def _kinds() -> list[str]:
    return schema.load("planner")["$defs"]["question"]["properties"]["kind"]["enum"]


def _documents(site: Site) -> Iterator[tuple[str, yamlfile.YamlDoc | None, Finding | None]]:
    """Each planner file: its display path, and its data or the problem that stops it being read."""
    for file in planner_data.files(site.docs):
        rel = file.relative_to(site.docs).as_posix()
        document, problems = site.data(rel, "planner-schema")
        yield f"{site.docs.name}/{rel}", document, (problems[0] if problems else None)


def check_schema(site: Site) -> Iterator[Finding]:
    for display, document, problem in _documents(site):
        if document is None:
            if problem:
                yield problem
            continue
        data = yamlfile.as_json(document.data)
        errors = sorted(schema.validator("planner").iter_errors(data),
                        key=lambda e: document.line_of(tuple(e.absolute_path)))
        for error in errors:
            yield _explain(error, display, document)


def _explain(error: ValidationError, display: str, document: yamlfile.YamlDoc) -> Finding:
    where = tuple(error.absolute_path)
    line = document.line_of(where)
    key = ".".join(str(part) for part in where) or "the file"
    if error.validator == "enum" and where[-1:] == ("kind",):
        return Finding(display, line, 1, "planner-schema", f"unknown kind `{error.instance}`",
                       "use one of " + ", ".join(f"`{kind}`" for kind in _kinds()))
    if error.validator == "required":
        missing = str(error.message).split("'")[1]
        if missing == "items":
            return Finding(display, line, 1, "planner-schema", "a checklist question has no `items`",
                           "add `items:` with one `- id:` and `label:` per tick box")
        return Finding(display, line, 1, "planner-schema", f"`{key}` has no `{missing}`", f"add `{missing}:`")
    if error.validator == "not" and isinstance(error.instance, dict) and "items" in error.instance:
        return Finding(display, document.line_of(where + ("items",)), 1, "planner-schema",
                       f"`items` on a `{error.instance.get('kind')}` question", "only `kind: checklist` has items; "
                       "remove them or change the kind")
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = list(error.schema.get("properties", {}))
        name = next((str(k) for k in error.instance if k not in allowed), "?")
        near = difflib.get_close_matches(name, allowed, n=1)
        return Finding(display, document.line_of(where + (name,)), 1, "planner-schema", f"unknown key `{name}`",
                       f"did you mean `{near[0]}`?" if near else "remove it; allowed keys are " + ", ".join(allowed))
    if error.validator == "pattern" and where[-1:] == ("id",):
        return Finding(display, line, 1, "planner-schema", f"the id `{error.instance}` is not a plain name",
                       "use lower case letters, digits and single hyphens, starting with a letter")
    if error.validator == "pattern" and isinstance(error.instance, str) and schema.markup_in(error.instance):
        return Finding(display, line, 1, "planner-schema", f"`{key}` contains {schema.markup_in(error.instance)}",
                       schema.PLAIN_TEXT_HINT)
    return Finding(display, line, 1, "planner-schema", f"`{key}`: {error.message}",
                   f"see {SCHEMA_FILE} for what is allowed")


def check_duplicate_ids(site: Site) -> Iterator[Finding]:
    for display, document, _ in _documents(site):
        if document is None:
            continue
        first: dict[str, int] = {}
        for name, path in planner_data.ids(document.data):
            line = document.line_of(path)
            if name in first:
                yield Finding(display, line, 1, "planner-duplicate-id",
                              f"the id `{name}` is already used on line {first[name]}",
                              "give every section, question and tick box in a planner its own id")
            else:
                first[name] = line


def check_marker(page: Page, context: PageContext) -> Iterator[Finding]:
    found = [marker for marker in page.markers if marker.name == "planner" and markers.problem(marker) is None]
    for marker in found[1:]:
        yield page.problem("planner-marker", marker.line, "a second planner on the page",
                           "show one planner per page: its form and its buttons are the whole page's")
    for marker in found:
        name = marker.args[0] if marker.args else ""
        if not name:
            yield page.problem("planner-marker", marker.line, "the planner marker names no planner",
                               "write `<!-- planner: NAME -->` with the name of a file in "
                               f"docs/{paths.PLANNERS_DIR}/")
        elif not planner_data.file_for(context.docs, name).is_file():
            yield page.problem("planner-marker", marker.line, f"there is no planner called `{name}`",
                               f"add docs/{paths.PLANNERS_DIR}/{name}.yml, or fix the name")


RULES = [
    SiteRule("planner-schema", "Each planner matches planner.schema.json: known kinds, items only on checklists.",
             check_schema),
    SiteRule("planner-duplicate-id", "No id is used twice within one planner.", check_duplicate_ids),
    PageRule("planner-marker", "A page's `<!-- planner: NAME -->` names a planner in docs/_data/planners/.",
             check_marker),
]
