"""Every built page, in the light and dark schemes, at a phone and a desktop width.

One test per scheme and width (four in all, so `pytest -n 2` can share them out), each looping over all
pages in one browser tab. On each page it checks what the issue promises a watched reader:
- no request leaves the site's origin, and no cookie is set;
- no console error, no uncaught exception and no Content-Security-Policy violation;
- axe-core finds no WCAG 2.2 A or AA violation;
and, after the loop, that the browser holds nothing but what the privacy page says it holds.
"""
from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Request

from browser.helpers import AXE, AXE_OPTIONS, CSP_LISTENER
from built_site import url_prefix

# Material's body attribute for each scheme: proves the dark run really rendered dark.
SCHEME_ATTRIBUTE = {"light": "default", "dark": "slate"}
# The only thing the theme may store, and only for the tab (see overrides/partials/javascripts/base.html
# and the privacy page, which lists it). Material scopes the key to the path the site is served under.
ALLOWED_SESSION_KEYS = {url_prefix() + ".__palette"}


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_page_is_private_clean_and_accessible(
        browser: Browser, base_url: str, page_paths: list[str], scheme: str, width: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": 800}, color_scheme=scheme)
    context.add_init_script(CSP_LISTENER)
    page = context.new_page()
    origin = urlsplit(base_url).netloc
    problems: list[str] = []
    where = {"path": ""}  # the page being checked, for messages from event handlers

    def on_request(request: Request) -> None:
        url = urlsplit(request.url)
        if url.scheme not in ("data", "blob") and url.netloc != origin:
            problems.append(f"/{where['path']}: request to another origin: {request.url}")

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error" or "Content Security Policy" in message.text:
            problems.append(f"/{where['path']}: console {message.type}: {message.text}")

    page.on("request", on_request)
    page.on("console", on_console)
    page.on("pageerror", lambda error: problems.append(f"/{where['path']}: uncaught exception: {error}"))

    for path in page_paths:
        where["path"] = path
        page.goto(base_url + path, wait_until="load")
        scheme_shown = page.locator("body").get_attribute("data-md-color-scheme")
        assert scheme_shown == SCHEME_ATTRIBUTE[scheme], f"/{path} rendered in {scheme_shown}, not {scheme}"
        for violation in AXE.run(page, options=AXE_OPTIONS).response["violations"]:
            targets = ", ".join(str(node["target"]) for node in violation["nodes"][:3])
            problems.append(f"/{path}: axe {violation['id']}: {violation['help']} ({targets})")
        problems += [f"/{path}: CSP {v}" for v in page.evaluate("window.__waCspViolations")]

    local_keys, session_keys = page.evaluate("[Object.keys(localStorage), Object.keys(sessionStorage)]")
    cookies = context.cookies()
    context.close()

    assert problems == [], f"{len(problems)} problem(s) ({scheme}, {width}px):\n" + "\n".join(problems)
    assert cookies == [], f"cookies were set: {cookies}"
    assert local_keys == [], f"localStorage outlives the visit, but holds: {local_keys}"
    assert set(session_keys) <= ALLOWED_SESSION_KEYS, f"unexpected sessionStorage keys: {session_keys}"


def test_the_policy_is_enforced_and_violations_are_seen(browser: Browser, base_url: str) -> None:
    """A control for the test above: an injected inline script is refused, and the refusal is reported."""
    context = browser.new_context()
    context.add_init_script(CSP_LISTENER)
    page = context.new_page()
    page.goto(base_url, wait_until="load")
    page.evaluate("""() => {
      const script = document.createElement("script");
      script.textContent = "window.__waInjectedRan = true";
      document.head.append(script);
    }""")
    page.wait_for_function("() => window.__waCspViolations.length > 0")
    assert page.evaluate("window.__waInjectedRan === undefined"), "an unhashed inline script ran"
    assert page.evaluate("window.__waCspViolations")[0].startswith("script-src")
    context.close()


def test_the_not_found_page_keeps_the_same_promises(browser: Browser, pages_url: str) -> None:
    """404.html is rendered as a template with absolute links under site_url's path (/walking-away/),
    so it is served here the way the host serves it, under that path."""
    context = browser.new_context()
    context.add_init_script(CSP_LISTENER)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(pages_url + "404.html", wait_until="load")
    assert page.evaluate("() => document.documentElement.classList.contains('js')"), "the bundle did not run"
    assert errors == [] and page.evaluate("() => window.__waCspViolations") == []
    assert AXE.run(page, options=AXE_OPTIONS).response["violations"] == []
    assert page.get_by_role("link", name="Exit this page", exact=True).is_visible()
    context.close()


def test_search_results_are_accessible_and_keep_the_words_out_of_links(browser: Browser, base_url: str) -> None:
    """The search dialog is closed during the sweep above; open it, with results, and check it too."""
    for scheme in ("light", "dark"):
        context = browser.new_context(viewport={"width": 375, "height": 800}, color_scheme=scheme)
        page = context.new_page()
        page.goto(base_url + "signs/")
        page.locator("label.md-header__button[for=__search]").click()
        page.locator(".md-search__input").press_sequentially("money")  # search runs on keyup
        page.locator(".md-search-result__item").first.wait_for()
        assert page.get_by_role("dialog", name="Search").count() == 1  # the dialog has a name
        # The privacy page promises search words stay out of addresses (search.highlight adds ?h=words).
        hrefs = page.locator(".md-search-result__link").evaluate_all("links => links.map(a => a.href)")
        assert hrefs and not [href for href in hrefs if "?" in href], f"search words in result links: {hrefs}"
        violations = AXE.run(page, options=AXE_OPTIONS).response["violations"]
        assert violations == [], f"{scheme}: " + "; ".join(f"{v['id']} {v['nodes'][0]['target']}" for v in violations)
        context.close()
