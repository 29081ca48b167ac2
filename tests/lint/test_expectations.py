"""The fixture markers (tests/lint/expectations.py) are read as documented, and a fixture fails when its
findings and its markers disagree in either direction."""
from __future__ import annotations

from pathlib import Path

import pytest

from lint.expectations import Expected, check_fixture, parse_markers


def test_markers_are_read_and_removed() -> None:
    text = (b"---\n"
            b'titel: A typo  # expect: front-matter-schema "did you mean `title`?"\n'
            b"---\n"
            b"# Title <!-- expect: heading-h1 -->\n"
            b'<iframe></iframe> <!-- expect: html-forbidden "`<iframe>`" "no code", html-forbidden -->\n'
            b"# expect: config\n")
    data, expected = parse_markers(text, "docs/page.md")
    assert data == b"---\ntitel: A typo\n---\n# Title\n<iframe></iframe>\n\n"  # the marker's own line stays, empty
    assert expected == [Expected("docs/page.md", 2, "front-matter-schema", ("did you mean `title`?",)),
                        Expected("docs/page.md", 4, "heading-h1"),
                        Expected("docs/page.md", 5, "html-forbidden", ("`<iframe>`", "no code")),
                        Expected("docs/page.md", 5, "html-forbidden"),
                        Expected("docs/page.md", 6, "config")]


def test_an_unreadable_marker_is_an_error() -> None:
    with pytest.raises(ValueError, match="cannot read the marker"):
        parse_markers(b"text <!-- expect: Not An Id -->\n", "docs/page.md")


FM = "---\ntitle: A page about something\ndescription: A description of a page about something that is long " \
     "enough to pass the check.\nreviewed: 2026-11-01\n---\n"


@pytest.mark.parametrize("body, why", [
    ("# A second title\n", "a finding on a line without a marker"),
    ("## A heading <!-- expect: heading-h1 -->\n", "a marker without its finding"),
    ("# A second title <!-- expect: heading-h1, heading-h1 -->\n", "one finding where two are marked"),
    ("# A second title <!-- expect: heading-increment -->\n", "another rule's finding"),
    ('# A second title <!-- expect: heading-h1 "third title" -->\n', "a message without the excerpt"),
])
def test_a_fixture_fails_when_findings_and_markers_disagree(body: str, why: str, tmp_path: Path) -> None:
    fixture = tmp_path / "case.md"
    fixture.write_text(FM + body, encoding="utf-8")
    with pytest.raises(AssertionError):
        check_fixture(fixture, tmp_path / "site")
    fixture.write_text(FM + "# A second title <!-- expect: heading-h1 \"second page title\" -->\n", encoding="utf-8")
    check_fixture(fixture, tmp_path / "site")
