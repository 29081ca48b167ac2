"""The one marker grammar: `<!-- NAME -->` / `<!-- NAME: ARG, ARG -->` on a line of its own."""
from __future__ import annotations

import pytest

from walkaway.content import markers


def test_markers_are_found_with_their_lines_arguments_and_indentation() -> None:
    text = ("Intro.\n\n<!-- helplines -->\n\n!!! note\n    <!-- services: men,  lgbtq -->\n\n"
            "<!--planner:reflection-->\n<!-- material/tags -->\n<!-- a plain comment in words -->\n")
    found = markers.scan(text)
    assert [(m.name, m.args, m.line, m.alone, m.indent) for m in found] == [
        ("helplines", (), 3, True, ""),
        ("services", ("men", "lgbtq"), 6, True, "    "),
        ("planner", ("reflection",), 8, True, ""),
    ]
    assert text[found[1].start:found[1].end] == "<!-- services: men,  lgbtq -->"
    assert all(markers.problem(marker) is None for marker in found)


@pytest.mark.parametrize("text, message", [
    ("<!-- servces: men -->", "unknown marker `servces`"),  # codespell:ignore
    ("<!-- todo -->", "unknown marker `todo`"),
    ("<!-- services men -->", "the `services` marker is not written as"),
    ("Text <!-- services: men -->", "the `services` marker is not alone on its line"),
    ("<!-- helplines: uk -->", "the `helplines` marker takes no arguments, not 1"),
    ("<!-- planner: a, b -->", "the `planner` marker takes 1 argument, not 2"),
    ("<!-- snippet: a, b -->", "the `snippet` marker takes 1 argument, not 2"),
])
def test_problems_of_form(text: str, message: str) -> None:
    (marker,) = markers.scan("Intro.\n\n" + text + "\n")
    problem = markers.problem(marker)
    assert problem is not None and problem.line == 3 and problem.message.startswith(message) and problem.hint


def test_missing_arguments_are_left_to_each_markers_rule() -> None:
    (marker,) = markers.scan("<!-- services: -->")
    assert marker.args == () and markers.problem(marker) is None


def test_expand_replaces_whole_lines_keeps_indentation_and_maps_lines() -> None:
    text = "a\n<!-- snippet: x -->\nb\n  <!-- snippet: y -->\nc <!-- snippet: x -->\n<!-- snippet: none -->"
    blocks = {"x": "one\n\ntwo", "y": "three"}
    expanded, origin = markers.expand(text, lambda m: blocks.get(m.args[0]))
    assert expanded == "a\none\n\ntwo\nb\n  three\nc <!-- snippet: x -->\n<!-- snippet: none -->"
    assert origin == [0, 1, 1, 1, 2, 3, 4, 5]
    assert markers.expand("no markers\n", lambda m: "x") == ("no markers\n", None)
