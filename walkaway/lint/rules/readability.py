"""readability / readability-note: pages stay easy to read for a tired reader on a phone.

The score is textstat's Flesch reading ease over the page's prose (paragraphs and list items; not
headings, tables, code or front matter). A page may go lower only with a `readability_note` saying why;
the note is reported as a warning so reviewers see it.
"""
from __future__ import annotations

from collections.abc import Iterator

from walkaway.lint.findings import Finding
from walkaway.lint.page import Page
from walkaway.lint.rules import PageRule
from walkaway.lint.site import PageContext

MIN_READING_EASE = 60.0
MAX_SENTENCE_WORDS = 20.0


def check(page: Page, context: PageContext) -> Iterator[Finding]:
    result = page.reading
    if result is None or "readability_note" in page.meta:
        return
    if result.reading_ease < MIN_READING_EASE:
        yield page.problem("readability", page.body_line,
                           f"reading ease is {result.reading_ease:.0f}; pages need {MIN_READING_EASE:.0f} or more",
                           "use shorter sentences and everyday words (help, not assistance)")
    if result.sentence_words > MAX_SENTENCE_WORDS:
        yield page.problem("readability", page.body_line,
                           f"sentences average {result.sentence_words:.1f} words; the limit is "
                           f"{MAX_SENTENCE_WORDS:.0f}", "split long sentences in two")


def check_note(page: Page, context: PageContext) -> Iterator[Finding]:
    if "readability_note" in page.meta:
        figure = f"reading ease {page.reading.reading_ease:.0f}, " if page.reading else ""
        yield page.problem("readability-note", page.line_of("readability_note"),
                           f"{figure}readability checks skipped: {page.meta['readability_note']}",
                           "reviewers: check that the reason still holds")


RULES = [
    PageRule("readability", "Flesch reading ease of 60 or more; sentences of 20 words or fewer on average.", check),
    PageRule("readability-note", "A page that opts out of the readability floor says why.", check_note),
]
