"""The 404 page works wherever a missing address points, the way the site's host serves it.

GitHub Pages serves the site under the path of site_url (/walking-away/) and answers any missing
address, at any depth, with 404.html. So does the tests' one server (conftest.py, walkaway.local_server).
The page must come with its styles (its links are absolute), open the site search, and link to help and
the sections.
"""
from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page


def open_missing(browser: Browser, url: str) -> tuple[Page, list[str], list[str]]:
    page = browser.new_context().new_page()
    errors: list[str] = []
    failed: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    # The browser logs the page's own 404 status as a console error: that one is expected.
    page.on("console", lambda message: errors.append(message.text)
            if message.type == "error" and message.location.get("url") != url else None)
    page.on("response", lambda response: failed.append(f"{response.status} {response.url}")
            if response.status >= 400 and response.url != url else None)
    response = page.goto(url, wait_until="networkidle")
    assert response is not None and response.status == 404
    return page, errors, failed


@pytest.mark.parametrize("missing", ["nonexistent/", "nonexistent/deep/path/", "signs/old-page.html"])
def test_not_found_page_is_styled_at_any_depth(browser: Browser, pages_url: str, missing: str) -> None:
    page, errors, failed = open_missing(browser, f"{pages_url}{missing}")
    assert failed == [], f"the 404 page could not load: {failed}"
    assert errors == [], f"the 404 page reported errors: {errors}"
    assert page.locator("h1").inner_text().strip() == "Page not found"
    # Material's stylesheet loaded: the header is sticky and the main column has its width.
    assert page.evaluate("() => getComputedStyle(document.querySelector('.md-header')).position") == "sticky"
    page.context.close()


def test_not_found_page_leads_to_help_and_to_search(browser: Browser, pages_url: str) -> None:
    page, errors, _ = open_missing(browser, f"{pages_url}nonexistent/deep/path/")
    page.get_by_role("link", name="Get help now").first.click()
    page.wait_for_load_state()
    assert page.url == f"{pages_url}get-help-now/"
    page.go_back()
    page.locator("label.wa-404-search").click()
    # The button opens the search with the cursor in the box, so the reader can type at once.
    assert page.evaluate("() => document.activeElement.dataset.mdComponent") == "search-query"
    page.keyboard.type("leaving")  # real key presses: Material searches on keyup
    page.wait_for_function("() => document.querySelectorAll('.md-search-result__item').length > 0")
    first = page.locator(".md-search-result__item a").first.get_attribute("href") or ""
    assert first.startswith(pages_url), first
    assert errors == [], f"the 404 page reported errors: {errors}"
    page.context.close()
