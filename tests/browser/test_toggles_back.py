"""Material's drawer and search toggles stay closed when the reader comes Back.

walkaway/hooks/valid_html.py moves their `autocomplete="off"` (invalid on a checkbox) to an empty form
they belong to. This checks that the browser still does not tick them again on a Back that reloads.
"""
from __future__ import annotations

from playwright.sync_api import Browser


def test_open_drawer_is_closed_after_back(browser: Browser, base_url: str) -> None:
    context = browser.new_context(viewport={"width": 400, "height": 800})
    page = context.new_page()
    page.goto(base_url + "faq/", wait_until="load")
    assert page.eval_on_selector("#__drawer", "box => box.form && box.form.autocomplete") == "off"
    page.click(".md-header label[for=__drawer]")
    page.wait_for_function("document.querySelector('#__drawer').checked")
    page.goto(base_url, wait_until="load")
    page.go_back(wait_until="load")
    assert page.url.endswith("/faq/")
    assert not page.eval_on_selector("#__drawer", "box => box.checked"), "the drawer came back open"
    assert not page.eval_on_selector("#__search", "box => box.checked"), "search came back open"
    context.close()
