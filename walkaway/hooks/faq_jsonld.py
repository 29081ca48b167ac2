"""MkDocs hook: build the FAQ's `FAQPage` structured data from the FAQ page itself.

Search engines can show an FAQ's questions and answers straight in their results, read from a JSON-LD
`FAQPage`. Written by hand it would drift from the page, so it is derived at build time from the
rendered HTML: each `##` heading that is a question (ends in "?") becomes a `Question`, and the
paragraphs and lists under it, up to the next `##`, become its `acceptedAnswer`. The "Read more: …"
line that closes each answer is a link for readers of the page, not part of the answer, so it is left out.

The result goes to the template as `faq_jsonld` (a dict); overrides/partials/wa-meta.html writes it
in <head> with `tojson`, beside the page's other structured data.
"""
from __future__ import annotations

import re
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page
from selectolax.lexbor import LexborHTMLParser

FAQ_PAGE = "faq.md"
ANSWER_TAGS = {"p", "ul", "ol"}
READ_MORE = "Read more:"


def clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def questions_and_answers(html: str) -> list[tuple[str, str]]:
    """(question, answer text) for each `<h2>` ending in "?", in page order."""
    body = LexborHTMLParser(html).body
    if body is None:
        return []
    pairs: list[tuple[str, list[str]]] = []
    # iter() walks the body's direct children: elements and comments, never text. A comment's tag is
    # "-comment", neither h2 nor an answer tag, so both branches below pass it by.
    for node in body.iter():
        if node.tag == "h2":
            heading = clean(node.text(deep=True))
            pairs.append((heading, []))
        elif pairs and node.tag in ANSWER_TAGS:
            text = clean(node.text(deep=True, separator=" "))
            if text and not text.startswith(READ_MORE):
                pairs[-1][1].append(text)
    return [(question, " ".join(parts)) for question, parts in pairs if question.endswith("?")]


def faq_page(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    return {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "mainEntity": [
            {"@type": "Question", "name": question,
             "acceptedAnswer": {"@type": "Answer", "text": answer}}
            for question, answer in pairs
        ],
    }


def on_page_context(context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Any) -> dict[str, Any]:
    if page.file.src_uri != FAQ_PAGE:
        return context
    pairs = questions_and_answers(page.content or "")
    if not pairs:
        raise PluginError(f"faq_jsonld: found no `## Question?` headings in {FAQ_PAGE}")
    empty = [question for question, answer in pairs if not answer]
    if empty:
        raise PluginError(f"faq_jsonld: these questions in {FAQ_PAGE} have no answer text: {empty}")
    context["faq_jsonld"] = faq_page(pairs)
    return context
