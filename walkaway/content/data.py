"""The data under docs/_data/ (help lines, tag vocabulary) and the search query set, read with line numbers.

Each file is read with the bounded YAML reader and remembered while it is unchanged (files.read_yaml).
What a file must hold is checked by the validator (the schemas in walkaway/schemas/); the readers here
refuse only what they cannot read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from walkaway import paths, schema, yamlfile
from walkaway.content.errors import ContentError, Problem
from walkaway.content.files import read_yaml

_TAG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
QUERIES_FILE = "tests/search_queries.yml"


def helplines_file(docs: Path) -> Path:
    return docs / paths.HELPLINES_FILE


def load_helplines(docs: Path) -> yamlfile.YamlDoc:
    """docs/_data/helplines.yml with line numbers (`.data` as YAML read it). Raises ContentError.

    The entries stay plain mappings: walkaway.helplines says what each may claim, and
    walkaway.helplines.render shows them.
    """
    return read_yaml(helplines_file(docs))


def tags_file(docs: Path) -> Path:
    return docs / paths.TAGS_FILE


def read_tags(docs: Path) -> tuple[dict[str, str], list[Problem]]:
    """The tag vocabulary, docs/_data/tags.yml: tag -> description, or the problems that stop it being used.

    No file is an empty vocabulary. Every bad entry is a problem of its own, so all are reported at once.
    """
    file = tags_file(docs)
    if not file.exists():
        return {}, []
    try:
        document = read_yaml(file)
    except ContentError as error:
        return {}, [error.problem]
    if not isinstance(document.data, dict):
        return {}, [Problem(1, "the tag list must be `tag: description` lines",
                            "write one `tag: description` per line")]
    problems: list[Problem] = []
    for key, value in document.data.items():
        line = document.line_of((key,))
        if not isinstance(key, str) or not _TAG.match(key):
            problems.append(Problem(line, f"the tag `{key}` is not a plain name",
                                    "use lower-case letters, digits and single hyphens, for example `safety`"))
        elif not isinstance(value, str) or schema.markup_in(value):
            what = schema.markup_in(value) if isinstance(value, str) else "no text"
            problems.append(Problem(line, f"the description of `{key}` has {what}", schema.PLAIN_TEXT_HINT))
    if problems:
        return {}, problems
    return {str(key): str(value) for key, value in document.data.items()}, []


@dataclass(frozen=True)
class Query:
    """One reader's query and the page (URL path, with an optional `#anchor`) it must find."""

    q: str
    expect: str
    part: str
    line: int

    @property
    def page(self) -> str:
        return self.expect.partition("#")[0]


@dataclass(frozen=True)
class QuerySet:
    """tests/search_queries.yml: the queries, and the pages no query needs to find (path -> why)."""

    queries: tuple[Query, ...]
    not_searched: dict[str, str]
    danger_words: tuple[str, ...]

    def expected_pages(self) -> set[str]:
        """Every URL path a query expects or `not_searched` excuses."""
        return {query.page for query in self.queries} | set(self.not_searched)


def load_search_queries(root: Path) -> QuerySet | None:
    """The query set of the project at `root`; None when it has none, or none that can be read as one
    (the search tests report that)."""
    file = root / QUERIES_FILE
    try:
        document = read_yaml(file)
    except ContentError:
        return None
    data = document.data
    entries = data.get("queries") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        return None
    queries = tuple(Query(str(entry.get("q", "")), str(entry.get("expect", "")), str(entry.get("part", "")),
                          document.line_of(("queries", index)))
                    for index, entry in enumerate(entries) if isinstance(entry, dict))
    not_searched = data.get("not_searched")
    danger = data.get("danger_words")
    return QuerySet(queries, {str(key): str(value) for key, value in not_searched.items()}
                    if isinstance(not_searched, dict) else {},
                    tuple(map(str, danger)) if isinstance(danger, list) else ())
