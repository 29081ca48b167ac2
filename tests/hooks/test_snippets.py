"""walkaway/hooks/snippets.py puts each snippet into the Markdown before any other hook reads it, and stops
the build at a marker that names no usable snippet."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from mkdocs.exceptions import PluginError

from walkaway import paths
from walkaway.content import load_config
from walkaway.hooks.snippets import on_page_markdown


def page() -> Any:
    return SimpleNamespace(file=SimpleNamespace(src_uri="deciding/page.md"))


def docs_with(tmp_path: Path, **snippets: str) -> dict[str, str]:
    (tmp_path / "_snippets").mkdir()
    for name, text in snippets.items():
        (tmp_path / "_snippets" / f"{name}.md").write_text(text, encoding="utf-8")
    return {"docs_dir": str(tmp_path)}


def test_the_snippet_replaces_its_marker(tmp_path: Path) -> None:
    config = docs_with(tmp_path, promise="**Kept nowhere.**\n\nSee [privacy](../about/privacy.md).\n")
    markdown = "## Before you start\n\n<!-- snippet: promise -->\n\n- A list.\n"
    assert on_page_markdown(markdown, page=page(), config=config, files=None) == (
        "## Before you start\n\n**Kept nowhere.**\n\nSee [privacy](../about/privacy.md).\n\n- A list.\n")
    assert on_page_markdown("No snippet.\n", page=page(), config=config, files=None) is None


def test_other_markers_in_a_snippet_are_left_for_their_hooks(tmp_path: Path) -> None:
    config = docs_with(tmp_path, lines="Help for men:\n\n<!-- services: men -->\n")
    text = on_page_markdown("!!! note\n    <!-- snippet: lines -->\n", page=page(), config=config, files=None)
    assert text == "!!! note\n    Help for men:\n\n    <!-- services: men -->\n"


@pytest.mark.parametrize("markdown, words", [
    ("Text.\n\n<!-- snippet: ghost -->\n", "line 3 of the page's Markdown: there is no snippet called `ghost`"),
    ("<!-- snippet: outer -->\n", "a snippet includes the snippet `inner`"),
])
def test_a_snippet_that_cannot_be_used_stops_the_build(tmp_path: Path, markdown: str, words: str) -> None:
    config = docs_with(tmp_path, outer="Text.\n\n<!-- snippet: inner -->\n", inner="More.\n")
    with pytest.raises(PluginError, match=words):
        on_page_markdown(markdown, page=page(), config=config, files=None)


def test_the_hook_runs_before_every_other_hook() -> None:
    assert load_config(paths.CONFIG).hooks[0] == "walkaway/hooks/snippets.py"
