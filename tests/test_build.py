"""The strict build really is strict: the real site builds, and a broken link fails the build."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from walkaway.publish import build, build_command

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def site_copy(tmp_path: Path) -> Path:
    """A copy of everything the build reads, so a test can break it."""
    for name in ("docs", "overrides", "walkaway"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    return tmp_path


def test_real_site_builds_strictly(tmp_path: Path) -> None:
    result = build(ROOT / "mkdocs.yml", tmp_path / "site")
    assert result.ok, "\n".join(result.problems) or result.log
    assert (tmp_path / "site" / "index.html").exists()


def test_broken_link_fails_the_build(site_copy: Path) -> None:
    page = site_copy / "docs" / "about" / "index.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nSee [nothing](no-such-page.md).\n", encoding="utf-8")
    result = build(site_copy / "mkdocs.yml", site_copy / "site")
    assert not result.ok
    assert any("no-such-page.md" in line for line in result.problems), result.log


def test_broken_anchor_fails_the_build(site_copy: Path) -> None:
    page = site_copy / "docs" / "about" / "index.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nSee [nothing](../faq.md#no-such-answer).\n",
                    encoding="utf-8")
    result = build(site_copy / "mkdocs.yml", site_copy / "site")
    assert not result.ok
    assert any("no-such-answer" in line for line in result.problems), result.log


def test_build_script_never_passes_quiet_flag() -> None:
    """`-q` silences the warnings --strict counts in MkDocs 1.6 (see ../shared/notes/pitfalls.md)."""
    command = build_command(ROOT / "mkdocs.yml", ROOT / "site")
    assert "-q" not in command and "--quiet" not in command
    assert "--strict" in command
