"""How easy a page's prose is to read: textstat's Flesch reading ease and words per sentence.

Scored while the page is read (in the worker processes), because syllable counting is the slowest
part of validation.
"""
from __future__ import annotations

from dataclasses import dataclass

import textstat

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
    words = textstat.lexicon_count(text)
    if words < MIN_WORDS_TO_SCORE:
        return None
    sentences = max(1, textstat.sentence_count(text))
    return Score(textstat.flesch_reading_ease(text), words / sentences, words)


def warm_up() -> None:
    """Load textstat's syllable dictionary now (about half a second, once per process)."""
    textstat.syllable_count("ready")
