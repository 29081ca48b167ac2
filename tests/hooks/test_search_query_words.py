"""walkaway/hooks/search_query_words.py: the misspelling, synonym and filler tables our search worker uses
(small inputs, no build).

The built-site tests (test_metadata.py, browser/test_search.py) check the result in the real site.
"""
from __future__ import annotations

from walkaway.hooks.search_query_words import tables


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
