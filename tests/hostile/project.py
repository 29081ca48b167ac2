"""A throwaway copy of the project with hostile cases applied, and the publish command run against it.

`docs/` and `mkdocs.yml` are copied (cases change them); `overrides/` and `walkaway/` are linked, since no
case may change them (contributors cannot). Pages a case adds are listed in `nav`, so they are refused
(or not) for what they contain, never for being missing from the nav.
"""
from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from hostile.cases import Case, Fifo, Link

ROOT = Path(__file__).resolve().parents[2]


def make_project(where: Path) -> Path:
    shutil.copytree(ROOT / "docs", where / "docs")
    shutil.copy(ROOT / "mkdocs.yml", where / "mkdocs.yml")
    for name in ("overrides", "walkaway"):
        (where / name).symlink_to(ROOT / name)
    return where


def apply(case: Case, root: Path) -> None:
    docs = root / "docs"
    listed: list[str] = []
    for rel, content in case.files.items():
        target = docs / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists() or target.is_symlink():
            target.unlink()
        if isinstance(content, Link):
            target.symlink_to(content.to if content.to.startswith("/") else (root / content.to))
        elif isinstance(content, Fifo):
            os.mkfifo(target)
        elif isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
        if rel.endswith(".md") and not rel.startswith("_data/") and not isinstance(content, Fifo):
            listed.append(rel)
    if listed:
        config = root / "mkdocs.yml"
        # JSON strings are YAML strings: any file name is listed exactly.
        config.write_text(config.read_text(encoding="utf-8").rstrip("\n") + "\n"
                          + "".join(f"  - {json.dumps(rel)}\n" for rel in listed), encoding="utf-8")


@dataclass(frozen=True)
class Outcome:
    code: int
    output: str


def publish(root: Path) -> Outcome:
    """Run `walkaway build` (the command deploy runs) in this process against the copy at `root`."""
    from walkaway.publish import publish as build_and_gate

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = build_and_gate(root / "mkdocs.yml", root / "site")
        except BaseException as error:  # noqa: BLE001 - a traceback is exactly what the corpus looks for
            import traceback

            return Outcome(99, "Traceback (most recent call last):\n" + "".join(traceback.format_exception(error)))
    return Outcome(code, out.getvalue() + err.getvalue())
