"""walkaway/hooks/search_stopwords.py: the search separator drops whole stop words from queries, and nothing else
(small inputs, no build). The browser tests (browser/test_search.py) check search in the real site.
"""
from __future__ import annotations

import re

import pytest

from walkaway.hooks.search_stopwords import CONTRACTIONS, LUNR_STOP_WORDS, separator


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
