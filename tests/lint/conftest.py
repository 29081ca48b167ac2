"""A tiny site in a temporary folder, for running the validator on pages written inline."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from walkaway.lint.findings import Finding
from walkaway.lint.runner import validate

TODAY = dt.date(2026, 11, 23)
TAGS = "signs: Noticing the signs.\nsafety: Staying safe.\n"


def front_matter(title: str = "A page about something", **extra: str) -> str:
    lines = ["---", f"title: {title}",
             f"description: A description of {title.lower()} that is long enough to pass the check.",
             "reviewed: 2026-11-01"]
    lines += [f"{key}: {value}" for key, value in extra.items()]
    return "\n".join(lines + ["---", ""])


GOOD_BODY = "An opening paragraph.\n\n## First part\n\nSome text.\n"
SiteRunner = Callable[..., list[Finding]]


@pytest.fixture
def run_site(tmp_path: Path) -> SiteRunner:
    """Write `pages` (path -> text) to docs/, list them in nav, and return the validator's findings."""

    def run(pages: dict[str, str | bytes], *, nav: list[str] | None = None,
            files: dict[str, bytes] | None = None, extra_data: dict[str, str] | None = None,
            links: dict[str, str] | None = None, queries: str | None = None) -> list[Finding]:
        docs = tmp_path / "docs"
        (docs / "_data").mkdir(parents=True, exist_ok=True)
        (docs / "_data" / "tags.yml").write_text(TAGS, encoding="utf-8")
        for rel, text in {**(extra_data or {})}.items():
            target = docs / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        for rel, text in pages.items():
            target = docs / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(text, bytes):
                target.write_bytes(text)
            else:
                target.write_text(text, encoding="utf-8")
        for rel, data in (files or {}).items():
            target = docs / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        for rel, points_at in (links or {}).items():
            (docs / rel).symlink_to(points_at)
        listed = nav if nav is not None else list(pages)
        if queries is not None:
            (tmp_path / "tests").mkdir(exist_ok=True)
            (tmp_path / "tests" / "search_queries.yml").write_text(queries, encoding="utf-8")
        config = tmp_path / "mkdocs.yml"
        config.write_text("site_name: Test\nnav:\n" + "".join(f"  - {rel}\n" for rel in listed), encoding="utf-8")
        return validate(docs, config, today=TODAY, workers=1, display_root=tmp_path)

    return run


def rules_of(findings: list[Finding]) -> list[tuple[str, str, int]]:
    return [(finding.rule, finding.path, finding.line) for finding in findings]
