"""MkDocs hook: the tables that put a reader's words into the words the search index has.

Readers type the way they talk and spell the way they can, often in a hurry: "realtionship", "dont",  # codespell:ignore
"my bf", "the kids", "split up". The index only knows the words of the pages. Our search worker
(overrides/assets/javascripts/search-worker.js, which wraps Material's) rewrites each query word before
lunr sees it, with three tables this hook writes into the search index's `config` as `walkaway`:

- `misspelt`: a common misspelling -> the word the pages use, from codespell's dictionary (the PyPI
  package `codespell`, its `dictionary.txt`: "misspelling->correction"). Only entries with a single
  correction, whose correction is a word that names a topic (in a title, heading, keyword or tag; five
  letters or more) and whose misspelling is no word of the index, so a word the pages use is never
  rewritten. The same for contractions typed without their apostrophe ("dont" ->
  "don't"), taken from the index's own words.
- `synonyms`: words readers use for the things the pages name ("kids" -> "children", "cops" ->
  "police"), from SYNONYMS below, kept where the target is a word of the index; if the reader's word
  is one too, the query searches for both, so a page that uses the reader's own word still ranks on it.
- `filler`: words that carry no topic ("really", "honestly"), dropped from the query.

The table travels inside search/search_index.json, which Material's bundle posts whole (its `config`
untouched) to the worker, so it costs no request of its own and loads only when search does. The output
gate (walkaway/gate/files.py) checks that every entry is a plain lowercase word.

Runs after the search plugin has written the index (its `on_post_build`, priority 0), reads the file
back, and writes it again with the table in `config`; under `mkdocs serve --dirty` the plugin writes a
whole index every time, so the table is always there.
"""
from __future__ import annotations

import json
import logging
import re
from html.parser import HTMLParser
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

log = logging.getLogger("mkdocs.plugins.walkaway.search_query_words")

KEY = "walkaway"

# A reader's word -> the word the pages use for it. Only general equivalents for this site's topics.
SYNONYMS = {
    # children
    "kids": "children", "kid": "children", "kiddos": "children", "toddler": "children", "toddlers": "children",
    # partners
    "bf": "boyfriend", "gf": "girlfriend", "hubby": "husband", "spouse": "partner", "spouses": "partner",
    "fiance": "partner", "fiancé": "partner", "fiancee": "partner", "fiancée": "partner",
    "bfs": "boyfriend", "gfs": "girlfriend",
    # leaving
    "breakup": "break", "breakups": "break", "dump": "leave", "dumped": "leave", "dumping": "leave",
    # police and courts
    "cops": "police", "cop": "police", "911": "emergency", "999": "emergency",
    # money
    "finances": "money", "financially": "money", "financial": "money", "cash": "money", "broke": "money",
    # fear
    "terrified": "afraid", "frightened": "afraid", "petrified": "afraid",
    # home
    "apartment": "home", "flat": "home", "house": "home",
    # hitting
    "slap": "hit", "slaps": "hit", "slapped": "hit", "slapping": "hit", "punch": "hit", "punches": "hit",
    "punched": "hit", "kick": "hit", "kicks": "hit", "kicked": "hit", "shove": "hit", "shoved": "hit",
    "shoves": "hit", "pushed": "hit", "beats": "hit", "beat": "hit", "beaten": "hit",
    # fear and hurt
    "scared": "afraid", "heartbroken": "heartbreak", "heartbreaking": "heartbreak",
    # words for the same people and things
    "counselor": "counsellor", "counselors": "counsellor", "counseling": "counselling", "mom": "mum",
    "moms": "mum", "cell": "phone", "cellphone": "phone", "mobile": "phone", "narc": "narcissist",
    "narcissistic": "narcissist", "gaslit": "gaslighting", "gaslights": "gaslighting",
}

MIN_CORRECTED = 5

# Words that say nothing about which page a reader wants.
FILLER = ["really", "honestly", "literally", "actually", "basically", "totally", "very", "pretty", "quite",
          "please", "thanks", "anyone", "somebody", "anybody", "anything", "lol", "ok", "okay", "um",
          # In nearly every reader's sentence ("I don't want..."), and in many keywords: a title-sized
          # match for whichever page's keywords happen to hold them.
          "don't", "dont", "doesn't", "doesnt", "didn't", "didnt", "want", "wants", "wanted"]  # codespell:ignore

# Apostrophe-less spellings that are words of their own: never rewritten to the contraction.
NOT_CONTRACTIONS = {"ill", "shell", "well", "were", "wed", "hell", "id", "its", "lets", "shed", "hed",
                    "wont"}  # codespell:ignore


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    parser.close()
    return " ".join(parser.parts)


WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def vocabulary(docs: list[dict]) -> set[str]:
    """Every word of the index, lowercase, with straight apostrophes."""
    words: set[str] = set()
    for doc in docs:
        fields = [str(doc.get("title", "")), _text(str(doc.get("text", "")))]
        fields += [str(value) for value in (doc.get("keywords") or []) + (doc.get("tags") or [])]
        for field in fields:
            words.update(match.replace("’", "'") for match in WORD.findall(field.lower()))
    return words


def codespell_corrections(name: str = "dictionary.txt") -> dict[str, str]:
    """codespell's "misspelling->correction" pairs with one correction (from its dictionary `name`); {} if
    codespell is not installed."""
    try:
        import codespell_lib
    except ImportError:
        log.warning("search_query_words: codespell is not installed; search will not correct misspellings")
        return {}
    path = Path(codespell_lib.__file__).parent / "data" / name
    pairs = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        wrong, _, right = line.partition("->")
        right = right.strip()
        if "," in right or not right:  # several candidates, or a reason: not safe to pick one
            continue
        pairs[wrong.strip().lower()] = right.lower()
    return pairs


def tables(docs: list[dict], corrections: dict[str, str],
           us_spellings: dict[str, str] | None = None) -> dict[str, object]:
    us_spellings = us_spellings or {}
    words = vocabulary(docs)
    # Misspellings are corrected only to the words that name what pages are about (titles, headings,
    # keywords, tags) of MIN_CORRECTED letters or more: all of codespell's would add a quarter to the index.
    topics = vocabulary([{"title": doc.get("title", ""), "keywords": doc.get("keywords"), "tags": doc.get("tags")}
                         for doc in docs])
    plain = re.compile(r"^[a-z0-9'é]+$")
    misspelt = {wrong: right for wrong, right in corrections.items()
                if right in topics and len(right) >= MIN_CORRECTED and wrong not in words
                and plain.match(wrong) and plain.match(right)}
    # American spellings of the site's British words (codespell's en-GB -> en-US list, read backwards).
    for british, american in us_spellings.items():
        if british in words and american not in words:
            misspelt.setdefault(american, british)
    for word in sorted(words):
        bare = word.replace("'", "")
        if "'" in word and bare not in words and bare not in NOT_CONTRACTIONS and not word.endswith("'s"):
            misspelt.setdefault(bare, word)
    # The word the pages use instead of the reader's; and beside it, if the pages use the reader's word too.
    synonyms = {said: [meant] if said not in words else [said, meant]
                for said, meant in SYNONYMS.items() if meant in words}
    return {"misspelt": dict(sorted(misspelt.items())), "synonyms": synonyms, "filler": sorted(FILLER)}


def add_tables(index: dict, corrections: dict[str, str], us_spellings: dict[str, str] | None = None) -> dict:
    index["config"][KEY] = tables(index["docs"], corrections, us_spellings)
    return index


@event_priority(-100)  # after the search plugin has written search/search_index.json
def on_post_build(*, config: MkDocsConfig) -> None:
    search = config.plugins.get("material/search")
    if search is None or not search.config.get("enabled", True):
        return
    path = Path(config.site_dir) / "search" / "search_index.json"
    index = add_tables(json.loads(path.read_text(encoding="utf-8")), codespell_corrections(),
                       codespell_corrections("dictionary_en-GB_to_en-US.txt"))
    path.write_text(json.dumps(index, separators=(",", ":")), encoding="utf-8")
    log.debug("search_query_words: %d misspellings, %d synonyms", len(index["config"][KEY]["misspelt"]),
              len(index["config"][KEY]["synonyms"]))
