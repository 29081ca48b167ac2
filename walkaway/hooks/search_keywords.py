"""MkDocs hook: make each page's front-matter `keywords` searchable without showing them.

Readers search in their own words (boyfriend, split up, he hits me) and a page may never use them. The
words live in the page's front matter, and this hook adds them to Material's search index as a field of
its own, `keywords`.

Why a field of its own, and not the index's `text` or `tags`:

- Material's search worker builds its lunr index from `config.fields` in `search/search_index.json`:
  one lunr field per entry there, each with its boost, filled from the document property of the same
  name (`this.field(name, {...spec, extractor})` in the worker). The `search` plugin copies its
  `fields` option from mkdocs.yml into that config untouched, so declaring `keywords` there is all the
  worker needs to index a document's `keywords` property and to score matches with its own boost.
- The result list only ever renders `title`, `text` and `tags`. A `keywords` property is searched,
  highlighted in memory, and never drawn: no visible text is stuffed.
- Appending to `text` would print the words in the result's snippet; `tags` would show them as chips
  and carry the tag field's weight.

The keywords go on the page's first entry only (the article, whose location has no `#`): they describe
the page as a whole, and Material groups every section under its article, so the page rises as one
result, shown with its opening paragraph. The FAQ has no page keywords on purpose: its answers are
sections, found by their questions; keywords would lift the FAQ's article above them, and Material folds
sections that score below the top one under "N more on this page", hiding the answer. Instead each
answer can have its own, in front matter `section_keywords` ({heading id: [words]}): they go on that
section's entry, so the answer itself rises, under its page. A heading id that the page does not have
fails the build (a renamed heading would otherwise drop its keywords silently).

The page's front-matter `description` (one sentence saying what the page answers, which every page has)
goes on the same entry as a field of its own, `description`, likewise searched and never drawn: it
names the page's topic in plain words, so a query matches the page it describes even when no keyword
was written for it.

The fields' boosts are set in mkdocs.yml (`plugins: search: fields: keywords: boost:`), beside the other
ranking settings; the build fails if it is missing, as the words would then be silently ignored.

Material's search plugin indexes each page in its own `on_page_context` (priority 0), appending the
page's entries to its in-memory index; this hook's `on_page_context` runs after it (priority -10) and
sets `keywords` on the entry just added for the page, before the plugin writes the index in
`on_post_build`. Nothing is kept between pages and the written file is never read back. Under
`mkdocs serve --dirty` the plugin carries unchanged pages' entries over from the previous build, and
their keywords with them.
"""
from __future__ import annotations

import logging
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.pages import Page

from walkaway.content import FrontMatter

FIELD = "keywords"
SECTION_FIELD = "section_keywords"  # {heading id: [words]}: keywords for one section of the page
DESCRIPTION = "description"  # the page's one-sentence summary, from front matter
log = logging.getLogger("mkdocs.plugins.walkaway.search_keywords")


def _search(config: MkDocsConfig) -> BasePlugin | None:
    """Material's search plugin, if it is on."""
    search = config.plugins.get("material/search")
    return search if search is not None and search.config.get("enabled", True) else None


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    search = _search(config)
    for field in (FIELD, DESCRIPTION):
        if search is not None and field not in search.config.fields:
            raise PluginError(f"search_keywords: declare the `{field}` field in mkdocs.yml "
                              f"(plugins: - search: fields: {field}: {{boost: N}}), or the search worker ignores it")
    return config


def with_spellings(words: list[str]) -> list[str]:
    """Each keyword as written, and with its apostrophes dropped or curled.

    Search matches the start of words, letter for letter: a reader who types "can't leave" without
    the apostrophe, or with the curly one phone keyboards insert, would miss the keyword "can't
    leave". Readers type all three, so a keyword that has an apostrophe is indexed in all three.
    """
    spellings: list[str] = []
    for word in words:
        straight = word.replace("’", "'")
        for spelling in (word, straight, straight.replace("'", ""), straight.replace("'", "’")):
            if spelling not in spellings:
                spellings.append(spelling)
    return spellings


@event_priority(-10)  # after the search plugin (priority 0) has added this page's entries
def on_page_context(context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Any) -> None:
    search = _search(config)
    if search is None:
        return
    meta = FrontMatter.of(page.meta)
    keywords: dict[str, list[str]] = {}
    if meta.keywords:
        keywords[page.url] = with_spellings(list(meta.keywords))
    for anchor, section_words in meta.section_keywords.items():
        keywords[f"{page.url}#{anchor}"] = with_spellings(list(section_words))
    entries = page_entries(search.search_index.entries, page.url)
    found = {doc["location"] for doc in entries}
    missing = sorted(location.partition("#")[2] for location in keywords if location not in found)
    if missing:
        raise PluginError(f"search_keywords: {page.file.src_uri} has `{SECTION_FIELD}` for sections it does "
                          f"not have: {', '.join(missing)}")
    if add_keywords(entries, keywords):
        log.debug("search_keywords: added keywords to %s", page.url or "/")
    description = (meta.description or "").strip()
    for doc in entries:
        if doc["location"] == page.url and description:
            doc[DESCRIPTION] = description


def page_entries(entries: list[dict[str, Any]], url: str) -> list[dict[str, Any]]:
    """The entries at the end of the index that belong to the page at `url`: its article, whose
    location is the URL itself ("signs/", or "" for the home page), and its sections ("signs/#id")."""
    start = len(entries)
    while start and (entries[start - 1]["location"] == url or entries[start - 1]["location"].startswith(url + "#")):
        start -= 1
    return entries[start:]


def add_keywords(docs: list[dict[str, Any]], keywords: dict[str, list[str]]) -> int:
    """Put each page's keywords on its article entry (the one whose location is the page URL)."""
    added = 0
    for doc in docs:
        words = keywords.get(doc["location"])
        if words:
            doc[FIELD] = words
            added += 1
    return added
