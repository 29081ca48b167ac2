"""Originality without the seed articles: pages are checked against a fingerprint of them.

The articles that inspired the site are not ours to publish, so the repository keeps only a fingerprint:
the hash of every run of RUN_WORDS words in them. A page that shares a run that long with an article
shares its hash. Words are read exactly as ../shared/tools/overlap.py reads them, so the two agree.

Rebuild the fingerprint when the seed articles change:
    .venv/bin/python -m walkaway.originality ../shared/seeds
"""
from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from walkaway.content import front_matter

RUN_WORDS = 10  # the overlap check's failing length
FINGERPRINT = Path(__file__).resolve().parent / "data" / "seed-runs.txt"
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*")


def words(text: str) -> list[str]:
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    return _WORD.findall(text)


def prose_lines(text: str) -> Iterator[tuple[int, str]]:
    """(line number, prose) with front matter, fenced code, tags, link targets and attribute lists removed."""
    lines = text.splitlines()
    start = front_matter.read("\n".join(lines) + "\n")[0].body_line - 1  # split as MkDocs splits it
    fenced = False
    for number, line in enumerate(lines[start:], start=start + 1):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
            continue
        if fenced:
            continue
        line = re.sub(r"<[^>]+>", " ", line)
        line = re.sub(r"\]\([^)]*\)", "]", line)
        yield number, re.sub(r"\{[^}]*\}", " ", line)


def run_hash(run: Iterable[str]) -> str:
    return hashlib.blake2b(" ".join(run).encode(), digest_size=8).hexdigest()


def fingerprint(articles: Iterable[str]) -> set[str]:
    hashes: set[str] = set()
    for article in articles:
        found = words(article)
        hashes.update(run_hash(found[i:i + RUN_WORDS]) for i in range(len(found) - RUN_WORDS + 1))
    return hashes


@lru_cache(maxsize=1)
def load_fingerprint(path: Path = FINGERPRINT) -> frozenset[str]:
    lines = path.read_text(encoding="ascii").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def copied_lines(text: str, known: frozenset[str]) -> list[int]:
    """The lines where a run of RUN_WORDS words shared with a seed article starts."""
    tokens = [(word, number) for number, line in prose_lines(text) for word in words(line)]
    plain = [word for word, _ in tokens]
    starts = [tokens[i][1] for i in range(len(plain) - RUN_WORDS + 1)
              if run_hash(plain[i:i + RUN_WORDS]) in known]
    return sorted(set(starts))


def write_fingerprint(seeds: Path, path: Path = FINGERPRINT) -> int:
    articles = [file.read_text(encoding="utf-8", errors="replace") for file in sorted(seeds.glob("*.txt"))]
    hashes = sorted(fingerprint(articles))
    header = f"# {len(hashes)} hashes of {RUN_WORDS}-word runs in the seed articles (walkaway/originality.py)\n"
    path.write_text(header + "\n".join(hashes) + "\n", encoding="ascii")
    return len(hashes)


if __name__ == "__main__":
    if len(sys.argv) != 2 or not Path(sys.argv[1]).is_dir():
        print("usage: python -m walkaway.originality SEEDS_DIR", file=sys.stderr)
        sys.exit(2)
    print(f"{FINGERPRINT}: {write_fingerprint(Path(sys.argv[1]))} hashes")
