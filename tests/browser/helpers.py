"""What several browser tests share: the axe-core rules they run, a CSP violation listener, and a local
stand-in for the quick exit's neutral site."""
from __future__ import annotations

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import BrowserContext, Request, Route

# WCAG 2.2 A and AA, as axe-core tags them. (axe has no "wcag22a" tag: its WCAG 2.2 rules are all AA.)
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
AXE = Axe()

# An init script: runs in every document before the page's own scripts and lists its Content-Security-
# Policy violations in window.__waCspViolations. Violations are also logged to the console, but only this
# event says which directive refused what, and it catches report-only cases too.
CSP_LISTENER = """
window.__waCspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__waCspViolations.push(`${event.effectiveDirective} refused ${event.blockedURI || "inline code"}`
    + ` (${event.sourceFile}:${event.lineNumber})`);
});
"""

# The quick exit's neutral site (extra.quick_exit_url in mkdocs.yml), as the tests serve it.
STUB_TEXT = "Sunny spells."
STUB = f"<!doctype html><html lang=en><title>Weather</title><p>{STUB_TEXT}</p></html>"


def route_exit(context: BrowserContext, exit_url: str) -> list[Request]:
    """Serve the neutral site from a local stub; return the list of requests that reach it."""
    hits: list[Request] = []

    def handle(route: Route) -> None:
        hits.append(route.request)
        route.fulfill(status=200, content_type="text/html", body=STUB)

    context.route(lambda url: url.startswith(exit_url), handle)
    return hits
