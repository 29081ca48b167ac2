"""Every marker in a page is one the build knows, written in the one marker grammar, and every snippet a page
includes is one it can use.

Markers (`<!-- NAME -->`, `<!-- NAME: ARG, ARG -->`, alone on their line) are how a page asks the build
for generated or shared content; walkaway/content/markers.py is the grammar and lists them. A misspelt or
misplaced marker would otherwise be published as an invisible comment, and the content it stands for
silently left out. What each marker's arguments must name is checked by its own rule (helpline-marker,
planner-marker, and snippet-marker here: a snippet in docs/_snippets/ that can be read and includes no other).
"""
from __future__ import annotations

from walkaway.content import markers, snippets
from walkaway.lint.page import Page
from walkaway.lint.registry import PageReport, page_rule
from walkaway.lint.site import PageContext


@page_rule("marker-syntax", "Every `<!-- NAME: ARG -->` marker is a known one, alone on its line, in the marker "
           "grammar.")
def check_syntax(page: Page, context: PageContext, report: PageReport) -> None:
    for marker in page.markers:
        problem = markers.problem(marker)
        if problem is not None:
            report(marker.line, problem.message, problem.hint)


@page_rule("snippet-marker", "A page's `<!-- snippet: NAME -->` names a snippet in docs/_snippets/ that can be used.")
def check_snippets(page: Page, context: PageContext, report: PageReport) -> None:
    """The page reader has already put in every snippet it could; a snippet marker still there is a problem."""
    for marker in page.markers:
        problem = snippets.problem(marker, context.docs)
        if problem is not None:
            report(marker.line, problem.message, problem.hint)
