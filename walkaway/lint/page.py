"""Read one Markdown page into the facts the rules check: front matter, headings, links, HTML, prose.

Parsing happens once per page, here; rules never parse Markdown themselves. The result is plain data
so that pages can be read in worker processes.
"""
from __future__ import annotations

import posixpath
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pyromark
from markdown.extensions.toc import slugify, unique

from walkaway import limits
from walkaway.content import front_matter, markers, snippets
from walkaway.content.front_matter import FrontMatter
from walkaway.content.markers import Marker
from walkaway.lint.findings import Finding
from walkaway.lint.reading_ease import Score, score
from walkaway.page_template import LEFTOVERS

# pulldown-cmark (through pyromark): a CommonMark parser in Rust, about fifteen times faster than a
# pure-Python one, which matters on a large site. It keeps every link as written, `javascript:` too,
# as Python-Markdown (what MkDocs uses) does, so the validator sees what it must report.
_PARSER_OPTIONS = pyromark.Options.ENABLE_TABLES
_PLAIN_INLINE = ("Emphasis", "Strong", "Strikethrough", "Superscript", "Subscript")  # only their text matters
_INLINE = {*_PLAIN_INLINE, "Link", "Image"}
# `!!! note "Title"` / `??? tip` blocks (admonition, details) and `=== "Country"` tabs (pymdownx.tabbed):
# their body is indented four spaces, which CommonMark would read as code. The reader un-indents them,
# keeping line numbers.
_BLOCK_START = re.compile(r"^(!!!|\?\?\?\+?|===\+?)\s+[\w\"]")
# A trailing attribute list on a heading, as attr_list reads it: `## Question {#short-id}`.
_HEADING_ATTRS = re.compile(r"\s*\{:?([^}]*)\}\s*$")
_EXPLICIT_ID = re.compile(r"(?:^|\s)#([\w-]+)")


@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    anchor: str
    line: int


@dataclass(frozen=True)
class Link:
    """A link or an image as written: `target` is the URL, `text` its text or alt text.

    `scheme`, `path` and `fragment` are the URL's parts. `resolved` is the docs-relative file the link
    points at, found as MkDocs finds it: from the page's own folder (the page itself for `#anchor`).
    """

    target: str
    text: str
    line: int
    col: int
    is_image: bool = False
    scheme: str = ""
    path: str = ""
    fragment: str = ""
    resolved: str = ""

    @property
    def is_internal(self) -> bool:
        return not self.scheme and not self.target.startswith("//")


def make_link(target: str, text: str, line: int, col: int, page_rel: str, *, is_image: bool = False) -> Link:
    try:
        parts = urlsplit(target)
        scheme, path, fragment = parts.scheme.lower(), parts.path, parts.fragment
    except ValueError:  # an unclosed `[` in the host, say: no usable URL, but its scheme is still checked
        scheme, path, fragment = (target.partition(":")[0].lower() if ":" in target else ""), "", ""
    resolved = resolve(page_rel, path) if path else page_rel
    return Link(target, text, line, col, is_image, scheme, path, fragment, resolved)


def resolve(page_rel: str, url_path: str) -> str:
    """The docs-relative path that `url_path`, written in the page `page_rel`, points at."""
    joined = posixpath.join(posixpath.dirname(page_rel), unquote(url_path))
    return posixpath.normpath(joined).lstrip("/")


@dataclass(frozen=True)
class HtmlFragment:
    html: str
    line: int


@dataclass
class Page:
    """The facts of one page. `rel` is its path inside docs/ (`signs/index.md`)."""

    rel: str
    display: str
    front_matter: FrontMatter = field(default_factory=FrontMatter)
    headings: list[Heading] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    html: list[HtmlFragment] = field(default_factory=list)
    markers: list[Marker] = field(default_factory=list)  # `<!-- NAME: ARG -->`, at their page lines
    has_text: bool = False
    problems: list[Finding] = field(default_factory=list)
    readable: bool = True
    reading: Score | None = None
    template_lines: list[int] = field(default_factory=list)

    @property
    def anchors(self) -> set[str]:
        return {heading.anchor for heading in self.headings}

    @property
    def meta(self) -> dict[str, Any]:
        """The front matter as JSON Schema sees it (dates as strings); typed values are in `front_matter`."""
        return self.front_matter.data

    @property
    def has_front_matter(self) -> bool:
        return self.front_matter.present

    @property
    def front_matter_broken(self) -> bool:
        return self.front_matter.broken

    @property
    def body_line(self) -> int:
        return self.front_matter.body_line

    def line_of(self, *path: str | int) -> int:
        """The line of a front-matter key (or its nearest parent); line 1 without front matter."""
        return self.front_matter.line_of(*path)

    def problem(self, rule: str, line: int, message: str, hint: str, col: int = 1) -> Finding:
        return Finding(self.display, line, col, rule, message, hint)

    def forget_page_facts(self) -> None:
        """Drop what only the page rules read, once they have run, so less is sent between processes."""
        self.html, self.template_lines, self.reading = [], [], None


def read_page(path: Path, docs: Path, display_root: Path) -> Page:
    """Read the page at `path`. Problems that stop it being read are kept in `page.problems`."""
    rel = path.relative_to(docs).as_posix()
    try:
        display = path.relative_to(display_root).as_posix()
    except ValueError:
        display = path.as_posix()
    page = Page(rel=rel, display=display)
    text = _decode(path, page)
    if text is None:
        page.readable = False
        return page
    if any(sentence in text for sentence in LEFTOVERS):
        page.template_lines = [number for number, line in enumerate(text.split("\n"), start=1)
                               if any(sentence in line for sentence in LEFTOVERS)]
    page.front_matter, body = front_matter.read(text)
    for problem in page.front_matter.problems:
        page.problems.append(page.problem("front-matter-syntax", problem.line, problem.message, problem.hint))
    # Snippets go in first, as the build puts them in: what a snippet says is checked as part of each page
    # that includes it, and reported at the marker's line.
    body, origin = snippets.expand(body, docs)
    at = _page_lines(page.body_line, origin)
    page.markers = [replace(marker, line=at(marker.line - 1)) for marker in markers.scan(body)]
    prose = _read_body(body, page, at)
    page.reading = score(prose)
    page.has_text = bool(prose)
    return page


def _decode(path: Path, page: Page) -> str | None:
    try:
        raw = limits.read_bytes(path, limits.MAX_PAGE_BYTES)
    except limits.LimitError as error:
        page.problems.append(page.problem(
            "page-limits", 1, error.message,
            "a page is a plain Markdown file of reasonable size: split a long page, or replace a link with the file"))
        return None
    if raw.startswith(b"\xef\xbb\xbf"):
        page.problems.append(page.problem(
            "file-encoding", 1, "the file starts with a byte-order mark (BOM)",
            "save it as UTF-8 without BOM (most editors call this plain 'UTF-8')"))
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        col = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        page.problems.append(page.problem(
            "file-encoding", line, f"byte 0x{raw[error.start]:02x} is not valid UTF-8",
            "save the file as UTF-8; retype the character near this place", col))
        return None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        page.problems.append(page.problem(
            "file-encoding", line, "the file contains a NUL character (is it a binary file?)",
            "remove the character, or move a binary file out of docs/"))
        return None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text if _within_limits(text, page) else None


def _within_limits(text: str, page: Page) -> bool:
    """Refuse lines and nesting that would make Markdown parsers slow, before any parser runs."""
    for number, line in enumerate(text.split("\n"), start=1):
        if len(line) > limits.MAX_LINE_CHARS:
            page.problems.append(page.problem(
                "page-limits", number, f"the line is {len(line):,} characters long (the limit is "
                f"{limits.MAX_LINE_CHARS:,})", "break it into several lines or paragraphs"))
            return False
        if line.strip() and limits.nesting(line) > limits.MAX_NESTING:
            page.problems.append(page.problem(
                "page-limits", number, f"lists, quotes or indented blocks are nested more than "
                f"{limits.MAX_NESTING} levels deep here", "flatten the list: readers lose their way past "
                "two or three levels"))
            return False
    return True


def _page_lines(body_line: int, origin: list[int] | None) -> Callable[[int], int]:
    """The page line of each 0-based line of the body as read (a snippet's lines are its marker's line)."""
    if origin is None:
        return lambda index: body_line + index
    return lambda index: body_line + origin[min(index, len(origin) - 1)]


def _read_block_titles(body: str, page: Page, at: Callable[[int], int]) -> None:
    """Admonition, details and tab titles (`!!! note "Title"`) are Markdown to MkDocs but are dropped by
    `_unwrap_blocks`: keep any HTML in them for the html-* rules."""
    for number, line in enumerate(body.split("\n")):
        stripped = line.lstrip(" ")
        if "<" in stripped and _BLOCK_START.match(stripped) and '"' in stripped:
            title = stripped[stripped.index('"') + 1: stripped.rindex('"')]
            page.html.append(HtmlFragment(title, at(number)))


def _unwrap_blocks(body: str) -> str:
    """Un-indent admonition, details and tab bodies so CommonMark reads them as Markdown, not code."""
    if "!!!" not in body and "???" not in body and "===" not in body:
        return body
    out: list[str] = []
    open_blocks: list[int] = []
    for line in body.split("\n"):
        stripped = line.lstrip(" ")
        indent = len(line) - len(stripped)
        if stripped:
            while open_blocks and indent < open_blocks[-1]:
                open_blocks.pop()
        remove = min(4 * len(open_blocks), indent)
        if _BLOCK_START.match(stripped):
            out.append("")
            open_blocks.append(indent + 4)
        else:
            out.append(line[remove:] if stripped else "")
    return "\n".join(out)


def _read_body(body: str, page: Page, at: Callable[[int], int]) -> list[str]:
    """Walk the Markdown's events once, collecting headings, links, images and raw HTML into `page`.

    Returns the prose (paragraphs and list items), which is scored for readability and not kept.
    """
    text = _unwrap_blocks(body)
    _read_block_titles(body, page, at)
    reader = _BodyReader(page, body.split("\n"), text, at)
    try:
        reader.walk(pyromark.events_with_range(text, options=_PARSER_OPTIONS, merge_text=True))
    except BaseException as error:  # a Rust panic arrives as pyo3's PanicException, a BaseException
        if isinstance(error, (KeyboardInterrupt, SystemExit)):
            raise
        page.problems.append(page.problem(
            "validator-error", page.body_line, f"the Markdown parser failed on this page ({error})",
            "this is a bug in the validator, not in your page; please report it"))
    return reader.prose_blocks


class _BodyReader:
    """Turns the parser's flat start/end events into the page's facts.

    Text goes to every open "sink": a heading's, a link's or image's, and a prose block's. Prose is a
    paragraph outside tables, or the text written directly in a tight list item (which has no paragraph).
    """

    def __init__(self, page: Page, source_lines: list[str], text: str, at: Callable[[int], int]) -> None:
        self.page = page
        self.source_lines = source_lines
        self.at = at  # body line index -> page line
        # Byte offset where each line starts: the parser reports UTF-8 byte offsets.
        self.line_starts = [0]
        for line in text.encode("utf-8").split(b"\n")[:-1]:
            self.line_starts.append(self.line_starts[-1] + len(line) + 1)
        self.used_ids: set[str] = set()
        self.blocks: list[str] = []
        self.sinks: list[list[str]] = []
        self.open: list[tuple[str, dict[str, Any], int, int, list[str]]] = []  # heading, link, image
        self.prose: list[str] | None = None  # the open prose block's sink
        self.prose_blocks: list[str] = []
        self.html_block: list[str] = []
        self.html_line = 0
        self.in_table = 0

    def index(self, offset: int) -> int:
        """The 0-based body line of a byte offset into the body."""
        return bisect_right(self.line_starts, offset) - 1

    def line(self, offset: int) -> int:
        """The page line of a byte offset into the body."""
        return self.at(self.index(offset))

    def walk(self, events: Iterable[tuple[str | dict[str, Any], dict[str, int]]]) -> None:
        """Handle each event: `"SoftBreak"`, or a one-key dict such as `{"Text": "..."}`, `{"Start": tag}`."""
        for event, span in events:
            if type(event) is str:  # SoftBreak, HardBreak, Rule
                if event != "Rule":
                    self.inline_text(" ")
                continue
            ((kind, value),) = event.items()
            if kind == "Text" or kind == "Code":
                if not self.blocks or self.blocks[-1] != "CodeBlock":
                    self.inline_text(value)
            elif kind == "Start":
                if value not in _PLAIN_INLINE:
                    self.start(value, span["start"], span["end"])
            elif kind == "End":
                if value not in _PLAIN_INLINE:
                    self.end(value if type(value) is str else next(iter(value)))
            elif kind == "InlineHtml":
                self.inline_text("")
                self.page.html.append(HtmlFragment(value, self.line(span["start"])))
            elif kind == "Html":
                self.html_block.append(value)

    def inline_text(self, text: str) -> None:
        if self.blocks[-1:] == ["Item"] and self.prose is None:
            self.open_prose()  # text written directly in a tight list item
        for sink in self.sinks:
            sink.append(text)

    def start(self, tag: str | dict[str, Any], start: int, end: int) -> None:
        name = tag if isinstance(tag, str) else next(iter(tag))
        attrs = {} if isinstance(tag, str) else tag[name]
        if name in _INLINE:
            if name in ("Link", "Image"):
                self.inline_text("")
                self.open.append((name, attrs, start, end, self.push_sink()))
            return
        self.close_prose()  # a block inside a tight list item ends the item's own text
        self.blocks.append(name)
        if name == "Heading":
            self.open.append((name, attrs, start, end, self.push_sink()))
        elif name == "Paragraph" and not self.in_table:
            self.open_prose()
        elif name == "Table":
            self.in_table += 1
        elif name == "HtmlBlock":
            self.html_block, self.html_line = [], self.line(start)

    def end(self, name: str) -> None:
        if name in _INLINE:
            if name in ("Link", "Image"):
                self.finish_inline()
            return
        self.close_prose()
        if self.blocks:
            self.blocks.pop()
        if name == "Heading":
            self.finish_heading()
        elif name == "Table":
            self.in_table -= 1
        elif name == "HtmlBlock":
            self.page.html.append(HtmlFragment("".join(self.html_block), self.html_line))

    def push_sink(self) -> list[str]:
        sink: list[str] = []
        self.sinks.append(sink)
        return sink

    def drop_sink(self, sink: list[str]) -> None:
        """Stop filling `sink`. Sinks close in reverse order (no block starts inside a link or heading)."""
        if self.sinks and self.sinks[-1] is sink:
            self.sinks.pop()
        else:
            self.sinks = [other for other in self.sinks if other is not sink]

    def open_prose(self) -> None:
        self.prose = self.push_sink()

    def close_prose(self) -> None:
        if self.prose is None:
            return
        self.drop_sink(self.prose)
        text = "".join(self.prose).strip()
        if text:
            self.prose_blocks.append(text)
        self.prose = None

    def finish_heading(self) -> None:
        _, attrs, start, _, sink = self.open.pop()
        self.drop_sink(sink)
        text = "".join(sink)
        explicit = None
        found_attrs = _HEADING_ATTRS.search(text)
        if found_attrs:
            text = text[: found_attrs.start()]
            found = _EXPLICIT_ID.search(found_attrs.group(1))
            explicit = found.group(1) if found else None
        anchor = explicit or unique(slugify(text, "-"), self.used_ids)
        self.used_ids.add(anchor)
        level = int(str(attrs.get("level", "H1"))[1:])
        self.page.headings.append(Heading(level, text.strip(), anchor, self.line(start)))

    def finish_inline(self) -> None:
        name, attrs, start, end, sink = self.open.pop()
        self.drop_sink(sink)
        target = str(attrs.get("dest_url", ""))
        if attrs.get("link_type") == "Email":
            target = "mailto:" + target
        line, col = self.locate(target, start, end)
        self.page.links.append(make_link(target, "".join(sink), line, col, self.page.rel, is_image=name == "Image"))

    def locate(self, needle: str, start: int, end: int) -> tuple[int, int]:
        """Where `needle` is written between two offsets; the first line of that span if it is not there."""
        first, last = self.index(start), self.index(end)
        for index in range(first, min(last + 1, len(self.source_lines))):
            col = self.source_lines[index].find(needle) if needle else -1
            if col >= 0:
                return self.at(index), col + 1
        return self.at(first), 1
