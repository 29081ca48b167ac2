"""Small sites in a temporary folder, for running the validator on pages written inline or as fixtures."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from walkaway.lint.findings import Finding
from walkaway.lint.runner import validate

TODAY = dt.date(2026, 11, 23)
TAGS = "signs: Noticing the signs.\nsafety: Staying safe.\n"


def front_matter(title: str = "A page about something", **extra: str) -> str:
    lines = ["---", f"title: {title}",
             f"description: A description of {title.lower()} that is long enough to pass the check.",
             "reviewed: 2026-11-01"]
    lines += [f"{key}: {value}" for key, value in extra.items()]
    return "\n".join(lines + ["---", ""])


GOOD_BODY = "An opening paragraph.\n\n## First part\n\nSome text.\n"
FM = front_matter()  # five lines: the body starts on line 6
OTHER = front_matter("Another page entirely") + "Text.\n\n## Known heading\n\nMore text.\n"
HELPLINE = """countries:
  - id: uk
    name: United Kingdom
    emergency: "999"
    services:
      - name: A help line
        for: Anyone who needs it, at any time.
        kinds: [domestic-abuse]
        phone: ["0808 000 0000"]
        text: null
        hours: 24 hours
        url: https://example.org/
        checked:
          date: {date}
          url: https://example.org/contact
          found: "{found}"
"""


def helpline(date: str = "2026-11-01", found: str = "Call us free on 0808 000 0000, day or night.") -> str:
    return HELPLINE.format(date=date, found=found)


PLANNER = """title: A small planner
sections:
  - id: first
    title: First part
    questions:
      - id: where
        kind: short
        label: Where would you go?
        hint: Any place at all.
      - id: take
        kind: checklist
        label: What would you take?
        items:
          - id: keys
            label: Keys
"""

SiteRunner = Callable[..., list[Finding]]


def write_site(root: Path, pages: dict[str, str | bytes], *, nav: list[str] | None = None,
               files: dict[str, bytes] | None = None, extra_data: dict[str, str] | None = None,
               links: dict[str, str] | None = None, queries: str | None = None) -> Path:
    """Write `pages` (path -> text) to root/docs/, list them in nav, and return root/mkdocs.yml."""
    docs = root / "docs"
    (docs / "_data").mkdir(parents=True, exist_ok=True)
    (docs / "_data" / "tags.yml").write_text(TAGS, encoding="utf-8")
    for rel, text in {**(extra_data or {})}.items():
        target = docs / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    for rel, text in pages.items():
        target = docs / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            target.write_bytes(text)
        else:
            target.write_text(text, encoding="utf-8")
    for rel, data in (files or {}).items():
        target = docs / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    for rel, points_at in (links or {}).items():
        (docs / rel).symlink_to(points_at)
    listed = nav if nav is not None else list(pages)
    if queries is not None:
        (root / "tests").mkdir(exist_ok=True)
        (root / "tests" / "search_queries.yml").write_text(queries, encoding="utf-8")
    config = root / "mkdocs.yml"
    config.write_text("site_name: Test\nnav:\n" + "".join(f"  - {rel}\n" for rel in listed), encoding="utf-8")
    return config


def run(root: Path, **options: object) -> list[Finding]:
    """The validator's findings on the site written at `root`, on TODAY, in one process."""
    return validate(root / "docs", root / "mkdocs.yml", today=TODAY, workers=1, display_root=root, **options)
