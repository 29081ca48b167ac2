"""MkDocs hook: make site search ignore "he", "my", "a" in a query, as it already does in the pages.

Material's search drops common words (lunr's English stop words: a, he, my, to, the…) from the pages
when it builds the index, but not from the reader's query: it appends `*` to every query word, and a
word with `*` skips lunr's stop-word filter. So "he controls everything i do" searches for every
indexed word starting with "he" (help, healing, heart), "i" (important, instead) and "do" (doubt,
document), and those matches, boosted a thousandfold when they hit a title, bury the page about control.
Natural-language queries, the way readers type, suffer most.

The fix uses a setting Material documents, the search `separator` (the regular expression that splits
text into words). Both the index and the query are split with it, in the browser. Adding the stop
words to it as whole words makes them separators: they vanish from queries exactly as they already
vanish from the index, and nothing else changes. Details that matter:

- Case: the pattern has no flags and queries are split before lowercasing, so each letter becomes a
  class ([Hh][Ee]); phones capitalise the first word.
- Apostrophes: pronoun contractions readers type with or without one (i'm, im, she'll, and the curly
  ’ phones insert) are listed whole, and a stop word never matches inside a longer word or contraction
  (the lookahead refuses a following letter or apostrophe). No lookbehind: older Safari lacks it and
  an invalid pattern would break search entirely.
- Runs before the search plugin reads its settings (priority 100), and only if mkdocs.yml has not set
  a separator itself.

Our search worker (overrides/assets/javascripts/search-worker.js) now also drops stop words from the
query itself, as it stems and rewrites each word; the separator still keeps them out of the index and
out of the words Material highlights.
"""
from __future__ import annotations

import logging

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

log = logging.getLogger("mkdocs.plugins.walkaway.search_stopwords")

# Material's default separator for English: whitespace and hyphens.
BASE_SEPARATOR = r"[\s\-]+"

# lunr's English stop-word list, copied from the search worker Material 9.8.1 ships, so the query
# loses exactly the words the index never had.
# (Kept as one block of text, like the original, so it can be compared at a glance.)
LUNR_STOP_WORDS = """
a able about across after all almost also am among an and any are as at be because been but by can
cannot could dear did do does either else ever every for from get got had has have he her hers him
his how however i if in into is it its just least let like likely may me might most must my neither
no nor not of off often on only or other our own rather said say says she should since so some than
that the their them then there these they this tis to too twas us wants was we were what when where
which while who whom why will with would yet you your
""".split()  # noqa: SIM905

# Pronoun contractions, as readers type them. Negations (can't, won't, don't) stay searchable: "can't
# leave", "won't leave me alone" mean something here.
_CONTRACTED = """
i'm i've i'd i'll he's she's he'll she'll it's they're they've we're we've you're you've that's
what's let's
""".split()  # noqa: SIM905
# Many readers leave the apostrophe out; only where that spelling is not another word (ill, shell, lets).
_ALSO_WITHOUT_APOSTROPHE = ["i'm", "i've", "he's", "she's", "they're", "you're", "that's", "what's"]
CONTRACTIONS = _CONTRACTED + [word.replace("'", "") for word in _ALSO_WITHOUT_APOSTROPHE]


def _word_pattern(word: str) -> str:
    """`she'll` -> `[Ss][Hh][Ee]['’][Ll][Ll]`: any case, straight or curly apostrophe."""
    parts = []
    for char in word:
        if char == "'":
            parts.append("['’]")
        elif char.isalpha():
            parts.append(f"[{char.upper()}{char.lower()}]")
        else:
            raise ValueError(f"unexpected character {char!r} in stop word {word!r}")
    return "".join(parts)


def separator(words: list[str]) -> str:
    # Longest first, so `i'm` is tried before `i`; whole words only (no letter, digit or apostrophe
    # before or after the match is part of it).
    ordered = sorted(set(words), key=lambda word: (-len(word), word))
    alternatives = "|".join(_word_pattern(word) for word in ordered)
    return rf"{BASE_SEPARATOR}|\b(?:{alternatives})(?![\w'’])"


@event_priority(100)  # before the search plugin's on_config copies its settings into the index
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    search = config.plugins.get("material/search") or config.plugins.get("search")
    if search is None:
        raise PluginError("search_stopwords: the search plugin is not enabled in mkdocs.yml")
    ours = separator(LUNR_STOP_WORDS + CONTRACTIONS)
    if search.config.separator and search.config.separator != ours:
        log.info("search_stopwords: mkdocs.yml sets its own search separator; leaving it as it is")
        return config
    search.config.separator = ours
    return config
