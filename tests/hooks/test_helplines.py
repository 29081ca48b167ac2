"""walkaway/hooks/helplines.py: its markers are found by the one grammar, and its data is read through the
content layer. What the rendered help lines say is tested in tests/test_helplines.py."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from mkdocs.exceptions import PluginError

from walkaway import yamlfile
from walkaway.helplines.render import DataError
from walkaway.hooks.helplines import expand, on_page_markdown

DATA = """countries:
  - id: uk
    name: United Kingdom
    emergency: "999"
    services:
      - name: A help line
        for: Anyone who needs it.
        kinds: [domestic-abuse, men]
        phone: ["0808 000 0000"]
        text: null
        hours: 24 hours
        url: https://example.org/
        checked: {date: 2026-11-01, url: https://example.org/contact, found: "Call 0808 000 0000"}
"""


def page(rel: str = "situations/men.md") -> Any:
    return SimpleNamespace(file=SimpleNamespace(src_uri=rel))


def docs_with(tmp_path: Path, text: str = DATA) -> dict[str, str]:
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data" / "helplines.yml").write_text(text, encoding="utf-8")
    return {"docs_dir": str(tmp_path)}


@pytest.mark.parametrize("marker", ["<!-- helplines -->", "<!--helplines-->", "<!--   helplines   -->"])
def test_the_help_lines_marker_in_any_spacing(marker: str) -> None:
    text = expand(f"Intro.\n\n{marker}\n\nAfter.\n", yamlfile.as_json(yamlfile.load(DATA).data), "get-help-now.md")
    assert "## United Kingdom {#uk}" in text and "<!--" not in text and text.endswith("\n\nAfter.\n")


def test_other_markers_are_left_for_their_own_hooks() -> None:
    page_text = "<!-- planner: reflection -->\n\n<!-- snippet: promise -->\n\n<!-- material/tags -->\n"
    assert expand(page_text, {"countries": []}, "page.md") == page_text


@pytest.mark.parametrize("marker, words", [
    ("<!-- helplines: uk -->", "takes no arguments"),
    ("<!-- services men -->", "is not written as"),
    ("Text <!-- services: men -->", "not alone on its line"),
])
def test_a_marker_of_the_wrong_form_stops_the_build(marker: str, words: str) -> None:
    with pytest.raises(DataError, match=words):
        expand(f"Intro.\n\n{marker}\n", {"countries": []}, "page.md")


def test_the_hook_reads_the_data_through_the_content_layer(tmp_path: Path) -> None:
    config = docs_with(tmp_path)
    text = on_page_markdown("Lines:\n\n<!-- services: men -->\n", page=page(), config=config, files=None)
    assert text is not None and "A help line" in text and "[0808 000 0000](tel:08080000000)" in text
    assert on_page_markdown("No marker here.\n", page=page(), config=config, files=None) is None


def test_help_lines_that_cannot_be_read_stop_the_build_with_the_line(tmp_path: Path) -> None:
    config = docs_with(tmp_path, DATA.replace("    name: United Kingdom\n", "    name: [United Kingdom\n"))
    with pytest.raises(PluginError, match=r"helplines\.yml:\d+: not valid YAML"):
        on_page_markdown("<!-- helplines -->\n", page=page("get-help-now.md"), config=config, files=None)
