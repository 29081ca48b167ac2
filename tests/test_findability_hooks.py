"""The build hooks behind search and metadata, on small inputs (no build needed).

The built-site tests (test_metadata.py, browser/test_search.py) check the result; these check the
cases a real build may not show today, such as a `reviewed` date that differs from the build date.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from mkdocs.exceptions import PluginError

from hooks.faq_jsonld import faq_page, questions_and_answers
from hooks.search_keywords import add_keywords, with_spellings
from hooks.search_stopwords import CONTRACTIONS, LUNR_STOP_WORDS, separator
from hooks.sitemap_lastmod import NS, set_lastmod

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


def sitemap(*locs: str) -> ET.Element:
    urlset = ET.Element(f"{{{NS}}}urlset")
    for loc in locs:
        url = ET.SubElement(urlset, f"{{{NS}}}url")
        ET.SubElement(url, f"{{{NS}}}loc").text = loc
        ET.SubElement(url, f"{{{NS}}}lastmod").text = "2030-01-01"  # what MkDocs writes: the build date
    return urlset


def test_lastmod_becomes_the_reviewed_date() -> None:
    urlset = sitemap("https://x.test/", "https://x.test/faq/")
    set_lastmod(urlset, {"https://x.test/": "2026-01-02", "https://x.test/faq/": "2025-12-31"})
    assert [u.findtext(f"{{{NS}}}lastmod") for u in urlset] == ["2026-01-02", "2025-12-31"]


def test_a_page_without_a_reviewed_date_fails_the_build() -> None:
    with pytest.raises(PluginError, match="no `reviewed` date"):
        set_lastmod(sitemap("https://x.test/new/"), {})
