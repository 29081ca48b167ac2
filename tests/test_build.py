"""The strict build really is strict: the real site built cleanly, and a broken link or anchor fails the build."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from built_site import built_site
from walkaway.publish import build, build_command

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def site_copy(tmp_path: Path) -> Path:
    """A copy of everything the build reads, so a test can break it."""
    for name in ("docs", "overrides", "walkaway"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    return tmp_path


def test_the_real_site_was_built_strictly_from_these_sources() -> None:
    """`make build` (which `make test` and CI run first) built site/ from the sources as they are now, with
    no warning from the strict build, nothing refused by the gate and no validator error: the tests reuse
    that one build instead of building again."""
    site = built_site()
    assert (site / "index.html").exists()
    newest = max(path.stat().st_mtime for path in inputs())
    assert (site / "index.html").stat().st_mtime >= newest, "site/ is older than its sources: run `make build`"
    cache = site.parent / ".cache"
    problems = [line for line in (cache / "build.log").read_text(encoding="utf-8").splitlines()
                if line.startswith(("WARNING", "ERROR", "Aborted"))]
    assert problems == []
    findings = json.loads((cache / "findings.json").read_text(encoding="utf-8"))
    assert [f for f in findings if f["severity"] == "error"] == []


def inputs() -> list[Path]:
    """What the build reads, as the Makefile's SITE_INPUTS lists it."""
    files = [ROOT / "mkdocs.yml"]
    for folder in ("docs", "overrides", "walkaway"):
        files += [path for path in (ROOT / folder).rglob("*") if path.is_file() and "__pycache__" not in path.parts]
    return files


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
