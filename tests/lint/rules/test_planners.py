"""walkaway/lint/rules/planners.py: each fixture in tests/lint/fixtures/planners/ gets exactly the findings
it marks (tests/lint/expectations.py says how to write one)."""
from __future__ import annotations

from pathlib import Path

import pytest

from built_site import build_findings
from lint.expectations import check_fixture, fixtures_of
from lint.sites import FM, GOOD_BODY, PLANNER, SiteRunner
from walkaway import paths
from walkaway.content import planners
from walkaway.lint.registry import all_rules


@pytest.mark.parametrize("fixture", fixtures_of("planners"), ids=lambda fixture: fixture.name)
def test_fixture(fixture: Path, tmp_path: Path) -> None:
    check_fixture(fixture, tmp_path / "site")


def test_the_sites_planners_pass() -> None:
    """The real planners pass, and every planner marker in the real pages names one of them."""
    assert planners.files(paths.DOCS), "no planners found in docs/_data/planners"
    assert any(rule.id == "planner-marker" and rule.module == "planners" for rule in all_rules())
    findings = build_findings()  # the validator's run in `make build`, read back
    assert [f for f in findings if f["rule"].startswith("planner-")] == []


def test_data_files_are_read_once_per_run(run_site: SiteRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two rules read each planner (schema and ids); the site reads the file once and shares it."""
    from walkaway.lint import site

    reads: list[str] = []
    real = site.read_data
    monkeypatch.setattr(site, "read_data", lambda file, *rest: reads.append(file.name) or real(file, *rest))
    run_site({"page.md": FM + GOOD_BODY}, extra_data={"_data/planners/small.yml": PLANNER})
    assert reads.count("small.yml") == 1
