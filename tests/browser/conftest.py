"""Shared fixtures for the browser tests: the built site served on loopback (one server), and one Chromium.

The site is built by `make test` before pytest runs (`walkaway build`, strict). Chromium is Debian's
(/usr/bin/chromium); Playwright never downloads a browser here.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Playwright, sync_playwright

from built_site import built_site, site_pages, url_prefix
from walkaway.browser import CHROMIUM, CHROMIUM_ARGS
from walkaway.local_server import serve


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/browser/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def site_dir() -> Path:
    return built_site()


@pytest.fixture(scope="session")
def pages_url(site_dir: Path) -> Iterator[str]:
    """The one server of the session: the built site served the way its host serves it (walkaway.local_server),
    under site_url's path, with 404.html for any missing address at any depth. The URL of the site's home
    page, say http://127.0.0.1:<port>/walking-away/."""
    with serve(site_dir, prefix=url_prefix()) as server:
        yield server.url


@pytest.fixture(scope="session")
def base_url(pages_url: str) -> str:
    """The home page's URL on the session's server (the same server as pages_url)."""
    return pages_url


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as runner:
        yield runner


def _launch(playwright: Playwright, **extra: Any) -> Browser:
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's Chromium is missing: run `sudo apt-get install -y chromium` (make test does it as root)")
    return playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS, **extra)


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    browser = _launch(playwright)
    yield browser
    browser.close()


@pytest.fixture(scope="session")
def bfcache_browser(playwright: Playwright) -> Iterator[Browser]:
    """Chromium with the back/forward cache on. Playwright's default launch switches it off
    (--disable-back-forward-cache), so Back there always reloads; real browsers restore the page whole."""
    browser = _launch(playwright, ignore_default_args=["--disable-back-forward-cache"])
    yield browser
    browser.close()


@pytest.fixture(scope="session")
def page_paths(site_dir: Path) -> list[str]:
    """site_pages() as a fixture, for tests that loop over every page inside one test."""
    return site_pages(site_dir)
