"""Limits on what contributors write, so the validator and the build always finish quickly.

A page or data file past these limits is refused with a message, before any parser sees it: Python-Markdown
takes minutes on deeply nested lists, and YAML aliases can expand a few lines into gigabytes.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

MAX_PAGE_BYTES = 256_000     # the longest page today is about 12 kB
MAX_DATA_BYTES = 512_000     # each YAML file in docs/_data/
MAX_LINE_CHARS = 10_000      # a whole paragraph may sit on one line; the longest today is under 500
MAX_NESTING = 10             # list, quote and indented-block levels in a page
MAX_YAML_DEPTH = 10          # nested lists and mappings in front matter and data files


class LimitError(ValueError):
    """A file that is too big, or not a plain file; `message` says which."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def read_bytes(path: Path, limit: int) -> bytes:
    """The bytes of a plain file of at most `limit` bytes. Symbolic links, folders, devices and pipes are
    refused without being opened: reading /dev/zero or a pipe would never end."""
    try:
        info = os.lstat(path)
    except OSError as error:
        raise LimitError(f"the file cannot be read ({error.strerror or error})") from None
    if stat.S_ISLNK(info.st_mode):
        raise LimitError("the file is a symbolic link")
    if not stat.S_ISREG(info.st_mode):
        raise LimitError("the file is not a plain file")
    if info.st_size > limit:
        raise LimitError(f"the file is {info.st_size:,} bytes; the limit is {limit:,}")
    try:
        with path.open("rb") as file:
            data = file.read(limit + 1)
    except OSError as error:
        raise LimitError(f"the file cannot be read ({error.strerror or error})") from None
    if len(data) > limit:
        raise LimitError(f"the file is over {limit:,} bytes")
    return data


def nesting(line: str) -> int:
    """How many container levels a Markdown line opens: its indentation in steps of four columns, plus
    each list marker or `>` it starts with (`- - - x` is three nested lists)."""
    columns = 0
    index = 0
    while index < len(line) and line[index] in " \t":
        columns += 4 - columns % 4 if line[index] == "\t" else 1
        index += 1
    levels = columns // 4
    rest = line[index:]
    while rest:
        if rest[0] == ">":
            rest = rest[1:].lstrip(" ")
        elif rest[0] in "-*+" and rest[1:2] in (" ", "\t"):
            rest = rest[2:].lstrip(" \t")
        else:
            digits = len(rest) - len(rest.lstrip("0123456789"))
            if not (0 < digits < 10 and rest[digits:digits + 1] in (".", ")") and rest[digits + 1:digits + 2] == " "):
                break
            rest = rest[digits + 2:].lstrip(" ")
        levels += 1
    return levels
