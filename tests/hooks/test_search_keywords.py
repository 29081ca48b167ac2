"""walkaway/hooks/search_keywords.py: front-matter `keywords`, `description` and the FAQ's section keywords
go into the search index, unseen (small inputs, no build).

The built-site tests (test_metadata.py, browser/test_search.py) check the result in the real site.
"""
from __future__ import annotations

import pytest
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File
from mkdocs.structure.pages import Page

from walkaway.hooks.search_keywords import add_keywords, page_entries, with_spellings
from walkaway.hooks.search_keywords import on_page_context as add_page_keywords


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
