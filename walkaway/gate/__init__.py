"""The output gate: read every file MkDocs wrote and refuse anything active our templates did not put there.

The validator checks what contributors write; this checks what readers get. They disagree where parsers
disagree (pulldown-cmark and Python-Markdown read raw HTML differently), where templates print values
unescaped, and for files the validator never reads, so publishing waits for this check. See SECURITY.md.

`check_site` returns validator-style Findings naming the source file (and line, where a bit of the
offending text is found there); `walkaway gate` prints them, and `walkaway build` runs it after the
strict build.
"""
from __future__ import annotations

import os
from pathlib import Path

from walkaway import purge
from walkaway.content import load_config, markers, planners, snippets
from walkaway.gate import files, html
from walkaway.gate.issues import Issue
from walkaway.gate.sources import Project, locate, source_of
from walkaway.lint.findings import Finding

# The folder of a file a page renders -> the marker that names it.
_MARKER_OF_FOLDER = {"planners": "planner", snippets.FOLDER: snippets.MARKER}
HINTS = {
    "gate-script": "pages carry no code: remove the script (the site's scripts live in overrides/assets/)",
    "gate-handler": "remove the attribute: pages carry no code",
    "gate-url": "link to a page of the site or an https:// address",
    "gate-origin": "save the file under docs/assets/ and link it there: the site loads nothing from elsewhere",
    "gate-element": "remove it: pages carry no embeds, forms or code",
    "gate-style": "remove the style: the security policy blocks inline styles; ask for a class in overrides/",
    "gate-meta": "remove the <meta>: only the templates write them",
    "gate-csp": "the templates and walkaway/hooks/csp.py write the policy; do not change it in a page",
    "gate-file": "remove the file from docs/: only pages (.md) and images are published",
    "gate-asset": "remove the file from docs/: the site's scripts and stylesheets live in overrides/assets/",
    "gate-svg": "export the SVG as a plain drawing (no scripts, links, styles or embedded content), or use PNG",
}


def check_site(site: Path, project: Project, site_url: str) -> list[Finding]:
    """Every finding in the built site at `site`, sorted. An empty list means the site may be published."""
    findings: list[Finding] = []
    data_files = _included_files(project.docs)
    sitemap = b""
    # Our stylesheets and scripts are published minified, Material's stylesheets pruned to the rules the
    # pages can use: recompute both from the sources (and the built pages), exactly as the build does.
    processed = purge.expected_assets(site, project.overrides, project.theme)
    for rel, path in _walk(site):
        source = source_of(rel, project)
        for issue in _check_file(rel, path, project, site_url, processed):
            # A search index entry names its page: point at the page's source, not at the index.
            origin = source if issue.page is None else source_of(issue.page + "index.html", project) or source
            findings.append(_finding(rel, origin, issue, data_files, project))
        if rel == "sitemap.xml":
            sitemap = path.read_bytes()
    gz = site / "sitemap.xml.gz"
    if gz.is_file() and not gz.is_symlink():
        for issue in files.check_sitemap_gz(gz.read_bytes(), sitemap):
            findings.append(_finding("sitemap.xml.gz", None, issue, [], project))
    return sorted(set(findings))


def _walk(site: Path) -> list[tuple[str, Path]]:
    found: list[tuple[str, Path]] = []
    for folder, subfolders, names in os.walk(site):
        subfolders.sort()
        for name in sorted(names + [sub for sub in subfolders if Path(folder, sub).is_symlink()]):
            path = Path(folder, name)
            found.append((path.relative_to(site).as_posix(), path))
    return found


def _check_file(rel: str, path: Path, project: Project, site_url: str,
                processed: dict[str, bytes] | None = None) -> list[Issue]:
    if path.is_symlink() or not path.is_file():
        return [Issue("gate-file", "a symbolic link or special file in the built site", ())]
    if path.stat().st_size > files.MAX_BYTES:
        return [Issue("gate-file", f"the file is larger than {files.MAX_BYTES // 1_000_000} MB", ())]
    kind = files.kind_of(rel)
    data = path.read_bytes()
    if kind == "html":
        issues = html.check_page(data.decode("utf-8", errors="replace"), site_url)
        if not (rel == "404.html" or (rel.endswith("index.html") and source_of(rel, project) is not None
                                      and source_of(rel, project).suffix == ".md")):
            issues.append(Issue("gate-file", "an HTML file no .md page of the site produced", ()))
        return issues
    if kind == "asset":
        if processed and rel in processed:
            return files.check_processed(data, rel, processed[rel], project.overrides)
        return files.check_copy(data, rel, [project.overrides, project.theme])
    if kind == "image":
        return files.check_image(data, "." + rel.rsplit(".", 1)[-1].lower())
    if kind == "svg":
        return files.check_svg(data)
    if kind == "sitemap":
        return files.check_sitemap(data, site_url)
    if kind == "search":
        return files.check_search_index(data, site_url)
    if kind == "robots":
        return files.check_robots(data)
    if kind == "sitemap-gz":
        return []  # compared with sitemap.xml once both are read
    suffix = rel.rsplit(".", 1)[-1] if "." in rel.rsplit("/", 1)[-1] else "(none)"
    return [Issue("gate-file", f"a file of a type the site does not publish (.{suffix})", ())]


def _finding(rel: str, source: Path | None, issue: Issue, data_files: list[Path], project: Project) -> Finding:
    where, line = locate(source, issue.needles, _rendered_data(source, data_files) if rel.endswith(".html") else [])
    shown = _display(where, project.root) if where else f"site/{rel}"
    built = "" if where is None else f" (in site/{rel})"
    return Finding(shown, line, 1, issue.rule, issue.message + built, HINTS[issue.rule])


def _included_files(docs: Path) -> list[Path]:
    """Every file a page can include by a marker: the planners and the snippets."""
    return [*planners.files(docs), *(snippets.file_for(docs, name) for name in snippets.names(docs))]


def _rendered_data(source: Path | None, data_files: list[Path]) -> list[Path]:
    """The files a page renders besides its own text: the planners and snippets its markers name
    (`<!-- planner: NAME -->`, `<!-- snippet: NAME -->`)."""
    if source is None or source.suffix != ".md":
        return []
    try:
        text = source.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    named = {(marker.name, marker.args[0]) for marker in markers.scan(text) if len(marker.args) == 1}
    return [file for file in data_files if (_MARKER_OF_FOLDER.get(file.parent.name), file.stem) in named]


def _display(path: Path, root: Path) -> str:
    """The path as the contributor knows it (a symbolic link is named, not what it points at)."""
    try:
        return Path(os.path.abspath(path)).relative_to(Path(os.path.abspath(root))).as_posix()
    except ValueError:
        return path.as_posix()


def run(site: Path, config: Path) -> list[Finding]:
    """The gate over the site built at `site` from the project whose mkdocs.yml is `config`."""
    root = config.resolve().parent
    project = Project(root=root, docs=root / "docs", overrides=root / "overrides", theme=purge.theme_dir())
    return check_site(site, project, load_config(config).site_url)
