"""A page's front matter: split from the Markdown exactly as MkDocs splits it, read with line numbers, typed.

`read(text)` never fails: a page whose front matter cannot be read still has a body, and its problems say
where and why (the validator reports them as `front-matter-syntax`). The values are kept as JSON Schema
sees them (`data`, dates as strings) for the schema check, and offered typed (`title`, `reviewed` as a
date, `tags`, `sources` …) for everything else.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mkdocs.utils.meta import YAML_RE

from walkaway import limits, yamlfile
from walkaway.content.dates import parse_date, reviewed_date
from walkaway.content.errors import Problem
from walkaway.content.files import read_text


@dataclass(frozen=True)
class Source:
    """One entry of `sources`: a public page behind the facts on this page."""

    title: str
    url: str
    accessed: dt.date | None


@dataclass(frozen=True)
class FrontMatter:
    """The front matter of one page. `lines` maps a key path (`("sources", 0, "url")`) to its page line."""

    data: dict[str, Any] = field(default_factory=dict)
    lines: dict[yamlfile.YamlPath, int] = field(default_factory=dict)
    present: bool = False       # the page starts with a `---` block
    broken: bool = False        # ... which cannot be read as `key: value` lines (see problems)
    body_line: int = 1          # the page line the Markdown body starts on
    problems: tuple[Problem, ...] = ()

    @classmethod
    def of(cls, meta: dict[str, Any]) -> FrontMatter:
        """The typed view of front matter MkDocs has already read (a hook's `page.meta`), without lines."""
        return cls(yamlfile.as_json(meta), present=bool(meta))

    def line_of(self, *path: str | int) -> int:
        """The line of a key (or of its nearest parent that has one); line 1 without front matter."""
        key: yamlfile.YamlPath = tuple(path)
        while key:
            if key in self.lines:
                return self.lines[key]
            key = key[:-1]
        return 1

    def _text(self, key: str) -> str | None:
        value = self.data.get(key)
        return value if isinstance(value, str) else None

    def _words(self, value: Any) -> tuple[str, ...]:
        return tuple(str(item) for item in value) if isinstance(value, list) else ()

    @property
    def title(self) -> str | None:
        return self._text("title")

    @property
    def description(self) -> str | None:
        return self._text("description")

    @property
    def content_warning(self) -> str | None:
        return self._text("content_warning")

    @property
    def readability_note(self) -> str | None:
        return self._text("readability_note")

    @property
    def reviewed(self) -> dt.date | None:
        return reviewed_date(self.data)

    @property
    def tags(self) -> tuple[str, ...]:
        return self._words(self.data.get("tags"))

    @property
    def keywords(self) -> tuple[str, ...]:
        return self._words(self.data.get("keywords"))

    @property
    def section_keywords(self) -> dict[str, tuple[str, ...]]:
        sections = self.data.get("section_keywords")
        return {str(anchor): self._words(words) for anchor, words in sections.items()} \
            if isinstance(sections, dict) else {}

    @property
    def sources(self) -> tuple[Source, ...]:
        entries = self.data.get("sources")
        return tuple(Source(str(entry.get("title", "")), str(entry.get("url", "")), parse_date(entry.get("accessed")))
                     for entry in entries if isinstance(entry, dict)) if isinstance(entries, list) else ()

    @property
    def search_excluded(self) -> bool:
        search = self.data.get("search")
        return isinstance(search, dict) and search.get("exclude") is True


def read(text: str) -> tuple[FrontMatter, str]:
    """The front matter of a page's text (newlines already `\\n`) and the Markdown body after it."""
    match = YAML_RE.match(text)
    if not match:
        if text.startswith("---") and text[3:].strip(" \t").startswith("\n"):
            return FrontMatter(problems=(Problem(1, "front matter starts with `---` but is never closed",
                                                 "add a line with only `---` after the last front-matter key"),)), text
        return FrontMatter(), text
    body = text[match.end():]
    body_line = text[: match.end()].count("\n") + 1
    try:
        document = yamlfile.load(match.group(1))
    except yamlfile.YamlError as error:
        problem = Problem(error.line + 1, f"front matter is not valid YAML: {error.message}",
                          "check the indentation and put text containing `:` or `#` in quotes")
        return FrontMatter(present=True, broken=True, body_line=body_line, problems=(problem,)), body
    if document.data is None:
        return FrontMatter(present=True, body_line=body_line), body
    if not isinstance(document.data, dict):
        problem = Problem(2, "front matter must be a list of `key: value` lines",
                          "write each setting as `key: value`, for example `title: Your title`")
        return FrontMatter(present=True, broken=True, body_line=body_line, problems=(problem,)), body
    lines = {path: line + 1 for path, line in document.lines.items()}  # + the opening `---`
    return FrontMatter(yamlfile.as_json(document.data), lines, present=True, body_line=body_line), body


def read_file(path: Path) -> tuple[FrontMatter, str]:
    """A page file's front matter and body, read within MAX_PAGE_BYTES. Raises ContentError."""
    text = read_text(path, limits.MAX_PAGE_BYTES, "a page is a plain Markdown file of reasonable size")
    return read(text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n"))
