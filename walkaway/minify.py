"""The site's minifiers, in one place: the build hooks call them, and the output gate calls the same
functions to check that what was published is exactly what they make of the sources.

- HTML: minify-html (compiled; the minify plugin's pure-Python htmlmin was most of a large build's
  CPU). Inline scripts and JSON are left byte for byte as the templates wrote them (`minify_js`
  off): the CSP hashes the known texts in walkaway/gate/known.py, and JSON-LD stays as
  walkaway/hooks/faq_jsonld.py wrote it. Closing tags and the `<html>`/`<head>` tags are kept, so
  the page parses the same in every parser the tests use.
- CSS: rcssmin; JavaScript: rjsmin. Both only remove comments and white space (no renaming, no
  rewriting of values): csscompressor, the minify plugin's CSS minifier, rewrites `max(0px, …)`
  into something browsers drop. Their output is tested in a real browser.
"""
from __future__ import annotations

import minify_html
import rcssmin
import rjsmin

HTML_OPTIONS = {
    "minify_js": False,               # the known scripts' hashes and the JSON-LD depend on their exact text
    "minify_css": False,              # the pages carry no inline CSS (the gate refuses it)
    "keep_closing_tags": True,
    "keep_html_and_head_opening_tags": True,
    "keep_comments": False,
    "keep_ssi_comments": False,
    "remove_processing_instructions": True,
}


def html(text: str) -> str:
    return minify_html.minify(text, **HTML_OPTIONS)


def css(text: str) -> str:
    return rcssmin.cssmin(text)


def js(text: str) -> str:
    return rjsmin.jsmin(text)


def asset(name: str, text: str) -> str:
    """One of our own stylesheets or scripts (overrides/assets/…), minified by its file type."""
    if name.endswith(".css"):
        return css(text)
    if name.endswith(".js"):
        return js(text)
    raise ValueError(f"no minifier for {name}")
