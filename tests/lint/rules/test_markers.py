"""walkaway/lint/rules/markers.py: each fixture in tests/lint/fixtures/markers/ gets exactly the findings
it marks (tests/lint/expectations.py says how to write one). The fixtures cover the marker grammar
(marker-syntax), what each marker's arguments name (helpline-marker, planner-marker) and snippets
(snippet-marker; a snippet's text is checked as part of each page that includes it, at the marker's line)."""
from __future__ import annotations

from pathlib import Path

import pytest

from lint.expectations import check_fixture, fixtures_of


@pytest.mark.parametrize("fixture", fixtures_of("markers"), ids=lambda fixture: fixture.name)
def test_fixture(fixture: Path, tmp_path: Path) -> None:
    check_fixture(fixture, tmp_path / "site")
