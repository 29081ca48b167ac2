"""The whole site as the rules see it: every page, every other file, the nav and the tag vocabulary."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from walkaway import limits, paths, schema, yamlfile
from walkaway.lint.findings import Finding
from walkaway.lint.page import Page


@dataclass(frozen=True)
class NavEntry:
    target: str
    line: int


@dataclass(frozen=True)
class PageContext:
    """What a page rule may know beyond its page. Small, because it is sent to every worker process."""

    docs: Path
    today: dt.date
    tags: tuple[str, ...] = ()


@dataclass
class Site:
    docs: Path
    config: Path
    config_display: str
    today: dt.date = field(default_factory=dt.date.today)
    pages: dict[str, Page] = field(default_factory=dict)
    files: set[str] = field(default_factory=set)
    nav: list[NavEntry] = field(default_factory=list)
    problems: list[Finding] = field(default_factory=list)
    _data: dict[tuple[str, str], tuple[yamlfile.YamlDoc | None, list[Finding]]] = field(
        default_factory=dict, repr=False)

    def data(self, rel: str, rule: str) -> tuple[yamlfile.YamlDoc | None, list[Finding]]:
        """The YAML data file docs/`rel`, read once per run however many rules ask (see `read_data`)."""
        if (rel, rule) not in self._data:
            self._data[rel, rule] = read_data(self.docs / rel, f"{self.docs.name}/{rel}", rule)
        return self._data[rel, rule]

    def has_file(self, rel: str) -> bool:
        return rel in self.files or rel in self.pages

    def is_dir(self, rel: str) -> bool:
        return rel.rstrip("/") in self.folders

    @cached_property
    def folders(self) -> frozenset[str]:
        """Every folder that holds a page or a file, as a docs-relative path without the last `/`."""
        found: set[str] = set()
        for name in (*self.files, *self.pages):
            parts = name.split("/")[:-1]
            found.update("/".join(parts[:depth]) for depth in range(1, len(parts) + 1))
        return frozenset(found)


def read_data(file: Path, display: str, rule: str) -> tuple[yamlfile.YamlDoc | None, list[Finding]]:
    """A YAML data file with the line of every key, or the finding (under `rule`) that says why not."""
    try:
        return yamlfile.load(limits.read_bytes(file, limits.MAX_DATA_BYTES).decode("utf-8")), []
    except limits.LimitError as error:
        return None, [Finding(display, 1, 1, rule, error.message,
                              "keep data files small plain files; split a long list into several files")]
    except UnicodeDecodeError as error:
        return None, [Finding(display, 1, 1, rule, f"the file cannot be read ({error})", "save it as UTF-8")]
    except yamlfile.YamlError as error:
        return None, [Finding(display, error.line, 1, rule, f"not valid YAML: {error.message}",
                              "check the indentation; put text containing `:` or `#` in quotes")]


def read_nav(config: Path, display: str) -> tuple[list[NavEntry], list[Finding]]:
    """Every page path listed under `nav:` in mkdocs.yml, with its line."""
    try:
        document = yamlfile.load(config.read_text(encoding="utf-8"), allow_tags=True)
    except (OSError, UnicodeDecodeError) as error:
        return [], [Finding(display, 1, 1, "config", f"mkdocs.yml cannot be read ({error})",
                            "check that the file exists and is UTF-8")]
    except yamlfile.YamlError as error:
        return [], [Finding(display, error.line, 1, "config", f"mkdocs.yml is not valid YAML: {error.message}",
                            "fix the YAML; `mkdocs build` shows the same problem")]
    data = document.data if isinstance(document.data, dict) else {}
    entries: list[NavEntry] = []
    _collect_nav(data.get("nav") or [], ("nav",), document, entries)
    return entries, []


def _collect_nav(node: object, path: tuple[str | int, ...], document: yamlfile.YamlDoc,
                 entries: list[NavEntry]) -> None:
    if isinstance(node, str):
        if "://" not in node:
            entries.append(NavEntry(node, document.line_of(path)))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            _collect_nav(item, path + (index,), document, entries)
    elif isinstance(node, dict):
        for key, value in node.items():
            _collect_nav(value, path + (key,), document, entries)


_TAG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def read_tags(docs: Path) -> tuple[dict[str, str], list[Finding]]:
    """The tag vocabulary in docs/_data/tags.yml: tag -> description."""
    file = docs / paths.TAGS_FILE
    display = f"{docs.name}/{paths.TAGS_FILE}"
    if not file.exists():
        return {}, []
    document, problems = read_data(file, display, "tags-file")
    if document is None:
        return {}, problems
    if not isinstance(document.data, dict):
        return {}, [Finding(display, 1, 1, "tags-file", "the tag list must be `tag: description` lines",
                            "write one `tag: description` per line")]
    problems: list[Finding] = []
    for key, value in document.data.items():
        line = document.line_of((key,))
        if not isinstance(key, str) or not _TAG.match(key):
            problems.append(Finding(display, line, 1, "tags-file", f"the tag `{key}` is not a plain name",
                                    "use lower-case letters, digits and single hyphens, for example `safety`"))
        elif not isinstance(value, str) or schema.markup_in(value):
            what = schema.markup_in(value) if isinstance(value, str) else "no text"
            problems.append(Finding(display, line, 1, "tags-file", f"the description of `{key}` has {what}",
                                    schema.PLAIN_TEXT_HINT))
    if problems:
        return {}, problems
    return {str(key): str(value) for key, value in document.data.items()}, []
