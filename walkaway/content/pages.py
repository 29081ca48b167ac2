"""Which files under docs/ are pages: the Markdown files outside hidden folders and the folders the site
does not publish (its data and snippets, which hooks put into pages). `exclude_docs` in mkdocs.yml lists
the same folders; a test keeps the two in step."""
from __future__ import annotations

import os
from pathlib import Path

NOT_PUBLISHED = ("_data/", "_snippets/")


def is_page(rel: str) -> bool:
    """Is the docs-relative path `rel` a page MkDocs builds?"""
    parts = rel.split("/")
    return (rel.lower().endswith(".md") and not rel.startswith(NOT_PUBLISHED)
            and not any(part.startswith(".") for part in parts))


def published_files(docs: Path) -> tuple[list[Path], set[str]]:
    """The pages under `docs`, in a stable order, and the docs-relative names of every other file MkDocs
    would publish. Hidden files and folders and NOT_PUBLISHED are skipped, as `exclude_docs` does."""
    pages: list[Path] = []
    others: set[str] = set()
    for folder, subfolders, names in os.walk(docs):
        rel = Path(folder).relative_to(docs).as_posix()
        prefix = "" if rel == "." else rel + "/"
        subfolders[:] = sorted(name for name in subfolders
                               if not name.startswith(".") and not (prefix + name + "/").startswith(NOT_PUBLISHED))
        for name in sorted(names):
            if is_page(prefix + name):
                pages.append(Path(folder, name))
            elif not name.startswith("."):
                others.add(prefix + name)
    return pages, others


def page_files(docs: Path) -> list[Path]:
    """Every page under `docs`, in a stable order."""
    return published_files(docs)[0]
