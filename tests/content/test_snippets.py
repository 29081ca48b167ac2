"""Snippets: text written once in docs/_snippets/NAME.md and put into pages by `<!-- snippet: NAME -->`."""
from __future__ import annotations

from pathlib import Path

import pytest

from walkaway import paths
from walkaway.content import front_matter, markers, snippets


def docs_with(tmp_path: Path, **files: str) -> Path:
    (tmp_path / "_snippets").mkdir()
    for name, text in files.items():
        (tmp_path / "_snippets" / f"{name}.md").write_text(text, encoding="utf-8")
    return tmp_path


def test_a_snippet_replaces_its_marker_line(tmp_path: Path) -> None:
    docs = docs_with(tmp_path, promise="**Kept nowhere.**\n\nSecond paragraph.\n")
    page = "## Before\n\n<!-- snippet: promise -->\n\n- a list\n"
    expanded, origin = snippets.expand(page, docs)
    assert expanded == "## Before\n\n**Kept nowhere.**\n\nSecond paragraph.\n\n- a list\n"
    assert origin == [0, 1, 2, 2, 2, 3, 4, 5]


@pytest.mark.parametrize("marker, files, message", [
    ("<!-- snippet: ghost -->", {}, "there is no snippet called `ghost`"),
    ("<!-- snippet: -->", {}, "the snippet marker names no snippet"),
    ("<!-- snippet: ../index -->", {}, "`../index` is not a snippet name"),
    ("<!-- snippet: fm -->", {"fm": "---\ntitle: x\n---\nText.\n"}, "the snippet `fm` cannot be used: docs/_snippets/"
                                                                     "fm.md:1: a snippet has no front matter"),
    ("<!-- snippet: outer -->", {"outer": "Text.\n\n<!-- snippet: inner -->\n", "inner": "More.\n"},
     "a snippet includes the snippet `inner`"),
])
def test_a_marker_that_cannot_be_expanded_says_why(tmp_path: Path, marker: str, files: dict[str, str],
                                                   message: str) -> None:
    docs = docs_with(tmp_path, **files)
    expanded, origin = snippets.expand(f"Intro.\n\n{marker}\n", docs)
    left = [m for m in markers.scan(expanded) if m.name == "snippet"]
    assert len(left) == 1
    line = origin[left[0].line - 1] + 1 if origin else left[0].line
    problem = snippets.problem(left[0], docs)
    assert problem is not None and problem.message == message and line == 3
def test_the_planners_privacy_promise_is_one_snippet_on_every_planner_page() -> None:
    promise = snippets.text_of(paths.DOCS, "planner-privacy")
    assert promise is not None and promise.startswith("**Nothing you type here is kept or sent anywhere.**")
    for name in ("deciding/reflection.md", "preparing/plan-for-leaving.md", "preparing/my-safety-plan.md"):
        meta, body = front_matter.read_file(paths.DOCS / name)
        assert "<!-- snippet: planner-privacy -->" in body, name
        assert "kept or sent anywhere" not in body, f"{name} copies the promise instead of including it"
        assert promise in snippets.expand(body, paths.DOCS)[0]
