"""The home page loads in a real browser and asks nothing of any other origin."""
from __future__ import annotations

from urllib.parse import urlsplit

from playwright.sync_api import Browser


def test_home_page_makes_no_request_to_another_origin(browser: Browser, base_url: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(base_url, wait_until="networkidle")
    origin = urlsplit(base_url).netloc
    foreign = [url for url in requests if urlsplit(url).scheme in ("http", "https")
               and urlsplit(url).netloc != origin]
    assert requests, "the page made no request at all: is the server up?"
    assert foreign == [], f"requests to other origins: {foreign}"
    assert page.locator("h1").first.inner_text().strip() == "Walking Away"
    context.close()
