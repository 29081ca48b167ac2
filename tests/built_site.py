"""Helpers for the tests that check the built site in site/ (HTML validity, the link crawl, metadata, the
browser tests), and mkdocs.yml as the content layer reads it. They serve it with walkaway.local_server.

`make test` builds the site strictly before pytest runs. These helpers never build it themselves: a test
that finds no site/ fails and says how to build it.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from walkaway import paths
from walkaway.content import SiteConfig, load_config

ROOT = Path(__file__).resolve().parents[1]
# WA_SITE_DIR points the tests at another build: a second checkout, a non-strict build in /tmp.
SITE = Path(os.environ.get("WA_SITE_DIR") or ROOT / "site").resolve()
NODE_MODULES = ROOT / "node_modules"


def built_site() -> Path:
    """site/, or a test failure saying how to build it."""
    if not (SITE / "index.html").is_file():
        pytest.fail("site/ is not built: run `make build` (or `make test`, which builds first)")
    return SITE


def config() -> SiteConfig:
    """mkdocs.yml, read the way the validator reads it (Python and `!ENV` tags are skipped)."""
    return load_config(paths.CONFIG)


def url_prefix() -> str:
    """The path the host serves the site under: site_url's, /walking-away/."""
    return urlsplit(config().site_url).path


def site_pages(site: Path) -> list[str]:
    """Every built page as a URL path (`signs/`), the 404 page excluded; none when `site` is missing."""
    pages = []
    for index in sorted(site.rglob("index.html")):
        rel = index.parent.relative_to(site).as_posix()
        if rel.startswith(("assets", "search")):
            continue
        pages.append("" if rel == "." else rel + "/")
    return pages


def html_pages(site: Path) -> list[Path]:
    """Every HTML file of the built site, the 404 page included."""
    return sorted(site.rglob("*.html"))


def build_findings() -> list[dict[str, Any]]:
    """What the validator found when `make build` built site/ (.cache/findings.json, as `walkaway validate
    --format json` prints it): the tests read that one run instead of validating the real docs again."""
    report = built_site().parent / ".cache" / "findings.json"
    if not report.is_file():
        pytest.fail(f"{report} is missing: run `make build` (or `make test`, which builds first)")
    return json.loads(report.read_text(encoding="utf-8"))
