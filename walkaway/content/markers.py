"""One grammar for the markers that put generated or shared content into a page at build time.

A marker is an HTML comment on a line of its own (indented as the block it sits in):

    <!-- NAME -->
    <!-- NAME: ARG, ARG -->

NAME is lower-case words joined by hyphens; the arguments are separated by commas. The markers, and the
hook that replaces each:

    helplines            every help line, by country (Get help now)        walkaway/hooks/helplines.py
    services: KIND, …    the help lines of those kinds, by country         walkaway/hooks/helplines.py
    planner: NAME        the form of docs/_data/planners/NAME.yml           walkaway/hooks/planner_forms.py
    snippet: NAME        the text of docs/_snippets/NAME.md                 walkaway/hooks/snippets.py

A comment that starts with a marker's name but does not follow the grammar is a malformed marker; any
other `<!-- word -->` or `<!-- word: … -->` is an unknown one. The validator reports both (`marker-syntax`);
other comments, such as Material's `<!-- material/tags -->`, are left alone. Markers are found in the
Markdown as written, code blocks included.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from walkaway.content.errors import Problem

# name -> the most arguments it takes (None: any number). Too few is each marker's own rule's to explain.
MARKERS: dict[str, int | None] = {"helplines": 0, "services": None, "planner": 1, "snippet": 1}
_COMMENT = re.compile(r"<!--(.*?)-->")
_MARKER = re.compile(r"(?P<name>[a-z][a-z0-9]*(?:-[a-z0-9]+)*)[ \t]*(?::(?P<args>[^>]*))?")
_FIRST_WORD = re.compile(r"[a-z][a-z0-9-]*")


@dataclass(frozen=True)
class Marker:
    name: str
    args: tuple[str, ...]
    line: int           # 1-based, in the text scanned
    start: int          # the comment's offsets in the text scanned
    end: int
    alone: bool         # nothing but spaces around it on its line
    indent: str = ""    # the line's indentation, when alone
    well_formed: bool = True

    @property
    def known(self) -> bool:
        return self.name in MARKERS


def scan(text: str) -> list[Marker]:
    """Every marker in `text`, known or not, in order."""
    if "<!--" not in text:
        return []
    found: list[Marker] = []
    line, counted = 1, 0
    for comment in _COMMENT.finditer(text):
        line += text.count("\n", counted, comment.start())
        counted = comment.start()
        inner = comment.group(1).strip(" \t")
        parsed = _MARKER.fullmatch(inner)
        if parsed is None:
            first = _FIRST_WORD.match(inner)
            if first is None or first.group() not in MARKERS:
                continue  # an ordinary comment
            name, args, well_formed = first.group(), (), False
        else:
            name, well_formed = parsed["name"], True
            args = tuple(arg.strip() for arg in (parsed["args"] or "").split(",") if arg.strip())
        line_start = text.rfind("\n", 0, comment.start()) + 1
        line_end = text.find("\n", comment.end())
        before = text[line_start: comment.start()]
        alone = not before.strip(" \t") and not text[comment.end(): None if line_end < 0 else line_end].strip(" \t")
        found.append(Marker(name, args, line, comment.start(), comment.end(), alone, before if alone else "",
                            well_formed))
    return found


def problem(marker: Marker) -> Problem | None:
    """What is wrong with a marker's form, whatever its name: unknown, malformed, not alone, too many arguments."""
    names = ", ".join(f"`{name}`" for name in MARKERS)
    if not marker.known:
        return Problem(marker.line, f"unknown marker `{marker.name}`",
                       f"use one of {names} (see CONTRIBUTING.md), or write the comment as more than one word")
    if not marker.well_formed:
        return Problem(marker.line, f"the `{marker.name}` marker is not written as `<!-- NAME -->` or "
                                    "`<!-- NAME: ARG, ARG -->`", "write it in that form: a colon after the name, "
                                                                 "commas between the arguments")
    if not marker.alone:
        return Problem(marker.line, f"the `{marker.name}` marker is not alone on its line",
                       "put the marker on a line of its own, with blank lines around it")
    most = MARKERS[marker.name]
    if most is not None and len(marker.args) > most:
        wanted = "no arguments" if most == 0 else f"{most} argument" + ("s" if most > 1 else "")
        return Problem(marker.line, f"the `{marker.name}` marker takes {wanted}, not {len(marker.args)}",
                       f"write `<!-- {marker.name}{': NAME' if most else ''} -->`")
    return None


def expand(text: str, render: Callable[[Marker], str | None]) -> tuple[str, list[int] | None]:
    """`text` with each well-formed marker alone on its line replaced by `render(marker)`, indented as the marker
    was (None keeps the marker). Also returns, for every line of the result, the 0-based line of `text` it
    comes from (None when nothing was replaced: each line is its own)."""
    found = {marker.line - 1: marker for marker in scan(text) if marker.alone and marker.well_formed}
    blocks = {index: block for index, marker in found.items() if (block := render(marker)) is not None}
    if not blocks:
        return text, None
    lines: list[str] = []
    origin: list[int] = []
    for index, line in enumerate(text.split("\n")):
        if index not in blocks:
            lines.append(line)
            origin.append(index)
            continue
        indent = found[index].indent
        for block_line in blocks[index].split("\n"):
            lines.append(indent + block_line if block_line else "")
            origin.append(index)
    return "\n".join(lines), origin
