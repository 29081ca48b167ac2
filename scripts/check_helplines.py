#!/usr/bin/env python3
"""Check every help line against the service's own website: are its numbers still there?

Usage: python scripts/check_helplines.py [--data FILE] [--format text|json|github] [--update] [--timeout S]

For each entry it reads checked.url (when that is on the service's or its operator's site) and the
service's own `url`, looks for every phone number and text keyword in every usual written form, and
reports one of: confirmed, number not found, found only near another service's name, page moved,
unreachable. With --update it rewrites only the `checked` record of the entries it confirmed (date,
page, a short excerpt) and leaves every other byte of the file alone.
Exit status: 0 when every entry is confirmed, 1 when some need a person, 2 for a usage problem.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from walkaway import helplines, paths, yamlfile  # noqa: E402
from walkaway.helpline_check import LABELS, Entry, Outcome, check  # noqa: E402
from walkaway.helpline_fetch import fetch  # noqa: E402
from walkaway.helpline_update import Checked, replace_checked  # noqa: E402


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="check_helplines.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=paths.DATA / "helplines.yml",
                        help="the help-line data (default: docs/_data/helplines.yml)")
    parser.add_argument("--format", choices=("text", "json", "github"),
                        default="github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text")
    parser.add_argument("--update", action="store_true",
                        help="rewrite the `checked` record of every entry confirmed now")
    parser.add_argument("--timeout", type=float, default=20.0, help="seconds to wait for each page (default: 20)")
    parser.add_argument("--rewrite-url", action="append", default=[], metavar="FROM=TO",
                        help="read URLs starting FROM at TO instead (for tests against a local server)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    rewrite = []
    for rule in args.rewrite_url:
        old, sep, new = rule.partition("=")
        if not sep or not old or not new:
            print(f"check_helplines.py: error: --rewrite-url {rule!r} is not FROM=TO", file=sys.stderr)
            return 2
        rewrite.append((old, new))
    if args.timeout <= 0:
        print("check_helplines.py: error: --timeout must be more than 0", file=sys.stderr)
        return 2
    display = _display(args.data)
    try:
        text = args.data.read_text(encoding="utf-8")
        document = yamlfile.load(text)
    except (OSError, UnicodeDecodeError) as error:
        print(f"{display}:1: the file cannot be read ({error}) — check the path given to --data", file=sys.stderr)
        return 2
    except yamlfile.YamlError as error:
        print(f"{display}:{error.line}: not valid YAML: {error.message} — run `make validate`", file=sys.stderr)
        return 2
    entries = [Entry(str(country.get("id")), service, (c, s),
                     document.line_of(("countries", c, "services", s)))
               for c, country, s, service in helplines.services(yamlfile.as_json(document.data))]
    if not entries:
        print(f"{display}:1: no help-line entries found — run `make validate`", file=sys.stderr)
        return 2
    reader = partial(fetch, timeout=args.timeout, rewrite=rewrite)
    outcomes = [check(entry, entries, reader) for entry in entries]
    print(render(outcomes, display, args.format))
    if args.update:
        today = dt.date.today()
        updates = {o.entry.path: Checked(today, o.page, o.found) for o in outcomes if o.status == "confirmed"}
        if updates:
            args.data.write_text(replace_checked(text, updates), encoding="utf-8")
            print(f"Updated `checked` for {len(updates)} confirmed entr{'y' if len(updates) == 1 else 'ies'}.")
    return 0 if all(outcome.status == "confirmed" for outcome in outcomes) else 1


def _display(path: Path) -> str:
    try:
        return path.resolve().relative_to(paths.ROOT).as_posix()
    except ValueError:
        return path.as_posix()


def render(outcomes: list[Outcome], display: str, fmt: str) -> str:
    if fmt == "json":
        return json.dumps([{"file": display, "line": o.entry.line, "country": o.entry.country, "name": o.name,
                            "status": o.status, "page": o.page, "found": o.found, "notes": o.notes}
                           for o in outcomes], indent=2, ensure_ascii=False)
    lines = [f"{display}:{o.entry.line}: {LABELS[o.status]}: {o.name} ({o.entry.country}) — {'; '.join(o.notes)}"
             for o in outcomes]
    if fmt == "github":
        lines += [f"::warning file={display},line={o.entry.line},title=help line {LABELS[o.status]}::"
                  + f"{o.name}: {'; '.join(o.notes)}".replace("%", "%25").replace("\n", "%0A")
                  for o in outcomes if o.status != "confirmed"]
    need = sum(o.status != "confirmed" for o in outcomes)
    lines.append(f"{len(outcomes) - need} confirmed, {need} need a person")
    return "\n".join(lines)


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)

