#!/usr/bin/env python3
"""Build the site strictly: any MkDocs warning (a broken link, a missing anchor) fails the build.

Never add `-q` here: in MkDocs 1.6 it silences the very warnings `--strict` counts, so a broken link
would build with exit 0. The full log goes to a file; on failure its warnings are printed.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


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


def build(config: Path = ROOT / "mkdocs.yml", site_dir: Path = ROOT / "site") -> BuildResult:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run(build_command(config, site_dir), capture_output=True, text=True, env=env,
                          cwd=config.parent)
    return BuildResult(done.returncode == 0, done.stdout + done.stderr)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--config", type=Path, default=ROOT / "mkdocs.yml")
    parser.add_argument("--site-dir", type=Path, default=ROOT / "site")
    args = parser.parse_args()
    result = build(args.config.resolve(), args.site_dir.resolve())
    log = args.site_dir.resolve().parent / ".cache" / "build.log"
    log.parent.mkdir(exist_ok=True)
    log.write_text(result.log, encoding="utf-8")
    if not result.ok:
        print("The strict build failed. MkDocs said:", file=sys.stderr)
        print("\n".join(result.problems) or result.log, file=sys.stderr)
        print(f"(full log: {log})", file=sys.stderr)
        return 1
    print(f"Built {args.site_dir} (log: {log})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
