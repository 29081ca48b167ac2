"""Load YAML and remember the line of every key and item, so errors can point at them."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import yaml

from walkaway import limits

YamlPath = tuple[str | int, ...]


class YamlError(Exception):
    """YAML that cannot be read, with the 1-based line where the reader gave up."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


# libyaml's C parser when PyYAML was built with it (it is, from PyPI wheels): several times faster.
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[valid-type, misc]
    """A safe loader that reads mkdocs.yml too: it skips Python and `!ENV` tags instead of failing."""


_Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
_Loader.add_multi_constructor("!", lambda loader, suffix, node: None)


@dataclass
class YamlDoc:
    data: Any
    lines: dict[YamlPath, int] = field(default_factory=dict)

    def line_of(self, path: YamlPath) -> int:
        """The line of `path`, or of its nearest parent that has one (1 when nothing matches)."""
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), 1)


def load(text: str, *, allow_tags: bool = False) -> YamlDoc:
    """Parse one YAML document. Raises YamlError, never anything else, for bad input.

    Anchors and aliases (`&a`, `*a`) are refused before anything is built: an alias can refer to itself
    (`&r [*r]`) or multiply (an "alias bomb"), and what reads the result then never finishes. So are
    nesting deeper than MAX_YAML_DEPTH and, unless `allow_tags` (mkdocs.yml, written by maintainers),
    explicit tags such as `!!python/object`.
    """
    _scan(text, allow_tags=allow_tags)
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return YamlDoc(None)
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        raise YamlError(line, f"{error.problem or error.context}") from None
    except (yaml.YAMLError, ValueError, TypeError, OverflowError) as error:
        # Constructors raise plain errors, for example a date like 2026-13-45.
        raise YamlError(1, f"a value cannot be read ({error})") from None
    finally:
        loader.dispose()
    lines: dict[YamlPath, int] = {}
    _record_lines(node, (), lines)
    return YamlDoc(data, lines)


def _scan(text: str, *, allow_tags: bool) -> None:
    """Read the document's events (no values are built) and refuse what `load` must not construct."""
    depth = 0
    try:
        for event in yaml.parse(text, Loader=_BaseLoader):
            line = event.start_mark.line + 1
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                raise YamlError(line, "anchors and aliases (`&name`, `*name`) are not allowed; write each value "
                                      "out in full")
            if not allow_tags and getattr(event, "tag", None) is not None:
                raise YamlError(line, f"the tag `{event.tag}` is not allowed; write a plain value")
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > limits.MAX_YAML_DEPTH:
                    raise YamlError(line, f"lists and mappings are nested more than {limits.MAX_YAML_DEPTH} deep")
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        raise YamlError(mark.line + 1 if mark else 1, f"{error.problem or error.context}") from None
    except yaml.YAMLError as error:
        raise YamlError(1, f"the YAML cannot be read ({error})") from None


def _record_lines(node: yaml.Node, path: YamlPath, lines: dict[YamlPath, int]) -> None:
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.start_mark)
            lines[path + (key,)] = key_node.start_mark.line + 1
            _record_lines(value_node, path + (key,), lines)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _record_lines(item, path + (index,), lines)


def as_json(value: Any) -> Any:
    """YAML values as JSON Schema sees them: dates become ISO strings, keys become strings."""
    if isinstance(value, dict):
        return {str(key): as_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_json(item) for item in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value
