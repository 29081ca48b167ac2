"""The site without JavaScript, and on paper.

A reader may have JavaScript off (some safer browsers do it by default). Every page must still show its
content and navigation, and its links must work. A printed page carries the article only.
"""
from __future__ import annotations

from urllib.parse import urlsplit

from playwright.sync_api import Browser


def test_every_page_reads_and_navigates_without_javascript(browser: Browser, base_url: str,
                                                           page_paths: list[str]) -> None:
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 800})
    page = context.new_page()
    origin = urlsplit(base_url).netloc
    foreign: list[str] = []
    page.on("request", lambda r: foreign.append(r.url) if urlsplit(r.url).netloc not in (origin, "") else None)
    problems: list[str] = []
    for path in page_paths:
        response = page.goto(base_url + path)
        article = page.locator("article.md-content__inner")
        if not (response and response.ok and article.locator("h1").first.is_visible()):
            problems.append(f"/{path}: no visible heading")
        elif len(article.inner_text()) < 200:
            problems.append(f"/{path}: the article is (almost) empty")
        elif page.locator(".md-sidebar--primary .md-nav__link:visible").count() < 10:
            problems.append(f"/{path}: the navigation is not shown")
    assert problems == [], "\n".join(problems)
    assert foreign == [], f"requests to other origins: {foreign}"

    # Links work: follow one in the navigation, and one in the text.
    page.goto(base_url)
    page.locator(".md-sidebar--primary a.md-nav__link", has_text="Get help now").first.click()
    assert page.url == base_url + "get-help-now/"
    page.locator("article a[href$='privacy-and-safe-browsing/']").first.click()
    assert page.url == base_url + "about/privacy-and-safe-browsing/"
    context.close()


def test_the_phone_menu_opens_without_javascript(browser: Browser, base_url: str) -> None:
    """Material's drawer is a checkbox and a label: it must open and lead somewhere with no script."""
    context = browser.new_context(java_script_enabled=False, viewport={"width": 375, "height": 667})
    page = context.new_page()
    page.goto(base_url + "signs/")
    page.locator("label.md-header__button[for=__drawer]").click()
    link = page.locator(".md-sidebar--primary a.md-nav__link:visible", has_text="When it is abuse").first
    link.click()
    assert page.url == base_url + "signs/when-it-is-abuse/"
    context.close()


def test_print_shows_the_article_empty_boxes_and_link_addresses(browser: Browser, base_url: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    page.emulate_media(media="print")

    page.goto(base_url + "deciding/questions-to-ask-yourself/")
    for hidden in (".wa-quick-exit", ".md-header", ".md-sidebar--primary", ".md-sidebar--secondary",
                   ".md-search", ".md-footer", ".md-content__button"):
        assert not page.locator(hidden).first.is_visible(), f"{hidden} would print"
    assert page.locator("article h1").is_visible()
    box = page.evaluate("""() => {
      const style = getComputedStyle(document.querySelector(".task-list-indicator"), "::before");
      return {border: style.borderTopStyle, mask: style.maskImage};
    }""")
    assert box == {"border": "solid", "mask": "none"}, f"a checklist box would not print as a box: {box}"

    page.goto(base_url + "get-help-now/")
    after = page.evaluate("""() => {
      const external = document.querySelector("article a[href^='http']:not([class])");
      const internal = document.querySelector("article a[href$='/']:not([href^='http']):not([class])");
      const content = (link) => getComputedStyle(link, "::after").content;
      return {external: content(external), href: external.getAttribute("href"), internal: content(internal)};
    }""")
    assert after["external"] == f'" ({after["href"]})"', f"an external link prints without its address: {after}"
    assert after["internal"] in ("none", "normal"), f"internal links should print bare: {after}"
    context.close()
