"""`walkaway new-page`: sections and tags come from the content layer; mkdocs.yml is edited as text."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from walkaway import paths
from walkaway.content import front_matter, load_config
from walkaway.new_page import UsageError, create


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, Path]:
    docs = tmp_path / "docs"
    (docs / "_data").mkdir(parents=True)
    (docs / "healing").mkdir()
    shutil.copy(paths.DOCS / "_data" / "tags.yml", docs / "_data" / "tags.yml")
    config = tmp_path / "mkdocs.yml"
    shutil.copy(paths.CONFIG, config)
    return docs, config


def test_a_page_is_written_and_listed_after_its_section(project: tuple[Path, Path]) -> None:
    docs, config = project
    before = config.read_text(encoding="utf-8")
    created = create("Letting go of the house", "healing", None, None, docs, config)
    assert created == docs / "healing" / "letting-go-of-the-house.md"
    meta, _ = front_matter.read_file(created)
    assert meta.title == "Letting go of the house" and meta.tags == ("healing",) and meta.reviewed
    after = config.read_text(encoding="utf-8")
    assert after == before.replace("      - healing/if-they-move-on.md\n",
                                   "      - healing/if-they-move-on.md\n      - healing/letting-go-of-the-house.md\n")
    assert load_config(config).nav[-1].target == "tags.md"  # still valid YAML, comments and all


@pytest.mark.parametrize("title, section, tag, words", [
    ("A new page", "gardening", None, "unknown section `gardening`"),
    ("A new page", "healing", "gardening", "`gardening` is not in docs/_data/tags.yml"),
    ("Tiny", "healing", None, "the title is 4 characters"),
])
def test_what_cannot_be_done_is_refused(project: tuple[Path, Path], title: str, section: str, tag: str | None,
                                        words: str) -> None:
    docs, config = project
    with pytest.raises(UsageError, match=words):
        create(title, section, None, tag, docs, config)
