"""The private planners' data is sound.

Each docs/_data/planners/NAME.yml matches walkaway/schemas/planner.schema.json (known kinds,
checklist items only on checklists), its ids are unique within the planner (they become the fields' ids
in the page, so a repeat would tie two labels to one field), and every `<!-- planner: NAME -->` in a
page names a planner that exists.
"""
from __future__ import annotations

from collections.abc import Iterator

from walkaway import paths, schema, yamlfile
from walkaway.content import markers
from walkaway.content import planners as planner_data
from walkaway.lint.findings import Finding
from walkaway.lint.page import Page
from walkaway.lint.registry import PageReport, SiteReport, page_rule, site_rule
from walkaway.lint.site import PageContext, Site

SCHEMA_FILE = "walkaway/schemas/planner.schema.json"
ADVICE = {
    "required items": "add `items:` with one `- id:` and `label:` per tick box",
    "not items": "only `kind: checklist` has items; remove them or change the kind",
    "pattern id": "use lower case letters, digits and single hyphens, starting with a letter",
}


def _documents(site: Site) -> Iterator[tuple[str, yamlfile.YamlDoc | None, Finding | None]]:
    """Each planner file: its display path, and its data or the problem that stops it being read."""
    for file in planner_data.files(site.docs):
        rel = file.relative_to(site.docs).as_posix()
        document, problems = site.data(rel, "planner-schema")
        yield f"{site.docs.name}/{rel}", document, (problems[0] if problems else None)


@site_rule("planner-schema", "Each planner matches planner.schema.json: known kinds, items only on checklists.")
def check_schema(site: Site, report: SiteReport) -> None:
    for display, document, problem in _documents(site):
        if document is None:
            if problem:
                report(problem.path, problem.line, problem.message, problem.hint, problem.col)
            continue
        data = yamlfile.as_json(document.data)
        errors = sorted(schema.validator("planner").iter_errors(data),
                        key=lambda e: document.line_of(tuple(e.absolute_path)))
        for error in errors:
            for explained in schema.explain(error, see=f"{SCHEMA_FILE} for what is allowed", advice=ADVICE):
                report(display, document.line_of(explained.where), explained.message, explained.hint)


@site_rule("planner-duplicate-id", "No id is used twice within one planner.")
def check_duplicate_ids(site: Site, report: SiteReport) -> None:
    for display, document, _ in _documents(site):
        if document is None:
            continue
        first: dict[str, int] = {}
        for name, path in planner_data.ids(document.data):
            line = document.line_of(path)
            if name in first:
                report(display, line, f"the id `{name}` is already used on line {first[name]}",
                       "give every section, question and tick box in a planner its own id")
            else:
                first[name] = line


@page_rule("planner-marker", "A page's `<!-- planner: NAME -->` names a planner in docs/_data/planners/, once.")
def check_marker(page: Page, context: PageContext, report: PageReport) -> None:
    found = [marker for marker in page.markers if marker.name == "planner" and markers.problem(marker) is None]
    for marker in found[1:]:
        report(marker.line, "a second planner on the page",
               "show one planner per page: its form and its buttons are the whole page's")
    for marker in found:
        name = marker.args[0] if marker.args else ""
        if not name:
            report(marker.line, "the planner marker names no planner",
                   f"write `<!-- planner: NAME -->` with the name of a file in docs/{paths.PLANNERS_DIR}/")
        elif not planner_data.file_for(context.docs, name).is_file():
            report(marker.line, f"there is no planner called `{name}`",
                   f"add docs/{paths.PLANNERS_DIR}/{name}.yml, or fix the name")

