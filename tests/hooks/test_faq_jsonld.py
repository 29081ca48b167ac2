"""walkaway/hooks/faq_jsonld.py: FAQPage structured data built from the FAQ page itself (small inputs, no build).

The built-site tests (test_metadata.py, browser/test_search.py) check the result in the real site.
"""
from __future__ import annotations

from walkaway.hooks.faq_jsonld import faq_page, questions_and_answers

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
