"""Pages stay easy to read for a tired reader on a phone.

The score is textstat's Flesch reading ease over the page's prose (paragraphs and list items; not
headings, tables, code or front matter). A page may go lower only with a `readability_note` saying why;
the note is reported as a warning so reviewers see it.
"""
from __future__ import annotations

from walkaway.lint.page import Page
from walkaway.lint.registry import PageReport, page_rule
from walkaway.lint.site import PageContext

# The defaults of the options below; walkaway/lint/rules.yml may change them.
MIN_READING_EASE = 60.0
MAX_SENTENCE_WORDS = 20.0


@page_rule("readability", "A Flesch reading ease of at least `min_reading_ease`, and sentences of at most "
                          "`max_sentence_words` words on average, unless the page has a `readability_note`.")
def check(page: Page, context: PageContext, report: PageReport, *, min_reading_ease: float = MIN_READING_EASE,
          max_sentence_words: float = MAX_SENTENCE_WORDS) -> None:
    result = page.reading
    if result is None or "readability_note" in page.meta:
        return
    if result.reading_ease < min_reading_ease:
        report(page.body_line, f"reading ease is {result.reading_ease:.0f}; pages need {min_reading_ease:.0f} or more",
               "use shorter sentences and everyday words (help, not assistance)")
    if result.sentence_words > max_sentence_words:
        report(page.body_line, f"sentences average {result.sentence_words:.1f} words; the limit is "
                               f"{max_sentence_words:.0f}", "split long sentences in two")


@page_rule("readability-note", "A page that opts out of the readability floor says why.")
def check_note(page: Page, context: PageContext, report: PageReport) -> None:
    if "readability_note" in page.meta:
        figure = f"reading ease {page.reading.reading_ease:.0f}, " if page.reading else ""
        report(page.line_of("readability_note"), f"{figure}readability checks skipped: {page.meta['readability_note']}",
               "reviewers: check that the reason still holds")
