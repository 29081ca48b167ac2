#!/usr/bin/env python3
"""Start a new page: write it with valid front matter and add it to `nav` in mkdocs.yml.

Usage: python scripts/new_page.py "Your page title" --section healing

The page is created at docs/SECTION/SLUG.md (SLUG made from the title, or --slug). It never
overwrites a file. mkdocs.yml is edited as text, so its comments and layout are kept: the new
entry goes after the last page of the section.
"""
from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from markdown.extensions.toc import slugify  # noqa: E402

from walkaway import paths  # noqa: E402
from walkaway.page_template import TEMPLATE  # noqa: E402


class UsageError(Exception):
    pass


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("title", help="the page title, 5–70 characters, in sentence case")
    parser.add_argument("--section", required=True, help="the folder under docs/, for example healing")
    parser.add_argument("--slug", help="the file name without .md (default: made from the title)")
    parser.add_argument("--tag", help="a tag from docs/_data/tags.yml (default: the section's name if it is a tag)")
    parser.add_argument("--docs", type=Path, default=paths.DOCS)
    parser.add_argument("--config", type=Path, default=paths.CONFIG)
    args = parser.parse_args(argv)
    try:
        created = create(args.title, args.section, args.slug, args.tag, args.docs, args.config)
    except UsageError as error:
        print(f"new_page.py: error: {error}", file=sys.stderr)
        return 2
    print(f"Created {created} and added it to nav in {args.config.name}.")
    print("Next: write the page, fill in `description`, add a reader's real question for it to "
          "tests/search_queries.yml (see its header), then run `make validate`.")
    return 0


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


if __name__ == "__main__":
    sys.exit(main())
