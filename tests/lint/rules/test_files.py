"""walkaway/lint/rules/files.py: each fixture in tests/lint/fixtures/files/ gets exactly the findings
it marks (tests/lint/expectations.py says how to write one)."""
from __future__ import annotations

from pathlib import Path

import pytest

from lint.expectations import check_fixture, fixtures_of
from lint.sites import FM, GOOD_BODY, SiteRunner, front_matter
from walkaway.lint import rules_config


@pytest.mark.parametrize("fixture", fixtures_of("files"), ids=lambda fixture: fixture.name)
def test_fixture(fixture: Path, tmp_path: Path) -> None:
    check_fixture(fixture, tmp_path / "site")


def test_a_hostile_page_file_name_is_reported(run_site: SiteRunner) -> None:
    """A name with quotes and angle brackets reaches URLs and the "edit this page" link: refused."""
    findings = run_site({"page.md": FM + GOOD_BODY, 'x"><b>.md': front_matter("Another title") + GOOD_BODY})
    hits = [finding for finding in findings if finding.rule == "page-file-name"]
    assert [(hit.path, hit.line) for hit in hits][:1] == [('docs/x"><b>.md', 1)], findings
    assert hits[0].severity == rules_config.load()["page-file-name"].severity
    assert " — " in hits[0].as_text(), "every message says how to fix it"


def test_a_byte_that_is_not_utf_8_is_reported_where_it_is(run_site: SiteRunner) -> None:
    """Written here, not as a fixture: a file that is not UTF-8 would trouble every tool that reads the tests."""
    findings = run_site({"page.md": FM.encode() + b"Caf\xe9 text\n"})  # codespell:ignore
    assert [(f.rule, f.path, f.line, f.col) for f in findings] == [("file-encoding", "docs/page.md", 6, 4)]
    assert "0xe9" in findings[0].message and findings[0].severity == rules_config.load()["file-encoding"].severity
