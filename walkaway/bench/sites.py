"""The sites the benchmarks compare, how they are built, and a server that sends them like GitHub Pages.

- ours: the project's own mkdocs.yml, built strictly by scripts/build.py (as `make build` does).
- stock: the same docs and nav with Material's defaults: `theme: material` and nothing else from our theme
  settings, no overrides, no hooks, no minify; only the Markdown extensions the pages need and the
  search and tags plugins (both Material's own; the tag index page is content).
- synthetic: N generated pages with our configuration (walkaway/bench/synthetic.py writes the pages), built
  with the same MkDocs command as ours (scripts/build.py's `build_command`).
"""
from __future__ import annotations

import contextlib
import gzip
import http.server
import mimetypes
import os
import resource
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import yaml

from walkaway import paths
from walkaway.bench.synthetic import make_synthetic_site
from walkaway.publish import BuildResult, build_command  # what `make build` runs

WALKAWAY = Path(sys.executable).with_name("walkaway")  # the installed command
WORK = paths.ROOT / "benchmarks" / "work"
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
# What GitHub Pages compresses; everything else (images, fonts) goes as is.
COMPRESSIBLE = ("text/", "application/javascript", "application/json", "application/xml", "image/svg+xml")


@dataclass(frozen=True)
class Run:
    """One timed command."""

    seconds: float
    ok: bool
    output: str
    cpu: float = 0.0  # user + system CPU seconds of the command and everything it waited for

    @property
    def problems(self) -> str:
        """MkDocs' warnings and errors, picked as scripts/build.py picks them, or the end of the output."""
        return "\n".join(BuildResult(self.ok, self.output).problems[:10]) or self.output[-2000:]


def timed(command: list[str], cwd: Path = paths.ROOT, timeout: float | None = None) -> Run:
    """Run `command` and time it. It gets a process group of its own, so that a time-out (or Ctrl-C) stops
    what it started too, such as the validator's worker processes."""
    start = time.perf_counter()
    before = _children_cpu()
    with subprocess.Popen(command, cwd=cwd, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          start_new_session=True) as process:
        try:
            stdout, stderr = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            _stop(process)
            stdout, _ = process.communicate()
            return Run(time.perf_counter() - start, False, stdout + f"\nstopped after {timeout:.0f} s")
        except BaseException:
            _stop(process)
            raise
    return Run(time.perf_counter() - start, process.returncode == 0, stdout + stderr, _children_cpu() - before)


def _children_cpu() -> float:
    """CPU seconds of this process's finished children (commands are timed one at a time)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _stop(process: subprocess.Popen[str]) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)


def best_of(runs: int, measure: Callable[[], Run]) -> Run:
    """The fastest of `runs` runs: on a shared, noisy machine the minimum is the closest to the tool's own cost."""
    results = [measure() for _ in range(max(1, runs))]
    return min(results, key=lambda run: (not run.ok, run.seconds))


@dataclass
class _Tagged:
    """A `!!python/...` value of mkdocs.yml (a slugify function for MkDocs to build), kept as written."""

    tag: str
    value: Any


class _Loader(yaml.SafeLoader):
    pass


class _Dumper(yaml.SafeDumper):
    pass


def _construct_tagged(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> _Tagged:
    if isinstance(node, yaml.MappingNode):
        return _Tagged(node.tag, loader.construct_mapping(node, deep=True))
    if isinstance(node, yaml.SequenceNode):
        return _Tagged(node.tag, loader.construct_sequence(node, deep=True))
    return _Tagged(node.tag, loader.construct_scalar(node))


def _represent_tagged(dumper: yaml.SafeDumper, data: _Tagged) -> yaml.Node:
    if isinstance(data.value, dict):
        return dumper.represent_mapping(data.tag, data.value)
    if isinstance(data.value, list):
        return dumper.represent_sequence(data.tag, data.value)
    return dumper.represent_scalar(data.tag, data.value)


_Loader.add_multi_constructor("tag:yaml.org,2002:python/", _construct_tagged)
_Dumper.add_representer(_Tagged, _represent_tagged)


def load_config(path: Path) -> dict[str, Any]:
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)  # noqa: S506 - safe, tags kept as text
    if not isinstance(data, dict):
        raise ValueError(f"{path} is not a mapping")
    return data


def write_config(data: dict[str, Any], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def _plugin_names(plugins: list[Any]) -> list[str]:
    return [next(iter(item)) if isinstance(item, dict) else str(item) for item in plugins]


def stock_config(work: Path) -> Path:
    """A mkdocs.yml with Material's defaults over our docs and nav."""
    ours = load_config(paths.CONFIG)
    stock: dict[str, Any] = {key: ours[key] for key in ("site_name", "site_url", "site_description", "site_author",
                                                        "copyright", "exclude_docs", "markdown_extensions", "nav")
                             if key in ours}
    stock["docs_dir"] = str(paths.DOCS)
    stock["theme"] = {"name": "material"}
    wanted = [name for name in _plugin_names(ours.get("plugins", [])) if name in ("search", "tags")]
    stock["plugins"] = wanted or ["search"]
    return write_config(stock, work / "stock" / "mkdocs.yml")


def build_stock(work: Path, site_dir: Path) -> Run:
    """Not strict: the stock theme knows nothing of our hooks, so a marker or two may go unreplaced."""
    return build_config(stock_config(work), site_dir, strict=False)


def synthetic_config(root: Path, pages: int, *, stock: bool = False, htmlmin: bool = False) -> Path:
    """`pages` generated pages under root/docs and a mkdocs.yml for them: ours, or the generator's bare one.
    With `htmlmin`, ours as it was before minify-html: the minify plugin's pure-Python htmlmin on every page."""
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    config = make_synthetic_site(root, pages)
    if stock:
        return config
    ours = load_config(paths.CONFIG)
    ours["nav"] = load_config(config)["nav"]
    ours.pop("docs_dir", None)
    theme = ours.setdefault("theme", {})
    if "custom_dir" in theme:
        theme["custom_dir"] = str(paths.ROOT / theme["custom_dir"])
    ours["hooks"] = [str(paths.ROOT / hook) for hook in ours.get("hooks", [])]
    # The hooks read the help lines, tags and planners from docs/_data.
    shutil.copytree(paths.DATA, root / "docs" / "_data", dirs_exist_ok=True)
    if htmlmin:
        ours.setdefault("extra", {})["wa_html_minifier"] = "htmlmin"  # walkaway/hooks/minify.py steps aside
        ours["plugins"] = [*ours.get("plugins", []), {"minify": {"minify_html": True}}]
    return write_config(ours, config)


def build_config(config: Path, site_dir: Path, *, strict: bool, timeout: float | None = None) -> Run:
    """Build `config` into `site_dir` with the MkDocs command scripts/build.py runs (`make build`)."""
    return timed(build_command(config, site_dir, strict=strict), cwd=config.parent, timeout=timeout)


def validate_config(config: Path, timeout: float | None = None) -> Run:
    """scripts/validate.py on `config` and the docs/ beside it, as a contributor runs it."""
    return timed([str(WALKAWAY), "validate", "--docs", str(config.parent / "docs"), "--config", str(config)],
                 timeout=timeout)


class _Counter:
    """Bytes the server has written, per request path, since the last reset."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.sent: dict[str, int] = {}

    def add(self, path: str, count: int) -> None:
        with self.lock:
            self.sent[path] = self.sent.get(path, 0) + count

    def take(self) -> dict[str, int]:
        with self.lock:
            sent, self.sent = self.sent, {}
        return sent


class _PagesHandler(http.server.BaseHTTPRequestHandler):
    """Serves a built site roughly as GitHub Pages does: gzip for text, `max-age=600`, index.html, 404.html."""

    protocol_version = "HTTP/1.1"
    site: Path
    counter: _Counter
    cache: dict[Path, bytes]

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the stdlib's name
        pass

    def _file_for(self, url_path: str) -> tuple[int, Path | None, str | None]:
        path = unquote(urlsplit(url_path).path)
        target = (self.site / path.lstrip("/")).resolve()
        if self.site not in (target, *target.parents):
            return 404, None, None
        if target.is_dir():
            if not path.endswith("/"):
                return 301, None, path + "/"
            target = target / "index.html"
        if target.is_file():
            return 200, target, None
        return 404, self.site / "404.html", None

    def _send(self, head_only: bool) -> None:
        status, target, location = self._file_for(self.path)
        body, kind = b"", "text/plain"
        if target is not None and target.is_file():
            body = target.read_bytes()
            kind = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        self.send_response(status)
        if location:
            self.send_header("Location", location)
        encoding = "gzip" in (self.headers.get("Accept-Encoding") or "") and kind.startswith(COMPRESSIBLE)
        if encoding and body and target is not None:  # body is only ever read from target
            if target not in self.cache:
                self.cache[target] = gzip.compress(body, compresslevel=6, mtime=0)
            body = self.cache[target]
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Type", kind + ("; charset=utf-8" if kind.startswith("text/") else ""))
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        self.end_headers()
        if not head_only:
            self.wfile.write(body)
        self.counter.add(urlsplit(self.path).path, 0 if head_only else len(body))

    def end_headers(self) -> None:
        # Count the header bytes before the stdlib flushes and empties its buffer.
        self.counter.add(urlsplit(self.path).path, sum(len(chunk) for chunk in getattr(self, "_headers_buffer", [])))
        super().end_headers()

    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        self._send(head_only=False)

    def do_HEAD(self) -> None:  # noqa: N802 - the stdlib's name
        self._send(head_only=True)


@dataclass
class Server:
    url: str
    counter: _Counter


@contextlib.contextmanager
def serve(site: Path) -> Iterator[Server]:
    """Serve `site` on http://127.0.0.1:<free port>/, counting the bytes sent."""
    counter = _Counter()
    handler = type("Handler", (_PagesHandler,), {"site": site.resolve(), "counter": counter, "cache": {}})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Server(f"http://127.0.0.1:{server.server_address[1]}/", counter)
    finally:
        server.shutdown()
        server.server_close()
