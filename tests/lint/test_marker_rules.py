"""The marker rules read the page's markers through the one grammar: marker-syntax for the form of any
marker, and each marker's own rule (helpline-marker, planner-marker) for what its arguments name."""
from __future__ import annotations

import pytest
from conftest import SiteRunner, front_matter
from test_rules import FM, PLANNER


@pytest.mark.parametrize("marker, rule, words", [
    ("<!-- service: men -->", "marker-syntax", "unknown marker `service`"),
    ("<!-- planners: small -->", "marker-syntax", "unknown marker `planners`"),
    ("<!-- services men -->", "marker-syntax", "is not written as"),
    ("Lines: <!-- services: men -->", "marker-syntax", "not alone on its line"),
    ("<!-- helplines: uk -->", "marker-syntax", "takes no arguments"),
    ("<!-- planner: small, other -->", "marker-syntax", "takes 1 argument, not 2"),
    ("<!-- services: -->", "helpline-marker", "a services marker names no kind"),
    ("<!-- planner: -->", "planner-marker", "the planner marker names no planner"),
    ("<!-- planner: small -->\n\n<!-- planner: small -->", "planner-marker", "a second planner on the page"),
])
def test_a_bad_marker_is_reported_at_its_line(marker: str, rule: str, words: str, run_site: SiteRunner) -> None:
    findings = run_site({"page.md": FM + "Text.\n\n" + marker + "\n"},
                        extra_data={"_data/planners/small.yml": PLANNER})
    hits = [(f.rule, f.line) for f in findings if words in f.message]
    assert hits and hits[0] == (rule, 8 + marker.count("\n")), findings  # the (last) marker's line


def test_good_markers_and_plain_comments_are_quiet(run_site: SiteRunner) -> None:
    page = (FM + "Text.\n\n<!-- planner: small -->\n\n!!! note\n    <!--services: men, lgbtq-->\n\n"
            "<!-- a comment written in words -->\n\n<!-- material/tags -->\n")
    findings = run_site({"page.md": page}, extra_data={"_data/planners/small.yml": PLANNER})
    assert [f for f in findings if f.rule.endswith("-marker") or f.rule == "marker-syntax"] == []


SNIPPET = "**Nothing you type is kept.**\n\nRead [the other page](other.md) first.\n"


def test_a_snippet_is_checked_as_part_of_each_page_at_its_marker(run_site: SiteRunner) -> None:
    """Its links resolve from the page that includes it (as the build resolves them), and a problem in it is
    reported at the marker's line: the snippet's text is not a page of its own."""
    pages = {"page.md": FM + "Text.\n\n<!-- snippet: promise -->\n\nAfter.\n\n## Part\n\nMore [x](nowhere.md).\n",
             "deeper/page.md": front_matter("A page further down") + "Text.\n\n"
             "<!-- snippet: promise -->\n"}
    findings = run_site(pages, extra_data={"_snippets/promise.md": SNIPPET})
    assert sorted((f.rule, f.path, f.line) for f in findings) == [
        ("link-target", "docs/deeper/page.md", 8),  # deeper/other.md does not exist
        ("link-target", "docs/page.md", 8),         # nor other.md
        ("link-target", "docs/page.md", 14),        # the page's own line after the snippet, counted as written
    ]


def test_snippets_are_not_pages_and_their_names_are_slugs(run_site: SiteRunner) -> None:
    findings = run_site({"page.md": FM + "Text.\n\n<!-- snippet: promise -->\n"},
                        extra_data={"_snippets/promise.md": "A promise.\n", "_snippets/Bad Name.md": "Text.\n"})
    assert [(f.rule, f.path) for f in findings] == [("docs-file-type", "docs/_snippets/Bad Name.md")]


@pytest.mark.parametrize("snippets, words", [
    ({}, "there is no snippet called `promise`"),
    ({"_snippets/promise.md": "Text.\n\n<!-- snippet: other -->\n", "_snippets/other.md": "More.\n"},
     "a snippet includes the snippet `other`"),
    ({"_snippets/promise.md": "---\ntitle: x\n---\nText.\n"}, "a snippet has no front matter"),
])
def test_a_snippet_that_cannot_be_used_is_reported_at_the_marker(snippets: dict[str, str], words: str,
                                                                 run_site: SiteRunner) -> None:
    findings = run_site({"page.md": FM + "Text.\n\n<!-- snippet: promise -->\n"}, extra_data=snippets)
    assert [(f.rule, f.line) for f in findings if words in f.message] == [("snippet-marker", 8)], findings
