"""Zensical, Material for MkDocs' successor: does our site build with it, how fast, and what differs.

Zensical is installed pinned in its own virtual environment (benchmarks/work/zensical-venv), never in
.venv, and builds a copy of the project (it has no --site-dir and insists the docs sit beside the config).
Two builds: the project as it is, and the same without `custom_dir: overrides`, which separates what
our templates need from what the content and configuration need. Zensical runs no MkDocs hooks, so
everything a hook makes is expected to be missing; the feature table says which.

zensical 0.1.x needs `zensical-ui`, which the package index here does not have: 0.0.73 is the newest
release that installs.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from walkaway import paths
from walkaway.bench.machine import command_version
from walkaway.bench.sites import WORK, Run, load_config, timed, write_config

PIN = "zensical==0.0.73"
VENV = WORK / "zensical-venv"
BIN = VENV / "bin" / "zensical"
WARNED_PAGE = "situations/if-they-threaten-self-harm/index.html"  # has a `content_warning`


@dataclass
class ZensicalBuild:
    name: str
    run: Run
    site: Path
    error: str = ""


@dataclass
class ZensicalReport:
    version: str
    install_error: str = ""
    builds: list[ZensicalBuild] = field(default_factory=list)
    pages_only_ours: list[str] = field(default_factory=list)
    pages_only_zensical: list[str] = field(default_factory=list)
    compared_with: str = ""
    features: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)  # name, made by, site -> value


def ensure_zensical() -> tuple[str, str]:
    """(version, error): the pinned Zensical in its own venv, installed on first use."""
    if not BIN.exists():
        WORK.mkdir(parents=True, exist_ok=True)
        made = subprocess.run([sys.executable, "-m", "venv", "--clear", str(VENV)], capture_output=True, text=True)
        if made.returncode != 0:
            return "", f"could not create {VENV}: {made.stderr[-500:]}"
        pip = subprocess.run([str(VENV / "bin" / "python"), "-m", "pip", "install", "--quiet",
                              "--disable-pip-version-check", PIN], capture_output=True, text=True, timeout=900)
        if pip.returncode != 0 or not BIN.exists():
            return "", f"`pip install {PIN}` failed: {pip.stderr[-800:]}"
    return command_version([str(BIN), "--version"]), ""


def _project_copy(dest: Path, *, overrides: bool) -> Path:
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    shutil.copytree(paths.DOCS, dest / "docs")
    config = load_config(paths.CONFIG)
    if overrides:
        shutil.copytree(paths.ROOT / "overrides", dest / "overrides")
    else:
        config.get("theme", {}).pop("custom_dir", None)
    config.pop("site_dir", None)
    return write_config(config, dest / "mkdocs.yml")


def _first_error(output: str) -> str:
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    for line in reversed(lines):
        if line.startswith(("RuntimeError", "Error", "error")) or "Error:" in line:
            return line[:400]
    return lines[-1][:400] if lines else "no output"


def build(name: str, *, overrides: bool) -> ZensicalBuild:
    project = WORK / "zensical" / name
    config = _project_copy(project, overrides=overrides)
    run = timed([str(BIN), "build", "--clean", "--config-file", str(config)], cwd=project, timeout=900)
    site = project / "site"
    built = run.ok and (site / "index.html").exists()
    return ZensicalBuild(name, run, site, "" if built else _first_error(run.output))


def _pages(site: Path) -> set[str]:
    return {page.relative_to(site).as_posix() for page in site.rglob("*.html")} if site.is_dir() else set()


def _read(site: Path, rel: str) -> str:
    try:
        return (site / rel).read_text(encoding="utf-8")
    except OSError:
        return ""


def _search_index(site: Path) -> str:
    return _read(site, "search/search_index.json") or _read(site, "search.json")


def _reviewed(rel: str) -> str:
    match = re.search(r"^reviewed:\s*(\S+)", (paths.DOCS / rel).read_text(encoding="utf-8"), re.M)
    return match.group(1) if match else "?"


def _yes(flag: bool) -> str:
    return "yes" if flag else "**no**"


def _csp(site: Path) -> str:
    tree = LexborHTMLParser(_read(site, "index.html"))
    policies = [meta.attributes.get("content") or "" for meta in tree.css("meta[http-equiv]")
                if (meta.attributes.get("http-equiv") or "").lower() == "content-security-policy"]
    if not policies:
        return "**no policy**"
    return "**placeholder left, scripts blocked**" if "wa-csp-script-hashes" in policies[0] else "yes"


def _checklist_names(site: Path) -> str:
    tree = LexborHTMLParser(_read(site, "preparing/practically/index.html"))
    boxes = tree.css(".task-list-item input[type=checkbox]")
    named = [box for box in boxes if box.attributes.get("aria-label")]
    return f"{len(named)} of {len(boxes)}" if boxes else "no checklist"


def _sitemap_lastmod(site: Path) -> str:
    match = re.search(r"<loc>[^<]*/faq/</loc>\s*<lastmod>([^<]+)</lastmod>", _read(site, "sitemap.xml"))
    if not match:
        return "**none**"
    return "yes" if match.group(1).startswith(_reviewed("faq.md")) else f"**build date ({match.group(1)})**"


def _marker_pages(site: Path) -> str:
    left = sorted(rel for rel in _pages(site)
                  if re.search(r"<!--\s*(helplines|planner:)", _read(site, rel)))
    return "none" if not left else "**" + ", ".join(rel.removesuffix("index.html") or "/" for rel in left) + "**"


# (feature, what makes it, check on a built site)
FEATURES: list[tuple[str, str, Callable[[Path], str]]] = [
    ("Markers left unreplaced (help lines, planners)", "hooks helplines.py, planners.py", _marker_pages),
    ("Help lines on Get help now", "hook helplines.py",
     lambda site: _yes("tel:" in _read(site, "get-help-now/index.html"))),
    ("Planner forms", "hook planners.py",
     lambda site: _yes("wa-planner" in _read(site, "preparing/plan-for-leaving/index.html"))),
    ("Content-Security-Policy with script hashes", "template wa-security.html + hook csp.py", _csp),
    ("FAQPage JSON-LD", "hook faq_jsonld.py",
     lambda site: _yes("application/ld+json" in _read(site, "faq/index.html"))),
    ("Exit this page button", "template wa-quick-exit.html",
     lambda site: _yes("wa-quick-exit" in _read(site, "index.html"))),
    ("Search keywords in the index", "hook search_keywords.py",
     lambda site: _yes('"keywords"' in _search_index(site))),
    ("Stop words dropped from queries", "hook search_stopwords.py",
     lambda site: _yes("[Hh][Ee]" in _search_index(site))),
    ("Sitemap `<lastmod>` = page's `reviewed`", "hook sitemap_lastmod.py", _sitemap_lastmod),
    ("Checklist boxes named for screen readers", "hook tasklist_labels.py", _checklist_names),
    ("Tag index with tag descriptions", "hook tag_vocabulary.py + template",
     lambda site: _yes("wa-tag-about" in _read(site, "tags/index.html"))),
    ("Nu-valid toggles", "hook valid_html.py", lambda site: _yes("__md_toggles" in _read(site, "index.html"))),
    ("Content warning box", "template partials/content.html",
     lambda site: _yes("wa-content-warning" in _read(site, WARNED_PAGE))),
]


def compare(ours: Path) -> ZensicalReport:
    version, error = ensure_zensical()
    report = ZensicalReport(version, error)
    if error:
        return report
    report.builds = [build("as-is", overrides=True), build("without-overrides", overrides=False)]
    built = [item for item in report.builds if not item.error]
    sites = {"ours (MkDocs)": ours, **{f"Zensical, {item.name}": item.site for item in built}}
    if built:
        first = built[0]
        report.compared_with = first.name
        ours_pages, their_pages = _pages(ours), _pages(first.site)
        report.pages_only_ours = sorted(ours_pages - their_pages)
        report.pages_only_zensical = sorted(their_pages - ours_pages)
    for name, made_by, check in FEATURES:
        report.features.append((name, made_by, {site_name: check(site) for site_name, site in sites.items()}))
    return report
