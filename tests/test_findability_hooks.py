"""The build hooks behind search and metadata, on small inputs (no build needed).

The built-site tests (test_metadata.py, browser/test_search.py) check the result; these check the
cases a real build may not show today, such as a `reviewed` date that differs from the build date.
"""
from __future__ import annotations

import datetime as dt
import gzip
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from mkdocs.commands.build import _build_theme_template
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import get_navigation
from mkdocs.structure.pages import Page

from walkaway.hooks.faq_jsonld import faq_page, questions_and_answers
from walkaway.hooks.search_keywords import add_keywords, page_entries, with_spellings
from walkaway.hooks.search_keywords import on_page_context as add_page_keywords
from walkaway.hooks.search_query_words import tables
from walkaway.hooks.search_stopwords import CONTRACTIONS, LUNR_STOP_WORDS, separator
from walkaway.hooks.sitemap_lastmod import on_page_markdown

# --- search_stopwords: the separator drops stop words from queries, and nothing else -------------


def split(text: str) -> list[str]:
    # Python's `re` reads this pattern the same way as JavaScript: \b, (?:…), (?!…) and classes.
    return [part for part in re.split(separator(LUNR_STOP_WORDS + CONTRACTIONS), text) if part]


@pytest.mark.parametrize(("query", "words"), [
    ("he controls everything i do", ["controls", "everything"]),
    ("He Controls Everything I Do", ["Controls", "Everything"]),        # phones capitalise
    ("she'll kill herself if i leave", ["kill", "herself", "leave"]),
    ("I’m scared", ["scared"]),                                          # the curly apostrophe
    ("im scared of him", ["scared"]),
    ("why can't i leave", ["can't", "leave"]),                           # negations keep their meaning
    ("help healing heart", ["help", "healing", "heart"]),                # "he" only as a whole word
    ("self-harm threats", ["self", "harm", "threats"]),                  # hyphens split, as before
    ("a", []),
])
def test_separator_removes_whole_stop_words_only(query: str, words: list[str]) -> None:
    assert split(query) == words


def test_separator_has_no_lookbehind() -> None:
    # Safari before 16.4 cannot compile a lookbehind; an invalid pattern would break search everywhere.
    assert "(?<" not in separator(LUNR_STOP_WORDS + CONTRACTIONS)


# --- search_keywords ------------------------------------------------------------------------------


def test_keywords_with_an_apostrophe_are_indexed_in_every_spelling() -> None:
    assert with_spellings(["she's gone", "boyfriend"]) == ["she's gone", "shes gone", "she’s gone", "boyfriend"]
    assert with_spellings(["he’s back"]) == ["he’s back", "he's back", "hes back"]


def test_keywords_go_on_the_page_entry_only() -> None:
    docs = [{"location": "faq/", "title": "FAQ", "text": ""},
            {"location": "faq/#stay-friends", "title": "Should I stay friends?", "text": ""},
            {"location": "", "title": "Home", "text": ""}]
    assert add_keywords(docs, {"faq/": ["friends"], "": ["start"]}) == 2
    assert docs[0]["keywords"] == ["friends"] and docs[2]["keywords"] == ["start"]
    assert "keywords" not in docs[1]


def test_only_the_page_just_indexed_is_looked_at() -> None:
    # The search plugin has just appended the home page's entries after the FAQ's.
    docs = [{"location": "faq/"}, {"location": "faq/#stay-friends"}, {"location": ""}, {"location": "#start"}]
    assert page_entries(docs, "") == docs[2:]
    assert page_entries(docs[:2], "faq/") == docs[:2]
    assert page_entries(docs, "faq/") == []


class _Search:
    """Just enough of Material's search plugin for search_keywords' on_page_context."""

    def __init__(self, entries: list[dict]) -> None:
        self.config = {"enabled": True}
        self.search_index = type("Index", (), {"entries": entries})()


def _page_with(meta: dict) -> Page:
    page = Page("FAQ", File("faq.md", "docs", "site", use_directory_urls=True), MkDocsConfig())
    page.meta = meta
    return page


def test_section_keywords_go_on_their_section_the_description_on_the_page_and_an_unknown_heading_fails() -> None:
    entries = [{"location": "faq/"}, {"location": "faq/#stay-friends"}, {"location": "faq/#men"}]
    config = type("Config", (), {"plugins": {"material/search": _Search(entries)}})()
    meta = {"section_keywords": {"men": ["wife hits me"]}, "description": "Short answers."}
    add_page_keywords({}, page=_page_with(meta), config=config, nav=None)
    assert entries[2]["keywords"] == ["wife hits me"]
    assert "keywords" not in entries[0] and "keywords" not in entries[1]
    assert entries[0]["description"] == "Short answers." and "description" not in entries[1]
    with pytest.raises(PluginError, match="renamed"):
        add_page_keywords({}, page=_page_with({"section_keywords": {"renamed": ["x"]}}), config=config, nav=None)


# --- search_query_words ----------------------------------------------------------------------------


def test_query_word_tables_rewrite_only_to_words_the_index_has() -> None:
    docs = [{"location": "a/", "title": "Your relationship", "text": "<p>Children, police and behaviour. Don't.</p>",
             "keywords": ["boyfriend"]}]
    misspellings = {"realtionship": "relationship",  # codespell:ignore
                    "relationship": "relashionship",  # codespell:ignore
                    "teh": "the",  # codespell:ignore
                    "boyfreind": "boyfriend", "policee": "police"}
    made = tables(docs, misspellings, {"behaviour": "behavior", "colour": "color"})
    # Misspellings of words that name a topic (title, keywords), never of a word the pages use.
    assert made["misspelt"]["realtionship"] == "relationship"  # codespell:ignore
    assert made["misspelt"]["boyfreind"] == "boyfriend"
    assert "relationship" not in made["misspelt"] and "teh" not in made["misspelt"]  # codespell:ignore
    assert "policee" not in made["misspelt"]  # "police" is only in the text: not a topic word
    assert made["misspelt"]["behavior"] == "behaviour" and "color" not in made["misspelt"]
    assert made["misspelt"]["dont"] == "don't"
    assert made["synonyms"]["kids"] == ["children"] and made["synonyms"]["cops"] == ["police"]
    assert "hubby" not in made["synonyms"]  # "husband" is no word of the index


# --- faq_jsonld -----------------------------------------------------------------------------------

FAQ_HTML = """
<p>Intro, not an answer.</p>
<h2 id="one">Is it okay to still love them?</h2>
<p>It is, and it is <em>very</em> common.</p>
<ul><li>First point</li><li>Second point</li></ul>
<p>Read more: <a href="x/">Grief and guilt</a></p>
<h2 id="two">How long does it take?</h2>
<p>It varies.</p>
<h2 id="where-next">Where next</h2>
<ul><li><a href="y/">Somewhere</a></li></ul>
"""


def test_faq_questions_are_the_headings_and_answers_the_text_under_them() -> None:
    assert questions_and_answers(FAQ_HTML) == [
        ("Is it okay to still love them?", "It is, and it is very common. First point Second point"),
        ("How long does it take?", "It varies."),
    ]
    data = faq_page(questions_and_answers(FAQ_HTML))
    assert data["@type"] == "FAQPage" and data["mainEntity"][1]["acceptedAnswer"]["text"] == "It varies."


# --- sitemap_lastmod ------------------------------------------------------------------------------


NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


@pytest.fixture
def build_date(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1893456000")  # MkDocs' build date: 2030-01-01


def site_with(tmp_path: Path, reviewed: dict[str, object]) -> tuple[MkDocsConfig, Files]:
    """Pages as MkDocs has read them (front matter parsed), before the hook runs."""
    docs = tmp_path / "docs"
    docs.mkdir()
    config = MkDocsConfig()
    config.load_dict({"site_name": "Test", "site_url": "https://x.test/", "docs_dir": str(docs),
                      "site_dir": str(tmp_path / "site")})
    errors, _ = config.validate()
    assert not errors, errors
    files = Files([File(name, str(docs), config.site_dir, config.use_directory_urls) for name in reviewed])
    for file in files:
        page = Page(None, file, config)
        assert page.update_date == "2030-01-01"  # what MkDocs would write: the build date
        if reviewed[file.src_uri] is not None:
            page.meta["reviewed"] = reviewed[file.src_uri]
    return config, files


@pytest.mark.usefixtures("build_date")
def test_lastmod_becomes_the_reviewed_date(tmp_path: Path) -> None:
    # PyYAML reads an unquoted date as a date, a quoted one as a string.
    config, files = site_with(tmp_path, {"index.md": "2026-01-02", "faq.md": dt.date(2025, 12, 31)})
    for file in files:
        on_page_markdown("", page=file.page, config=config, files=files)
    # MkDocs' own sitemap template and gzip step, as `mkdocs build` runs them (mkdocs/commands/build.py).
    nav = get_navigation(files, config)
    _build_theme_template("sitemap.xml", config.theme.get_env(), files, config, nav)
    site = Path(config.site_dir)
    urlset = ET.parse(site / "sitemap.xml").getroot()
    assert [(u.findtext("s:loc", namespaces=NS), u.findtext("s:lastmod", namespaces=NS))
            for u in urlset.findall("s:url", NS)] == [("https://x.test/", "2026-01-02"),
                                                      ("https://x.test/faq/", "2025-12-31")]
    # The .gz is stamped with the latest reviewed date, not the build time: rebuilds give the same bytes.
    assert gzip.decompress((site / "sitemap.xml.gz").read_bytes()) == (site / "sitemap.xml").read_bytes()
    stamp = int.from_bytes((site / "sitemap.xml.gz").read_bytes()[4:8], "little")
    assert stamp == int(dt.datetime(2026, 1, 2, tzinfo=dt.UTC).timestamp())


@pytest.mark.usefixtures("build_date")
def test_a_page_without_a_reviewed_date_fails_the_build(tmp_path: Path) -> None:
    config, files = site_with(tmp_path, {"new.md": None})
    with pytest.raises(PluginError, match="no `reviewed` date"):
        on_page_markdown("", page=files.documentation_pages()[0].page, config=config, files=files)
