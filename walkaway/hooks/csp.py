"""MkDocs hook: put the SHA-256 hashes of the site's own inline scripts into each page's Content-Security-Policy.

Material writes a few small inline scripts into every page (the `__md_get`/`__md_set` helpers, the
colour-scheme restore, the content-tab restore). A policy without 'unsafe-inline' must list each one's
hash. The hashes come from the fixed list of those scripts' texts in walkaway/gate/known.py,
never from the page: a script that reached the page some other way (a title, a YAML value, raw HTML) is
then not allowed by the policy, so the browser blocks it, and the output gate refuses the build.

The one part of those scripts that varies is the relative base URL the storage helper embeds ("." on
the home page, "../.." two folders down, the site's path on 404.html); it is worked out here from the
page's URL, as MkDocs works it out for the template.

overrides/partials/wa-security.html writes the policy with PLACEHOLDER where the hashes go. The build
fails if a page lacks the policy or the placeholder, so a template change cannot silently drop the CSP.
"""
from __future__ import annotations

from urllib.parse import urlsplit

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url
from selectolax.lexbor import LexborHTMLParser, LexborNode

from walkaway.gate import known
from walkaway.gate.known import script_hash  # noqa: F401  (re-exported for the tests)

PLACEHOLDER = "wa-csp-script-hashes"

# `type` values a browser runs as script. Anything else (application/json, application/ld+json) is a
# data block: it never runs, and CSP does not govern it.
SCRIPT_TYPES = frozenset({"", "text/javascript", "application/javascript", "module"})


def _runs(script: LexborNode) -> bool:
    kind = (script.attributes.get("type") or "").strip().lower()
    return "src" not in script.attributes and kind in SCRIPT_TYPES


def inline_script_hashes(html: str) -> list[str]:
    """Hashes of the inline scripts in `html`, in page order, without repeats. For reports and tests only:
    the policy never takes its hashes from here."""
    return _script_hashes(LexborHTMLParser(html))


def _script_hashes(tree: LexborHTMLParser) -> list[str]:
    # text(deep=True) is the script's text as the HTML parser sees it, which is what the browser hashes.
    hashes = [script_hash(node.text(deep=True)) for node in tree.css("script") if _runs(node)]
    return list(dict.fromkeys(hashes))


def fill_policy(html: str, where: str, base: str = ".") -> str:
    """Return `html` with the CSP placeholder replaced by the hashes of the site's known inline scripts,
    as they read on a page whose relative base URL is `base`. Nothing in `html` can add a hash."""
    tree = LexborHTMLParser(html)
    policies = [meta.attributes.get("content") or "" for meta in tree.css("meta[http-equiv]")
                if (meta.attributes.get("http-equiv") or "").lower() == "content-security-policy"]
    if len(policies) != 1 or PLACEHOLDER not in policies[0]:
        raise PluginError(f"{where}: expected one Content-Security-Policy <meta> holding "
                          f"'{PLACEHOLDER}' (see overrides/partials/wa-security.html)")
    if html.count(PLACEHOLDER) != 1:
        raise PluginError(f"{where}: '{PLACEHOLDER}' appears outside the CSP <meta>; rename it")
    # The placeholder is a bare token inside a quoted attribute (the policy has spaces and quotes, so
    # the minifier keeps its quotes); swapping the token leaves every other byte of the page as it was.
    return html.replace(PLACEHOLDER, " ".join(known.hashes_for(base)))


# `mkdocs serve` injects its live-reload script into every page after all hooks have run, so no hash
# can allow it. Only for that local preview, inline scripts are allowed; `mkdocs build` (the published
# site and every test) always gets the hashes.
SERVE_ONLY_SOURCES = "'unsafe-inline'"
_serving = False


def on_startup(*, command: str, dirty: bool) -> None:
    global _serving
    _serving = command == "serve"


def _policy(html: str, where: str, base: str = ".") -> str:
    if _serving:
        return html.replace(PLACEHOLDER, SERVE_ONLY_SOURCES)
    return fill_policy(html, where, base)


@event_priority(-100)  # after the minify hook (-50): hash the scripts exactly as they are written to disk
def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    return _policy(output, page.file.src_uri, get_relative_url(".", page.url))


@event_priority(-100)  # 404.html is rendered as a template, not a page, and needs its policy too
def on_post_template(output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
    if not template_name.endswith(".html"):
        return output_content  # sitemap.xml
    # MkDocs renders error pages with the path of site_url as their base, other templates relative.
    if template_name == "404.html":
        base = urlsplit(config.site_url or "/").path.rstrip("/") + "/"
    else:
        base = get_relative_url(".", template_name)
    return _policy(output_content, template_name, base)
