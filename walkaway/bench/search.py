"""Search quality: recall@1, recall@3 and the keystroke-to-results latency of the query set.

tests/browser/test_search.py types every query of tests/search_queries.yml into the built site's search
box in Chromium and writes .cache/search-results.json. The benchmark reads that file, and runs the test
first (on the site it just built) when the file is missing or older than the pages, templates, hooks or
queries it describes.
"""
from __future__ import annotations

import datetime as _dt
import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from walkaway import paths

RESULTS = paths.ROOT / ".cache" / "search-results.json"
TEST = "tests/browser/test_search.py::test_query_set_finds_the_expected_page_in_the_top_3"
INPUTS = ("docs", "overrides", "walkaway", "mkdocs.yml", "tests/search_queries.yml")


@dataclass
class PartFigures:
    """One part of the query set: "all", "tune" (the queries the ranking was tuned on) or "holdout"."""

    queries: int = 0
    recall_at_1: float = 0.0
    recall_at_3: float = 0.0
    median_ms: float = 0.0


@dataclass
class SearchFigures:
    parts: dict[str, PartFigures] = field(default_factory=dict)
    written: str = ""  # when the search test wrote the figures (UTC)
    queries: int = 0
    recall_at_1: float = 0.0
    recall_at_3: float = 0.0
    median_ms: float = 0.0
    p90_ms: float = 0.0
    misses: list[str] = field(default_factory=list)
    source: str = ""
    error: str = ""


def _newest_input() -> float:
    newest = 0.0
    for name in INPUTS:
        path = paths.ROOT / name
        files = [path] if path.is_file() else [item for item in path.rglob("*") if item.is_file()]
        newest = max([newest, *(item.stat().st_mtime for item in files)])
    return newest


def is_stale() -> bool:
    return not RESULTS.exists() or RESULTS.stat().st_mtime < _newest_input()


def run_search_test(site_dir: Path | None = None, *, capture: bool = True) -> str:
    """Run the query-set test on `site_dir` (None: the test's own default, site/ or $WA_SITE_DIR); its pass or
    fail does not matter here, only the figures. The old results go first, so figures are never stale."""
    env = {**os.environ, "WA_SITE_DIR": str(site_dir)} if site_dir is not None else None
    RESULTS.unlink(missing_ok=True)
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", TEST],
                          cwd=paths.ROOT, env=env, capture_output=capture, text=True, timeout=1800)
    return "" if RESULTS.exists() else f"the search test wrote no results:\n{(done.stdout or '')[-1500:]}"


def read_results() -> dict[str, Any]:
    return json.loads(RESULTS.read_text(encoding="utf-8"))


def missed(query: dict[str, Any]) -> bool:
    """The expected page is not in the top 3."""
    return query.get("rank") is None or query["rank"] > 3


def search_figures(site_dir: Path, *, rerun: bool) -> SearchFigures:
    figures = SearchFigures()
    if rerun or is_stale():
        figures.error = run_search_test(site_dir)
        figures.source = "measured in this run"
    else:
        figures.source = "read from the last run of the search test"
    if not RESULTS.exists():
        figures.error = figures.error or f"{RESULTS} is missing"
        return figures
    data = read_results()
    figures.written = _dt.datetime.fromtimestamp(RESULTS.stat().st_mtime, _dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    summary = data["summary"]
    if "all" not in summary:  # the file of an older test: one set, no parts
        summary = {"all": summary}
    for name, part in summary.items():
        figures.parts[name] = PartFigures(int(part["queries"]), float(part["recall_at_1"]),
                                          float(part["recall_at_3"]), float(part["median_latency_ms"]))
    overall = summary["all"]
    figures.queries = int(overall["queries"])
    figures.recall_at_1 = float(overall["recall_at_1"])
    figures.recall_at_3 = float(overall["recall_at_3"])
    figures.median_ms = float(overall["median_latency_ms"])
    figures.p90_ms = float(overall.get("p90_latency_ms", 0.0))
    figures.misses = [f"{q.get('part', '')} {q['query']!r} -> {q['expect']} (rank {q['rank']})".strip()
                      for q in data.get("queries", []) if missed(q)]
    return figures
