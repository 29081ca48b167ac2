"""Lighthouse (npm `lighthouse`, installed locally by package.json) on Debian's Chromium, mobile preset.

The mobile preset is Lighthouse's default: a mid-range phone's screen, 4x CPU slowdown and a slow 4G
connection, simulated. Scores are 0-100 per category; a failing audit is one that scores below 1 and
counts (not "informative", "manual" or "not applicable").
"""
from __future__ import annotations

import json
import os
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu"
NOT_SCORED = ("informative", "manual", "notApplicable", "error")


@dataclass
class Audit:
    id: str
    title: str
    score: float
    value: str
    weight: float  # 0: a diagnostic that does not change the category's score


@dataclass
class LighthouseResult:
    url: str
    scores: dict[str, int | None] = field(default_factory=dict)
    failing: dict[str, list[Audit]] = field(default_factory=dict)
    error: str = ""


def lighthouse_bin(node_modules: Path) -> Path:
    return node_modules / ".bin" / "lighthouse"


def run_lighthouse(url: str, report: Path, *, node_modules: Path, chromium: str,
                   timeout: float = 300) -> LighthouseResult:
    result = LighthouseResult(url)
    binary = lighthouse_bin(node_modules)
    if not binary.exists():
        result.error = f"{binary} is missing: run `make node_modules/.installed`"
        return result
    report.parent.mkdir(parents=True, exist_ok=True)
    command = [str(binary), url, "--output=json", f"--output-path={report}", "--quiet",
               f"--chrome-flags={CHROME_FLAGS}", f"--only-categories={','.join(CATEGORIES)}"]
    env = {**os.environ, "CHROME_PATH": chromium}
    try:
        done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=timeout)
    except subprocess.TimeoutExpired:
        result.error = f"Lighthouse did not finish in {timeout:.0f} s"
        return result
    if done.returncode != 0 or not report.exists():
        result.error = f"Lighthouse failed (exit {done.returncode}): {(done.stderr or done.stdout)[-500:]}"
        return result
    return parse_report(json.loads(report.read_text(encoding="utf-8")), result)


def parse_report(data: dict, result: LighthouseResult) -> LighthouseResult:
    audits = data.get("audits", {})
    if data.get("runtimeError"):
        result.error = str(data["runtimeError"].get("message", data["runtimeError"]))
    for name in CATEGORIES:
        category = data.get("categories", {}).get(name)
        if category is None:
            result.scores[name] = None
            continue
        score = category.get("score")
        result.scores[name] = None if score is None else round(score * 100)
        failing = []
        for ref in category.get("auditRefs", []):
            audit = audits.get(ref["id"], {})
            if audit.get("scoreDisplayMode") in NOT_SCORED or audit.get("score") is None:
                continue
            if audit["score"] < 1:
                failing.append(Audit(ref["id"], audit.get("title", ref["id"]), audit["score"],
                                     audit.get("displayValue", ""), float(ref.get("weight", 0))))
        result.failing[name] = failing
    return result
