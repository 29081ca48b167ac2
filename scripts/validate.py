#!/usr/bin/env python3
"""Check every page of the site before MkDocs publishes it.

Usage: python scripts/validate.py [--docs DIR] [--config FILE] [--format text|json|github]

Prints one line per problem: `path:line:col: severity[rule]: what is wrong — how to fix it`.
Exit status: 0 when there is no error (warnings allowed), 1 when there is one, 2 for a usage problem.
Under GitHub Actions (or with --format github) it also prints annotations for the pull request.
"""
from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from walkaway import paths  # noqa: E402
from walkaway.lint.findings import render  # noqa: E402
from walkaway.lint.runner import validate  # noqa: E402


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="validate.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=Path, default=paths.DOCS, help="the pages folder (default: docs)")
    parser.add_argument("--config", type=Path, default=paths.CONFIG, help="mkdocs.yml (default: ./mkdocs.yml)")
    parser.add_argument("--format", choices=("text", "json", "github"),
                        default="github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text")
    parser.add_argument("--workers", type=int, default=None, help="processes that read pages (default: one per core)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not args.docs.is_dir():
        print(f"validate.py: error: --docs {args.docs} is not a folder", file=sys.stderr)
        return 2
    if not args.config.is_file():
        print(f"validate.py: error: --config {args.config} is not a file", file=sys.stderr)
        return 2
    # A short run that makes millions of small objects and few cycles: collecting garbage less often
    # saves about a tenth of the time on a large site (worker processes inherit the setting).
    gc.set_threshold(100_000, 50, 100)
    findings = validate(args.docs, args.config, workers=args.workers)
    print(render(findings, args.format))
    return 1 if any(finding.severity == "error" for finding in findings) else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
