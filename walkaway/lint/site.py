"""The whole site as the rules see it: every page, every other file, the nav and the tag vocabulary."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from walkaway import paths, yamlfile
from walkaway.content import ContentError, NavEntry, Problem, data, files, load_config
from walkaway.lint.findings import Finding
from walkaway.lint.page import Page

__all__ = ["NavEntry", "PageContext", "Site", "read_data", "read_nav", "read_tags"]


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
        return files.read_yaml(file), []
    except ContentError as error:
        return None, [_finding(display, rule, error.problem)]


def _finding(display: str, rule: str, problem: Problem) -> Finding:
    return Finding(display, problem.line, 1, rule, problem.message, problem.hint)


def read_nav(config: Path, display: str) -> tuple[list[NavEntry], list[Finding]]:
    """Every page path listed under `nav:` in mkdocs.yml, with its line."""
    try:
        return list(load_config(config).nav), []
    except ContentError as error:
        return [], [_finding(display, "config", error.problem)]


def read_tags(docs: Path) -> tuple[dict[str, str], list[Finding]]:
    """The tag vocabulary in docs/_data/tags.yml: tag -> description."""
    tags, problems = data.read_tags(docs)
    display = f"{docs.name}/{paths.TAGS_FILE}"
    return tags, [_finding(display, "tags-file", problem) for problem in problems]
