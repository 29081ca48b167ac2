"""Zensical, Material for MkDocs' successor (--full): does our project build with it, how fast, what differs.

Zensical is installed pinned in its own virtual environment (benchmarks/work/zensical-venv), never in .venv,
and builds a copy of the project (it has no --site-dir and wants the docs beside the config). Two builds: as
it is, and without `custom_dir: overrides`, which separates what our templates need from what the content
and configuration need. Zensical runs no MkDocs hooks, so whatever a hook makes is expected to be missing.
zensical 0.1.x needs `zensical-ui`, which the package index here lacks: 0.0.73 is the newest that installs.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from walkaway import paths
from walkaway.bench import sites
from walkaway.bench.report import Section, table, target
from walkaway.bench.timing import Run, timed
from walkaway.content.config import write_config

PIN = "zensical==0.0.73"
VENV = sites.WORK / "zensical-venv"
BINARY = VENV / "bin" / "zensical"
MARKER = re.compile(r"<!--\s*(helplines|planner:)")


def _text(site: Path, rel: str) -> str:
    file = site / rel
    return file.read_text(encoding="utf-8") if file.is_file() else ""


def has(files: str | tuple[str, ...], pattern: str) -> Callable[[Path], str]:
    """A check: is `pattern` in one of `files` of a built site?"""
    names = (files,) if isinstance(files, str) else files
    return lambda site: "yes" if any(re.search(pattern, _text(site, name)) for name in names) else "**no**"


def _pages(site: Path) -> set[str]:
    return {page.relative_to(site).as_posix() for page in site.rglob("*.html")}


def faq_lastmod(site: Path) -> str:
    found = re.search(r"<loc>[^<]*/faq/</loc>\s*<lastmod>([^<]+)", _text(site, "sitemap.xml"))
    return found.group(1) if found else "**none**"


def markers_left(site: Path) -> str:
    return str(sum(bool(MARKER.search(page.read_text(encoding="utf-8"))) for page in site.rglob("*.html")))


INDEX = ("search/search_index.json", "search.json")  # MkDocs', Zensical's
FEATURES: list[tuple[str, str, Callable[[Path], str]]] = [  # (feature, what makes it, its value on a built site)
    ("Pages with help-line or planner markers left", "hooks helplines.py, planner_forms.py", markers_left),
    ("Help lines on Get help now", "hook helplines.py", has("get-help-now/index.html", "tel:")),
    ("Planner forms", "hook planner_forms.py", has("preparing/plan-for-leaving/index.html", "wa-planner")),
    ("Content-Security-Policy with script hashes", "template wa-security.html + hook csp.py",
     has("index.html", "'sha256-")),
    ("FAQPage JSON-LD", "hook faq_jsonld.py", has("faq/index.html", r"application/ld\+json")),
    ("Exit this page button", "template wa-quick-exit.html", has("index.html", "wa-quick-exit")),
    ("Search keywords in the index", "hook search_keywords.py", has(INDEX, '"keywords"')),
    ("Stop words dropped from queries", "hook search_stopwords.py", has(INDEX, r"\[Hh\]\[Ee\]")),
    ("Sitemap `<lastmod>` of /faq/ (ours: its `reviewed`)", "hook sitemap_lastmod.py", faq_lastmod),
    ("Checklist boxes named for screen readers", "hook tasklist_labels.py",
     has("preparing/practically/index.html", r"<input[^>]*aria-label[^>]*checkbox|<input[^>]*checkbox[^>]*aria-label")),
    ("Tag index with tag descriptions", "hook tag_vocabulary.py + template", has("tags/index.html", "wa-tag-about")),
    ("Nu-valid toggles", "hook valid_html.py", has("index.html", "__md_toggles")),
    ("Content warning box", "template partials/content.html",
     has("situations/if-they-threaten-self-harm/index.html", "wa-content-warning")),
]


def install() -> str:
    """The pinned Zensical in its own venv, installed on first use; "" if that failed."""
    if not BINARY.exists():
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(VENV)], capture_output=True)
        subprocess.run([str(VENV / "bin" / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                        PIN], capture_output=True, timeout=900)
    return timed([str(BINARY), "--version"]).output.strip() if BINARY.exists() else ""


def build(name: str, *, overrides: bool) -> tuple[Run, Path]:
    project = sites.WORK / "zensical" / name
    shutil.rmtree(project, ignore_errors=True)
    shutil.copytree(paths.DOCS, project / "docs")
    config = sites.read_config()
    if overrides:
        shutil.copytree(paths.ROOT / config["theme"]["custom_dir"], project / config["theme"]["custom_dir"])
    else:
        del config["theme"]["custom_dir"]
    file = write_config(config, project / "mkdocs.yml")
    run = timed([str(BINARY), "build", "--clean", "--config-file", str(file)], cwd=project, timeout=900)
    return run, project / "site"


def section(ours: Path) -> Section:
    version = install()
    if not version:
        return Section("Zensical", [f"`pip install {PIN}` into {VENV} failed."], failed=True)
    builds = {name: build(name, overrides=name == "as-is") for name in ("as-is", "without-overrides")}
    built = {name: site for name, (_, site) in builds.items() if (site / "index.html").is_file()}
    results = [f"{name}: builds in {run.seconds:.1f} s" if name in built else
               f"{name}: **fails** in {run.seconds:.1f} s (`{(run.output.strip().splitlines() or [''])[-1][:200]}`)"
               for name, (run, _) in builds.items()]
    compared = {"ours (MkDocs)": ours, **{f"Zensical, {name}": site for name, site in built.items()}}
    rows = [[feature, made_by, *(check(site) for site in compared.values())] for feature, made_by, check in FEATURES]
    status = f"zensical {version}: {'; '.join(results)}"
    ours_pages = _pages(ours)
    differ = [f"- Pages only in ours: {', '.join(sorted(ours_pages - _pages(site))) or 'none'}; only in Zensical's "
              f"({name}): {', '.join(sorted(_pages(site) - ours_pages)) or 'none'}." for name, site in built.items()]
    return Section("Zensical", targets=[target("Zensical builds the site", status, None)],
                   lines=[status + ".", *differ, "", *table(["Feature", "Made by", *compared], rows)])
