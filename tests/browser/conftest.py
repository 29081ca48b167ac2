"""Shared fixtures for the browser tests: the built site served on loopback, and one Chromium.

The site is built by `make test` before pytest runs (scripts/build.py, strict). Chromium is Debian's
(/usr/bin/chromium); Playwright never downloads a browser here.
"""
from __future__ import annotations

import functools
import http.server
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Playwright, sync_playwright

from walkaway.browser import CHROMIUM, CHROMIUM_ARGS

ROOT = Path(__file__).resolve().parents[2]
# WA_SITE_DIR: test a site built elsewhere (a second checkout, a non-strict build in /tmp).
SITE = Path(os.environ.get("WA_SITE_DIR") or ROOT / "site")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/browser/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.browser)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the stdlib's name
        pass


@pytest.fixture(scope="session")
def site_dir() -> Path:
    if not (SITE / "index.html").exists():
        pytest.fail("site/ is not built: run `make build` (or `make test`, which builds first)")
    return SITE


@pytest.fixture(scope="session")
def base_url(site_dir: Path) -> Iterator[str]:
    """The built site on http://127.0.0.1:<free port>/."""
    handler = functools.partial(_QuietHandler, directory=str(site_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as runner:
        yield runner


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's Chromium is missing: run `sudo apt-get install -y chromium` (make test does it as root)")
    browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture(scope="session")
def bfcache_browser(playwright: Playwright) -> Iterator[Browser]:
    """Chromium with the back/forward cache on. Playwright's default launch switches it off
    (--disable-back-forward-cache), so Back there always reloads; real browsers restore the page whole."""
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's Chromium is missing: run `sudo apt-get install -y chromium`")
    browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS,
                                         ignore_default_args=["--disable-back-forward-cache"])
    yield browser
    browser.close()


def site_pages(site_dir: Path) -> list[str]:
    """Every built page as a URL path (`signs/`), the 404 page excluded."""
    paths = []
    for index in sorted(site_dir.rglob("index.html")):
        rel = index.parent.relative_to(site_dir).as_posix()
        if rel.startswith(("assets", "search")):
            continue
        paths.append("" if rel == "." else rel + "/")
    return paths


@pytest.fixture(scope="session")
def page_paths(site_dir: Path) -> list[str]:
    """site_pages() as a fixture, for tests that loop over every page inside one test."""
    return site_pages(site_dir)
