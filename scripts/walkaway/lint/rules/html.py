"""html-forbidden / html-allowlist: raw HTML cannot run code, load from elsewhere, or break the layout."""
from __future__ import annotations

from collections.abc import Iterator

from selectolax.lexbor import LexborHTMLParser

from walkaway.lint.findings import Finding
from walkaway.lint.page import Page
from walkaway.lint.rules import PageRule
from walkaway.lint.site import PageContext

FORBIDDEN = {"script", "iframe", "object", "embed", "form", "style", "link", "meta", "base", "frame",
             "frameset", "applet", "noscript", "template", "svg", "math"}
ALLOWED = {"a", "abbr", "b", "br", "cite", "code", "dd", "del", "details", "div", "dl", "dt", "em",
           "figcaption", "figure", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "q", "s",
           "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "th", "thead",
           "tr", "u", "ul"}
_PARSER_WRAPPERS = {"html", "head", "body", "-text", "-comment", "_comment"}
_URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "poster", "srcset"}


def _elements(html: str) -> Iterator[tuple[str, dict[str, str | None]]]:
    tree = LexborHTMLParser(html)
    root = tree.root
    if root is None:
        return
    for node in root.traverse(include_text=False):
        tag = (node.tag or "").lower()
        if tag and tag not in _PARSER_WRAPPERS:
            yield tag, dict(node.attributes)


def check_forbidden(page: Page, context: PageContext) -> Iterator[Finding]:
    for fragment in page.html:
        for tag, attributes in _elements(fragment.html):
            if tag in FORBIDDEN:
                yield page.problem("html-forbidden", fragment.line, f"`<{tag}>` is not allowed in a page",
                                   "pages carry no code, embeds or forms; describe what you need in your "
                                   "pull request and a maintainer will find a safe way")
            for name, value in attributes.items():
                name = name.lower()
                if name.startswith("on"):
                    yield page.problem("html-forbidden", fragment.line,
                                       f"`{name}=` on `<{tag}>` runs code", "remove the attribute")
                elif name in _URL_ATTRIBUTES and (value or "").strip().lower().startswith(
                        ("javascript:", "data:", "vbscript:")):
                    yield page.problem("html-forbidden", fragment.line,
                                       f"`{name}` on `<{tag}>` is a {value.split(':')[0]}: URL",
                                       "link to a page or an https:// address instead")
                elif name == "style":
                    yield page.problem("html-forbidden", fragment.line, f"`style=` on `<{tag}>`",
                                       "the site's security policy blocks inline styles; use Markdown or "
                                       "ask for a class in overrides/")


def check_allowlist(page: Page, context: PageContext) -> Iterator[Finding]:
    for fragment in page.html:
        for tag, _ in _elements(fragment.html):
            if tag not in ALLOWED and tag not in FORBIDDEN:
                yield page.problem("html-allowlist", fragment.line, f"`<{tag}>` is not on the list of allowed tags",
                                   "use Markdown instead; the allowed tags are " + ", ".join(sorted(ALLOWED)))


RULES = [
    PageRule("html-forbidden", "No script, iframe, object, embed, form or style; no on…= or javascript: in HTML.",
             check_forbidden),
    PageRule("html-allowlist", "Raw HTML uses only tags from a short allowlist.", check_allowlist),
]
