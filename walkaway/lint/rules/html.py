"""Raw HTML cannot run code, load from elsewhere, or break the layout."""
from __future__ import annotations

from collections.abc import Iterator

from selectolax.lexbor import LexborHTMLParser

from walkaway.gate import urls
from walkaway.lint.page import Page
from walkaway.lint.registry import PageReport, page_rule
from walkaway.lint.site import PageContext

FORBIDDEN = {"script", "iframe", "object", "embed", "form", "style", "link", "meta", "base", "frame",
             "frameset", "applet", "noscript", "template", "svg", "math"}
ALLOWED = {"a", "abbr", "b", "br", "cite", "code", "dd", "del", "details", "div", "dl", "dt", "em",
           "figcaption", "figure", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "q", "s",
           "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "th", "thead",
           "tr", "u", "ul"}
_PARSER_WRAPPERS = {"html", "head", "body", "-text", "-comment", "_comment"}
_URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "poster", "srcset", "data", "background",
                   "cite", "imagesrcset"}
# Attributes that make the browser send a request or load a document: never needed on a page.
_REQUEST_ATTRIBUTES = {"ping", "action", "formaction", "srcdoc", "manifest", "codebase", "archive", "background"}
# Attributes that load what they point at (a link's href is followed only when the reader chooses).
_LOADING_ATTRIBUTES = {"src", "srcset", "imagesrcset", "poster", "data"}


def _elements(html: str) -> Iterator[tuple[str, dict[str, str | None]]]:
    tree = LexborHTMLParser(html)
    root = tree.root
    if root is None:
        return
    for node in root.traverse(include_text=False):
        tag = (node.tag or "").lower()
        if tag and tag not in _PARSER_WRAPPERS:
            yield tag, dict(node.attributes)


@page_rule("html-forbidden", "No script, iframe, object, embed, form or style; no on…= or javascript: in HTML.")
def check_forbidden(page: Page, context: PageContext, report: PageReport) -> None:
    for fragment in page.html:
        for tag, attributes in _elements(fragment.html):
            if tag in FORBIDDEN:
                report(fragment.line, f"`<{tag}>` is not allowed in a page",
                       "pages carry no code, embeds or forms; describe what you need in your pull request and a "
                       "maintainer will find a safe way")
            for name, value in attributes.items():
                name = name.lower()
                if name.startswith("on"):
                    report(fragment.line, f"`{name}=` on `<{tag}>` runs code", "remove the attribute")
                elif name in _REQUEST_ATTRIBUTES:
                    report(fragment.line, f"`{name}=` on `<{tag}>` sends a request", "remove the attribute")
                elif name in _URL_ATTRIBUTES and _bad_scheme(name, value or ""):
                    report(fragment.line, f"`{name}` on `<{tag}>` is a {_bad_scheme(name, value or '')}: URL",
                           "link to a page or an https:// address instead")
                elif name in _LOADING_ATTRIBUTES and _other_origin(name, value or ""):
                    report(fragment.line, f"`{name}` on `<{tag}>` loads from another site",
                           "save the file under docs/assets/ and link it there: the site loads nothing from "
                           "elsewhere")
                elif name == "style":
                    report(fragment.line, f"`style=` on `<{tag}>`",
                           "the site's security policy blocks inline styles; use Markdown or ask for a class in "
                           "overrides/")


def _urls(name: str, value: str) -> list[str]:
    return urls.srcset_urls(value) if name.endswith("srcset") else [value]


def _bad_scheme(name: str, value: str) -> str:
    """The first scheme in the value a page must not use (javascript:, data:, …), as the browser reads it."""
    return next((scheme for scheme in map(urls.scheme, _urls(name, value))
                 if scheme and scheme not in urls.NAVIGABLE), "")


def _other_origin(name: str, value: str) -> bool:
    return any(urls.is_other_origin(url) for url in _urls(name, value))


@page_rule("html-allowlist", "Raw HTML uses only tags from a short allowlist.")
def check_allowlist(page: Page, context: PageContext, report: PageReport) -> None:
    for fragment in page.html:
        for tag, _ in _elements(fragment.html):
            if tag not in ALLOWED and tag not in FORBIDDEN:
                report(fragment.line, f"`<{tag}>` is not on the list of allowed tags",
                       "use Markdown instead; the allowed tags are " + ", ".join(sorted(ALLOWED)))

