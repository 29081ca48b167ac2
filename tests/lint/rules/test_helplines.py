"""walkaway/lint/rules/helplines.py: each fixture in tests/lint/fixtures/helplines/ gets exactly the findings
it marks (tests/lint/expectations.py says how to write one)."""
from __future__ import annotations

from pathlib import Path

import pytest

from lint.expectations import check_fixture, fixtures_of
from lint.sites import FM, GOOD_BODY, SiteRunner, helpline


@pytest.mark.parametrize("fixture", fixtures_of("helplines"), ids=lambda fixture: fixture.name)
def test_fixture(fixture: Path, tmp_path: Path) -> None:
    check_fixture(fixture, tmp_path / "site")


@pytest.mark.parametrize("change, message", [
    (("name: A help line", "name: A <script>help</script> line"), "contains `<`"),
    (("hours: 24 hours", "hours: 24 hours\n        verified: 2026-11-01"), "unknown key `verified`"),
    (("url: https://example.org/\n", "url: http://example.org/\n"), "does not match"),
    (("url: https://example.org/contact", "url: https://example.org/a page"), "does not match"),
    (("text: null", 'text: "Text START to 88788"'), "Text START to 88788"),
    (("kinds: [domestic-abuse]", "kinds: [pets]"), "unknown kind `pets`"),
])
def test_helpline_schema_refuses(change: tuple[str, str], message: str, run_site: SiteRunner) -> None:
    data = helpline().replace(*change)
    findings = run_site({"page.md": FM + GOOD_BODY}, extra_data={"_data/helplines.yml": data})
    hits = [f for f in findings if f.rule == "helpline-schema"]
    assert any(message in f.message for f in hits), hits
