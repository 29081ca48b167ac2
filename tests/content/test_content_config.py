"""mkdocs.yml as the content layer reads it: nav with lines, the settings the tools use, errors with lines."""
from __future__ import annotations

from pathlib import Path

import pytest

from walkaway import paths
from walkaway.content import ContentError, load_config
from walkaway.content.config import with_nav_entry
from walkaway.content.pages import NOT_PUBLISHED, page_files

CONFIG = """site_name: Test
site_url: https://example.org/sub
extra:
  quick_exit_url: https://example.org/weather
markdown_extensions:
  - toc:
      permalink: false
  - pymdownx.tabbed:
      slugify: !!python/object/apply:pymdownx.slugs.slugify
        kwds:
          case: lower
nav:
  - index.md
  - Signs:
      - signs/index.md   # a comment
      - signs/first.md
  - Elsewhere: https://example.org/
  - About:
      - about/index.md
"""


def write(tmp_path: Path, text: str = CONFIG) -> Path:
    config = tmp_path / "mkdocs.yml"
    config.write_text(text, encoding="utf-8")
    return config


def test_nav_entries_come_with_their_lines(tmp_path: Path) -> None:
    config = load_config(write(tmp_path))
    assert [(entry.target, entry.line) for entry in config.nav] == [
        ("index.md", 13), ("signs/index.md", 15), ("signs/first.md", 16), ("about/index.md", 19)]
    assert config.sections == ["signs", "about"]


def test_settings_are_typed(tmp_path: Path) -> None:
    config = load_config(write(tmp_path))
    assert config.site_url == "https://example.org/sub/"  # MkDocs ends it with a slash too
    assert config.site_name == "Test"
    assert config.docs_dir == tmp_path / "docs"
    assert config.extra["quick_exit_url"] == "https://example.org/weather"
    assert config.markdown_extensions == ["toc", "pymdownx.tabbed"]
    assert config.line_of("extra", "quick_exit_url") == 4


def test_the_real_config_lists_every_section() -> None:
    config = load_config(paths.CONFIG)
    assert config.site_url == "https://walking-away.github.io/walking-away/"
    assert "signs" in config.sections and "healing" in config.sections
    assert config.docs_dir == paths.DOCS


def test_the_folders_mkdocs_leaves_out_are_the_ones_the_tools_skip() -> None:
    excluded = load_config(paths.CONFIG).data["exclude_docs"].split()
    assert tuple(excluded) == NOT_PUBLISHED
    pages = {page.relative_to(paths.DOCS).as_posix() for page in page_files(paths.DOCS)}
    assert pages == {entry.target for entry in load_config(paths.CONFIG).nav}  # snippets are not pages


@pytest.mark.parametrize("text, line, message", [
    ("nav:\n  - a.md\n - b.md\n", 3, "mkdocs.yml is not valid YAML"),
    (b"site_name: caf\xe9\n", 1, "mkdocs.yml cannot be read"),  # codespell:ignore
])
def test_a_broken_config_says_where(tmp_path: Path, text: str | bytes, line: int, message: str) -> None:
    config = tmp_path / "mkdocs.yml"
    config.write_bytes(text if isinstance(text, bytes) else text.encode())
    with pytest.raises(ContentError) as raised:
        load_config(config)
    assert raised.value.line == line and raised.value.message.startswith(message) and raised.value.hint


def test_a_missing_config_is_a_content_error(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="mkdocs.yml cannot be read"):
        load_config(tmp_path / "mkdocs.yml")


def test_a_nav_entry_is_added_as_text_keeping_comments(tmp_path: Path) -> None:
    text = with_nav_entry(write(tmp_path), "signs", "signs/second.md")
    assert text == CONFIG.replace("      - signs/first.md\n", "      - signs/first.md\n      - signs/second.md\n")
    with pytest.raises(ContentError, match="no `nav` entries under healing/"):
        with_nav_entry(write(tmp_path), "healing", "healing/x.md")


def test_an_editable_copy_keeps_python_tags_and_builds_the_same_nav(tmp_path: Path) -> None:
    from walkaway.content.config import Tagged, editable_config, write_config

    data = editable_config(paths.CONFIG)
    slugify = data["markdown_extensions"][-1]["pymdownx.tabbed"]["slugify"]
    assert isinstance(slugify, Tagged) and slugify.tag == "tag:yaml.org,2002:python/object/apply:pymdownx.slugs.slugify"
    data["site_name"] = "A copy"
    copy = load_config(write_config(data, tmp_path / "copy" / "mkdocs.yml"))
    assert copy.site_name == "A copy"
    assert [entry.target for entry in copy.nav] == [entry.target for entry in load_config(paths.CONFIG).nav]
    assert "!!python/object/apply:pymdownx.slugs.slugify" in (tmp_path / "copy" / "mkdocs.yml").read_text("utf-8")
