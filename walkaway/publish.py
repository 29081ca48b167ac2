"""Build the site for publishing: validate the pages, build strictly, then check what was built.

1. The validator (`walkaway validate`): a page or data file with an error is never handed to MkDocs,
   whose own YAML reader would choke on what the validator refuses (alias bombs, deep nesting).
2. `mkdocs build --strict` into a staging folder, with a time limit: any warning (a broken link, a
   missing anchor) fails the build. Never add `-q` here: in MkDocs 1.6 it silences the very warnings
   `--strict` counts, so a broken link would build with exit 0. The full log goes to a file.
3. The output gate (`walkaway gate`): every built file is read, and anything active the site's own
   templates did not put there fails the build. Only then does the staging folder become site/.

`walkaway build` is the command deploy runs; what it leaves in site/ is exactly what passed all three.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from walkaway.paths import ROOT

BUILD_TIMEOUT = 300  # seconds; the real site builds in about two


@dataclass(frozen=True)
class BuildResult:
    ok: bool
    log: str

    @property
    def problems(self) -> list[str]:
        return [line for line in self.log.splitlines() if line.startswith(("WARNING", "ERROR", "Aborted"))]


def build_command(config: Path, site_dir: Path, *, strict: bool = True) -> list[str]:
    """The MkDocs command line, written here only (the benchmarks build with it too). Never `-q`."""
    return [sys.executable, "-m", "mkdocs", "build", *(["--strict"] if strict else []), "--clean",
            "--config-file", str(config), "--site-dir", str(site_dir)]


def build(config: Path = ROOT / "mkdocs.yml", site_dir: Path = ROOT / "site",
          timeout: float = BUILD_TIMEOUT) -> BuildResult:
    """Run the strict MkDocs build alone (no validator, no gate)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    try:
        done = subprocess.run(build_command(config, site_dir), capture_output=True, text=True, env=env,
                              cwd=config.parent, timeout=timeout)
    except subprocess.TimeoutExpired as expired:
        output = (expired.stdout or b"") + (expired.stderr or b"")
        text = output.decode("utf-8", "replace") if isinstance(output, bytes) else output
        return BuildResult(False, f"{text}\nAborted: MkDocs took longer than {timeout:.0f} s")
    return BuildResult(done.returncode == 0, done.stdout + done.stderr)


def validate(config: Path, report: Path, *, annotate: bool = False) -> tuple[list[str], list[str]]:
    """The validator's errors and warnings, as printed lines. Every finding is also written to `report`
    (the JSON of `walkaway validate --format json`), so the tests read this run's result instead of
    validating the same pages again."""
    from walkaway.lint.findings import render
    from walkaway.lint.runner import validate as run_validator

    findings = run_validator(config.parent / "docs", config, display_root=config.parent)
    report.parent.mkdir(exist_ok=True)
    report.write_text(render(findings, "json"), encoding="utf-8")
    if findings and annotate:  # GitHub Actions: each finding also as a note on the pull request's line
        print("\n".join(finding.as_github() for finding in findings))
    return ([finding.as_text() for finding in findings if finding.severity == "error"],
            [finding.as_text() for finding in findings if finding.severity != "error"])


def gate(site_dir: Path, config: Path) -> list[str]:
    from walkaway.gate import run

    return [finding.as_text() for finding in run(site_dir, config)]


def publish(config: Path = ROOT / "mkdocs.yml", site_dir: Path = ROOT / "site", *, annotate: bool = False) -> int:
    """Validate, build strictly into a staging folder, gate it, and only then make it `site_dir`. With
    `annotate`, the validator's findings are also printed as GitHub Actions annotations."""
    shown = site_dir
    config, site_dir = config.resolve(), site_dir.resolve()
    cache = site_dir.parent / ".cache"
    errors, warnings = validate(config, cache / "findings.json", annotate=annotate)
    if warnings:
        print("\n".join(warnings))
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"The validator found {len(errors)} error(s): nothing was built.", file=sys.stderr)
        return 1
    staging = site_dir.with_name(site_dir.name + ".staging")
    shutil.rmtree(staging, ignore_errors=True)
    result = build(config, staging)
    log = cache / "build.log"
    log.write_text(result.log, encoding="utf-8")
    if not result.ok:
        shutil.rmtree(staging, ignore_errors=True)
        print("The strict build failed. MkDocs said:", file=sys.stderr)
        print("\n".join(result.problems) or result.log[-4000:], file=sys.stderr)
        print(f"(full log: {log})", file=sys.stderr)
        return 1
    refused = gate(staging, config)
    if refused:
        shutil.rmtree(staging, ignore_errors=True)
        print("\n".join(refused), file=sys.stderr)
        print(f"The output gate refused the built site ({len(refused)} finding(s)): nothing was published "
              f"to {site_dir.name}/. See SECURITY.md.", file=sys.stderr)
        return 1
    shutil.rmtree(site_dir, ignore_errors=True)
    staging.rename(site_dir)
    print(f"Built {shown} and checked every file (log: {log})")
    return 0

