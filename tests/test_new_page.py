"""`walkaway new-page`: a new page starts valid, is listed in `nav`, and nothing a contributor wrote is lost."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from walkaway import paths
from walkaway.lint.runner import validate
from walkaway.new_page import UsageError, create
from walkaway.page_template import LEFTOVERS


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the real docs/ and mkdocs.yml to add pages to."""
    shutil.copytree(paths.DOCS, tmp_path / "docs")
    shutil.copy(paths.CONFIG, tmp_path / "mkdocs.yml")
    return tmp_path / "docs", tmp_path / "mkdocs.yml"


def test_a_new_page_is_written_listed_and_flagged_until_it_is_written(project: tuple[Path, Path]) -> None:
    docs, config = project
    before = config.read_text(encoding="utf-8")
    created = create("Coping at family gatherings", "healing", None, None, docs, config)
    assert created == docs / "healing" / "coping-at-family-gatherings.md"
    after = config.read_text(encoding="utf-8")
    # One line added, right after the section's last page, with its indentation; every other line kept.
    added = [line for line in after.splitlines() if line not in before.splitlines()]
    assert added == ["      - healing/coping-at-family-gatherings.md"]
    assert after.replace("      - healing/coping-at-family-gatherings.md\n", "", 1) == before
    text = created.read_text(encoding="utf-8")
    assert text.startswith("---\ntitle: Coping at family gatherings\n") and "  - healing\n" in text
    # The only problems the validator finds in the new page are the template's own reminders.
    findings = [f for f in validate(docs, config, workers=1, display_root=docs.parent)
                if f.path == "docs/healing/coping-at-family-gatherings.md" and f.severity == "error"]
    assert findings and {f.rule for f in findings} <= {"page-template-text", "search-query-missing"}
    assert all(leftover in text for leftover in LEFTOVERS)


@pytest.mark.parametrize(("title", "section", "slug", "tag", "message"), [
    ("Tiny", "healing", None, None, "must be 5–70"),
    ("A page in no section", "nowhere", None, None, "unknown section `nowhere`"),
    ("A page with a bad slug", "healing", "Bad Slug", None, "not a usable file name"),
    ("A page with an unknown tag", "healing", None, "no-such-tag", "`no-such-tag` is not in"),
    ("Closure", "healing", "closure", None, "already exists"),
])
def test_what_cannot_be_done_is_refused_and_nothing_is_written(project: tuple[Path, Path], title: str,
                                                               section: str, slug: str | None, tag: str | None,
                                                               message: str) -> None:
    docs, config = project
    before = config.read_text(encoding="utf-8")
    pages = sorted(docs.rglob("*.md"))
    contents = {page: page.read_bytes() for page in pages}
    with pytest.raises(UsageError, match=message):
        create(title, section, slug, tag, docs, config)
    assert config.read_text(encoding="utf-8") == before
    assert sorted(docs.rglob("*.md")) == pages
    assert all(page.read_bytes() == contents[page] for page in pages)


def test_the_command_says_what_is_wrong_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    from cli import run_cli

    assert run_cli("new-page", "Tiny", "--section", "healing") == 2
    assert "the title is 4 characters; it must be 5–70" in capsys.readouterr().err
