"""Rewrite the `checked` record of chosen help-line entries, leaving every other byte of the file as it was.

The file is edited as text, by line ranges found in the line map the content layer read it with: dumping YAML again
would lose comments, quoting and order that reviewers rely on.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from walkaway import yamlfile


@dataclass(frozen=True)
class Checked:
    date: dt.date
    url: str
    found: str


def replace_checked(text: str, updates: dict[tuple[int, int], Checked], document: yamlfile.YamlDoc) -> str:
    """`text` with the `checked:` block of each (country index, service index) in `updates` replaced.
    `document` is `text` as the content layer read it (walkaway.content.files.parse_yaml), with its lines."""
    lines = text.splitlines(keepends=True)
    newline = "\r\n" if lines and lines[0].endswith("\r\n") else "\n"
    blocks = []
    for (c, s), record in updates.items():
        key = ("countries", c, "services", s, "checked")
        if key not in document.lines:
            raise ValueError(f"entry {c}/{s} has no `checked:` to update")
        blocks.append((document.lines[key] - 1, record))
    for first, record in sorted(blocks, key=lambda block: block[0], reverse=True):
        indent = _indent(lines[first])
        last = first + 1
        while last < len(lines) and lines[last].strip() and _indent(lines[last]) > indent:
            last += 1
        child = _indent(lines[first + 1]) if last > first + 1 else indent + 2
        pad, inner = " " * indent, " " * child
        at_end = last == len(lines)
        lines[first:last] = [f"{pad}checked:{newline}",
                             f"{inner}date: {record.date.isoformat()}{newline}",
                             f"{inner}url: {record.url}{newline}",
                             f"{inner}found: {json.dumps(record.found, ensure_ascii=False)}{newline}"]
        if at_end and not text.endswith(("\n", "\r")):
            lines[first + 3] = lines[first + 3].rstrip("\r\n")  # the file had no final newline: keep it so
    return "".join(lines)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))
