"""The pages the issues promise exist, are in nav, and "Get help now" shows every help line."""
from __future__ import annotations

from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from built_site import built_site, config
from walkaway import helplines
from walkaway.content import front_matter, snippets
from walkaway.content.data import load_helplines
from walkaway.content.pages import page_files

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"

PROMISED = {
    "foundation": ["index.md", "about/index.md"],
    "content part 1": [
        "signs/index.md", "signs/healthy-vs-unhealthy.md", "signs/control-and-criticism.md",
        "signs/one-sided-relationships.md", "signs/rough-patch-or-pattern.md", "signs/when-it-is-abuse.md",
        "deciding/index.md", "deciding/why-leaving-is-hard.md", "deciding/boundaries.md",
        "deciding/walking-away-as-a-tactic.md", "deciding/can-it-be-saved.md",
        "deciding/questions-to-ask-yourself.md",
        "preparing/index.md", "preparing/emotionally.md", "preparing/practically.md",
        "preparing/safety-planning.md", "preparing/building-support.md",
        "leaving/index.md", "leaving/the-conversation.md", "leaving/if-you-live-together.md",
        "leaving/if-they-react-badly.md", "leaving/the-first-weeks.md", "get-help-now.md"],
    "content part 2": [
        "healing/index.md", "healing/grief-and-guilt.md", "healing/no-contact.md",
        "healing/looking-after-yourself.md", "healing/closure.md", "healing/how-long-healing-takes.md",
        "healing/if-they-want-you-back.md", "moving-forward/index.md", "moving-forward/self-worth.md",
        "moving-forward/breaking-old-patterns.md", "moving-forward/dating-again.md", "supporting-someone.md",
        "faq.md", "about/privacy-and-safe-browsing.md"],
    "content part 3": [
        "situations/index.md", "situations/children.md", "situations/if-they-threaten-self-harm.md",
        "situations/later-life.md", "situations/men.md", "situations/lgbtq.md", "situations/young-people.md",
        "healing/if-they-move-on.md", "healing/self-blame.md"],
}
FAQ_IDS = ["does-it-work", "make-them-want-you", "how-they-feel", "right-decision", "sudden-or-gradual",
           "explanation", "guilt-and-sadness", "still-love-them", "stop-missing-them", "come-back", "saved",
           "stay-friends", "how-long-to-heal", "same-patterns", "weakness", "afraid-of-reaction",
           "live-together-or-children", "walk-away-method"]
ALL_PROMISED = [(issue, page) for issue, pages in PROMISED.items() for page in pages]


@pytest.fixture(scope="module")
def nav() -> list[str]:
    return [entry.target for entry in config().nav]  # a config that cannot be read raises ContentError


@pytest.mark.parametrize("issue, page", ALL_PROMISED, ids=[page for _, page in ALL_PROMISED])
def test_promised_page_exists_and_is_in_nav(issue: str, page: str, nav: list[str]) -> None:
    assert (DOCS / page).is_file(), f"{issue}: docs/{page} is missing"
    assert page in nav, f"{issue}: docs/{page} is not in nav"


def test_situations_come_after_leaving_in_nav(nav: list[str]) -> None:
    assert nav.index("situations/index.md") > nav.index("leaving/the-first-weeks.md")


def test_faq_has_every_promised_id() -> None:
    text = (DOCS / "faq.md").read_text(encoding="utf-8")
    for anchor in FAQ_IDS:
        assert f"{{#{anchor}}}" in text, f"faq.md has no question with id {anchor}"


def built(page: str) -> LexborHTMLParser:
    return LexborHTMLParser((built_site() / page / "index.html").read_text(encoding="utf-8"))


def test_get_help_now_renders_every_help_line() -> None:
    data = load_helplines(DOCS).data
    html = built("get-help-now")
    text = html.css_first("article").text()
    links = {node.attributes.get("href") for node in html.css("article a")}
    blocks = service_blocks(html)
    for country in data["countries"]:
        assert html.css_first(f"#{country['id']}") is not None, country["name"]
        for service in country["services"]:
            assert service["name"] in text, service["name"]
            for number in service["phone"]:
                assert number in text, f"{service['name']}: {number}"
                assert "tel:" + "".join(ch for ch in number if ch.isdigit() or ch == "+") in links
            assert service["url"] in links, service["url"]
            block = blocks[service["name"]]
            if service.get("text"):
                assert f"Text: {service['text']}" in block, block
            if helplines.is_confirmed(service, country["id"]):
                assert "Confirmed on the service's own website on " in block, service["name"]
            else:
                assert "Confirmed on" not in block and "Not yet confirmed on the service's own website" in block


def service_blocks(html: LexborHTMLParser) -> dict[str, str]:
    """Each service's heading text -> the text of everything up to the next heading."""
    blocks: dict[str, str] = {}
    for heading in html.css("article h3"):
        parts, node = [], heading.next
        while node is not None and node.tag not in ("h2", "h3"):
            parts.append(node.text() if node.tag != "-text" else (node.text_content or ""))
            node = node.next
        blocks[heading.text().strip()] = " ".join(parts)
    return blocks


def test_danger_pages_link_to_get_help_now() -> None:
    """Every page that talks about danger gives the reader a way to help in one tap."""
    danger = ("abuse", "danger", "violence", "threat", "suicide", "self-harm", "hurt you")
    for page in page_files(DOCS):
        if page.name == "get-help-now.md":
            continue
        body = snippets.expand(front_matter.read_file(page)[1], DOCS)[0].lower()  # as the reader gets it
        if any(word in body for word in danger):
            assert "get-help-now.md" in body, f"{page.relative_to(DOCS)} mentions danger but has no Get help now link"


def test_content_pages_end_with_where_next() -> None:
    for page in page_files(DOCS):
        rel = page.relative_to(DOCS).as_posix()
        if rel in ("index.md", "tags.md", "404.md"):
            continue
        assert "## Where next" in page.read_text(encoding="utf-8"), f"{rel} has no 'Where next' section"
