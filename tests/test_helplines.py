"""The help-line rule ("is this entry confirmed?"), number matching, and what the build hook renders.

Rendering goes through Python-Markdown with the site's own extensions, so what is asserted is the HTML
readers get, not the Markdown the hook writes.
"""
from __future__ import annotations

import copy
from typing import Any

import markdown
import pytest
from selectolax.lexbor import LexborHTMLParser

from walkaway import helplines
from walkaway.helplines.render import DataError, confirmation
from walkaway.hooks.helplines import expand

SERVICE: dict[str, Any] = {
    "name": "National Domestic Abuse Helpline",
    "for": "Women experiencing domestic abuse in England.",
    "kinds": ["domestic-abuse"],
    "phone": ["0808 2000 247"],
    "text": "START to 88788",
    "hours": "24 hours, every day",
    "url": "https://www.nationaldahelpline.org.uk/",
    "operator": {"name": "Refuge", "url": "https://refuge.org.uk/"},
    "checked": {"date": "2026-11-29", "url": "https://www.refuge.org.uk/contact/",
                "found": "Freephone 24-Hour Helpline: 0808 2000 247, or text START to 88788"},
}


def service(**changes: Any) -> dict[str, Any]:
    entry = copy.deepcopy(SERVICE)
    checked = changes.pop("checked", {})
    entry.update(changes)
    entry["checked"].update(checked)
    return entry


def data(*countries: tuple[str, str, list[dict[str, Any]]]) -> dict[str, Any]:
    return {"countries": [{"id": code, "name": name, "emergency": "999", "services": entries}
                          for code, name, entries in countries]}


def to_html(text: str) -> LexborHTMLParser:
    html = markdown.markdown(text, extensions=["attr_list", "md_in_html", "admonition", "def_list", "abbr",
                                               "tables", "toc"])
    return LexborHTMLParser(f"<article>{html}</article>")


# --- the rule -------------------------------------------------------------------------------------

def test_confirmed_on_the_operators_site() -> None:
    assert helplines.is_confirmed(SERVICE, "uk")


@pytest.mark.parametrize("changes", [
    {"checked": {"url": "https://news.example.com/refuge-helpline"}},   # not the service's own site
    {"checked": {"url": "https://refuge.org.uk.example.com/"}},         # looks like it, is not
    {"checked": {"found": ""}},                                          # nothing read
    {"checked": {"found": "Freephone 24-Hour Helpline: 0808 2000 247"}},  # text keyword missing
    {"checked": {"found": "Text START to 88788, or call 0808 2000 248"}},  # another number
    {"operator": None},                                                  # refuge.org.uk no longer counts
])
def test_not_confirmed(changes: dict[str, Any]) -> None:
    assert not helplines.is_confirmed(service(**changes), "uk")


def test_a_subdomain_of_the_own_site_counts() -> None:
    assert helplines.is_confirmed(service(checked={"url": "https://help.nationaldahelpline.org.uk/x"}), "uk")


@pytest.mark.parametrize("written", [
    "0808 2000 247", "0808-2000-247", "0808.2000.247", "(0808) 2000 247", "08082000247", "tel:08082000247",
    "+44 808 2000 247", "+44 (0)808 2000 247", "tel:+448082000247", "0044 808 2000 247",
])
def test_a_uk_number_in_every_usual_form(written: str) -> None:
    assert helplines.number_pattern("0808 2000 247", "uk").search(f"Call {written} now")


@pytest.mark.parametrize("written", ["1-800-799-7233", "1 (800) 799-7233", "800-799-7233", "+1 800 799 7233",
                                     "1-800-799-SAFE", "tel:+18007997233"])
def test_a_us_number_in_every_usual_form(written: str) -> None:
    assert helplines.number_pattern("1-800-799-7233", "us").search(f"Call {written}.")


@pytest.mark.parametrize("text", ["0808 2000 2470", "10808 2000 247", "0808 2000 24", "+61 808 2000 247"])
def test_a_different_number_does_not_match(text: str) -> None:
    assert not helplines.number_pattern("0808 2000 247", "uk").search(text)


def test_text_forms() -> None:
    assert helplines.text_parts("START to 88788") == ("START", "88788")
    assert helplines.text_parts("988") == (None, "988")
    assert helplines.text_parts(None) == (None, None)


# --- Get help now ---------------------------------------------------------------------------------

def test_get_help_now_says_confirmed_only_when_it_is() -> None:
    unconfirmed = service(name="Another Line", checked={"url": "https://news.example.com/a"})
    html = to_html(expand("<!-- helplines -->", data(("uk", "United Kingdom", [SERVICE, unconfirmed])),
                          "get-help-now.md"))
    items = {h3.text(): h3.next.next.next.next.text() for h3 in html.css("h3")}  # heading, text, p, text, ul
    assert "Confirmed on the service's own website on 29 November 2026." in items[SERVICE["name"]]
    assert "Text: START to 88788" in items[SERVICE["name"]]
    assert "Run by: Refuge" in items[SERVICE["name"]]
    assert "Confirmed on" not in items["Another Line"]
    assert ("Not yet confirmed on the service's own website: check their site before you rely on this number."
            in items["Another Line"])
    links = [a.attributes["href"] for a in html.css("a")]
    assert "https://www.refuge.org.uk/contact/" in links and "https://news.example.com/a" not in links
    assert html.css_first("h2#uk") is not None


HOSTILE = '<script>alert(1)</script> [x](javascript:alert(1)) *bold* {#id} &amp; `code` <img src=x onerror=alert(1)>'


def test_data_values_never_become_markup() -> None:
    hostile = service(name=HOSTILE, hours=HOSTILE, region=HOSTILE, operator={"name": HOSTILE, "url": SERVICE["url"]})
    for page, marker in (("get-help-now.md", "<!-- helplines -->"), ("men.md", "<!-- services: domestic-abuse -->")):
        html = to_html(expand(marker, data(("uk", HOSTILE, [hostile])), page))
        assert html.css("script, img, code, strong em, em strong") == [], page
        assert all(a.attributes["href"].startswith(("https://", "tel:", "#", "get-help-now.md"))
                   for a in html.css("a")), page
        assert HOSTILE in html.text(), page


def test_an_unsafe_url_stops_the_build() -> None:
    with pytest.raises(DataError):
        expand("<!-- helplines -->", data(("uk", "United Kingdom", [service(url="javascript:alert(1)")])),
               "get-help-now.md")


# --- the services marker --------------------------------------------------------------------------

MEN = service(name="Men's Line", kinds=["men", "domestic-abuse"], phone=["0808 801 0327"], text=None,
              region="England and Wales", checked={"found": ""})
GENERAL_IE = service(name="Irish Line", phone=["1800 341 900"], text=None, url="https://www.example.ie/",
                     operator=None, checked={"url": "https://www.example.ie/contact", "found": "Call 1800 341 900"})


def test_services_marker_groups_by_country_and_says_what_is_missing() -> None:
    page = "Intro.\n\n<!-- services: men, lgbtq -->\n\nAfter.\n"
    text = expand(page, data(("uk", "United Kingdom", [SERVICE, MEN]), ("ie", "Ireland", [GENERAL_IE])),
                  "situations/men.md")
    html = to_html(text)
    paragraphs = [p.text() for p in html.css("p")]
    assert paragraphs[1] == "United Kingdom"
    uk = html.css("ul")[0].text()
    assert "Men's Line" in uk and "0808 801 0327" in uk and "Where: England and Wales" in uk
    assert SERVICE["name"] not in uk  # a domestic-abuse line is not a line for men
    assert "Not yet confirmed on the service's own website" in uk
    # The only men's line is regional, so the rest of the country is told there is none for them.
    assert paragraphs[2].startswith("Elsewhere in the United Kingdom, we don't list a service for men or LGBTQ+")
    assert paragraphs[3] == "Ireland"
    fallback = paragraphs[4]
    assert fallback.startswith("We don't list a service for men or LGBTQ+ people in Ireland yet.")
    assert "Irish Line" in fallback and "1800 341 900" in fallback
    assert "Confirmed on the service's own website on 29 November 2026" in fallback
    hrefs = [a.attributes["href"] for a in html.css("a")]
    assert "../get-help-now.md#ie" in hrefs and "../get-help-now.md#uk" in hrefs and "tel:1800341900" in hrefs
    assert paragraphs[-1] == "After."


def test_a_service_without_a_number_is_confirmed_by_its_own_site() -> None:
    website = {**GENERAL_IE, "phone": [], "text": None}
    assert helplines.is_confirmed(website, "ie")
    assert "before you rely on it." in confirmation({**website, "checked": {**website["checked"], "found": ""}}, "ie")


def test_services_marker_keeps_its_indentation() -> None:
    text = expand("!!! note\n    Lines:\n\n    <!-- services: men -->\n", data(("uk", "United Kingdom", [MEN])),
                  "page.md")
    assert "Men's Line" in to_html(text).css_first("div.admonition").text()


@pytest.mark.parametrize("marker", ["<!-- services: pets -->", "<!-- services: -->", "Text <!-- services: men -->"])
def test_bad_services_markers_stop_the_build(marker: str) -> None:
    with pytest.raises(DataError):
        expand(f"Intro.\n\n{marker}\n", data(("uk", "United Kingdom", [MEN])), "page.md")
