"""Helpers for the tests that check the built site in site/ (HTML validity, the link crawl).

`make test` builds the site strictly before pytest runs. These helpers never build it themselves: a test
that finds no site/ fails and says how to build it.
"""
from __future__ import annotations

import functools
import http.server
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# WA_SITE_DIR (as in tests/browser/conftest.py) points the tests at another build, say a temporary one.
SITE = Path(os.environ.get("WA_SITE_DIR") or ROOT / "site").resolve()
NODE_MODULES = ROOT / "node_modules"


def built_site() -> Path:
    """site/, or a test failure saying how to build it."""
    if not (SITE / "index.html").is_file():
        pytest.fail("site/ is not built: run `make build` (or `make test`, which builds first)")
    return SITE


def html_pages(site: Path) -> list[Path]:
    """Every HTML file of the built site, the 404 page included."""
    return sorted(site.rglob("*.html"))


class _Handler(http.server.SimpleHTTPRequestHandler):
    def end_headers(self) -> None:
        # LinkChecker waits 0.1-0.6 s between two requests to a host unless the host answers with this
        # header; on our own loopback server there is nothing to be polite to.
        self.send_header("LinkChecker", "local test server")
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the stdlib's name
        pass


@contextmanager
def serve(site: Path) -> Iterator[str]:
    """Serve `site` on http://127.0.0.1:<free port>/ for the duration of the block."""
    handler = functools.partial(_Handler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
