"""Which source file a built file came from, and the line of that source a finding points at."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Project:
    """The folders a build reads: pages and data (docs), our templates and assets (overrides), the theme's."""

    root: Path
    docs: Path
    overrides: Path
    theme: Path


# What MkDocs reads as pages; only .md is allowed, but the gate names the source of any of them.
MARKDOWN = (".md", ".markdown", ".mdown", ".mkdn", ".mkd")


def source_of(rel: str, project: Project) -> Path | None:
    """The file a built file was made from: a page for index.html files, else the copied file itself."""
    candidates: list[Path] = []
    if rel == "404.html":
        candidates.append(project.overrides / "404.html")
    elif rel == "index.html":
        candidates.append(project.docs / "index.md")
    elif rel.endswith("/index.html"):
        folder = rel[: -len("/index.html")]
        candidates += [project.docs / folder / f"index{suffix}" for suffix in MARKDOWN]
        candidates += [project.docs / f"{folder}{suffix}" for suffix in MARKDOWN]
    candidates += [project.docs / rel, project.overrides / rel]
    return next((path for path in candidates if path.is_file()), None)


def locate(source: Path | None, needles: tuple[str, ...], data_files: list[Path]) -> tuple[Path | None, int]:
    """The first line of `source` (else of a data file the page renders) holding one of `needles`."""
    for file in ([source] if source else []) + data_files:
        try:
            lines = file.read_text(encoding="utf-8", errors="replace").lower().split("\n")
        except OSError:
            continue
        for needle in needles:
            needle = needle.strip().lower()
            if not needle:
                continue
            for number, line in enumerate(lines, start=1):
                if needle in line:
                    return file, number
    return source, 1
