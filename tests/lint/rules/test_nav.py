"""walkaway/lint/rules/nav.py: each fixture in tests/lint/fixtures/nav/ gets exactly the findings
it marks (tests/lint/expectations.py says how to write one)."""
from __future__ import annotations

from pathlib import Path

import pytest

from lint.expectations import check_fixture, fixtures_of


@pytest.mark.parametrize("fixture", fixtures_of("nav"), ids=lambda fixture: fixture.name)
def test_fixture(fixture: Path, tmp_path: Path) -> None:
    check_fixture(fixture, tmp_path / "site")
