"""Front matter as the content layer reads it: split as MkDocs splits it, typed, problems with page lines."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from walkaway import paths
from walkaway.content import front_matter
from walkaway.content.dates import parse_date, reviewed_date
from walkaway.content.front_matter import Source

PAGE = """---
title: A page about something
description: What the page answers.
reviewed: 2026-11-01
tags: [signs, safety]
keywords:
  - split up
sources:
  - title: A public page
    url: https://example.org/a
    accessed: 2026-10-30
search:
  exclude: true
---

Body text.
"""


def test_values_are_typed_and_lines_are_page_lines() -> None:
    meta, body = front_matter.read(PAGE)
    assert meta.present and not meta.broken and meta.problems == ()
    assert (meta.title, meta.description) == ("A page about something", "What the page answers.")
    assert meta.reviewed == dt.date(2026, 11, 1)
    assert meta.tags == ("signs", "safety") and meta.keywords == ("split up",)
    assert meta.sources == (Source("A public page", "https://example.org/a", dt.date(2026, 10, 30)),)
    assert meta.search_excluded
    assert meta.data["reviewed"] == "2026-11-01"  # as JSON Schema sees it
    assert meta.line_of("reviewed") == 4 and meta.line_of("sources", 0, "accessed") == 11
    assert meta.line_of("nothing") == 1
    assert body == "\nBody text.\n" and meta.body_line == 15


@pytest.mark.parametrize("text, line, broken, message", [
    ("---\ntitle: one: two\n---\nBody.\n", 2, True, "front matter is not valid YAML"),
    ("---\n- a list\n---\nBody.\n", 2, True, "front matter must be a list of `key: value` lines"),
    ("---\ntitle: never closed\n\nBody.\n", 1, False, "front matter starts with `---` but is never closed"),
])
def test_unreadable_front_matter_is_a_problem_at_its_line(text: str, line: int, broken: bool, message: str) -> None:
    meta, body = front_matter.read(text)
    assert [(problem.line, problem.message[:len(message)]) for problem in meta.problems] == [(line, message)]
    assert meta.broken is broken and "Body." in body


def test_no_front_matter_and_empty_front_matter() -> None:
    meta, body = front_matter.read("Just text.\n")
    assert not meta.present and body == "Just text.\n" and meta.data == {}
    meta, body = front_matter.read("---\n\n---\nText.\n")
    assert meta.present and not meta.broken and meta.data == {} and body == "Text.\n" and meta.body_line == 4


def test_every_real_page_has_a_title_and_a_reviewed_date() -> None:
    for page in sorted(paths.DOCS.rglob("*.md")):
        if page.relative_to(paths.DOCS).parts[0].startswith("_"):
            continue
        meta, _ = front_matter.read_file(page)
        assert meta.title and meta.reviewed, page


def test_read_file_handles_windows_newlines(tmp_path: Path) -> None:
    file = tmp_path / "page.md"
    file.write_bytes(PAGE.replace("\n", "\r\n").encode())
    meta, body = front_matter.read_file(file)
    assert meta.title == "A page about something" and body == "\nBody text.\n"


@pytest.mark.parametrize("value, expected", [
    (dt.date(2026, 1, 2), dt.date(2026, 1, 2)),   # unquoted in YAML
    ("2026-01-02", dt.date(2026, 1, 2)),           # quoted, or as JSON Schema sees it
    (" 2026-01-02 ", dt.date(2026, 1, 2)),
    ("2026-13-45", None), ("20260102", None), ("2026-W01-1", None), ("yesterday", None), (None, None), (20260102, None),
    (dt.datetime(2026, 1, 2, 10, 0), None),         # a time is not a day
])
def test_one_reading_of_a_date(value: object, expected: dt.date | None) -> None:
    assert parse_date(value) == expected
    assert reviewed_date({"reviewed": value}) == expected
