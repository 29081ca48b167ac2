"""Start a new page: write it with valid front matter and add it to `nav` in mkdocs.yml.

Usage: walkaway new-page "Your page title" --section healing

The page is created at docs/SECTION/SLUG.md (SLUG made from the title, or --slug). It never
overwrites a file. The sections and tags come from the content layer; mkdocs.yml is edited as text
(walkaway.content.config.with_nav_entry), so its comments and layout are kept: the new entry goes after
the last page of the section.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from markdown.extensions.toc import slugify

from walkaway import paths
from walkaway.content import ContentError, load_config
from walkaway.content.config import with_nav_entry
from walkaway.content.data import read_tags
from walkaway.page_template import TEMPLATE


class UsageError(Exception):
    """What the contributor asked for cannot be done; the message says why."""


def create(title: str, section: str, slug: str | None, tag: str | None, docs: Path, config: Path) -> Path:
    if not 5 <= len(title) <= 70:
        raise UsageError(f"the title is {len(title)} characters; it must be 5–70")
    try:
        known = load_config(config).sections
    except ContentError as error:
        raise UsageError(str(error)) from None
    if section not in known:
        raise UsageError(f"unknown section `{section}`; use one of: {', '.join(known)}")
    slug = slug or slugify(title, "-")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug):
        raise UsageError(f"`{slug}` is not a usable file name; pass --slug with lower-case words and hyphens")
    rel = f"{section}/{slug}.md"
    target = docs / rel
    if target.exists():
        raise UsageError(f"{target} already exists; choose another title or --slug")
    tags, problems = read_tags(docs)
    if problems:
        raise UsageError(f"docs/{paths.TAGS_FILE}:{problems[0].line}: {problems[0].message} (run `make validate`)")
    tag = tag or section
    if tag not in tags:
        raise UsageError(f"`{tag}` is not in docs/{paths.TAGS_FILE}; pass --tag with one that is")
    page = TEMPLATE.format(
        title=title, tag=tag, today=dt.date.today().isoformat(), help_link="../get-help-now.md")
    try:
        new_config = with_nav_entry(config, section, rel)
    except ContentError as error:
        raise UsageError(str(error)) from None
    target.write_text(page, encoding="utf-8")
    config.write_text(new_config, encoding="utf-8")
    return target
