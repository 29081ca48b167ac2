"""MkDocs hook: give each checklist box an accessible name.

pymdownx.tasklist writes `<label class="task-list-control"><input type="checkbox" disabled>…</label>`
followed by the item's text *outside* the label, so a screen reader announces "checkbox, not checked"
with no name, and axe fails the page (WCAG 4.1.2, rule `label`). The extension stores that markup as raw
HTML, out of reach of a Markdown tree processor, so the name is added here, to the rendered page body:
each box gets `aria-label` set to its item's own text (nested lists left out).
"""
from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from selectolax.lexbor import LexborHTMLParser, LexborNode

_SKIP = {"ul", "ol", "label"}  # sub-items have their own boxes; the label holds only the box itself


def _own_text(node: LexborNode) -> str:
    parts: list[str] = []
    for child in node.iter(include_text=True):
        if child.tag == "-text":
            parts.append(child.text_content or "")
        elif child.tag not in _SKIP:
            parts.append(_own_text(child))
    return " ".join(" ".join(parts).split())


def label_checkboxes(html: str) -> str:
    """Return `html` with an aria-label on every unnamed task-list checkbox."""
    if "task-list-item" not in html:
        return html  # most pages: leave the HTML byte for byte as Markdown wrote it
    tree = LexborHTMLParser(html)
    for item in tree.css("li.task-list-item"):
        box = item.css_first("input[type=checkbox]")
        text = _own_text(item)
        if box is not None and text and "aria-label" not in box.attributes:
            box.attrs["aria-label"] = text
    return tree.body.inner_html if tree.body is not None else html


def on_page_content(html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    return label_checkboxes(html)
