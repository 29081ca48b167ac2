"""A double quote in `description` would break the built page's HTML (Material does not escape it)."""
from __future__ import annotations

from conftest import GOOD_BODY, SiteRunner, front_matter


def test_double_quote_in_description_is_an_error(run_site: SiteRunner) -> None:
    page = front_matter().replace("A description of", 'A "quoted" description of') + GOOD_BODY
    findings = [f for f in run_site({"page.md": page}) if f.rule == "front-matter-schema"]
    assert [(f.line, f.severity) for f in findings] == [(3, "error")], findings
    assert "double quote" in findings[0].message
    assert "single quotes" in findings[0].hint


def test_single_quotes_in_description_are_fine(run_site: SiteRunner) -> None:
    page = front_matter().replace("A description of", "A 'quoted' description of") + GOOD_BODY
    assert [f for f in run_site({"page.md": page}) if f.rule == "front-matter-schema"] == []
