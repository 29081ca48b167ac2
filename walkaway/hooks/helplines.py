"""MkDocs hook: render docs/_data/helplines.yml into pages.

`<!-- helplines -->` (on Get help now) becomes every country and service; `<!-- services: KIND[, KIND] -->`
on its own line, in any page, becomes the services of those kinds by country. The numbers live in one data
file, so a number is changed in one place; what a page may claim about it ("Confirmed on the service's own
website" or "Not yet confirmed") is derived from its `checked` record by walkaway.helplines.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

from walkaway import helplines, paths, yamlfile
from walkaway.helpline_render import DataError, render_all, render_kinds

# A services marker alone on its line, with the line's indentation (inside an admonition or a list).
SERVICES_LINE = re.compile(r"^(?P<indent>[ \t]*)<!--\s*services:(?P<kinds>[^>]*?)-->[ \t]*$", re.MULTILINE)


def load_helplines(docs: Path) -> dict[str, Any]:
    file = docs / paths.HELPLINES_FILE
    try:
        # The validator's reader: anchors, aliases, tags and deep nesting are refused before anything is built.
        return yamlfile.as_json(yamlfile.load(file.read_text(encoding="utf-8")).data)
    except (OSError, yamlfile.YamlError) as error:
        raise PluginError(f"{file}: cannot read the help lines ({error}); run `make validate`") from None


def expand(markdown: str, data: dict[str, Any], page_rel: str) -> str:
    """`markdown` with both markers replaced. Raises DataError for a marker or value it cannot show."""
    if helplines.HELPLINES_MARKER in markdown:
        markdown = markdown.replace(helplines.HELPLINES_MARKER, render_all(data))

    def services(match: re.Match[str]) -> str:
        block = render_kinds(data, helplines.marker_kinds(match["kinds"]), page_rel)
        return "\n".join(match["indent"] + line if line else "" for line in block.split("\n"))

    expanded = SERVICES_LINE.sub(services, markdown)
    if helplines.SERVICES_MARKER.search(expanded):
        raise DataError("a `<!-- services: ... -->` marker must be alone on its line")
    return expanded


def on_page_markdown(markdown: str, *, page: Page, config: Any, files: Any) -> str | None:
    if helplines.HELPLINES_MARKER not in markdown and not helplines.SERVICES_MARKER.search(markdown):
        return None
    try:
        return expand(markdown, load_helplines(Path(config["docs_dir"])), page.file.src_uri)
    except (DataError, KeyError, TypeError) as error:
        raise PluginError(f"docs/{page.file.src_uri}: cannot show the help lines ({error}); "
                          "run `make validate`") from None
