"""The `run_site` fixture: write a tiny site into a temporary folder and run the validator on it."""
from __future__ import annotations

from pathlib import Path

import pytest

from lint.sites import SiteRunner, run, write_site
from walkaway.lint.findings import Finding


@pytest.fixture
def run_site(tmp_path: Path) -> SiteRunner:
    """Write `pages` (path -> text) to docs/, list them in nav, and return the validator's findings."""

    def run_it(pages: dict[str, str | bytes], **options: object) -> list[Finding]:
        write_site(tmp_path, pages, **options)  # type: ignore[arg-type]
        return run(tmp_path)

    return run_it
