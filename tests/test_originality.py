"""Originality: no page shares a run of 10 words with the seed articles that inspired the site.

The articles are not in this repository; `walkaway/data/seed-runs.txt` holds a fingerprint of them
(hashes of every 10-word run), so this check runs in any clone. Where ../shared is present (CI), the
fingerprint is also proven current, and ../shared/tools/overlap.py is run as well.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from walkaway import originality

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
SHARED = ROOT.parent / "shared"
TOOL = SHARED / "tools" / "overlap.py"
SEEDS = SHARED / "seeds"
HAVE_SHARED = TOOL.is_file() and SEEDS.is_dir()


def test_no_page_copies_a_seed_article() -> None:
    known = originality.load_fingerprint()
    assert len(known) > 1000, "the fingerprint is empty: rebuild it with python -m walkaway.originality"
    copied = [f"docs/{page.relative_to(DOCS).as_posix()}:{line}"
              for page in sorted(DOCS.rglob("*.md"))
              for line in originality.copied_lines(page.read_text(encoding="utf-8"), known)]
    assert not copied, (
        "These lines start a run of 10 or more words that also stands in an article the site was inspired "
        "by. Rewrite those sentences in your own words:\n" + "\n".join(copied))


def test_the_check_finds_a_copied_run_and_ignores_markup() -> None:
    article = "Walking away from someone you love is one of the hardest things a person can ever do."
    known = frozenset(originality.fingerprint([article]))
    page = ("---\ntitle: A page\n---\n\nIntro line.\n\nWalking away from someone you **love** is one of the\n"
            "[hardest](x.md) things a person can do.\n")
    assert originality.copied_lines(page, known) == [7]
    assert originality.copied_lines("---\ntitle: x\n---\nWalking away from someone you love is hard.\n", known) == []


@pytest.mark.skipif(not HAVE_SHARED, reason="../shared (the seed articles) is only beside a CI checkout")
def test_fingerprint_is_current() -> None:
    articles = [path.read_text(encoding="utf-8", errors="replace") for path in sorted(SEEDS.glob("*.txt"))]
    assert originality.fingerprint(articles) == set(originality.load_fingerprint()), (
        "the seed articles changed: run `cd scripts && ../.venv/bin/python -m walkaway.originality ../../shared/seeds`")


@pytest.mark.skipif(not HAVE_SHARED, reason="../shared/tools/overlap.py is only beside a CI checkout")
def test_overlap_tool_agrees() -> None:
    done = subprocess.run([sys.executable, str(TOOL), "docs", "--seeds", str(SEEDS)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    report = (done.stdout + done.stderr).strip()
    assert done.returncode != 2, f"overlap.py could not run:\n{report}"
    assert done.returncode == 0, f"Some pages repeat a long run of words from a seed article:\n{report}"
