"""Search quality: recall@1 and recall@3 of the query set, and keystroke-to-results latency.

tests/browser/test_search.py types every query of tests/search_queries.yml into the built site's search
box in Chromium and writes .cache/search-results.json. This reads that file, and runs the test first (on
the site the benchmark built) when the file is missing or older than the pages, templates, hooks or
queries it describes.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from walkaway import paths
from walkaway.bench.report import Section, table, target

RESULTS = paths.SEARCH_RESULTS
TEST = "tests/browser/test_search.py::test_query_set_finds_the_expected_page_in_the_top_3"
INPUTS = ("docs", "overrides", "walkaway", "mkdocs.yml", "tests/search_queries.yml")
RECALL_3, RECALL_1, LATENCY_MS = 0.90, 0.70, 50  # targets for the held-out queries


def is_stale() -> bool:
    files = [file for name in INPUTS for file in [paths.ROOT / name, *(paths.ROOT / name).rglob("*")]
             if file.is_file() and "__pycache__" not in file.parts]
    return not RESULTS.exists() or RESULTS.stat().st_mtime < max(file.stat().st_mtime for file in files)


def results(site: Path, *, rerun: bool) -> tuple[dict[str, Any], str]:
    """(The test's results, where they come from). The test's pass or fail does not matter here, only the figures."""
    source = "read from the last run of the search test"
    if rerun or is_stale():
        RESULTS.unlink(missing_ok=True)
        subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", TEST], cwd=paths.ROOT,
                       env={**os.environ, "WA_SITE_DIR": str(site)}, capture_output=True, timeout=1800)
        source = "measured in this run"
    if not RESULTS.exists():
        return {}, f"{TEST} wrote no {RESULTS.name}"
    written = dt.datetime.fromtimestamp(RESULTS.stat().st_mtime, dt.UTC)
    return json.loads(RESULTS.read_text(encoding="utf-8")), f"{source}; written {written:%Y-%m-%d %H:%M UTC}"


def section(data: dict[str, Any], source: str) -> Section:
    if not data:
        return Section("Search quality", [f"Not measured: {source}."], failed=True)
    parts = data["summary"]
    held, tune, every = parts["holdout"], parts["tune"], parts["all"]
    misses = [f"{q['part']} {q['query']!r} -> {q['expect']} (rank {q['rank']}; top: {', '.join(q['top']) or '-'})"
              for q in data["queries"] if q["rank"] is None or q["rank"] > 3]
    return Section("Search quality", targets=[
        target(f"Search, held-out queries: recall@3 ≥ {RECALL_3:.2f}, recall@1 ≥ {RECALL_1:.2f}",
               f"holdout ({held['queries']}): recall@3 {held['recall_at_3']:.3f}, recall@1 {held['recall_at_1']:.3f}; "
               f"tune ({tune['queries']}): recall@3 {tune['recall_at_3']:.3f}, recall@1 {tune['recall_at_1']:.3f}",
               held["recall_at_3"] >= RECALL_3 and held["recall_at_1"] >= RECALL_1),
        target(f"Search: median keystroke to results < {LATENCY_MS} ms", f"{every['median_latency_ms']:.0f} ms "
               f"(p90 {every['p90_latency_ms']:.0f} ms; {every['queries']} queries)",
               every["median_latency_ms"] < LATENCY_MS),
    ], lines=[
        f"The queries of tests/search_queries.yml, typed into the search box in Chromium by {TEST} ({source}).", "",
        *table(["Part", "Queries", "recall@1", "recall@3", "median latency", "sections shown (asked)"],
               [[name, part["queries"], f"{part['recall_at_1']:.3f}", f"{part['recall_at_3']:.3f}",
                 f"{part['median_latency_ms']:.0f} ms", f"{part['anchors_shown']} ({part['anchors_asked']})"]
                for name, part in parts.items()]),
        "", f"Not in the top 3 ({len(misses)}): " + "; ".join(misses[:20]) + (" …" if len(misses) > 20 else "")])
