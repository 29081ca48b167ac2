"""How easy a page's prose is to read: textstat's Flesch reading ease and words per sentence.

Scored while the page is read (in the worker processes). Syllables come from `syllables.count`, which
gives textstat's numbers without loading its whole dictionary in every run.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from textstat.backend.counts._count_sentences import count_sentences
from textstat.backend.counts._count_words import count_words
from textstat.backend.selections._list_words import list_words

from walkaway.lint import syllables

MIN_WORDS_TO_SCORE = 100


@dataclass(frozen=True)
class Score:
    reading_ease: float
    sentence_words: float
    words: int


def prose_text(prose: list[str]) -> str:
    """Paragraphs and list items, each closed as a sentence so a list item is not merged with the next."""
    return " ".join(part if part.rstrip()[-1:] in ".!?:" else part + "." for part in prose)


def score(prose: list[str]) -> Score | None:
    text = prose_text(prose)
    words = count_words(text)  # what textstat.lexicon_count(text) returns
    if words < MIN_WORDS_TO_SCORE:
        return None
    sentences = count_sentences(text)  # what textstat.sentence_count(text) returns
    return Score(_flesch(text, words, sentences), words / max(1, sentences), words)


def flesch_reading_ease(text: str) -> float:
    """textstat's Flesch reading ease, with syllables counted once per distinct word.

    The same words, the same dictionary and the same formula as `textstat.flesch_reading_ease`
    (tests/test_readability.py checks they agree on every page); counting syllables once per distinct
    word makes a large site several times faster to score, because pages share most of their words.
    """
    return _flesch(text, count_words(text), count_sentences(text))


def _flesch(text: str, count: int, sentences: int) -> float:
    words = list_words(text, lowercase=True)
    if not words or not count or not sentences:
        return 0.0
    syllable_total = sum(syllables.count(word) * times for word, times in Counter(words).items())
    return 206.835 - 1.015 * (count / sentences) - 84.6 * (syllable_total / count)


def warm_up() -> None:
    """Load the syllable table now, once, before worker processes are forked, so they share it."""
    syllables.table()
