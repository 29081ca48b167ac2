"""Read one Markdown page into the facts the rules check: front matter, headings, links, HTML, prose.

Parsing happens once per page, here; rules never parse Markdown themselves. The result is plain data
so that pages can be read in worker processes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from markdown.extensions.toc import slugify, unique
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mkdocs.utils.meta import YAML_RE

from walkaway import yamlfile
from walkaway.lint.findings import Finding
from walkaway.lint.reading_ease import Score, score
from walkaway.page_template import LEFTOVERS

_MARKDOWN = MarkdownIt("commonmark").enable("table")
# markdown-it drops `javascript:` and `data:` links as unsafe; Python-Markdown (what MkDocs uses) keeps
# them, so the validator must see them to report them.
_MARKDOWN.validateLink = lambda url: True  # type: ignore[method-assign]
# `!!! note "Title"` / `??? tip` blocks (admonition, details): their body is indented four spaces,
# which CommonMark would read as code. The reader un-indents them, keeping line numbers.
_BLOCK_START = re.compile(r"^(!!!|\?\?\?\+?)\s+\w")
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
    """A link or an image as written: `target` is the URL, `text` its text or alt text."""

    target: str
    text: str
    line: int
    col: int
    is_image: bool = False


@dataclass(frozen=True)
class HtmlFragment:
    html: str
    line: int


@dataclass
class Page:
    """The facts of one page. `rel` is its path inside docs/ (`signs/index.md`)."""

    rel: str
    display: str
    meta: dict[str, Any] = field(default_factory=dict)
    meta_lines: dict[tuple[str | int, ...], int] = field(default_factory=dict)
    has_front_matter: bool = False
    front_matter_broken: bool = False
    headings: list[Heading] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    html: list[HtmlFragment] = field(default_factory=list)
    prose: list[str] = field(default_factory=list)
    has_text: bool = False
    body_line: int = 1
    problems: list[Finding] = field(default_factory=list)
    readable: bool = True
    reading: Score | None = None
    template_lines: list[int] = field(default_factory=list)

    @property
    def anchors(self) -> set[str]:
        return {heading.anchor for heading in self.headings}

    def line_of(self, *path: str | int) -> int:
        """The line of a front-matter key (or its nearest parent); line 1 without front matter."""
        key: tuple[str | int, ...] = tuple(path)
        while key:
            if key in self.meta_lines:
                return self.meta_lines[key]
            key = key[:-1]
        return 1

    def problem(self, rule: str, line: int, message: str, hint: str, col: int = 1) -> Finding:
        return Finding(self.display, line, col, rule, message, hint)


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
    page.template_lines = [number for number, line in enumerate(text.split("\n"), start=1)
                           if any(sentence in line for sentence in LEFTOVERS)]
    body = _split_front_matter(text, page)
    _read_body(body, page)
    page.reading = score(page.prose)
    page.has_text = bool(page.prose)
    page.prose = []  # scored; not sent back from the worker process
    return page


def _decode(path: Path, page: Page) -> str | None:
    try:
        raw = path.read_bytes()
    except OSError as error:
        page.problems.append(page.problem(
            "file-encoding", 1, f"the file cannot be read ({error.strerror or error})",
            "check that it exists and that you have permission to read it"))
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
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _split_front_matter(text: str, page: Page) -> str:
    """Separate front matter exactly as MkDocs does, and load it with line numbers."""
    match = YAML_RE.match(text)
    if not match:
        if text.startswith("---") and text[3:].strip(" \t").startswith("\n"):
            page.problems.append(page.problem(
                "front-matter-syntax", 1, "front matter starts with `---` but is never closed",
                "add a line with only `---` after the last front-matter key"))
        return text
    page.has_front_matter = True
    page.body_line = text[: match.end()].count("\n") + 1
    try:
        document = yamlfile.load(match.group(1))
    except yamlfile.YamlError as error:
        page.problems.append(page.problem(
            "front-matter-syntax", error.line + 1, f"front matter is not valid YAML: {error.message}",
            "check the indentation and put text containing `:` or `#` in quotes"))
        page.front_matter_broken = True
        return text[match.end():]
    if document.data is None:
        return text[match.end():]
    if not isinstance(document.data, dict):
        page.problems.append(page.problem(
            "front-matter-syntax", 2, "front matter must be a list of `key: value` lines",
            "write each setting as `key: value`, for example `title: Your title`"))
        page.front_matter_broken = True
        return text[match.end():]
    page.meta = yamlfile.as_json(document.data)
    page.meta_lines = {path: line + 1 for path, line in document.lines.items()}
    return text[match.end():]


def _unwrap_blocks(body: str) -> str:
    """Un-indent admonition and details bodies so CommonMark reads them as Markdown, not code."""
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


def _read_body(body: str, page: Page) -> None:
    source_lines = body.split("\n")
    tokens = _MARKDOWN.parse(_unwrap_blocks(body))
    used_ids: set[str] = set()
    in_table = 0
    for index, token in enumerate(tokens):
        if token.type == "table_open":
            in_table += 1
        elif token.type == "table_close":
            in_table -= 1
        if token.map is None:
            continue
        first = token.map[0]
        line = page.body_line + first
        if token.type == "heading_open":
            inline = tokens[index + 1]
            page.headings.append(_heading(token, inline, line, used_ids))
        elif token.type == "html_block":
            page.html.append(HtmlFragment(token.content, line))
        elif token.type == "inline":
            _read_inline(token, source_lines, token.map, page)
            if tokens[index - 1].type == "paragraph_open" and not in_table:
                text = _plain_text(token.children or []).strip()
                if text:
                    page.prose.append(text)


def _heading(token: Token, inline: Token, line: int, used_ids: set[str]) -> Heading:
    text = _plain_text(inline.children or [])
    explicit = None
    attrs = _HEADING_ATTRS.search(text)
    if attrs:
        text = text[: attrs.start()]
        found = _EXPLICIT_ID.search(attrs.group(1))
        explicit = found.group(1) if found else None
    anchor = explicit or unique(slugify(text, "-"), used_ids)
    used_ids.add(anchor)
    return Heading(int(token.tag[1]), text.strip(), anchor, line)


def _plain_text(children: list[Token]) -> str:
    parts: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(_plain_text(child.children or []))
    return "".join(parts)


def _read_inline(token: Token, source_lines: list[str], span: list[int], page: Page) -> None:
    children = token.children or []
    for position, child in enumerate(children):
        if child.type == "link_open":
            target = str(child.attrs.get("href", ""))
            text = _link_text(children, position)
            page.links.append(_link(target, text, source_lines, span, page, is_image=False))
        elif child.type == "image":
            target = str(child.attrs.get("src", ""))
            alt = _plain_text(child.children or [])
            page.links.append(_link(target, alt, source_lines, span, page, is_image=True))
        elif child.type == "html_inline":
            page.html.append(HtmlFragment(child.content, _line_of_text(child.content, source_lines, span, page)[0]))


def _link_text(children: list[Token], start: int) -> str:
    depth, parts = 0, []
    for child in children[start:]:
        if child.type == "link_open":
            depth += 1
        elif child.type == "link_close":
            depth -= 1
            if depth == 0:
                break
        else:
            parts.append(_plain_text([child]))
    return "".join(parts)


def _link(target: str, text: str, lines: list[str], span: list[int], page: Page, *, is_image: bool) -> Link:
    line, col = _line_of_text(target, lines, span, page)
    return Link(target, text, line, col, is_image)


def _line_of_text(needle: str, lines: list[str], span: list[int], page: Page) -> tuple[int, int]:
    """Find where `needle` is written inside the block's lines; fall back to the block's first line."""
    for offset in range(span[0], min(span[1], len(lines))):
        col = lines[offset].find(needle) if needle else -1
        if col >= 0:
            return page.body_line + offset, col + 1
    return page.body_line + span[0], 1
