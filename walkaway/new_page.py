"""Start a new page: write it with valid front matter and add it to `nav` in mkdocs.yml.

Usage: walkaway new-page "Your page title" --section healing

The page is created at docs/SECTION/SLUG.md (SLUG made from the title, or --slug). It never
overwrites a file. mkdocs.yml is edited as text, so its comments and layout are kept: the new
entry goes after the last page of the section.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from markdown.extensions.toc import slugify

from walkaway import paths
from walkaway.page_template import TEMPLATE


class UsageError(Exception):
    """What the contributor asked for cannot be done; the message says why."""


def sections(config_text: str) -> list[str]:
    """Section folders that `nav` already lists (`signs`, `healing`, …)."""
    found = re.findall(r"^\s+- ([a-z0-9-]+)/index\.md\s*$", config_text, flags=re.M)
    return list(dict.fromkeys(found))


def add_to_nav(config_text: str, section: str, rel: str) -> str:
    """Insert `- rel` after the last nav line of `section`, with the same indentation."""
    lines = config_text.split("\n")
    last = None
    for number, line in enumerate(lines):
        if re.match(rf"^\s+- {re.escape(section)}/[^\s]+\.md\s*$", line):
            last = number
    if last is None:
        raise UsageError(f"mkdocs.yml has no `nav` entries under {section}/")
    indent = lines[last][: len(lines[last]) - len(lines[last].lstrip())]
    lines.insert(last + 1, f"{indent}- {rel}")
    return "\n".join(lines)


def create(title: str, section: str, slug: str | None, tag: str | None, docs: Path, config: Path) -> Path:
    if not 5 <= len(title) <= 70:
        raise UsageError(f"the title is {len(title)} characters; it must be 5–70")
    config_text = config.read_text(encoding="utf-8")
    known = sections(config_text)
    if section not in known:
        raise UsageError(f"unknown section `{section}`; use one of: {', '.join(known)}")
    slug = slug or slugify(title, "-")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug):
        raise UsageError(f"`{slug}` is not a usable file name; pass --slug with lower-case words and hyphens")
    rel = f"{section}/{slug}.md"
    target = docs / rel
    if target.exists():
        raise UsageError(f"{target} already exists; choose another title or --slug")
    tags = (docs / paths.TAGS_FILE).read_text(encoding="utf-8")
    tag = tag or section
    if not re.search(rf"^{re.escape(tag)}:", tags, flags=re.M):
        raise UsageError(f"`{tag}` is not in docs/{paths.TAGS_FILE}; pass --tag with one that is")
    page = TEMPLATE.format(
        title=title, tag=tag, today=dt.date.today().isoformat(), help_link="../get-help-now.md")
    new_config = add_to_nav(config_text, section, rel)
    target.write_text(page, encoding="utf-8")
    config.write_text(new_config, encoding="utf-8")
    return target

