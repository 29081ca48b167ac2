"""docs/ holds only pages, images, data and snippets, each a plain file within limits.

MkDocs publishes every file under docs/ that is not Markdown byte for byte, and follows symbolic links:
an .html file would be a page without the security policy, an .svg could carry a script, a file named
like one of the site's scripts would replace it, and a link could publish /etc/passwd. So docs/ holds
an allowlist of kinds of file, none of them links, and page names are plain slugs (they reach URLs and
the "edit this page" link).
"""
from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

from walkaway import limits
from walkaway.lint.registry import SiteReport, reported_while_reading, site_rule
from walkaway.lint.site import Site

IMAGES = (".png", ".jpg", ".jpeg", ".webp", ".svg")
# What MkDocs also reads as Markdown pages.
OTHER_MARKDOWN = (".markdown", ".mdown", ".mkdn", ".mkd", ".mdwn", ".mdtxt", ".mdtext")
DATA = re.compile(r"^_data/(?:planners/)?[a-z0-9][a-z0-9-]*\.yml$")
SNIPPET = re.compile(r"^_snippets/[a-z0-9]+(?:-[a-z0-9]+)*\.md$")  # walkaway/content/snippets.py
PAGE_NAME = re.compile(r"^(?:[a-z0-9]+(?:-[a-z0-9]+)*/)*[a-z0-9]+(?:-[a-z0-9]+)*\.md$")
IMAGE_NAME = re.compile(r"^(?:[a-z0-9]+(?:-[a-z0-9]+)*/)*[a-z0-9]+(?:[-_][a-z0-9]+)*\.[a-z]+$")


def _entries(docs: Path) -> Iterator[tuple[str, Path]]:
    """Every file and folder under docs/, hidden ones too, without following links."""
    for folder, subfolders, names in os.walk(docs):
        subfolders.sort()
        for name in sorted(subfolders + names):
            path = Path(folder, name)
            yield path.relative_to(docs).as_posix(), path


reported_while_reading(
    "page-limits", f"A page is a plain file of at most {limits.MAX_PAGE_BYTES:,} bytes, with lines of at most "
    f"{limits.MAX_LINE_CHARS:,} characters nested at most {limits.MAX_NESTING} levels deep (walkaway/limits.py: "
    "they keep the parsers fast, so they are not options).", reads="each page")
reported_while_reading("file-encoding", "A page is UTF-8 without a byte-order mark and has no NUL character.",
                       reads="each page")


def _shown(site: Site, rel: str) -> str:
    return f"{site.docs.name}/{rel}"


@site_rule("docs-symlink", "No symbolic links under docs/.")
def check_symlinks(site: Site, report: SiteReport) -> None:
    for rel, path in _entries(site.docs):
        if path.is_symlink():
            report(_shown(site, rel), 1, "a symbolic link (MkDocs would publish whatever it points at)",
                   "replace the link with the file itself, or remove it")


@site_rule("docs-file-type", "docs/ holds only .md pages, images, docs/_data/*.yml and docs/_snippets/*.md.")
def check_types(site: Site, report: SiteReport) -> None:
    for rel, path in _entries(site.docs):
        if path.is_symlink() or path.is_dir():
            continue
        name = rel.lower()
        if rel.startswith("_snippets/") and not SNIPPET.match(rel):
            report(_shown(site, rel), 1, "not a snippet",
                   "docs/_snippets/ holds only `name.md` files: lower-case words joined by hyphens")
            continue
        if name.endswith(".md") or DATA.match(rel) or (name.endswith(IMAGES) and not rel.startswith("_data/")):
            if not path.is_file():
                report(_shown(site, rel), 1, "not a plain file", "remove it from docs/")
            continue
        if name.endswith(OTHER_MARKDOWN):
            hint = f"rename it to `{rel.rsplit('.', 1)[0]}.md`: pages end in .md"
        elif rel.startswith("_data/"):
            hint = "docs/_data/ holds only `name.yml` files (and docs/_data/planners/`name.yml`)"
        else:
            hint = ("remove it: docs/ holds pages (.md), images (" + ", ".join(IMAGES) + ") and docs/_data/*.yml; "
                    "scripts, styles and templates are maintained in overrides/")
        report(_shown(site, rel), 1, "a file of a type the site does not publish", hint)


@site_rule("page-file-name", "Page and image file names are lower-case slugs.")
def check_names(site: Site, report: SiteReport) -> None:
    for rel, path in _entries(site.docs):
        if path.is_dir() or path.is_symlink() or rel.startswith(("_data/", "_snippets/")):
            continue
        name = rel.lower()
        if name.endswith(".md") and not PAGE_NAME.match(rel):
            report(_shown(site, rel), 1, "the page's file name is not a plain slug",
                   "use lower-case letters, digits and single hyphens, for example `leaving-safely.md`")
        elif name.endswith(IMAGES) and not IMAGE_NAME.match(rel):
            report(_shown(site, rel), 1, "the image's file name is not a plain slug",
                   "use lower-case letters, digits, hyphens and underscores, for example `path-map.png`")

