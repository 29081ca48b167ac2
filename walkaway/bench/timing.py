"""Timing a command: N runs, each in a fresh process; their median wall and CPU time, and the machine's load."""
from __future__ import annotations

import os
import resource
import statistics
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from walkaway import paths

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def load_average() -> str:
    """The 1, 5 and 15-minute load averages: other work on the machine slows every figure."""
    return " ".join(Path("/proc/loadavg").read_text(encoding="utf-8").split()[:3])


@dataclass(frozen=True)
class Run:
    seconds: float
    cpu: float  # user + system CPU seconds of the command and everything it waited for
    ok: bool
    output: str


@dataclass(frozen=True)
class Timing:
    runs: list[Run]
    load: str  # the load averages before the first run

    @property
    def ok(self) -> bool:
        return all(run.ok for run in self.runs)

    @property
    def seconds(self) -> float:
        return statistics.median(run.seconds for run in self.runs)

    @property
    def cpu(self) -> float:
        return statistics.median(run.cpu for run in self.runs)

    def shown(self, value: float) -> str:
        """`value` in seconds, or what went wrong: MkDocs' first warnings, or the output's last line."""
        if self.ok:
            return f"{value:.1f} s"
        lines = self.runs[-1].output.strip().splitlines() or ["no output"]
        return "**failed**: " + " / ".join([line for line in lines if line.startswith(("WARNING", "ERROR"))][:2]
                                           or lines[-1:])[:300]


def timed(command: list[str], cwd: Path = paths.ROOT, timeout: float | None = None) -> Run:
    start, before = time.perf_counter(), _children_cpu()
    try:
        done = subprocess.run(command, cwd=cwd, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        return Run(time.perf_counter() - start, 0.0, False, f"stopped after {timeout:.0f} s")
    return Run(time.perf_counter() - start, _children_cpu() - before, done.returncode == 0, done.stdout)


def repeat(times: int, command: list[str], *, cwd: Path = paths.ROOT, timeout: float | None = None,
           warm_up: bool = False) -> Timing:
    """`times` timed runs of `command`, up to the first that fails; with `warm_up`, one untimed run first."""
    load = load_average()
    if warm_up and not (first := timed(command, cwd, timeout)).ok:
        return Timing([first], load)
    runs = [timed(command, cwd, timeout)]
    while runs[-1].ok and len(runs) < times:
        runs.append(timed(command, cwd, timeout))
    return Timing(runs, load)


def _children_cpu() -> float:
    """CPU seconds of this process's finished children (commands are timed one at a time)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime
