"""The data files as the content layer reads them: tags, planners, help lines, the search query set."""
from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from walkaway import paths
from walkaway.content import ContentError, data, planners
from walkaway.content.files import RACY_SECONDS, read_yaml


def test_tags_are_read_with_every_problem_at_its_line(tmp_path: Path) -> None:
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data" / "tags.yml").write_text("signs: Noticing.\nBad_Tag: x\nsafety: <b>x</b>\n", encoding="utf-8")
    tags, problems = data.read_tags(tmp_path)
    assert tags == {}
    assert [(p.line, p.message) for p in problems] == [(2, "the tag `Bad_Tag` is not a plain name"),
                                                        (3, "the description of `safety` has `<`")]
    (tmp_path / "_data" / "tags.yml").write_text("signs: Noticing.\n", encoding="utf-8")
    assert data.read_tags(tmp_path) == ({"signs": "Noticing."}, [])
    assert data.read_tags(tmp_path / "nowhere") == ({}, [])


def test_the_real_planners_are_typed() -> None:
    for file in planners.files(paths.DOCS):
        planner = planners.planner(file)
        assert planner.name == file.stem and planner.title and planner.sections
        for question in (q for section in planner.sections for q in section.questions):
            assert question.kind in ("short", "long", "checklist")
            assert bool(question.items) == (question.kind == "checklist")


def test_a_malformed_planner_is_a_content_error(tmp_path: Path) -> None:
    file = tmp_path / "small.yml"
    file.write_text("title: A planner\nsections:\n  - id: first\n", encoding="utf-8")
    with pytest.raises(ContentError, match="not well formed"):
        planners.planner(file)


@pytest.mark.parametrize("text, line, message", [
    ("a: [1, 2\n", 2, "not valid YAML"),
    ("a: &x 1\nb: *x\n", 1, "not valid YAML: anchors and aliases"),
])
def test_bad_yaml_is_a_content_error_with_its_line(tmp_path: Path, text: str, line: int, message: str) -> None:
    file = tmp_path / "data.yml"
    file.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as raised:
        read_yaml(file)
    assert raised.value.line == line and raised.value.message.startswith(message)


def test_a_symbolic_link_is_refused(tmp_path: Path) -> None:
    (tmp_path / "data.yml").symlink_to("/dev/zero")
    with pytest.raises(ContentError, match="symbolic link"):
        read_yaml(tmp_path / "data.yml")


def test_a_file_is_read_once_while_it_is_unchanged(tmp_path: Path) -> None:
    file = tmp_path / "data.yml"
    file.write_text("a: 1\n", encoding="utf-8")
    old = time.time() - RACY_SECONDS - 10
    os.utime(file, (old, old))
    first = read_yaml(file)
    assert read_yaml(file) is first  # remembered
    file.write_text("a: 2\n", encoding="utf-8")  # same size, new modification time
    assert read_yaml(file).data == {"a": 2}
    assert read_yaml(file) is not read_yaml(file)  # changed just now: read again each time (racy)


def test_the_help_lines_and_the_query_set_are_read() -> None:
    helplines = data.load_helplines(paths.DOCS)
    assert helplines.data["countries"] and helplines.line_of(("countries", 0, "id")) > 1
    queries = data.load_search_queries(paths.ROOT)
    assert queries is not None and queries.queries and all(query.line > 1 for query in queries.queries)
    assert "get-help-now/" in queries.expected_pages()
    assert data.load_search_queries(Path("/nonexistent")) is None
