"""Every built page carries the metadata search engines and link previews read, taken from its source.

Parses the built HTML in site/ (or WA_SITE_DIR) with a real parser: the minify plugin drops optional
attribute quotes (`<script type=application/ld+json>`), so no regular expression would hold. Build
first: `make build`.
"""
from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest
from selectolax.lexbor import LexborHTMLParser, LexborNode

from built_site import SITE, built_site, config, site_pages
from walkaway import paths
from walkaway.content import FrontMatter, front_matter
from walkaway.content.data import read_tags

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def site_url() -> str:
    return config().site_url


@pytest.fixture(scope="module")
def site() -> Path:
    return built_site()


def pages() -> list[str]:
    # Read while pytest collects, so it cannot fail there: without a build there are no pages, and the
    # `site` fixture fails every test that needs one.
    return site_pages(SITE)


def source_of(url_path: str) -> Path:
    """`signs/` -> docs/signs/index.md; `faq/` -> docs/faq.md; `` -> docs/index.md."""
    stem = url_path.rstrip("/")
    candidates = [paths.DOCS / f"{stem}.md", paths.DOCS / stem / "index.md"] if stem else [paths.DOCS / "index.md"]
    for candidate in candidates:
        if candidate.exists():
            return candidate
    raise AssertionError(f"no Markdown source for the built page {url_path!r}")


@cache
def meta_of(url_path: str) -> FrontMatter:
    return front_matter.read_file(source_of(url_path))[0]


@cache
def html_of(url_path: str) -> LexborHTMLParser:
    return LexborHTMLParser((SITE / url_path / "index.html").read_text(encoding="utf-8"))


def attr(tree: LexborHTMLParser, selector: str, name: str) -> str | None:
    node = tree.css_first(selector)
    return node.attributes.get(name) if node is not None else None


def json_ld(tree: LexborHTMLParser) -> list[dict[str, Any]]:
    return [json.loads(node.text()) for node in tree.css('script[type="application/ld+json"]')]


def clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def reviewed(url_path: str) -> str:
    date = meta_of(url_path).reviewed
    assert date is not None, f"{url_path or 'home'}: no `reviewed` date"
    return date.isoformat()


# --- Every page -------------------------------------------------------------------------------


@pytest.mark.parametrize("url_path", pages())
def test_head_tags_come_from_the_page(site: Path, url_path: str) -> None:
    tree, meta = html_of(url_path), meta_of(url_path)
    canonical = site_url() + url_path
    assert attr(tree, "html", "lang") == "en"
    assert attr(tree, 'meta[name="description"]', "content") == meta.description
    assert attr(tree, 'link[rel="canonical"]', "href") == canonical
    assert attr(tree, 'meta[property="og:title"]', "content") == meta.title
    assert attr(tree, 'meta[property="og:description"]', "content") == meta.description
    assert attr(tree, 'meta[property="og:url"]', "content") == canonical
    assert attr(tree, 'meta[name="twitter:card"]', "content") == "summary_large_image"
    for tag in ('meta[property="og:image"]', 'meta[name="twitter:image"]'):
        image = attr(tree, tag, "content") or ""
        assert image.startswith(site_url()), f"{tag} is not on this site: {image!r}"
        assert (site / image[len(site_url()):]).is_file(), f"{tag} points to a file the build lacks: {image}"


@pytest.mark.parametrize("url_path", [p for p in pages() if p])
def test_inner_pages_have_breadcrumbs_from_the_nav(site: Path, url_path: str) -> None:
    crumbs = [d for d in json_ld(html_of(url_path)) if d.get("@type") == "BreadcrumbList"]
    assert len(crumbs) == 1, f"expected one BreadcrumbList, found {len(crumbs)}"
    items = crumbs[0]["itemListElement"]
    assert [item["position"] for item in items] == list(range(1, len(items) + 1))
    assert items[0]["item"] == site_url() and items[-1]["item"] == site_url() + url_path
    assert items[-1]["name"] == meta_of(url_path).title
    for item in items:
        assert (site / item["item"][len(site_url()):] / "index.html").exists(), f"crumb to no page: {item}"


def test_home_page_is_a_website(site: Path) -> None:
    data = json_ld(html_of(""))
    assert [d["@type"] for d in data] == ["WebSite"]
    assert data[0]["url"] == site_url() and data[0]["name"] == config().site_name
    # Material opens its search from ?q=, which is what the SearchAction promises.
    assert data[0]["potentialAction"]["target"]["urlTemplate"] == site_url() + "?q={search_term_string}"


# --- The FAQ ----------------------------------------------------------------------------------


def faq_sections(tree: LexborHTMLParser) -> list[tuple[str, str]]:
    """(heading, answer text) for each h2 of the built FAQ, the way a reader sees it."""
    article = tree.css_first("article")
    sections: list[tuple[str, list[str]]] = []
    node: LexborNode | None = article.child if article else None
    while node is not None:
        if node.tag == "h2":
            sections.append((clean(node.text()), []))
        elif sections and node.tag in ("p", "ul", "ol"):
            text = clean(node.text(separator=" "))
            if not text.startswith("Read more:"):
                sections[-1][1].append(text)
        node = node.next
    return [(heading, " ".join(parts)) for heading, parts in sections if heading != "Where next"]


def test_faq_structured_data_matches_the_visible_questions_and_answers(site: Path) -> None:
    tree = html_of("faq/")
    faq = [d for d in json_ld(tree) if d.get("@type") == "FAQPage"]
    assert len(faq) == 1, "the FAQ has no FAQPage structured data"
    in_data = [(q["name"], q["acceptedAnswer"]["text"]) for q in faq[0]["mainEntity"]]
    on_page = faq_sections(tree)
    assert [q for q, _ in in_data] == [q for q, _ in on_page], "questions differ from the page's headings"
    for (question, answer), (_, shown) in zip(in_data, on_page, strict=True):
        assert answer and clean(answer) == shown, f"the answer to {question!r} differs from the page"


# --- sitemap.xml and robots.txt ---------------------------------------------------------------


def test_sitemap_lists_every_page_with_its_reviewed_date(site: Path) -> None:
    urls = ET.parse(site / "sitemap.xml").getroot().findall("s:url", SITEMAP_NS)
    lastmod = {u.findtext("s:loc", namespaces=SITEMAP_NS): u.findtext("s:lastmod", namespaces=SITEMAP_NS)
               for u in urls}
    expected = {site_url() + p: reviewed(p) for p in pages()}
    assert lastmod == expected


def test_robots_txt_names_the_sitemap(site: Path) -> None:
    lines = (site / "robots.txt").read_text(encoding="utf-8").splitlines()
    assert f"Sitemap: {site_url()}sitemap.xml" in lines
    assert "User-agent: *" in lines and "Disallow: /" not in lines


# --- The 404 page -----------------------------------------------------------------------------


def test_not_found_page_offers_help_search_and_sections(site: Path) -> None:
    tree = LexborHTMLParser((site / "404.html").read_text(encoding="utf-8"))
    base = urlsplit(site_url()).path  # served at any depth, so every link is absolute
    article = tree.css_first("article")
    links = [a.attributes.get("href") or "" for a in article.css("a")]
    assert base + "get-help-now/" in links, "no link to Get help now"
    assert article.css_first('label[for="__search"]') is not None, "no way to open the search"
    assert tree.css_first("input[data-md-component=search-query]") is not None, "no search box"
    sections = [a.attributes["href"] for a in article.css(".wa-404-sections a")]
    assert base + "signs/" in sections and base + "healing/" in sections and len(sections) >= 8
    assert attr(tree, 'meta[name="robots"]', "content") == "noindex"
    stylesheets = [node.attributes.get("href") or "" for node in tree.css('link[rel="stylesheet"]')]
    assert stylesheets and all(href.startswith(base) for href in stylesheets), stylesheets


# --- The way between pages --------------------------------------------------------------------


def nav_order() -> list[str]:
    """Every page in `nav`, in reading order, as a URL path: `signs/index.md` -> `signs/`."""
    return [paths.url_path(paths.DOCS / entry.target) for entry in config().nav]


def test_next_and_previous_links_follow_the_nav(site: Path) -> None:
    order = nav_order()
    for index, url_path in enumerate(order):
        tree = html_of(url_path)
        for selector, neighbour in ((".md-footer__link--prev", index - 1), (".md-footer__link--next", index + 1)):
            link = tree.css_first(selector)
            if 0 <= neighbour < len(order):
                assert link is not None, f"{url_path or 'home'}: no {selector}"
                resolved = urljoin(site_url() + url_path, link.attributes["href"] or "")
                assert resolved == site_url() + order[neighbour], f"{url_path or 'home'}: {selector} -> {resolved}"
            else:
                assert link is None, f"{url_path or 'home'}: unexpected {selector}"


def test_tag_index_lists_each_used_tag_with_its_meaning(site: Path) -> None:
    vocabulary, problems = read_tags(paths.DOCS)
    assert problems == []
    used = {tag for p in pages() for tag in meta_of(p).tags}
    tree = html_of("tags/")
    for tag in used:
        heading = tree.css_first(f'h2[id="tag:{tag}"]')
        assert heading is not None, f"the tag index has no section for {tag!r}"
        about = heading.next
        while about is not None and about.tag != "p":
            about = about.next
        assert about is not None and clean(about.text()) == vocabulary[tag]
