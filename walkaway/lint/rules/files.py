"""docs-file-type / docs-symlink / page-file-name / page-limits: docs/ holds only pages, images, data and snippets.

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

from walkaway.lint.findings import Finding
from walkaway.lint.page import Page
from walkaway.lint.rules import PageRule, SiteRule
from walkaway.lint.site import PageContext, Site

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


def _problem(site: Site, rel: str, rule: str, message: str, hint: str) -> Finding:
    return Finding(f"{site.docs.name}/{rel}", 1, 1, rule, message, hint)


def check_symlinks(site: Site) -> Iterator[Finding]:
    for rel, path in _entries(site.docs):
        if path.is_symlink():
            yield _problem(site, rel, "docs-symlink", "a symbolic link (MkDocs would publish whatever it points at)",
                           "replace the link with the file itself, or remove it")


def check_types(site: Site) -> Iterator[Finding]:
    for rel, path in _entries(site.docs):
        if path.is_symlink() or path.is_dir():
            continue
        name = rel.lower()
        if rel.startswith("_snippets/") and not SNIPPET.match(rel):
            yield _problem(site, rel, "docs-file-type", "not a snippet",
                           "docs/_snippets/ holds only `name.md` files: lower-case words joined by hyphens")
            continue
        if name.endswith(".md") or DATA.match(rel) or (name.endswith(IMAGES) and not rel.startswith("_data/")):
            if not path.is_file():
                yield _problem(site, rel, "docs-file-type", "not a plain file", "remove it from docs/")
            continue
        if name.endswith(OTHER_MARKDOWN):
            hint = f"rename it to `{rel.rsplit('.', 1)[0]}.md`: pages end in .md"
        elif rel.startswith("_data/"):
            hint = "docs/_data/ holds only `name.yml` files (and docs/_data/planners/`name.yml`)"
        else:
            hint = ("remove it: docs/ holds pages (.md), images (" + ", ".join(IMAGES) + ") and docs/_data/*.yml; "
                    "scripts, styles and templates are maintained in overrides/")
        yield _problem(site, rel, "docs-file-type", "a file of a type the site does not publish", hint)


def check_names(site: Site) -> Iterator[Finding]:
    for rel, path in _entries(site.docs):
        if path.is_dir() or path.is_symlink() or rel.startswith(("_data/", "_snippets/")):
            continue
        name = rel.lower()
        if name.endswith(".md") and not PAGE_NAME.match(rel):
            yield _problem(site, rel, "page-file-name", "the page's file name is not a plain slug",
                           "use lower-case letters, digits and single hyphens, for example `leaving-safely.md`")
        elif name.endswith(IMAGES) and not IMAGE_NAME.match(rel):
            yield _problem(site, rel, "page-file-name", "the image's file name is not a plain slug",
                           "use lower-case letters, digits, hyphens and underscores, for example `path-map.png`")


def check_limits(page: Page, context: PageContext) -> Iterator[Finding]:
    """Reported while the page is read (page.py), before any parser runs; nothing more to do here."""
    return iter(())


RULES = [
    SiteRule("docs-symlink", "No symbolic links under docs/.", check_symlinks),
    SiteRule("docs-file-type", "docs/ holds only .md pages, images and docs/_data/*.yml.", check_types),
    SiteRule("page-file-name", "Page and image file names are lower-case slugs.", check_names),
    PageRule("page-limits", "A page is a plain file within the size, line-length and nesting limits.",
             check_limits),
]
