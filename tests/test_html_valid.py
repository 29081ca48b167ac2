"""HTML validity: every built page passes the Nu Html Checker (vnu) with zero errors.

vnu.jar comes from the npm package `vnu-jar` (package.json; `make node_modules/.installed`) and runs on
Debian's Java. It checks all pages in one run (one JVM start, a few seconds). Warnings are not errors
and are not reported. The site is minified onto one line, so a message gives the column and a piece of
the markup around the problem: search the page's template or Markdown for that piece.
"""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from built_site import NODE_MODULES, ROOT, built_site, html_pages

VNU = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
# A deep stack for the checker's schema (it asks for 512k at least); the quick compiler and the simple
# collector make one short run about twice as fast as the JVM's defaults.
JAVA_OPTIONS = ("-Xss4m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1")


# Checked in the same run as the site: proves the checker is working and reporting errors.
CANARY = ('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Canary</title></head>'
          '<body><label tabindex="">An empty tabindex is an error</label></body></html>')


def test_every_built_page_is_valid_html(tmp_path: Path) -> None:
    site = built_site()
    java = shutil.which("java")
    if java is None:
        pytest.fail("Java is missing: run `make java` (installs Debian's default-jre-headless as root)")
    if not VNU.is_file():
        pytest.fail(f"{VNU.relative_to(ROOT)} is missing: run `make node_modules/.installed` (npm ci)")
    pages = html_pages(site)
    assert len(pages) > 10, f"only {len(pages)} HTML files in {site}: is the build complete?"
    canary = tmp_path / "canary.html"
    canary.write_text(CANARY, encoding="utf-8")
    done = subprocess.run([java, *JAVA_OPTIONS, "-jar", str(VNU), "--errors-only", "--format", "json",
                           str(canary), *map(str, pages)], capture_output=True, text=True, timeout=600)
    try:
        messages = json.loads(done.stderr or "{}").get("messages", [])
    except json.JSONDecodeError:
        pytest.fail(f"vnu did not answer in JSON (exit {done.returncode}):\n{done.stderr[-3000:]}")
    problems, canary_errors = [], 0
    for message in messages:
        if message.get("type") not in ("error", "non-document-error"):
            continue
        url = str(message.get("url", "?")).removeprefix("file:")
        if url.endswith("/canary.html"):
            canary_errors += 1
            continue
        where = url.replace(str(ROOT) + "/", "")
        line = message.get("lastLine", message.get("firstLine", 1))
        column = message.get("firstColumn", message.get("lastColumn", 1))
        extract = " ".join(str(message.get("extract", "")).split())
        problems.append(f"{where}:{line}:{column}: {message.get('message')}\n    near: {extract}")
    assert done.returncode in (0, 1), f"vnu failed (exit {done.returncode}):\n{done.stderr[-3000:]}"
    assert canary_errors == 1, f"vnu did not report the canary page's one error: is it checking at all?\n{messages}"
    assert problems == [], f"{len(problems)} HTML error(s):\n" + "\n".join(problems)
