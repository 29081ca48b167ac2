"""Every link goes somewhere real and safe."""
from __future__ import annotations

import posixpath
from collections.abc import Iterator
from urllib.parse import unquote

from walkaway.lint.page import Link, Page
from walkaway.lint.registry import PageReport, SiteReport, page_rule, site_rule
from walkaway.lint.rules import helplines
from walkaway.lint.site import PageContext, Site

SAFE_SCHEMES = {"https", "mailto", "tel"}
DANGEROUS_SCHEMES = {"javascript", "data", "vbscript", "file"}


def _internal_links(site: Site) -> Iterator[tuple[Page, Link]]:
    for page in site.pages.values():
        for link in page.links:
            if not link.is_image and link.is_internal:
                yield page, link


@page_rule("link-scheme", "Links use https://, mailto: or tel:; never javascript: or data:.")
def check_scheme(page: Page, context: PageContext, report: PageReport) -> None:
    for link in page.links:
        if link.scheme in DANGEROUS_SCHEMES:
            report(link.line, f"`{link.scheme}:` links are not allowed",
                   "link to a page or an https:// address instead", link.col)
        elif link.target.startswith("//") or (link.scheme and link.scheme not in SAFE_SCHEMES):
            report(link.line, f"`{link.target}` is not an https:// link",
                   "use https:// so nobody on the network can see or change the page", link.col)


@site_rule("link-style", "Internal links are relative paths to .md files, not folders or .html.")
def check_style(site: Site, report: SiteReport) -> None:
    for page, link in _internal_links(site):
        path, target = link.path, link.resolved
        if not path:
            continue
        if path.startswith("/"):
            relative = posixpath.relpath(path.lstrip('/'), posixpath.dirname(page.rel) or '.')
            hint = f"write it relative to this page, for example `{relative}`"
            report(page.display, link.line, f"`{link.target}` is an absolute path", hint, link.col)
        elif path.endswith(".html"):
            report(page.display, link.line, f"`{link.target}` links to a built .html file",
                   f"link the Markdown file instead (`{path[:-5]}.md`); MkDocs makes the URL", link.col)
        elif path.endswith("/") or (target not in site.pages and site.is_dir(target)):
            report(page.display, link.line, f"`{link.target}` links to a folder",
                   f"link the page inside it: `{path.rstrip('/')}/index.md`", link.col)


@site_rule("link-target", "Internal links point to a file that exists.")
def check_target(site: Site, report: SiteReport) -> None:
    for page, link in _internal_links(site):
        path, target = link.path, link.resolved
        if not path or path.startswith("/") or path.endswith((".html", "/")):
            continue
        if target.startswith("..") or not site.has_file(target) and not site.is_dir(target):
            hint = "check the spelling; paths are relative to this page's folder"
            if not target.endswith(".md") and site.has_file(target + ".md"):
                hint = f"add `.md`: `{path}.md`"
            report(page.display, link.line, f"`{link.target}` points to `docs/{target}`, which does not exist",
                   hint, link.col)


@site_rule("link-anchor", "A link's #anchor is a heading (or {#id}) in the page it points to.")
def check_anchor(site: Site, report: SiteReport) -> None:
    generated: dict[str, set[str]] = {}  # anchors a build hook adds to a page (the help-line countries)
    for page, link in _internal_links(site):
        if not link.fragment:
            continue
        other = site.pages.get(link.resolved)
        if other is None or not other.readable:
            continue
        if link.resolved not in generated:
            generated[link.resolved] = helplines.generated_anchors(site, link.resolved)
        anchors = other.anchors | generated[link.resolved]
        anchor = unquote(link.fragment)
        if anchor not in anchors:
            known = ", ".join(sorted(anchors)[:8]) or "none"
            report(page.display, link.line, f"`#{anchor}` is not a heading in docs/{link.resolved}",
                   f"use one of its anchors ({known})", link.col)

