"""The marker rules read the page's markers through the one grammar: marker-syntax for the form of any
marker, and each marker's own rule (helpline-marker, planner-marker) for what its arguments name."""
from __future__ import annotations

import pytest
from conftest import SiteRunner
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
