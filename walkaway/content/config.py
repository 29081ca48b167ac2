"""The site's configuration, mkdocs.yml, as the tools read it: `nav` with lines, site_url, docs_dir, extra …

MkDocs reads mkdocs.yml itself for the build; this is for everything else (the validator, the output
gate, `walkaway new-page`, the tests). Python and `!ENV` tags are read as None, and `INHERIT` is not
followed (mkdocs.serve.yml is only for the preview).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from walkaway import limits, yamlfile
from walkaway.content.errors import ContentError, Problem
from walkaway.content.files import once_per_change

CONFIG_LIMIT = limits.MAX_DATA_BYTES


@dataclass(frozen=True)
class NavEntry:
    """A page listed in `nav` (`signs/index.md`), and the line of mkdocs.yml that lists it."""

    target: str
    line: int


@dataclass(frozen=True)
class SiteConfig:
    path: Path
    data: dict[str, Any] = field(default_factory=dict)
    lines: dict[yamlfile.YamlPath, int] = field(default_factory=dict, repr=False)
    nav: tuple[NavEntry, ...] = ()

    @property
    def site_name(self) -> str:
        return str(self.data.get("site_name") or "")

    @property
    def site_url(self) -> str:
        """The published address, ending in `/` as MkDocs makes it ("/" when there is none)."""
        url = str(self.data.get("site_url") or "/")
        return url if url.endswith("/") else url + "/"

    @property
    def docs_dir(self) -> Path:
        return self.path.parent / str(self.data.get("docs_dir") or "docs")

    @property
    def extra(self) -> dict[str, Any]:
        extra = self.data.get("extra")
        return extra if isinstance(extra, dict) else {}

    @property
    def markdown_extensions(self) -> list[str]:
        """The names of the Markdown extensions, in order (their options are in `data`)."""
        found = self.data.get("markdown_extensions") or []
        return [str(next(iter(item))) if isinstance(item, dict) else str(item) for item in found]

    @property
    def hooks(self) -> list[str]:
        return [str(hook) for hook in self.data.get("hooks") or []]

    @property
    def sections(self) -> list[str]:
        """The folders that `nav` lists a section index of (`signs` for `signs/index.md`), in nav order."""
        found = [entry.target.removesuffix("/index.md") for entry in self.nav
                 if re.fullmatch(r"[a-z0-9-]+/index\.md", entry.target)]
        return list(dict.fromkeys(found))

    def line_of(self, *path: str | int) -> int:
        return yamlfile.YamlDoc(self.data, self.lines).line_of(tuple(path))


@once_per_change
def load_config(path: Path) -> SiteConfig:
    """mkdocs.yml at `path`. Raises ContentError. Remembered while the file is unchanged."""
    document = yamlfile.YamlDoc(None)
    try:
        document = yamlfile.load(_text(path), allow_tags=True)
    except yamlfile.YamlError as error:
        raise ContentError(path, Problem(error.line, f"mkdocs.yml is not valid YAML: {error.message}",
                                         "fix the YAML; `mkdocs build` shows the same problem")) from None
    data = document.data if isinstance(document.data, dict) else {}
    entries: list[NavEntry] = []
    _collect_nav(data.get("nav") or [], ("nav",), document, entries)
    return SiteConfig(path, data, document.lines, tuple(entries))


def _text(path: Path) -> str:
    try:
        return limits.read_bytes(path, CONFIG_LIMIT).decode("utf-8")
    except limits.LimitError as error:
        message = error.message
    except UnicodeDecodeError as error:
        message = str(error)
    raise ContentError(path, Problem(1, f"mkdocs.yml cannot be read ({message})",
                                     "check that the file exists and is UTF-8"))


def _collect_nav(node: object, path: yamlfile.YamlPath, document: yamlfile.YamlDoc, entries: list[NavEntry]) -> None:
    if isinstance(node, str):
        if "://" not in node:
            entries.append(NavEntry(node, document.line_of(path)))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            _collect_nav(item, path + (index,), document, entries)
    elif isinstance(node, dict):
        for key, value in node.items():
            _collect_nav(value, path + (key,), document, entries)


@dataclass
class Tagged:
    """A `!!python/...` value of mkdocs.yml (the tabs' slugify function), kept as written."""

    tag: str
    value: Any


class _TaggedLoader(yaml.SafeLoader):
    pass


class _TaggedDumper(yaml.SafeDumper):
    pass


def _construct_tagged(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Tagged:
    if isinstance(node, yaml.MappingNode):
        return Tagged(node.tag, loader.construct_mapping(node, deep=True))
    if isinstance(node, yaml.SequenceNode):
        return Tagged(node.tag, loader.construct_sequence(node, deep=True))
    return Tagged(node.tag, loader.construct_scalar(node))


def _represent_tagged(dumper: yaml.SafeDumper, data: Tagged) -> yaml.Node:
    if isinstance(data.value, dict):
        return dumper.represent_mapping(data.tag, data.value)
    if isinstance(data.value, list):
        return dumper.represent_sequence(data.tag, data.value)
    return dumper.represent_scalar(data.tag, data.value)


_TaggedLoader.add_multi_constructor("tag:yaml.org,2002:python/", _construct_tagged)
_TaggedDumper.add_representer(Tagged, _represent_tagged)


def editable_config(path: Path) -> dict[str, Any]:
    """mkdocs.yml as a fresh mapping to change and write elsewhere with `write_config` (the benchmarks build
    copies of the site): Python tags are kept as `Tagged` values, so the copy builds as the original does.
    Checked by `load_config` first (bounded, no aliases). Raises ContentError."""
    load_config(path)
    data = yaml.load(_text(path), Loader=_TaggedLoader)  # noqa: S506 - a safe loader; tags are kept as text
    if not isinstance(data, dict):
        raise ContentError(path, Problem(1, "mkdocs.yml is not a mapping", "start it with `site_name: ...`"))
    return data


def write_config(data: dict[str, Any], path: Path) -> Path:
    """Write a mapping from `editable_config` (changed or not) as a mkdocs.yml at `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.dump(data, Dumper=_TaggedDumper, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def with_nav_entry(path: Path, section: str, rel: str) -> str:
    """mkdocs.yml's text with `- rel` added after the last `nav` entry in the folder `section`, indented
    like it. The file is edited as text, so its comments and layout are kept. Raises ContentError."""
    config = load_config(path)
    last = max((entry.line for entry in config.nav if entry.target.startswith(section + "/")), default=None)
    if last is None:
        raise ContentError(path, Problem(1, f"mkdocs.yml has no `nav` entries under {section}/",
                                         "choose a section that nav lists"))
    lines = _text(path).split("\n")
    line = lines[last - 1]
    indent = line[: len(line) - len(line.lstrip())]
    lines.insert(last, f"{indent}- {rel}")
    return "\n".join(lines)
