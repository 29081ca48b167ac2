"""One local web server for the tests and the benchmarks: a folder served the way GitHub Pages serves a site.

What Pages does, and this does too: the files under a path prefix (the path of `site_url`, or `/`), a
folder's index.html, a redirect from `folder` to `folder/`, 404.html with status 404 for anything
missing at any depth, gzip for text, and `Cache-Control: max-age=600` (no Last-Modified, so the browser
never guesses a lifetime of its own). MIME types come from Python's built-in table, not the machine's.
Recorded responses (`routes`) answer before the folder: tests of tools that read other websites use them.
The bytes sent (headers and bodies, per path) are counted for the page-weight benchmark.
"""
from __future__ import annotations

import gzip
import http.server
import mimetypes
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

MIME = mimetypes.MimeTypes()  # Python's own table, not the machine's: the same types everywhere
for _type, _extension in (("application/xml", ".xml"), ("font/woff2", ".woff2"), ("image/webp", ".webp")):
    MIME.add_type(_type, _extension)
CHARSET = ("text/", "application/javascript", "application/json", "application/xml")
COMPRESSIBLE = (*CHARSET, "image/svg+xml")
NOT_FOUND = "<h1>Not found</h1>"


@dataclass
class Recorded:
    """A response to send as it is: status, headers, body, and seconds to wait before answering."""

    status: int = 200
    body: str | bytes = ""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


@dataclass
class Server:
    url: str                                  # http://127.0.0.1:PORT/PREFIX/
    routes: dict[str, Recorded]               # URL path -> response; change it while the server runs
    sent: dict[str, int] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def take_sent(self) -> dict[str, int]:
        """The bytes sent per URL path since the last call."""
        with self.lock:
            sent, self.sent = self.sent, {}
        return sent


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _HTTPServer

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the stdlib's name
        pass

    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        self._answer(head_only=False)

    def do_HEAD(self) -> None:  # noqa: N802 - the stdlib's name
        self._answer(head_only=True)

    def _answer(self, head_only: bool) -> None:
        path = unquote(urlsplit(self.path).path)
        recorded = self.server.state.routes.get(path) or self._from_folder(path)
        time.sleep(recorded.delay)
        body = recorded.body.encode() if isinstance(recorded.body, str) else recorded.body
        self.send_response(recorded.status)
        for name, value in {"Content-Type": "text/html; charset=utf-8", **recorded.headers,
                            **self.server.extra_headers, "Content-Length": str(len(body))}.items():
            self.send_header(name, value)
        with self.server.state.lock:  # the status line and headers, before the stdlib empties its buffer
            count = sum(map(len, self._headers_buffer)) + (0 if head_only else len(body))
            self.server.state.sent[path] = self.server.state.sent.get(path, 0) + count
        try:
            self.end_headers()
            if not head_only:
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up waiting
            pass

    def _from_folder(self, path: str) -> Recorded:
        root, prefix = self.server.root, self.server.prefix
        if root is None:
            return Recorded(404, NOT_FOUND)
        if path.startswith(prefix):
            target = (root / path.removeprefix(prefix)).resolve()
            if target.is_dir() and not path.endswith("/"):
                return Recorded(301, headers={"Location": path + "/"})
            if target.is_dir():
                target = target / "index.html"
            if target.is_file() and root in target.parents:
                return self._file(target, 200)
        not_found = root / "404.html"
        return self._file(not_found, 404) if not_found.is_file() else Recorded(404, NOT_FOUND)

    def _file(self, target: Path, status: int) -> Recorded:
        kind = MIME.guess_type(target.name)[0] or "application/octet-stream"
        headers = {"Content-Type": kind + ("; charset=utf-8" if kind.startswith(CHARSET) else ""),
                   "Cache-Control": "max-age=600"}
        if kind.startswith(COMPRESSIBLE) and "gzip" in (self.headers.get("Accept-Encoding") or ""):
            headers |= {"Content-Encoding": "gzip", "Vary": "Accept-Encoding"}
            return Recorded(status, self.server.gzipped(target), headers)
        return Recorded(status, target.read_bytes(), headers)


class _HTTPServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, root: Path | None, prefix: str, extra_headers: dict[str, str], state: Server) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.root, self.prefix, self.extra_headers, self.state = root, prefix, extra_headers, state
        self._gzipped: dict[Path, bytes] = {}

    def gzipped(self, target: Path) -> bytes:
        if target not in self._gzipped:
            self._gzipped[target] = gzip.compress(target.read_bytes(), compresslevel=6, mtime=0)
        return self._gzipped[target]


@contextmanager
def serve(folder: Path | None = None, *, prefix: str = "/", routes: dict[str, Recorded] | None = None,
          headers: dict[str, str] | None = None) -> Iterator[Server]:
    """Serve `folder` under `prefix` on http://127.0.0.1:<free port>/ for the duration of the block.
    `headers` go on every response."""
    state = Server("", routes if routes is not None else {})
    httpd = _HTTPServer(folder.resolve() if folder else None, prefix, headers or {}, state)
    state.url = f"http://127.0.0.1:{httpd.server_address[1]}{prefix}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()
