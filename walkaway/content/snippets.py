"""Snippets: text that must be the same on several pages, written once in docs/_snippets/NAME.md.

A page includes one with the marker `<!-- snippet: NAME -->` on a line of its own. The marker's line is
replaced by the snippet's Markdown before anything else reads the page (the validator's page reader and the
first build hook, walkaway/hooks/snippets.py), so links in a snippet are relative to the page that includes
it, other markers in it are expanded as the page's own, and the built HTML is exactly what the text written
out in the page would give. A snippet has no front matter and cannot include another snippet. docs/_snippets/
is excluded from the built site (`exclude_docs` in mkdocs.yml) like docs/_data/.
"""
from __future__ import annotations

import re
from pathlib import Path

from walkaway import limits
from walkaway.content import markers
from walkaway.content.errors import ContentError, Problem
from walkaway.content.files import once_per_change, read_text

FOLDER = "_snippets"
MARKER = "snippet"
NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def file_for(docs: Path, name: str) -> Path:
    return docs / FOLDER / f"{name}.md"


def names(docs: Path) -> list[str]:
    return sorted(file.stem for file in (docs / FOLDER).glob("*.md"))


@once_per_change
def load(file: Path) -> str:
    """A snippet's Markdown, without its final newline. Raises ContentError."""
    text = read_text(file, limits.MAX_PAGE_BYTES, "a snippet is a short plain Markdown file")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.startswith("---\n"):
        raise ContentError(file, Problem(1, "a snippet has no front matter",
                                         "remove the `---` block: the page that includes the snippet has its own"))
    for number, line in enumerate(text.split("\n"), start=1):  # the limits a page's lines keep (walkaway.limits)
        if len(line) > limits.MAX_LINE_CHARS or (line.strip() and limits.nesting(line) > limits.MAX_NESTING):
            raise ContentError(file, Problem(number, "the line is too long or nested too deep",
                                             "break it into several lines, or flatten the list"))
    return text.rstrip("\n")


def text_of(docs: Path, name: str) -> str | None:
    """The snippet called `name`, or None when there is none that can be read (see `problem`)."""
    if not NAME.fullmatch(name):
        return None
    try:
        return load(file_for(docs, name))
    except ContentError:
        return None


def expand(markdown: str, docs: Path) -> tuple[str, list[int] | None]:
    """`markdown` with each snippet marker naming a readable snippet replaced by the snippet, and the line map
    of markers.expand. Markers that name no such snippet are left as they are: see `problem`."""
    if "<!--" not in markdown:
        return markdown, None
    return markers.expand(markdown, lambda marker: text_of(docs, marker.args[0])
                          if marker.name == MARKER and len(marker.args) == 1 else None)


def problem(marker: markers.Marker, docs: Path) -> Problem | None:
    """Why a snippet marker left in a page after `expand` was not replaced (None for any other marker)."""
    if marker.name != MARKER or markers.problem(marker) is not None:
        return None  # not a snippet marker, or a malformed one (markers.problem says why)
    if not marker.args:
        return Problem(marker.line, "the snippet marker names no snippet",
                       f"write `<!-- snippet: NAME -->` with one of: {', '.join(names(docs)) or '(none yet)'}")
    name = marker.args[0]
    if not NAME.fullmatch(name):
        return Problem(marker.line, f"`{name}` is not a snippet name",
                       "snippet names are lower-case words joined by hyphens, as their file names in docs/_snippets/")
    file = file_for(docs, name)
    if not file.is_file() and not file.is_symlink():
        return Problem(marker.line, f"there is no snippet called `{name}`",
                       f"add docs/{FOLDER}/{name}.md, or fix the name")
    try:
        load(file)
    except ContentError as error:
        return Problem(marker.line, f"the snippet `{name}` cannot be used: docs/{FOLDER}/{name}.md:{error.line}: "
                                    f"{error.message}", error.hint)
    return Problem(marker.line, f"a snippet includes the snippet `{name}`",
                   "snippets cannot include other snippets: write the text out")
