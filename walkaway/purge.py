"""Prune Material's stylesheets to the rules the built site can use, and minify our own assets.

A style rule is dropped only when none of its selectors can ever match: a selector is kept when every
class, id and attribute it requires at its top level is used somewhere, that is

- in a built page (`class`, `id`, attribute names, and the values of Material's `data-md-*` attributes),
- or as a word anywhere in a built script (Material's bundle and ours write class names as strings),
- or in SAFELIST (state classes and attributes scripts build by joining strings, which no word search sees).

Conservative on purpose:
- Element names, pseudo-classes and pseudo-elements never drop a selector (`:hover`, `:focus`, `::before`
  stay with their rule); what sits inside `:not()`, `:is()`, `:where()`, `:has()` is not required either.
- Everything inside `@media print` and `@media (prefers-color-scheme…)` is kept whole, as are
  `@font-face`, `@keyframes`, `@property`, `@page` and every statement at-rule (`@charset`).
- A selector with a backslash escape is kept.
- Only Material's own stylesheets are pruned; ours (overrides/assets/stylesheets/) are only minified.

The same functions run in the build (walkaway/hooks/minify.py) and in the output gate, which recomputes
every pruned or minified file from its source and the built pages and refuses the build if one byte differs.
"""
from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from walkaway import minify

# Class and attribute names scripts put together from pieces, or add in states no built page shows.
SAFELIST_PREFIXES = (
    "md-search", "md-dialog", "md-tooltip", "md-typeset__scrollwrap", "md-typeset__table",
    "md-clipboard", "md-top", "md-source", "md-nav__link--active", "md-nav__link--passed",
    "md-header--shadow", "md-header__title--active", "md-tabs", "md-sidebar", "md-toggle",
    "md-overlay", "md-select", "md-option", "tabbed-control",  # Material builds "tabbed-control--" + side
    "wa-",  # our own: e.g. the planner's print copies, "wa-planner__answer--" + kind
    "js", "no-js", "focus-visible",
)
SAFELIST_ATTRIBUTES = ("data-md-state", "data-md-color-scheme", "data-md-color-primary", "data-md-color-accent",
                       "data-md-color-media", "data-md-toggle", "data-md-component", "hidden", "dir")
# At-rules kept whole: their rules are for states the pages' markup cannot show (print, dark scheme).
KEEP_WHOLE_MEDIA = re.compile(r"print|prefers-color-scheme|prefers-reduced-motion|forced-colors", re.I)
GROUPING_AT_RULES = ("@media", "@supports", "@layer", "@container", "@document")
# Material's stylesheets, as the theme names them.
MATERIAL_CSS = re.compile(r"^assets/stylesheets/(main|palette)\.[0-9a-f]+\.min\.css$")

_WORD = re.compile(r"[A-Za-z_][\w-]*")


@dataclass
class Used:
    words: set[str] = field(default_factory=set)          # class names, ids, attribute names, script words
    values: dict[str, set[str]] = field(default_factory=dict)  # data-md-* attribute -> values in the pages

    def has(self, name: str) -> bool:
        return name in self.words or name.startswith(SAFELIST_PREFIXES)


def used_in_site(site: Path) -> Used:
    """What the built site's pages and scripts use, read from the files in `site`."""
    return _used_with(site, {})


def _add_page(text: str, used: Used) -> None:
    root = LexborHTMLParser(text).root
    if root is None:
        return
    for node in root.traverse(include_text=False):
        for name, value in node.attributes.items():
            used.words.add(name)
            if name == "class" and value:
                used.words.update(value.split())
            elif name == "id" and value:
                used.words.add(value)
            elif (name.startswith("data-md-") or name == "dir") and value is not None:
                used.values.setdefault(name, set()).add(value)


def _files(site: Path) -> list[tuple[str, Path]]:
    found = []
    for folder, subfolders, names in os.walk(site):
        subfolders.sort()
        for name in sorted(names):
            path = Path(folder, name)
            if path.is_file() and not path.is_symlink():
                found.append((path.relative_to(site).as_posix(), path))
    return found


# --- a small CSS reader: enough for Material's minified stylesheets -------------------------------

def _skip_string(text: str, i: int) -> int:
    quote, i = text[i], i + 1
    while i < len(text) and text[i] != quote:
        i += 2 if text[i] == "\\" else 1
    return i + 1


def _code(text: str, i: int) -> Iterator[tuple[int, str]]:
    """(index, character) from i on, outside strings and comments: what the CSS scanners below read."""
    while i < len(text):
        if text[i] in "\"'":
            i = _skip_string(text, i)
            continue
        if text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = len(text) if end < 0 else end + 2
            continue
        yield i, text[i]
        i += 1


def _find(text: str, i: int, stops: str) -> int:
    """The index of the first of `stops` at nesting depth 0 from i (strings, comments, parens skipped)."""
    depth = 0
    for at, char in _code(text, i):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif depth == 0 and char in stops:
            return at
    return len(text)


def _block_end(text: str, i: int) -> int:
    """The index just past the `}` that closes the block opened at text[i] == '{'."""
    depth = 0
    for at, char in _code(text, i):
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return at + 1
    return len(text)


def _strip_comments(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        if text[i] in "\"'":
            end = _skip_string(text, i)
            out.append(text[i:end])
            i = end
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = len(text) if end < 0 else end + 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def prune(css: str, used: Used) -> str:
    """`css` without the style rules no selector of which can match what `used` holds (comments dropped)."""
    return _prune_block(_strip_comments(css), used)


def _prune_block(text: str, used: Used) -> str:
    out, i = [], 0
    while i < len(text):
        while i < len(text) and text[i] in " \t\r\n":
            i += 1
        if i >= len(text):
            break
        if text[i] == "@":
            stop = _find(text, i, "{;")
            if stop >= len(text) or text[stop] == ";":
                out.append(text[i:stop + 1])  # @charset, @import, @layer a,b;
                i = stop + 1
                continue
            end = _block_end(text, stop)
            prelude = text[i:stop]
            if prelude.lower().startswith(GROUPING_AT_RULES) and not KEEP_WHOLE_MEDIA.search(prelude):
                inner = _prune_block(text[stop + 1:end - 1], used)
                if inner:
                    out.append(prelude + "{" + inner + "}")
            else:
                out.append(text[i:end])
            i = end
            continue
        stop = _find(text, i, "{")
        end = _block_end(text, stop)
        selectors = [part for part in _split_selectors(text[i:stop]) if _can_match(part, used)]
        if selectors:
            out.append(",".join(selectors) + text[stop:end])
        i = end
    return "".join(out)


def _split_selectors(text: str) -> list[str]:
    parts, i, start = [], 0, 0
    while True:
        comma = _find(text, i, ",")
        parts.append(text[start:comma].strip())
        if comma >= len(text):
            return [part for part in parts if part]
        i = start = comma + 1


_SIMPLE = re.compile(r"""\.(-?[_a-zA-Z][\w-]*)|\#(-?[_a-zA-Z][\w-]*)"""
                     r"""|\[\s*([\w-]+)\s*(?:[~|^$*]?=\s*("[^"]*"|'[^']*'|[^\]\s]+))?[^\]]*\]""")


def _top_level(selector: str) -> str:
    """The selector with the insides of functional pseudo-classes (:not(…), :is(…), …) removed."""
    out, depth = [], 0
    i = 0
    while i < len(selector):
        char = selector[i]
        if char in "\"'" and depth:
            i = _skip_string(selector, i)
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif depth == 0:
            out.append(char)
        i += 1
    return "".join(out)


def _can_match(selector: str, used: Used) -> bool:
    if "\\" in selector:
        return True
    for cls, ident, attribute, value in _SIMPLE.findall(_top_level(selector)):
        name = cls or ident
        if name and not used.has(name):
            return False
        if attribute:
            attribute = attribute.lower()
            if attribute in SAFELIST_ATTRIBUTES and not value:
                continue
            if not (used.has(attribute) or attribute in SAFELIST_ATTRIBUTES):
                return False
            if value and attribute.startswith("data-md-color-"):
                value = value.strip("\"'")
                if value not in used.values.get(attribute, set()):
                    return False
            elif value and attribute == "dir" and value.strip("\"'") not in used.values.get("dir", set()) \
                    and value.strip("\"'") not in used.words:
                return False
    return True


# --- the whole site ----------------------------------------------------------------------------------

def expected_assets(site: Path, overrides: Path | None, theme: Path) -> dict[str, bytes]:
    """site-relative path -> the bytes the build writes there: our assets minified, Material's CSS pruned.
    Reads the pages and scripts of `site`; our scripts are read as the minifier makes them from overrides/."""
    expected: dict[str, str] = {}
    ours = overrides / "assets" if overrides else None
    if ours is not None and ours.is_dir():
        for rel, path in _files(ours):
            if rel.endswith((".css", ".js")) and (site / "assets" / rel).is_file():
                expected["assets/" + rel] = minify.asset(rel, path.read_text(encoding="utf-8"))
    material = [rel for rel, _ in _files(site / "assets") if MATERIAL_CSS.match("assets/" + rel)] \
        if (site / "assets").is_dir() else []
    if material:
        used = _used_with(site, expected)
        for rel in material:
            source = theme / "assets" / rel
            if source.is_file():
                expected["assets/" + rel] = prune(source.read_text(encoding="utf-8"), used)
    return {rel: text.encode("utf-8") for rel, text in expected.items()}


def _used_with(site: Path, replaced: dict[str, str]) -> Used:
    """What the site uses, reading our scripts as the build writes them (minified), whatever is on disk."""
    used = Used()
    for rel, path in _files(site):
        if rel.endswith(".html"):
            _add_page(path.read_text(encoding="utf-8", errors="replace"), used)
        elif rel.endswith(".js"):
            text = replaced.get(rel) or path.read_text(encoding="utf-8", errors="replace")
            used.words.update(_WORD.findall(text))
    return used


def theme_dir() -> Path:
    import material

    return Path(material.__file__).resolve().parent / "templates"


def rewrite_site(site: Path, overrides: Path | None) -> dict[str, int]:
    """Write the minified and pruned assets into the built site; returns path -> bytes saved.

    Only a file that is still an exact copy of its source is rewritten: one that a file in docs/ replaced
    is left as it is, for the output gate to refuse."""
    saved = {}
    theme = theme_dir()
    for rel, data in expected_assets(site, overrides, theme).items():
        target = site / rel
        ours = overrides / rel if overrides is not None else None
        source = ours if ours is not None and ours.is_file() else theme / rel
        if target.read_bytes() != source.read_bytes():
            continue
        saved[rel] = target.stat().st_size - len(data)
        target.write_bytes(data)
    return saved
