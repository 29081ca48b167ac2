"""Helpers for the tests that check the built site in site/ (HTML validity, the link crawl, metadata, the
browser tests), and mkdocs.yml as the content layer reads it.

`make test` builds the site strictly before pytest runs. These helpers never build it themselves: a test
that finds no site/ fails and says how to build it.
"""
from __future__ import annotations

import functools
import http.server
import json
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from walkaway import paths
from walkaway.content import SiteConfig, load_config

ROOT = Path(__file__).resolve().parents[1]
# WA_SITE_DIR points the tests at another build: a second checkout, a non-strict build in /tmp.
SITE = Path(os.environ.get("WA_SITE_DIR") or ROOT / "site").resolve()
NODE_MODULES = ROOT / "node_modules"


def built_site() -> Path:
    """site/, or a test failure saying how to build it."""
    if not (SITE / "index.html").is_file():
        pytest.fail("site/ is not built: run `make build` (or `make test`, which builds first)")
    return SITE


def config() -> SiteConfig:
    """mkdocs.yml, read the way the validator reads it (Python and `!ENV` tags are skipped)."""
    return load_config(paths.CONFIG)


def site_pages(site: Path) -> list[str]:
    """Every built page as a URL path (`signs/`), the 404 page excluded; none when `site` is missing."""
    pages = []
    for index in sorted(site.rglob("index.html")):
        rel = index.parent.relative_to(site).as_posix()
        if rel.startswith(("assets", "search")):
            continue
        pages.append("" if rel == "." else rel + "/")
    return pages


def html_pages(site: Path) -> list[Path]:
    """Every HTML file of the built site, the 404 page included."""
    return sorted(site.rglob("*.html"))


class Handler(http.server.SimpleHTTPRequestHandler):
    """Files from the served directory, as they are, with no log lines."""

    def end_headers(self) -> None:
        # LinkChecker waits 0.1-0.6 s between two requests to a host unless the host answers with this
        # header; on our own loopback server there is nothing to be polite to.
        self.send_header("LinkChecker", "local test server")
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the stdlib's name
        pass


@contextmanager
def serve(site: Path, handler_class: type[Handler] = Handler) -> Iterator[str]:
    """Serve `site` on http://127.0.0.1:<free port>/ for the duration of the block, answering requests
    with `handler_class` (a subclass of Handler)."""
    handler = functools.partial(handler_class, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def build_findings() -> list[dict[str, Any]]:
    """What the validator found when `make build` built site/ (.cache/findings.json, as `walkaway validate
    --format json` prints it): the tests read that one run instead of validating the real docs again."""
    report = built_site().parent / ".cache" / "findings.json"
    if not report.is_file():
        pytest.fail(f"{report} is missing: run `make build` (or `make test`, which builds first)")
    return json.loads(report.read_text(encoding="utf-8"))
