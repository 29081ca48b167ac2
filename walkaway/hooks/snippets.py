"""MkDocs hook: put each snippet into the pages that include it, before anything else reads the Markdown.

`<!-- snippet: NAME -->` on a line of its own becomes the text of docs/_snippets/NAME.md (read by
walkaway.content.snippets, once per build while the file is unchanged). Text that must be the same on
several pages, such as the planners' privacy promise, is so written once. The snippet goes in before Markdown
is rendered, so the page is built exactly as if the text were written out in it: this hook is first in
mkdocs.yml's `hooks`, so other markers in a snippet are expanded by their own hooks as the page's own.
A marker that names no usable snippet stops the build (the validator's snippet-marker rule says the same,
with the line).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

from walkaway.content import markers, snippets


def on_page_markdown(markdown: str, *, page: Page, config: Any, files: Any) -> str | None:
    docs = Path(config["docs_dir"])
    expanded, origin = snippets.expand(markdown, docs)
    for marker in markers.scan(expanded):
        problem = snippets.problem(marker, docs)
        if problem is not None:
            line = origin[marker.line - 1] + 1 if origin else marker.line
            raise PluginError(f"docs/{page.file.src_uri}: line {line} of the page's Markdown: {problem.message} — "
                              f"{problem.hint} (run `make validate`)")
    return expanded if origin is not None else None
