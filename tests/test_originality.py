"""Originality: no page shares a long run of words with the seed articles (../shared/tools/overlap.py).

The tool and the seeds live outside this repository, in ../shared, which CI provides. A clone without it
skips this test and says why.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TOOL = SHARED / "tools" / "overlap.py"
SEEDS = SHARED / "seeds"


@pytest.mark.skipif(not (TOOL.is_file() and SEEDS.is_dir()),
                    reason=f"{TOOL} and {SEEDS} are not here (CI provides ../shared; a plain clone does not)")
def test_no_page_copies_a_seed_article() -> None:
    done = subprocess.run([sys.executable, str(TOOL), "docs", "--seeds", str(SEEDS)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    report = (done.stdout + done.stderr).strip()
    assert done.returncode != 2, f"overlap.py could not run:\n{report}"
    assert done.returncode == 0, (
        "Some pages repeat a long run of words from a seed article. Rewrite those sentences in your own "
        f"words (the runs are quoted below):\n{report}")
