"""The private planners' questions, docs/_data/planners/NAME.yml: with line numbers for the validator, typed
for the build.

A page shows a planner with the marker `<!-- planner: NAME -->`; walkaway/hooks/planner_forms.py renders
it as a form. What a planner may hold is walkaway/schemas/planner.schema.json.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from walkaway import paths, yamlfile
from walkaway.content.errors import ContentError, Problem
from walkaway.content.files import once_per_change, read_yaml


@dataclass(frozen=True)
class Item:
    """A tick box of a checklist question."""

    id: str
    label: str


@dataclass(frozen=True)
class Question:
    id: str
    kind: str                      # short, long or checklist
    label: str
    hint: str | None = None
    items: tuple[Item, ...] = ()   # checklists only


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class Planner:
    name: str
    title: str
    sections: tuple[Section, ...]


def file_for(docs: Path, name: str) -> Path:
    return docs / paths.PLANNERS_DIR / f"{name}.yml"


def files(docs: Path) -> list[Path]:
    return sorted((docs / paths.PLANNERS_DIR).glob("*.yml"))


def load(file: Path) -> yamlfile.YamlDoc:
    """The planner file with line numbers, as YAML read it. Raises ContentError."""
    return read_yaml(file)


@once_per_change
def planner(file: Path) -> Planner:
    """The planner in `file`, typed. Raises ContentError for a file that cannot be read or is not a well-formed
    planner (the validator's planner-* rules say exactly what is wrong)."""
    try:
        return parse(file.stem, load(file).data)
    except (KeyError, TypeError) as error:
        raise ContentError(file, Problem(1, f"the planner is not well formed ({error!r})",
                                         "run `walkaway validate`, which says what to fix")) from None


def parse(name: str, data: Any) -> Planner:
    """A planner from its YAML data. Raises KeyError or TypeError where it is not well formed."""
    return Planner(name, _text(data, "title"), tuple(
        Section(_text(section, "id"), _text(section, "title"), tuple(
            _question(question) for question in _list(section, "questions")))
        for section in _list(data, "sections")))


def _question(data: Any) -> Question:
    items = tuple(Item(_text(item, "id"), _text(item, "label")) for item in _list(data, "items")) \
        if _text(data, "kind") == "checklist" else ()
    return Question(_text(data, "id"), _text(data, "kind"), _text(data, "label"),
                    _text(data, "hint") if isinstance(data, dict) and "hint" in data else None, items)


def _text(data: Any, key: str) -> str:
    value = data[key]
    if not isinstance(value, str):
        raise TypeError(f"`{key}` is not text")
    return value


def _list(data: Any, key: str) -> list[Any]:
    value = data[key]
    if not isinstance(value, list):
        raise TypeError(f"`{key}` is not a list")
    return value


def ids(data: Any) -> Iterator[tuple[str, yamlfile.YamlPath]]:
    """Every section, question and item id in document order, with its path in the YAML."""
    sections = data.get("sections") if isinstance(data, dict) else None
    for s, section in enumerate(_maybe_list(sections)):
        yield from _id(section, ("sections", s))
        for q, question in enumerate(_maybe_list(section.get("questions") if isinstance(section, dict) else None)):
            yield from _id(question, ("sections", s, "questions", q))
            items = question.get("items") if isinstance(question, dict) else None
            for i, item in enumerate(_maybe_list(items)):
                yield from _id(item, ("sections", s, "questions", q, "items", i))


def _maybe_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _id(node: Any, path: yamlfile.YamlPath) -> Iterator[tuple[str, yamlfile.YamlPath]]:
    if isinstance(node, dict) and isinstance(node.get("id"), str):
        yield node["id"], path + ("id",)
