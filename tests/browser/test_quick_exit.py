""""Exit this page": where it is, what it does, and what it leaves behind.

The neutral site (extra.quick_exit_url in mkdocs.yml) is never really fetched: every test routes it to a
local stub page and records the requests that reach it.
"""
from __future__ import annotations

import json

import pytest
from playwright.sync_api import Browser, Page

from browser.helpers import route_exit
from built_site import config

ARTICLE = "signs/when-it-is-abuse/"  # a real page with a table of contents, so it has a skip link
NAME = "Exit this page"
SAID = {1: "Shift, press 2 more times to exit", 2: "Shift, press 1 more time to exit",
        "expired": "Exit this page expired"}


@pytest.fixture(scope="module")
def exit_url() -> str:
    return config().extra["quick_exit_url"]


def fill_a_form(page: Page) -> None:
    """Give the page the kinds of field the planners use, filled in as a reader would."""
    page.evaluate("""() => {
      document.querySelector("article").insertAdjacentHTML("afterbegin", `
        <form id="answers"><input id="t" value=""><textarea id="a"></textarea>
        <input id="c" type="checkbox"><select id="s"><option value="">-</option><option>Yes</option></select></form>`);
    }""")
    page.fill("#t", "my secret")
    page.fill("#a", "what happened")
    page.check("#c")
    page.select_option("#s", "Yes")
    page.fill(".md-search__input", "leaving", force=True)  # the search box holds words too


def test_it_is_in_view_first_after_the_skip_link_and_clear_of_the_header(browser: Browser, base_url: str) -> None:
    for width, height in ((320, 568), (375, 667), (1280, 800)):
        context = browser.new_context(viewport={"width": width, "height": height})
        page = context.new_page()
        page.goto(base_url + ARTICLE)
        button = page.get_by_role("link", name=NAME, exact=True)
        box = button.bounding_box()
        assert box and box["y"] >= 0 and box["y"] + box["height"] <= height, f"not in view at {width}px"
        assert box["x"] >= 0 and box["x"] + box["width"] <= width, f"cut off at {width}px"
        # Nothing covers it: the element at its centre is the link itself.
        on_top = page.evaluate(f"document.elementFromPoint({box['x'] + box['width'] / 2}, "
                               f"{box['y'] + box['height'] / 2}).closest('a')?.textContent.trim()")
        assert on_top == NAME, f"covered at {width}px"
        # It covers none of the header's own controls.
        for control in page.locator(".md-header :is(a, label, input[type=text]):visible").all():
            other = control.bounding_box()
            if other and other["width"] and other["height"]:
                apart = (other["x"] + other["width"] <= box["x"] or box["x"] + box["width"] <= other["x"]
                         or other["y"] + other["height"] <= box["y"])
                assert apart, f"overlaps a header control at {width}px: {control.evaluate('e => e.outerHTML')[:80]}"
        # Keyboard: the skip link, then the exit.
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.classList.contains('md-skip')")
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.textContent.trim()") == NAME
        # Still in view at the bottom of a long page.
        page.mouse.wheel(0, 20000)
        page.wait_for_function("() => window.scrollY > 1000")
        assert button.bounding_box()["y"] >= 0
        context.close()


# Playwright cannot query a page whose navigation has started, so the page reports on itself: the
# script fires `wa:quick-exit` once the overlay is up and the fields are empty, just before it leaves.
SNAPSHOT_ON_EXIT = """() => document.addEventListener("wa:quick-exit", () => {
  const value = (selector) => document.querySelector(selector).value;
  console.log("snapshot " + JSON.stringify({
    onTop: document.elementFromPoint(10, 300).className,
    alert: document.querySelector(".wa-quick-exit-overlay").getAttribute("role"),
    title: document.title,
    fields: [value("#t"), value("#a"), value(".md-search__input"), document.querySelector("#c").checked,
             value("#s")],
  }));
  // What the browser sends when it brings a page back from the back/forward cache.
  window.dispatchEvent(new PageTransitionEvent("pageshow", {persisted: true}));
  console.log("restored " + JSON.stringify({
    overlays: document.querySelectorAll(".wa-quick-exit-overlay").length,
    title: document.title,
  }));
}, {once: true})"""


def test_click_hides_the_page_empties_every_field_and_replaces_the_history_entry(
        browser: Browser, base_url: str, exit_url: str) -> None:
    context = browser.new_context()
    hits = route_exit(context, exit_url)
    page = context.new_page()
    said: dict[str, dict] = {}
    page.on("console", lambda m: said.update([(m.text.split()[0], json.loads(m.text.split(" ", 1)[1]))])
            if m.text.startswith(("snapshot ", "restored ")) else None)
    page.goto(base_url)  # the page before: Back should land here
    page.goto(base_url + ARTICLE)
    title = page.title()
    entries = page.evaluate("() => history.length")
    fill_a_form(page)
    page.evaluate(SNAPSHOT_ON_EXIT)
    page.get_by_role("link", name=NAME, exact=True).click()
    page.wait_for_url(exit_url)

    # Before leaving: the page was covered, every field empty, the tab title plain.
    assert said["snapshot"] == {"onTop": "wa-quick-exit-overlay", "alert": "alert", "title": "Loading",
                                "fields": ["", "", "", False, ""]}
    # A page brought back from the cache is uncovered and has its title again.
    assert said["restored"] == {"overlays": 0, "title": title}
    # The neutral site was told nothing, and the exited page left the history.
    assert len(hits) == 1 and hits[0].headers.get("referer") is None, "the neutral site learnt where we were"
    page.go_back()
    assert page.url == base_url, f"Back went to {page.url}, not the page before the exited one"
    # The neutral site took the exited page's entry instead of adding one after it.
    assert page.evaluate("() => history.length") == entries
    context.close()


def test_back_never_returns_to_the_exited_page_with_the_back_forward_cache_on(
        bfcache_browser: Browser, base_url: str, exit_url: str) -> None:
    context = bfcache_browser.new_context()
    context.add_init_script("addEventListener('pageshow', (e) => { window.__waFromCache = e.persisted })")
    route_exit(context, exit_url)
    page = context.new_page()
    page.goto(base_url)
    page.goto(base_url + ARTICLE)
    page.get_by_role("link", name=NAME, exact=True).click()
    page.wait_for_url(exit_url)
    page.go_back(wait_until="commit")  # a page restored from the cache fires no load event
    assert page.url == base_url, f"Back went to {page.url}, not the page before the exited one"
    page.wait_for_function("() => window.__waFromCache !== undefined")
    assert page.evaluate("() => window.__waFromCache"), "the page before was not restored from the cache"
    page.go_forward(wait_until="commit")
    assert page.url == exit_url  # forward is the neutral site, never the exited page
    context.close()


def test_shift_three_times_within_five_seconds_exits_and_anything_less_does_not(
        browser: Browser, base_url: str, exit_url: str) -> None:
    context = browser.new_context()
    hits = route_exit(context, exit_url)
    page = context.new_page()
    page.clock.install()  # the page's timers follow page.clock, so five seconds pass at once
    page.goto(base_url)
    page.goto(base_url + ARTICLE)
    status = page.get_by_role("status")

    def shift() -> None:
        page.keyboard.press("Shift")

    def stays() -> None:
        page.wait_for_timeout(300)  # real time: long enough for a navigation to start
        assert hits == [] and page.url == base_url + ARTICLE

    # Two presses, then the timer runs out.
    shift()
    assert status.text_content() == SAID[1]
    shift()
    assert status.text_content() == SAID[2]
    page.clock.run_for(5_001)
    assert status.text_content() == SAID["expired"]
    stays()

    # Three presses, each more than five seconds after the last.
    for _ in range(3):
        shift()
        page.clock.run_for(5_100)
    stays()

    # Shift used for a capital letter does not count; any other key starts the count again.
    page.keyboard.press("Shift+A")
    shift()
    shift()
    page.keyboard.press("a")
    shift()
    assert status.text_content() == SAID[1]
    stays()

    # Three presses, the timer restarting at each (four seconds apart): exit.
    page.clock.run_for(4_000)
    shift()
    page.clock.run_for(4_000)
    shift()
    page.wait_for_url(exit_url)
    page.go_back()
    assert page.url == base_url
    context.close()


def test_without_javascript_it_is_a_plain_link_to_the_neutral_site(browser: Browser, base_url: str,
                                                                    exit_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    hits = route_exit(context, exit_url)
    page = context.new_page()
    page.goto(base_url + ARTICLE)
    link = page.get_by_role("link", name=NAME, exact=True)
    assert link.get_attribute("href") == exit_url
    assert set(link.get_attribute("rel").split()) >= {"nofollow", "noreferrer"}
    assert link.is_visible()
    link.click()
    page.wait_for_url(exit_url)
    assert hits[0].headers.get("referer") is None
    context.close()


def test_after_in_page_links_back_leaves_the_site(browser: Browser, base_url: str, exit_url: str) -> None:
    """The table of contents and the skip ("jump to") link move within the page without adding history
    entries, so after the exit, Back goes to where the reader was before the site, not to the site."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})  # wide: the TOC is shown
    route_exit(context, exit_url)
    page = context.new_page()
    page.goto("about:blank")
    page.goto(base_url + ARTICLE)
    entries = page.evaluate("() => history.length")
    toc_links = page.locator(".md-sidebar--secondary .md-nav__link[href^='#']")
    assert toc_links.count() >= 2, "the article has no table of contents to test with"
    second = toc_links.nth(1)
    anchor = second.get_attribute("href")
    second.click()
    page.wait_for_url(f"**{anchor}")
    assert page.evaluate("(id) => document.getElementById(id).getBoundingClientRect().top < 400", anchor[1:]), \
        "the TOC link did not move to its section"
    # The skip link ("jump to content"), used from the keyboard as its readers do.
    page.evaluate("() => window.scrollTo(0, 0)")
    skip = page.locator("a.md-skip")
    target = skip.get_attribute("href")
    skip.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{target}")
    assert page.evaluate("() => history.length") == entries, "an in-page link added a history entry"
    page.get_by_role("link", name=NAME, exact=True).click()
    page.wait_for_url(exit_url)
    page.go_back()
    assert not page.url.startswith(base_url), f"Back returned to the site: {page.url}"
    assert page.url == "about:blank"
    context.close()
