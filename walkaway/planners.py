"""The private planners' data (docs/_data/planners/NAME.yml), shared by the validator and the build hook.

A page shows a planner by saying `<!-- planner: NAME -->`; walkaway/hooks/planners.py renders the form.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from walkaway import limits, paths, yamlfile

MARKER = re.compile(r"<!--\s*planner:\s*([a-z0-9-]+)\s*-->")


def file_for(docs: Path, name: str) -> Path:
    return docs / paths.PLANNERS_DIR / f"{name}.yml"


def files(docs: Path) -> list[Path]:
    return sorted((docs / paths.PLANNERS_DIR).glob("*.yml"))


def load(file: Path) -> yamlfile.YamlDoc:
    """The planner with line numbers. Raises limits.LimitError, UnicodeDecodeError or yamlfile.YamlError."""
    return yamlfile.load(limits.read_bytes(file, limits.MAX_DATA_BYTES).decode("utf-8"))


def ids(data: Any) -> Iterator[tuple[str, yamlfile.YamlPath]]:
    """Every section, question and item id in document order, with its path in the YAML."""
    sections = data.get("sections") if isinstance(data, dict) else None
    for s, section in enumerate(_list(sections)):
        yield from _id(section, ("sections", s))
        for q, question in enumerate(_list(section.get("questions") if isinstance(section, dict) else None)):
            yield from _id(question, ("sections", s, "questions", q))
            items = question.get("items") if isinstance(question, dict) else None
            for i, item in enumerate(_list(items)):
                yield from _id(item, ("sections", s, "questions", q, "items", i))


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _id(node: Any, path: yamlfile.YamlPath) -> Iterator[tuple[str, yamlfile.YamlPath]]:
    if isinstance(node, dict) and isinstance(node.get("id"), str):
        yield node["id"], path + ("id",)
