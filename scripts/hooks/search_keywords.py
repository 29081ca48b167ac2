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
result, shown with its opening paragraph. The FAQ has no keywords on purpose: its answers are sections,
found by their questions; keywords would lift the FAQ's article above them, and Material folds
sections that score below the top one under "N more on this page", hiding the answer.

The field's boost is set in mkdocs.yml (`plugins: search: fields: keywords: boost:`), beside the other
ranking settings; the build fails if it is missing, as the words would then be silently ignored.

Runs in `on_post_build` at the lowest priority, after the search plugin has written the index. Under
`mkdocs serve --dirty` only rebuilt pages get their keywords back; a plain `serve` or build is exact.
"""
from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page

FIELD = "keywords"
INDEX = Path("search") / "search_index.json"
log = logging.getLogger("mkdocs.plugins.walkaway.search_keywords")

# page URL (as the index writes `location`, e.g. "signs/" or "") -> that page's keywords
_keywords: dict[str, list[str]] = {}


def on_pre_build(*, config: MkDocsConfig) -> None:
    _keywords.clear()


def on_page_context(context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Any) -> None:
    words = page.meta.get(FIELD)
    if isinstance(words, list) and words:
        _keywords[page.url] = with_spellings([str(word) for word in words])


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


@event_priority(-100)  # after the search plugin (priority 0) has written the index
def on_post_build(*, config: MkDocsConfig) -> None:
    path = Path(config.site_dir) / INDEX
    if not path.exists():  # search disabled: nothing to add to
        return
    index = json.loads(path.read_text(encoding="utf-8"))
    if FIELD not in index.get("config", {}).get("fields", {}):
        raise PluginError(f"search_keywords: declare the `{FIELD}` field in mkdocs.yml "
                          f"(plugins: - search: fields: {FIELD}: {{boost: N}}), or the search worker ignores it")
    added = add_keywords(index["docs"], _keywords)
    path.write_text(json.dumps(index, separators=(",", ":"), ensure_ascii=False), encoding="utf-8")
    log.debug("search_keywords: added keywords to %d pages", added)


def add_keywords(docs: list[dict[str, Any]], keywords: dict[str, list[str]]) -> int:
    """Put each page's keywords on its article entry (the one whose location is the page URL)."""
    added = 0
    for doc in docs:
        words = keywords.get(doc["location"])
        if words:
            doc[FIELD] = words
            added += 1
    return added
