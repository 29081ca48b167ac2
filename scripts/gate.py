#!/usr/bin/env python3
"""Check the built site before it is published: nothing active the site's own templates did not put there.

Usage: python scripts/gate.py [--site DIR] [--docs DIR] [--config FILE]

Prints one line per problem (`path:line:col: error[rule]: what is wrong — how to fix it`), naming the
source page where it can. Exit status 0 when the site may be published, 1 when not, 2 for a usage problem.
`scripts/build.py` runs the same check after every strict build.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from walkaway import paths  # noqa: E402
from walkaway.gate import check_site  # noqa: E402
from walkaway.gate.sources import Project  # noqa: E402
from walkaway.lint.findings import render  # noqa: E402


def theme_folder() -> Path:
    """Material's templates folder, whose assets the build copies unchanged."""
    import material

    return Path(material.__file__).resolve().parent / "templates"


def site_url(config: Path) -> str:
    from walkaway import yamlfile

    data = yamlfile.load(config.read_text(encoding="utf-8"), allow_tags=True).data or {}
    url = str(data.get("site_url") or "/")
    return url if url.endswith("/") else url + "/"


def run(site: Path, config: Path) -> list:
    root = config.resolve().parent
    project = Project(root=root, docs=root / "docs", overrides=root / "overrides", theme=theme_folder())
    return check_site(site, project, site_url(config))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="gate.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, default=paths.ROOT / "site", help="the built site (default: site)")
    parser.add_argument("--config", type=Path, default=paths.CONFIG, help="mkdocs.yml (default: ./mkdocs.yml)")
    args = parser.parse_args(argv)
    if not (args.site / "index.html").is_file():
        print(f"gate.py: error: {args.site} holds no built site (run scripts/build.py)", file=sys.stderr)
        return 2
    findings = run(args.site, args.config)
    print(render(findings, "text"))
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
