"""Check every help line against the service's own website: are its numbers still there?

`walkaway check-helplines` runs it (`make check-helplines`; weekly in .github/workflows/helplines.yml).

For each entry it reads checked.url (when that is on the service's or its operator's site) and the
service's own `url`, looks for every phone number and text keyword in every usual written form, and
reports one of: confirmed, number not found, found only near another service's name, page moved,
unreachable. With --update it rewrites only the `checked` record of the entries it confirmed (date,
page, a short excerpt) and leaves every other byte of the file alone.
Exit status: 0 when every entry is confirmed, 1 when some need a person, 2 for a usage problem.
"""
from __future__ import annotations

import datetime as dt
import json
import sys
from functools import partial
from pathlib import Path

from walkaway import helplines, limits, paths, yamlfile
from walkaway.content import ContentError, files
from walkaway.helplines.check import LABELS, Entry, Outcome, check
from walkaway.helplines.fetch import fetch
from walkaway.helplines.update import Checked, replace_checked


def check_file(data: Path, fmt: str, update: bool, timeout: float, rewrite: list[tuple[str, str]]) -> int:
    """Check every entry of `data`, print the report in `fmt`; with `update`, record what was confirmed.

    Exit status: 0 when every entry is confirmed, 1 when some need a person, 2 for a usage problem.
    """
    display = paths.shown(data)
    try:
        # Read once, with the content layer's bounded reader: the text is what --update edits.
        text = files.read_text(data, limits.MAX_DATA_BYTES, "check the path given to --data")
        document = files.parse_yaml(data, text)
    except ContentError as error:
        hint = "run `make validate`" if error.message.startswith("not valid YAML") else error.hint
        print(f"{display}:{error.line}: {error.message} — {hint}", file=sys.stderr)
        return 2
    entries = [Entry(str(country.get("id")), service, (c, s),
                     document.line_of(("countries", c, "services", s)))
               for c, country, s, service in helplines.services(yamlfile.as_json(document.data))]
    if not entries:
        print(f"{display}:1: no help-line entries found — run `make validate`", file=sys.stderr)
        return 2
    reader = partial(fetch, timeout=timeout, rewrite=rewrite)
    outcomes = [check(entry, entries, reader) for entry in entries]
    print(render(outcomes, display, fmt))
    if update:
        today = dt.date.today()
        updates = {o.entry.path: Checked(today, o.page, o.found) for o in outcomes if o.status == "confirmed"}
        if updates:
            data.write_text(replace_checked(text, updates, document), encoding="utf-8")
            print(f"Updated `checked` for {len(updates)} confirmed entr{'y' if len(updates) == 1 else 'ies'}.")
    return 0 if all(outcome.status == "confirmed" for outcome in outcomes) else 1


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

