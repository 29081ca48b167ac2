"""walkaway/lint/rules/front_matter.py: each fixture in tests/lint/fixtures/front_matter/ gets exactly the findings
it marks (tests/lint/expectations.py says how to write one)."""
from __future__ import annotations

from pathlib import Path

import pytest

from lint.expectations import check_fixture, fixtures_of
from lint.sites import GOOD_BODY, SiteRunner, front_matter
from walkaway.lint import rules_config


@pytest.mark.parametrize("fixture", fixtures_of("front_matter"), ids=lambda fixture: fixture.name)
def test_fixture(fixture: Path, tmp_path: Path) -> None:
    check_fixture(fixture, tmp_path / "site")


def test_typo_in_key_suggests_the_real_key(run_site: SiteRunner) -> None:
    findings = run_site({"page.md": front_matter(descripton="oops") + GOOD_BODY})  # codespell:ignore
    assert any("did you mean `description`" in finding.hint for finding in findings), findings


def test_a_double_quote_in_a_description_fails_the_build() -> None:
    """Material prints `description` into `<meta content="…">` unescaped: the finding (fixture
    double-quote.md) must be an error, not a warning."""
    assert rules_config.load()["front-matter-schema"].severity == "error"
