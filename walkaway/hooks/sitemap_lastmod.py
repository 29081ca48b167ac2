"""MkDocs hook: give each page's `<lastmod>` in sitemap.xml the date the page was last reviewed.

MkDocs writes the build date as every page's `lastmod`, which tells search engines that all pages
changed whenever anything did. The honest date is the page's front-matter `reviewed` (the validator
requires it on every page).

MkDocs' own sitemap template writes `<lastmod>{{ file.page.update_date }}</lastmod>`, and gzips the
sitemap with the latest `update_date` as the archive's timestamp. So this hook only sets each page's
`update_date` to its `reviewed` date, as the page is read (`on_page_markdown`): the sitemap is one of
the theme's static templates, rendered after every page has been read and before any page is built,
so `on_page_context` would come too late. MkDocs then writes sitemap.xml and a sitemap.xml.gz whose
bytes change only when a reviewed date does. A page without `reviewed` fails the build: the sitemap
would otherwise carry a date nobody checked.
"""
from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from walkaway.content import reviewed_date


def lastmod(page: Page) -> str:
    """The page's `reviewed` date as YYYY-MM-DD (read by the content layer's one reading of a date)."""
    date = reviewed_date(page.meta)
    if date is None:
        if not page.meta.get("reviewed"):
            raise PluginError(f"sitemap_lastmod: no `reviewed` date for {page.file.src_uri}")
        raise PluginError(f"sitemap_lastmod: `reviewed: {page.meta['reviewed']}` in {page.file.src_uri} "
                          "is not a YYYY-MM-DD date")
    return date.isoformat()  # MkDocs parses the latest one as a date for the .gz timestamp


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    page.update_date = lastmod(page)
    return markdown
