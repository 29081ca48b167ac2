"""benchmarks/latest.md: the sections measured so far, their targets first, rewritten as each one finishes."""
from __future__ import annotations

import datetime as dt
import os
import platform
import re
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from walkaway.bench.timing import load_average


@dataclass
class Section:
    title: str
    lines: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)  # rows of the targets table
    failed: bool = False  # a measurement could not be made


def target(what: str, result: str, met: bool | None) -> str:
    return f"| {what} | {result} | {'–' if met is None else 'met' if met else '**missed**'} |"


def table(header: Iterable[str], rows: Iterable[Iterable[object]]) -> list[str]:
    header = list(header)
    return ["| " + " | ".join(header) + " |", "|" + "---|" * len(header),
            *("| " + " | ".join(map(str, row)) + " |" for row in rows)]


def kib(count: float) -> str:
    return f"{count / 1024:.1f} KiB"


def _version(command: list[str]) -> str:
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return "missing"
    return next(iter(re.findall(r"\d+(?:\.\d+)+", done.stdout + done.stderr)), "?")


def machine(chromium: str, lighthouse: Path) -> str:
    """The date, the machine and the tools' versions."""
    info = Path("/proc/cpuinfo").read_text(encoding="utf-8") + Path("/proc/meminfo").read_text(encoding="utf-8")
    cpu = re.search(r"model name\s*:\s*(.+)", info)
    memory = int(re.search(r"MemTotal:\s+(\d+)", info).group(1)) / 1024**2  # type: ignore[union-attr]
    versions = {"Python": platform.python_version(), "MkDocs": metadata.version("mkdocs"),
                "Material": metadata.version("mkdocs-material"), "Chromium": _version([chromium, "--version"]),
                "Lighthouse": _version([str(lighthouse), "--version"])}
    return (f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M UTC}; {len(os.sched_getaffinity(0))} cores "
            f"({cpu.group(1).strip() if cpu else platform.processor()}), {memory:.0f} GiB memory; load average at "
            f"start {load_average()}; " + ", ".join(f"{name} {version}" for name, version in versions.items()))


@dataclass
class Report:
    measured: str  # machine()
    mode: str
    output: Path | None
    sections: list[Section] = field(default_factory=list)
    loads: list[str] = field(default_factory=list)

    def add(self, section: Section) -> None:
        """Keep a finished section and write the report: a stopped run keeps what it measured."""
        self.sections.append(section)
        self.loads.append(f"{section.title.lower()} {load_average()}")
        self.write(finished=False)

    def render(self, finished: bool) -> str:
        stopped = "" if finished else (" **This run has not finished (or was stopped): the sections below are the "
                                       "ones it completed.**")
        out = ["# Benchmarks", "", f"Measured {self.measured}; `walkaway bench` ({self.mode} run).{stopped}", "",
               "Regenerate with `make bench` (`walkaway bench`; `walkaway bench --full` for more repeats, htmlmin, "
               "10,000 pages and Zensical). Times depend on the machine and on what else it runs, Lighthouse's "
               "performance score included: compare figures from the same run. Load average (1, 5, 15 min) as "
               "each section finished: " + "; ".join(self.loads) + ".", "", "## Targets", "",
               *table(["Target", "Result", "Met"], []), *(row for s in self.sections for row in s.targets), ""]
        for section in self.sections:
            out += [f"## {section.title}", "", *section.lines, ""]
        return "\n".join(out)

    def write(self, finished: bool) -> None:
        if self.output:
            self.output.parent.mkdir(parents=True, exist_ok=True)
            self.output.write_text(self.render(finished), encoding="utf-8")
