"""Minified and pruned stylesheets and scripts change nothing a reader sees, in any state.

The built site (Material's stylesheets pruned to the rules the pages can use, our CSS and scripts
minified: walkaway/purge.py) is compared with a copy of itself whose assets are put back as
their sources (Material's full stylesheets, our files unminified). The HTML is the same, so the pages'
elements line up one for one: for every element of the page, and its ::before and ::after, every
computed style property must be equal in the two, in each state below. Transitions and animations are
switched off in both, so nothing is caught half way. Without JavaScript (where Playwright cannot read
styles) the full-page screenshots must be identical instead.
"""
from __future__ import annotations

import hashlib
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from built_site import url_prefix
from walkaway import purge
from walkaway.local_server import serve

MOBILE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
STILL = "*,*::before,*::after{transition:none!important;animation:none!important;caret-color:auto!important}"

# Every element's computed style (and its pseudo-elements'), as one string per element.
SNAPSHOT = """() => {
  const out = [];
  for (const el of document.querySelectorAll('*')) {
    if (el.closest('head')) continue;
    let line = el.tagName + '#' + (el.id || '') + '.' + (el.getAttribute('class') || '');
    for (const pseudo of [null, '::before', '::after']) {
      const style = getComputedStyle(el, pseudo);
      if (pseudo && (style.content === 'none' || style.content === 'normal')) continue;
      const parts = [];
      for (let i = 0; i < style.length; i++) {
        const name = style[i];
        parts.push(name + ':' + style.getPropertyValue(name));
      }
      parts.sort();  // custom properties come in no fixed order
      line += ' ' + (pseudo || '') + '{' + parts.join(';') + '}';
    }
    out.push(line);
  }
  return out;
}"""


@pytest.fixture(scope="module")
def unpruned_url(site_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The built site with every minified or pruned asset replaced by its source."""
    copy = tmp_path_factory.mktemp("unpruned") / "site"
    shutil.copytree(site_dir, copy)
    overrides = Path(__file__).resolve().parents[2] / "overrides"
    theme = purge.theme_dir()
    replaced = 0
    for rel in purge.expected_assets(site_dir, overrides, theme):
        source = overrides / rel if (overrides / rel).is_file() else theme / rel
        shutil.copyfile(source, copy / rel)
        replaced += 1
    assert replaced >= 4, "expected Material's stylesheets and our assets to be processed"
    with serve(copy, prefix=url_prefix()) as server:  # served as base_url is
        yield server.url


def _snapshot(browser: Browser, url: str, path: str, act: Callable[[Page], None] | None, *,
              viewport: dict[str, int], javascript: bool = True, scheme: str = "light",
              media: str = "screen") -> list[str]:
    context = browser.new_context(viewport=viewport, java_script_enabled=javascript, bypass_csp=True,
                                  color_scheme=scheme)
    page = context.new_page()
    page.set_default_timeout(10_000)
    if not javascript:
        # Without JavaScript Playwright cannot read styles in the page either (evaluate never returns):
        # the whole page, rendered, must then be the same to the pixel.
        try:
            page.goto(url + path, wait_until="load")
            page.emulate_media(media=media)
            page.wait_for_timeout(300)
            return [hashlib.sha256(page.screenshot(full_page=True, animations="disabled")).hexdigest()]
        finally:
            context.close()
    try:
        page.goto(url + path, wait_until="load")
        page.add_style_tag(content=STILL)
        if act:
            act(page)
        page.emulate_media(media=media)
        page.wait_for_timeout(50)
        return page.evaluate(SNAPSHOT)
    finally:
        context.close()


def _hover_and_focus(page: Page) -> None:
    page.locator("a.md-nav__link:visible").nth(2).hover()
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")


def _search_with_results(page: Page) -> None:
    page.locator("input[data-md-component=search-query]").focus()
    page.wait_for_function("() => !/initiali/i.test(document.querySelector('.md-search-result__meta')"
                           ".textContent) && document.querySelector('.md-search-result__meta').textContent.trim()")
    box = page.locator("input[data-md-component=search-query]")
    box.fill("mone")  # codespell:ignore (the last letter is typed next, as readers do)
    box.press("y")
    page.wait_for_selector(".md-search-result__item")
    page.locator(".md-search-result__link").first.hover()


def _fill_planner(page: Page) -> None:
    fields = page.locator("form textarea, form input[type=text]")
    fields.first.fill("A friend's number, kept in my head.")
    page.locator("form input[type=checkbox]").first.check()


def _quick_exit(page: Page) -> None:
    # The exit goes to the same page's #exit (an in-page move): the overlay stays up to be measured.
    page.evaluate("() => { document.querySelector('[data-wa-quick-exit] a').href = '#exit'; }")
    page.locator("[data-wa-quick-exit] a").click()
    page.wait_for_selector(".wa-quick-exit-overlay", state="attached")


def _dark_toggle(page: Page) -> None:
    page.locator("form[data-md-component=palette] label:visible").first.click()
    page.wait_for_function("() => document.body.dataset.mdColorScheme === 'slate'")


def _open_drawer(page: Page) -> None:
    page.locator("label.md-header__button[for=__drawer]").click()


def _second_tab(page: Page) -> None:
    page.locator(".tabbed-labels label").nth(1).click()


CASES = {
    # name: (page, action, options)
    "home, phone": ("", None, {"viewport": MOBILE}),
    "home, desktop, hover and focus": ("", _hover_and_focus, {"viewport": DESKTOP}),
    "home, drawer open": ("", _open_drawer, {"viewport": MOBILE}),
    "article with admonitions and tasklist, desktop": ("signs/when-it-is-abuse/", None, {"viewport": DESKTOP}),
    "article, dark scheme from the system": ("signs/when-it-is-abuse/", None,
                                             {"viewport": DESKTOP, "scheme": "dark"}),
    "article, dark scheme by the toggle": ("signs/when-it-is-abuse/", _dark_toggle, {"viewport": DESKTOP}),
    "article, print": ("signs/when-it-is-abuse/", None, {"viewport": DESKTOP, "media": "print"}),
    "article, no JavaScript": ("signs/when-it-is-abuse/", None, {"viewport": MOBILE, "javascript": False}),
    "country tabs, second tab": ("situations/immigration/", _second_tab, {"viewport": MOBILE}),
    "planner, filled": ("preparing/my-safety-plan/", _fill_planner, {"viewport": DESKTOP}),
    "planner, print copies": ("preparing/my-safety-plan/", _fill_planner, {"viewport": DESKTOP, "media": "print"}),
    "planner, no JavaScript, print": ("preparing/plan-for-leaving/", None,
                                      {"viewport": DESKTOP, "javascript": False, "media": "print"}),
    "search dialog with results, phone": ("faq/", _search_with_results, {"viewport": MOBILE}),
    "search dialog with results, desktop, dark": ("faq/", _search_with_results,
                                                  {"viewport": DESKTOP, "scheme": "dark"}),
    "quick exit overlay": ("faq/", _quick_exit, {"viewport": MOBILE}),
    "tag index": ("tags/", None, {"viewport": DESKTOP}),
    "not found page": ("no-such-page/", None, {"viewport": MOBILE}),
}


@pytest.mark.parametrize("name", list(CASES))
def test_every_state_renders_the_same_with_pruned_and_minified_assets(
        browser: Browser, base_url: str, unpruned_url: str, name: str) -> None:
    path, act, options = CASES[name]
    pruned = _snapshot(browser, base_url, path, act, **options)
    full = _snapshot(browser, unpruned_url, path, act, **options)
    assert len(pruned) == len(full), f"{name}: the pages have different elements ({len(pruned)} vs {len(full)})"
    differing = [(mine, theirs) for mine, theirs in zip(pruned, full, strict=True) if mine != theirs]
    if differing:
        mine, theirs = differing[0]
        mine_props, theirs_props = _properties(mine), _properties(theirs)
        pytest.fail(f"{name}: {len(differing)} element(s) styled differently; first {mine.split(' ', 1)[0]}: "
                    f"pruned {sorted(mine_props - theirs_props)[:8]} vs full {sorted(theirs_props - mine_props)[:8]}")


def _properties(line: str) -> set[str]:
    """'DIV#x.y {a:1;b:2} ::before{c:3}' -> {'a:1', 'b:2', '::before c:3'}"""
    found = set()
    for pseudo, body in re.findall(r"(\S*)\{([^}]*)\}", line.split(" ", 1)[1] if " " in line else ""):
        found.update(f"{pseudo} {part}".strip() for part in body.split(";"))
    return found


def test_pruning_removes_a_real_share_of_materials_stylesheet(site_dir: Path) -> None:
    theme = purge.theme_dir()
    for rel in purge.expected_assets(site_dir, None, theme):
        assert (site_dir / rel).stat().st_size < 0.9 * (theme / rel).stat().st_size, f"{rel} was hardly pruned"
