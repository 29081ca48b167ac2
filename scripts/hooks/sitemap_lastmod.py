"""MkDocs hook: give each page's `<lastmod>` in sitemap.xml the date the page was last reviewed.

MkDocs writes the build date as every page's `lastmod`, which tells search engines that all pages
changed whenever anything did. The honest date is the page's front-matter `reviewed` (the validator
requires it on every page). After MkDocs has written sitemap.xml, this hook parses it as XML, sets
each `<url>`'s `<lastmod>` from the page at that `<loc>`, and writes sitemap.xml and sitemap.xml.gz
again. A `<loc>` that matches no page, or a page without `reviewed`, fails the build: the sitemap
would otherwise carry a date nobody checked.
"""
from __future__ import annotations

import datetime as dt
import gzip
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page

NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
ET.register_namespace("", NS)

# canonical URL -> reviewed date (YYYY-MM-DD), gathered as pages are read
_reviewed: dict[str, str] = {}


def on_pre_build(*, config: MkDocsConfig) -> None:
    _reviewed.clear()


def on_page_context(context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Any) -> None:
    reviewed = page.meta.get("reviewed")
    if page.canonical_url and reviewed:
        # PyYAML reads an unquoted 2026-11-23 as a date, a quoted one as a string: accept both.
        _reviewed[page.canonical_url] = reviewed.isoformat() if isinstance(reviewed, dt.date) else str(reviewed)


@event_priority(-90)  # after MkDocs has written sitemap.xml, before the last hooks (CSP at -100)
def on_post_build(*, config: MkDocsConfig) -> None:
    path = Path(config.site_dir) / "sitemap.xml"
    if not path.exists():
        return
    tree = ET.parse(path)
    set_lastmod(tree.getroot(), _reviewed)
    ET.indent(tree)
    data = ET.tostring(tree.getroot(), encoding="utf-8", xml_declaration=True)
    path.write_bytes(data)
    # mtime=0: the same sitemap gives the same .gz bytes, so rebuilds do not look like changes.
    path.with_suffix(".xml.gz").write_bytes(gzip.compress(data, mtime=0))


def set_lastmod(urlset: ET.Element, reviewed: dict[str, str]) -> None:
    for url in urlset.findall(f"{{{NS}}}url"):
        loc = (url.findtext(f"{{{NS}}}loc") or "").strip()
        if loc not in reviewed:
            raise PluginError(f"sitemap_lastmod: no `reviewed` date for {loc or 'a <url> without <loc>'}")
        lastmod = url.find(f"{{{NS}}}lastmod")
        if lastmod is None:
            lastmod = ET.SubElement(url, f"{{{NS}}}lastmod")
        lastmod.text = reviewed[loc]
