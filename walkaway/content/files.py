"""Reading the project's files: bounded (walkaway.limits), and once per process while a file is unchanged.

`once_per_change` remembers what a loader made of a file until the file's modification time, size or
inode change: a build reads the help lines once however many pages show them, a validator worker reads a
snippet once however many pages include it, and `mkdocs serve` still sees every edit. A file changed in
the last two seconds is read again every time, as Git does for "racy" files: file systems keep
modification times only to a few milliseconds, so two writes of the same size could share one.
"""
from __future__ import annotations

import functools
import os
import time
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any, TypeVar

from walkaway import limits, yamlfile
from walkaway.content.errors import ContentError, Problem

T = TypeVar("T")
RACY_SECONDS = 2.0
DATA_HINT = "keep data files small plain files; split a long list into several files"

_remembered: dict[tuple[Hashable, ...], tuple[tuple[int, int, int], Any]] = {}


def once_per_change(loader: Callable[..., T]) -> Callable[..., T]:
    """`loader(path, *args)`, remembered per (path, args) until the file at `path` changes."""

    @functools.wraps(loader)
    def load(path: Path, *args: Hashable) -> T:
        try:
            info = os.lstat(path)
        except OSError:
            return loader(path, *args)  # the loader says what is wrong, in its own words
        stamp = (info.st_mtime_ns, info.st_size, info.st_ino)
        key = (loader, os.fspath(path), *args)
        remembered = _remembered.get(key)
        if remembered is not None and remembered[0] == stamp:
            return remembered[1]
        value = loader(path, *args)
        if time.time() - info.st_mtime > RACY_SECONDS:
            _remembered[key] = (stamp, value)
        return value

    return load


def forget() -> None:
    """Drop everything remembered (tests that rewrite a file within two seconds do not need this)."""
    _remembered.clear()


def read_text(path: Path, limit: int, hint: str = DATA_HINT) -> str:
    """The text of a plain UTF-8 file of at most `limit` bytes. Raises ContentError."""
    try:
        return limits.read_bytes(path, limit).decode("utf-8")
    except limits.LimitError as error:
        raise ContentError(path, Problem(1, error.message, hint)) from None
    except UnicodeDecodeError as error:
        raise ContentError(path, Problem(1, f"the file cannot be read ({error})", "save it as UTF-8")) from None


def parse_yaml(path: Path, text: str) -> yamlfile.YamlDoc:
    """`text`, the contents of `path`, as YAML with line numbers. Raises ContentError."""
    try:
        return yamlfile.load(text)
    except yamlfile.YamlError as error:
        raise ContentError(path, Problem(error.line, f"not valid YAML: {error.message}",
                                         "check the indentation; put text containing `:` or `#` in quotes")) from None


@once_per_change
def read_yaml(path: Path) -> yamlfile.YamlDoc:
    """A YAML data file with the line of every key, read within MAX_DATA_BYTES. Raises ContentError.

    Remembered while the file is unchanged: treat the result as read-only.
    """
    return parse_yaml(path, read_text(path, limits.MAX_DATA_BYTES))
