"""The private planners in a real browser: every answer prints, nothing is kept, sent or brought back.

Each test runs on every planner: the pages are found by their `<!-- planner: NAME -->` marker and the
fields expected on them are read from docs/_data/planners/NAME.yml, so a question added to the data is
tested the day it is added. The quick exit is overrides/partials/wa-quick-exit.html with
assets/javascripts/quick-exit.js; its neutral site is answered by a local stub here.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from browser.helpers import AXE, AXE_OPTIONS, CSP_LISTENER, STUB_TEXT, route_exit
from walkaway import paths
from walkaway.content import markers, planners
from walkaway.content.pages import page_files

DOCS = paths.DOCS
EXIT = "[data-wa-quick-exit] a"
THEME_KEY = ".__palette"

# Runs in every document before the page's own scripts: records CSP violations (CSP_LISTENER), uncaught
# errors and pageshow events (persisted or not) where the test can read them, and stands in for the print
# dialog.
PROBE = CSP_LISTENER + """
window.__wa = {errors: [], pageshows: [], printed: 0};
window.addEventListener("error", (e) => window.__wa.errors.push(String(e.message)));
window.addEventListener("pageshow", (e) => window.__wa.pageshows.push(e.persisted));
window.print = () => { window.__wa.printed += 1; };
"""

# What the fields hold, as {id: value} (text) or {id: true/false} (checkboxes), for every planner field.
FIELD_STATE = """() => Object.fromEntries(
  [...document.querySelectorAll("form.wa-planner input, form.wa-planner textarea")]
    .map((f) => [f.id, f.type === "checkbox" ? f.checked : f.value]))"""


def _planner_pages() -> dict[str, str]:
    """Planner name -> the URL path of the page that shows it."""
    found: dict[str, str] = {}
    for file in page_files(DOCS):
        for marker in markers.scan(file.read_text(encoding="utf-8")):
            if marker.name == "planner" and marker.args:
                found[marker.args[0]] = paths.url_path(file, DOCS)
    return found


PAGES = _planner_pages()
NAMES = sorted(PAGES)


def expected_fields(name: str) -> tuple[list[str], list[str], list[str]]:
    """Ids of the one-line fields, the long fields and the checkboxes the data file asks for."""
    planner = planners.planner(planners.file_for(DOCS, name))
    short, long, boxes = [], [], []
    for section in planner.sections:
        for question in section.questions:
            field_id = f"wa-q-{question.id}"
            if question.kind == "checklist":
                boxes += [f"{field_id}-{item.id}" for item in question.items]
            else:
                (long if question.kind == "long" else short).append(field_id)
    return short, long, boxes


def answer_for(field_id: str, long: bool) -> str:
    if not long:
        return f"Answer for {field_id}"
    # Several lines, one of them longer than any textarea is wide: printing must show all of it.
    return f"First line for {field_id}\nSecond line\n" + " ".join(["more words"] * 60) + f"\nEnd of {field_id}"


@pytest.fixture(params=NAMES)
def planner(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    context = browser.new_context()
    context.add_init_script(PROBE)
    yield context
    context.close()


def open_planner(context: BrowserContext, base_url: str, name: str) -> Page:
    page = context.new_page()
    page.goto(base_url + PAGES[name], wait_until="networkidle")
    expect(page.locator("[data-wa-planner-tools]").first).to_be_visible()  # planner.js has run
    return page


def fill_everything(page: Page, name: str, *, typed: bool = False) -> dict[str, Any]:
    """Answer every question. By default in one step that sends the same `input` events as typing;
    `typed=True` goes through Playwright's fill and check, field by field (slower)."""
    short, long, boxes = expected_fields(name)
    answers: dict[str, Any] = {field_id: answer_for(field_id, field_id in long) for field_id in short + long}
    answers |= {box: True for box in boxes}
    if typed:
        for field_id, value in answers.items():
            field = page.locator(f"#{field_id}")
            field.check() if value is True else field.fill(value)
    else:
        page.evaluate("""(answers) => {
          for (const [id, value] of Object.entries(answers)) {
            const field = document.getElementById(id);
            if (value !== true) {
              field.value = value;
              field.dispatchEvent(new InputEvent("input", {bubbles: true}));
            } else if (!field.checked) field.click();
          }}""", answers)
    assert page.evaluate(FIELD_STATE) == answers, "the page's fields are not the ones the data file lists"
    return answers


def assert_all_empty(page: Page) -> None:
    state = page.evaluate(FIELD_STATE)
    assert state, "no planner fields on the page"
    kept = {field: value for field, value in state.items() if value not in ("", False)}
    assert kept == {}, f"answers still in the fields: {sorted(kept)}"
    copies = page.evaluate("[...document.querySelectorAll('.wa-planner__answer')].map((c) => c.textContent)")
    assert not any(copies), "the print copies still hold answers"


def assert_clean(page: Page) -> None:
    csp = page.evaluate("window.__waCspViolations")
    assert csp == [], f"CSP violations: {csp}"
    probe = page.evaluate("window.__wa")
    assert probe["errors"] == [], f"script errors: {probe['errors']}"


# --- Print -------------------------------------------------------------------------------------------

def test_print_shows_every_answer_and_nothing_else(context: BrowserContext, base_url: str, planner: str) -> None:
    page = open_planner(context, base_url, planner)
    answers = fill_everything(page, planner)
    page.get_by_role("button", name="Print or save as PDF").first.click()
    assert page.evaluate("window.__wa.printed") == 1, "the button did not open the print dialog"

    page.emulate_media(media="print")
    for field_id, value in answers.items():
        field = page.locator(f"#{field_id}")
        if value is True:
            expect(field).to_be_visible()
            expect(field).to_be_checked()
            continue
        expect(field).to_be_hidden()  # replaced in print by its full copy
        copy = page.locator(f"#{field_id} + .wa-planner__answer")
        expect(copy).to_be_visible()
        assert copy.evaluate("(c) => c.textContent") == value
        assert copy.evaluate("(c) => c.scrollHeight <= c.clientHeight + 1"), f"{field_id}'s answer is cut off"
    for label in page.locator(".wa-planner__label").all():
        expect(label).to_be_visible()
    for chrome in (".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer",
                   "[data-wa-planner-tools]", "#where-next", ".md-content__inner > p"):
        for element in page.locator(chrome).all():
            expect(element).to_be_hidden()
    expect(page.locator("h1")).to_be_visible()
    assert_clean(page)


def test_print_of_an_empty_planner_has_lines_to_write_on(context: BrowserContext, base_url: str,
                                                         planner: str) -> None:
    page = open_planner(context, base_url, planner)
    page.emulate_media(media="print")
    short, long, _ = expected_fields(planner)
    for field_id in short + long:
        copy = page.locator(f"#{field_id} + .wa-planner__answer")
        expect(copy).to_be_visible()
        lines = _ruled_lines(copy)
        assert lines >= (4 if field_id in long else 1), f"{field_id} prints {lines} line(s) to write on"


def _ruled_lines(element: Any) -> float:
    """How many ruled lines an element prints: its height over its line height, if it draws rules."""
    style = element.evaluate("(e) => { const s = getComputedStyle(e); return [s.backgroundImage, s.lineHeight,"
                             " e.getBoundingClientRect().height]; }")
    assert "repeating-linear-gradient" in style[0], "no ruled lines"
    return round(style[2] / float(style[1].removesuffix("px")), 1)


# --- Clear -------------------------------------------------------------------------------------------

def test_clear_everything_empties_every_field(context: BrowserContext, base_url: str, planner: str) -> None:
    page = open_planner(context, base_url, planner)
    fill_everything(page, planner)
    clear = page.get_by_role("button", name="Clear everything").first
    clear.click()
    expect(clear).to_have_attribute("aria-expanded", "true")
    keep = page.get_by_role("button", name="No, keep my answers").first
    expect(keep).to_be_visible()
    keep.click()
    assert page.evaluate(FIELD_STATE) == fill_everything(page, planner), "No must keep the answers"

    clear.click()
    yes = page.get_by_role("button", name="Yes, clear everything").first
    expect(yes).to_be_focused()
    yes.click()
    assert_all_empty(page)
    expect(clear).to_be_focused()
    expect(clear).to_have_attribute("aria-expanded", "false")
    expect(page.get_by_role("status").filter(has_text="Everything is cleared.")).to_have_count(1)

    # The buttons under the plan do the same.
    fill_everything(page, planner)
    page.get_by_role("button", name="Clear everything").last.click()
    page.get_by_role("button", name="Yes, clear everything").last.click()
    assert_all_empty(page)
    assert_clean(page)


# --- Back, forward, restore ---------------------------------------------------------------------------

def _leave_and_come_back(page: Page, wait_until: str) -> None:
    page.locator(".md-content a[href$='get-help-now/']").first.click()
    page.wait_for_url(re.compile(r"/get-help-now/$"))
    page.go_back(wait_until=wait_until)  # type: ignore[arg-type]


def test_back_brings_nothing_back_when_the_page_reloads(context: BrowserContext, base_url: str,
                                                       planner: str) -> None:
    page = open_planner(context, base_url, planner)
    fill_everything(page, planner, typed=True)
    _leave_and_come_back(page, "load")
    assert page.evaluate("performance.getEntriesByType('navigation')[0].type") == "back_forward"
    assert page.evaluate("window.__wa.pageshows") == [False], "expected a fresh page, not a restored one"
    assert_all_empty(page)
    page.go_forward(wait_until="load")
    page.go_back(wait_until="load")
    assert_all_empty(page)


def test_back_brings_nothing_back_from_the_back_forward_cache(bfcache_browser: Browser, base_url: str,
                                                              planner: str) -> None:
    context = bfcache_browser.new_context()
    context.add_init_script(PROBE)
    page = open_planner(context, base_url, planner)
    fill_everything(page, planner, typed=True)
    _leave_and_come_back(page, "commit")  # a restored page fires no load event
    page.wait_for_function("window.__wa && window.__wa.pageshows.length === 2")
    # The same document, kept in memory: its first pageshow was the load, the second the restore.
    assert page.evaluate("window.__wa.pageshows") == [False, True], "the page was not restored from the bfcache"
    assert page.evaluate("performance.getEntriesByType('navigation')[0].type") == "navigate"
    assert_all_empty(page)
    assert_clean(page)
    context.close()


# --- Nothing kept, nothing sent ----------------------------------------------------------------------

def test_nothing_is_stored_and_nothing_is_sent(context: BrowserContext, base_url: str, planner: str) -> None:
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(f"{request.method} {request.url}"))
    page.goto(base_url + PAGES[planner], wait_until="networkidle")
    # The browser asks for the tab's icon last, sometimes after the network has gone quiet, and request
    # events can reach this side after goto returns: the page counts as loaded once the icon is asked for.
    icon = page.locator("link[rel=icon]").get_attribute("href") or "favicon"
    icon = icon.rsplit("/", 1)[-1]
    for _ in range(50):
        if any(request.endswith(icon) for request in requests):
            break
        page.wait_for_timeout(100)
    loaded = len(requests)
    assert loaded, "no request at all: is the server up?"

    fill_everything(page, planner)
    page.locator("input.wa-planner__field").first.press("Enter")  # must not submit anything
    page.get_by_role("button", name="Print or save as PDF").first.click()
    page.emulate_media(media="print")
    page.emulate_media(media="screen")
    page.get_by_role("button", name="Clear everything").first.click()
    page.get_by_role("button", name="Yes, clear everything").first.click()
    fill_everything(page, planner)
    page.wait_for_timeout(500)

    assert requests[loaded:] == [], f"requests after the page loaded: {requests[loaded:]}"
    assert page.url == base_url + PAGES[planner], "the address changed: was the form submitted?"
    stored = page.evaluate("""async () => ({
        local: Object.keys(localStorage),
        session: Object.keys(sessionStorage),
        values: Object.values(localStorage).concat(Object.values(sessionStorage)),
        indexedDB: (await indexedDB.databases()).map((db) => db.name),
        caches: await caches.keys(),
        workers: (await navigator.serviceWorker.getRegistrations()).length,
        cookie: document.cookie,
    })""")
    # The one thing the site keeps, for the tab's life only: Material's note of the colour scheme
    # (overrides/partials/javascripts/base.html moves it from localStorage to sessionStorage).
    session = [key for key in stored.pop("session") if not key.endswith(THEME_KEY)]
    values = stored.pop("values")
    assert stored == {"local": [], "indexedDB": [], "caches": [], "workers": 0, "cookie": ""}, stored
    assert session == [], f"sessionStorage holds {session}"
    assert not any("Answer for" in value or "line for" in value for value in values), "an answer was stored"
    assert context.cookies() == []
    assert_clean(page)


# --- Quick exit --------------------------------------------------------------------------------------

# The planner page says what its fields hold as it starts to leave (beforeunload, which follows the quick
# exit's location.replace). A console message is the one report that still arrives from a page going away.
LEAVING_REPORT = """
window.addEventListener("beforeunload", () => {
  const form = document.querySelector("form.wa-planner");
  if (!form) return;
  const fields = [...form.querySelectorAll("input, textarea")];
  const filled = fields.filter((f) => (f.type === "checkbox" ? f.checked : f.value !== "")).map((f) => f.id);
  const copies = [...form.querySelectorAll(".wa-planner__answer")].filter((c) => c.textContent).length;
  console.log("wa-leaving " + JSON.stringify({filled, copies}));
});"""


def test_quick_exit_leaves_with_the_fields_cleared(context: BrowserContext, base_url: str, planner: str) -> None:
    context.add_init_script(LEAVING_REPORT)
    page = open_planner(context, base_url, planner)
    reports: list[dict[str, Any]] = []
    page.on("console", lambda message: reports.append(json.loads(message.text.removeprefix("wa-leaving ")))
            if message.text.startswith("wa-leaving ") else None)
    exit_link = page.locator(EXIT)
    assert exit_link.count() == 1, f"no quick exit ({EXIT}) on the page: overrides/partials/wa-quick-exit.html"
    target = exit_link.get_attribute("href")
    assert target and target.startswith("https://")
    route_exit(context, target)

    # Control: leaving by any other way keeps the answers to the end, and the report sees them.
    answers = fill_everything(page, planner)
    page.evaluate("(url) => location.replace(url)", target)
    page.wait_for_url(target)
    page.wait_for_timeout(200)
    assert reports and sorted(reports[-1]["filled"]) == sorted(answers), "the leaving report does not work"

    reports.clear()
    page.goto(base_url + PAGES[planner], wait_until="networkidle")
    fill_everything(page, planner)
    exit_link.click()
    page.wait_for_url(target)
    expect(page.get_by_text(STUB_TEXT)).to_be_visible()
    page.wait_for_timeout(200)
    assert reports == [{"filled": [], "copies": 0}], f"the quick exit left with answers in the page: {reports}"


# --- Without JavaScript ------------------------------------------------------------------------------

def test_without_javascript_it_is_a_blank_worksheet_that_prints(browser: Browser, base_url: str,
                                                                planner: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + PAGES[planner], wait_until="load")
    short, long, boxes = expected_fields(planner)
    for field_id in short + long + boxes:
        field = page.locator(f"#{field_id}")
        expect(field).to_be_visible()
        assert page.evaluate("(id) => document.getElementById(id).labels.length", field_id) == 1
    expect(page.locator("[data-wa-planner-tools]").first).to_be_hidden()  # no buttons that cannot work

    page.emulate_media(media="print")
    assert page.locator(".wa-planner__answer").count() == 0
    for field_id in short + long:
        field = page.locator(f"#{field_id}")
        expect(field).to_be_visible()
        assert _ruled_lines(field) >= (4 if field_id in long else 1)
    for box in boxes:
        expect(page.locator(f"#{box}")).to_be_visible()
    for label in page.locator(".wa-planner__label").all():
        expect(label).to_be_visible()
    expect(page.locator(".md-header")).to_be_hidden()
    context.close()


def test_form_markup_is_accessible_and_cannot_submit(browser: Browser, base_url: str, planner: str) -> None:
    """The form as built (JavaScript off, so nothing has changed it)."""
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + PAGES[planner], wait_until="load")
    problems = page.evaluate("""() => {
      const form = document.querySelector("form.wa-planner");
      const out = [];
      if (form.getAttribute("autocomplete") !== "off") out.push("form: autocomplete is not off");
      for (const name of ["action", "method", "target"]) if (form.hasAttribute(name)) out.push(`form: ${name}=`);
      for (const el of form.querySelectorAll("*")) {
        for (const attr of el.attributes) {
          if (attr.name.startsWith("on") || attr.name === "style") out.push(`${el.tagName}: ${attr.name}=`);
        }
      }
      for (const field of form.querySelectorAll("input, textarea, select")) {
        // Text fields say autocomplete="off" themselves; HTML allows it on checkboxes only through the form.
        const text = field.type !== "checkbox";
        if (text && field.getAttribute("autocomplete") !== "off") out.push(`#${field.id}: autocomplete`);
        if (text && field.getAttribute("spellcheck") !== "false") out.push(`#${field.id}: spellcheck`);
        if (field.form !== form) out.push(`#${field.id}: outside the form`);
        if (field.hasAttribute("name")) out.push(`#${field.id}: has a name, so it could be submitted`);
        if (field.labels.length !== 1) out.push(`#${field.id}: ${field.labels.length} labels`);
        for (const id of (field.getAttribute("aria-describedby") || "").split(" ").filter(Boolean))
          if (!document.getElementById(id)) out.push(`#${field.id}: describedby #${id} is missing`);
      }
      for (const group of form.querySelectorAll("fieldset")) {
        const legend = group.firstElementChild;
        if (!legend || legend.tagName !== "LEGEND" || !legend.textContent.trim()) out.push("fieldset without legend");
      }
      for (const button of form.querySelectorAll("button"))
        if (button.getAttribute("type") !== "button") out.push(`button "${button.textContent}" is not type=button`);
      if (form.querySelector("input[type=submit], input[type=image], script, style")) out.push("submit/script/style");
      return out;
    }""")
    assert problems == []
    context.close()


# --- Accessibility, keyboard, small screens ----------------------------------------------------------

@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [320, 1280])
def test_axe_finds_no_violations(browser: Browser, base_url: str, planner: str, scheme: str, width: int) -> None:
    context = browser.new_context(color_scheme=scheme, viewport={"width": width, "height": 900})
    context.add_init_script(PROBE)
    page = open_planner(context, base_url, planner)
    fill_everything(page, planner)
    page.get_by_role("button", name="Clear everything").first.click()  # the confirm step is checked too
    # Scrolling to the button makes Material's header fade its title in; axe must see the end state,
    # not a colour halfway through the fade (it measured 4.3:1 mid-transition once, 2026-11-29).
    page.wait_for_function("() => document.getAnimations().every((a) => a.playState !== 'running')")
    # The whole page but Material's navigation sidebars, which test_every_page.py checks on every page.
    results = AXE.run(page, context={"exclude": [[".md-sidebar"]]}, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()
    assert page.evaluate("document.documentElement.scrollWidth") <= width, "the page scrolls sideways"
    assert_clean(page)
    context.close()


def test_keyboard_alone_reaches_fills_and_clears_everything(context: BrowserContext, base_url: str,
                                                            planner: str) -> None:
    page = open_planner(context, base_url, planner)
    expected = page.evaluate("""() => [...document.querySelectorAll(
        "form.wa-planner button, form.wa-planner input, form.wa-planner textarea")]
        .filter((el) => el.checkVisibility()).map((el) => el.id || el.textContent)""")
    page.get_by_role("button", name="Print or save as PDF").first.focus()
    reached = [page.evaluate("document.activeElement.id || document.activeElement.textContent")]
    while len(reached) < len(expected):
        page.keyboard.press("Tab")
        focused = page.evaluate("document.activeElement.id || document.activeElement.textContent")
        reached.append(focused)
        if focused.startswith("wa-q-"):
            kind = page.evaluate("document.activeElement.type")
            page.keyboard.press("Space") if kind == "checkbox" else page.keyboard.type("typed by keyboard")
    assert reached == expected, "Tab order does not follow the form"
    state = page.evaluate(FIELD_STATE)
    assert all(value in (True, "typed by keyboard") for value in state.values()), state

    # Focus is now on the last button, Clear everything under the plan.
    page.keyboard.press("Enter")
    yes = page.get_by_role("button", name="Yes, clear everything").last
    expect(yes).to_be_focused()
    page.keyboard.press("Escape")
    expect(page.get_by_role("button", name="Clear everything").last).to_be_focused()
    assert page.evaluate(FIELD_STATE) == state, "Escape must keep the answers"
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")
    assert_all_empty(page)
    assert_clean(page)
