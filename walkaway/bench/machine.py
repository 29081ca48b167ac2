"""What the figures were measured on: date, cores, memory, CPU, load, tool versions."""
from __future__ import annotations

import datetime as dt
import os
import platform
import re
import subprocess
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path


@dataclass(frozen=True)
class Machine:
    date: str
    cores: int
    memory_gib: float
    cpu: str
    load: str
    versions: dict[str, str]

    def describe(self) -> str:
        tools = ", ".join(f"{name} {version}" for name, version in self.versions.items())
        return (f"{self.date}; {self.cores} cores ({self.cpu}), {self.memory_gib:.0f} GiB memory; "
                f"load average at start {self.load}; {tools}")


def _read(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def command_version(command: list[str]) -> str:
    """The first dotted version number `command` prints, "missing" if it cannot run."""
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return "missing"
    match = re.search(r"\d+(?:\.\d+)+", done.stdout + done.stderr)
    return match.group(0) if match else "?"


def load_average() -> str:
    """The 1, 5 and 15-minute load averages, as /proc/loadavg gives them."""
    return " ".join(_read("/proc/loadavg").split()[:3]) or "?"


def _package(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "missing"


def describe_machine(chromium: str, node_modules: Path) -> Machine:
    memory = re.search(r"MemTotal:\s+(\d+) kB", _read("/proc/meminfo"))
    cpu = re.search(r"model name\s*:\s*(.+)", _read("/proc/cpuinfo"))
    lighthouse = node_modules / "lighthouse" / "package.json"
    lighthouse_version = re.search(r'"version":\s*"([^"]+)"', _read(str(lighthouse)))
    return Machine(
        date=dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        cores=len(os.sched_getaffinity(0)),
        memory_gib=int(memory.group(1)) / 1024 / 1024 if memory else 0.0,
        cpu=cpu.group(1).strip() if cpu else platform.processor() or "unknown CPU",
        load=load_average(),
        versions={
            "Python": platform.python_version(),
            "MkDocs": _package("mkdocs"),
            "Material": _package("mkdocs-material"),
            "Chromium": command_version([chromium, "--version"]),
            "Lighthouse": lighthouse_version.group(1) if lighthouse_version else "missing",
            "Java": command_version(["java", "-version"]),
        },
    )
