"""Lighthouse (npm `lighthouse`, installed by package.json) on Debian's Chromium, mobile preset.

The mobile preset is Lighthouse's default: a mid-range phone's screen, 4x CPU slowdown and a slow 4G
connection, simulated. Scores are 0-100 per category. An audit below full marks counts when it scores
under 1 and is scored (not "informative", "manual" or "not applicable"); a weighted one lowers the score,
the rest are diagnostics. Of several runs per page, the one with the median performance score is kept.
"""
from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

from walkaway import browser, local_server, paths
from walkaway.bench import sites, weight
from walkaway.bench.report import Section, table, target

BINARY = paths.ROOT / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
NOT_SCORED = ("informative", "manual", "notApplicable", "error")


def run(url: str, report: Path) -> dict[str, Any]:
    """Lighthouse's JSON report of `url`, or {"runtimeError": {"message": what went wrong}}."""
    report.parent.mkdir(parents=True, exist_ok=True)
    command = [str(BINARY), url, "--output=json", f"--output-path={report}", "--quiet",
               "--chrome-flags=--headless=new --no-sandbox --disable-gpu", f"--only-categories={','.join(CATEGORIES)}"]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=300,
                              env={**os.environ, "CHROME_PATH": browser.CHROMIUM})
    except (OSError, subprocess.TimeoutExpired) as error:
        return {"runtimeError": {"message": f"Lighthouse did not run: {error}"}}
    if done.returncode != 0 or not report.exists():
        return {"runtimeError": {"message": f"Lighthouse failed (exit {done.returncode}): {done.stderr[-300:]}"}}
    return json.loads(report.read_text(encoding="utf-8"))


def measure(site: Path, runs: int) -> dict[str, dict[str, Any]]:
    """URL path -> the kept run, for the pages the page-weight section loads."""
    kept = {}
    with local_server.serve(site) as server:
        for path in weight.pick_pages().values():
            name = path.strip("/").replace("/", "-") or "home"
            kept[path] = median_run([run(server.url + path, sites.WORK / "lighthouse" / f"{name}-{number}.json")
                                     for number in range(runs)])
    return kept


def scores(data: dict[str, Any]) -> dict[str, int | None]:
    categories = data.get("categories", {})
    return {name: None if categories.get(name, {}).get("score") is None else round(categories[name]["score"] * 100)
            for name in CATEGORIES}


def failing(data: dict[str, Any], category: str) -> list[tuple[str, str, float]]:
    """(title, value, weight) of each scored audit in `category` below full marks."""
    found = []
    for ref in data.get("categories", {}).get(category, {}).get("auditRefs", []):
        audit = data.get("audits", {}).get(ref["id"], {})
        if audit.get("scoreDisplayMode") not in NOT_SCORED and audit.get("score") is not None and audit["score"] < 1:
            value = audit.get("displayValue") or f"{audit['score']:.2f}"
            found.append((audit.get("title", ref["id"]), value, float(ref.get("weight", 0))))
    return found


def median_run(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The run with the median performance score (Lighthouse's own advice for noisy machines)."""
    return sorted(runs, key=lambda data: scores(data)["performance"] or 0)[(len(runs) - 1) // 2]


def section(reports: dict[str, dict[str, Any]], runs: int) -> Section:
    out = Section("Lighthouse (mobile preset)", failed=any("runtimeError" in data for data in reports.values()))
    for name in CATEGORIES:
        shown = [scores(data)[name] for data in reports.values()]
        weighted = sorted({title for data in reports.values() for title, _, weight in failing(data, name) if weight})
        errors = [str(data["runtimeError"].get("message")) for data in reports.values() if "runtimeError" in data]
        why = "" if all(s == 100 for s in shown) else " — " + "; ".join(weighted[:4] or errors)[:300]
        out.targets.append(target(f"Lighthouse mobile {name} 100", ", ".join(map(str, shown)) + why,
                                  all(s == 100 for s in shown)))
    out.lines = [f"Served by the same local server; of {runs} run(s) per page, the median performance score's.", "",
                 *table(["Page", "Performance", "Accessibility", "Best practices", "SEO"],
                        [[f"`/{path}`", *scores(data).values()] for path, data in reports.items()]),
                 "", "Audits below full marks (weighted ones lower the score; the rest are diagnostics):", ""]
    for path, data in reports.items():
        for name in CATEGORIES:
            weighted = [f"{title} ({value})" for title, value, weight in failing(data, name) if weight]
            diagnostics = [title for title, _, weight in failing(data, name) if not weight]
            if weighted or diagnostics:
                out.lines.append(f"- `/{path}` {name}: {'; '.join(weighted) or 'none weighted'}"
                                 + (f" — diagnostics: {', '.join(diagnostics)}" if diagnostics else ""))
    return out
