"""What goes wrong when content is read: a problem at a line, with what is wrong and how to fix it.

The content layer never prints and never knows rule ids. The validator turns a problem into a finding
(`path:line:col: severity[rule]: message — hint`); a build hook or a command turns it into its own error.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One problem in a file being read: its 1-based line, what is wrong, and how to fix it."""

    line: int
    message: str
    hint: str


class ContentError(Exception):
    """A file that cannot be read into content, with the problem that stops it."""

    def __init__(self, path: Path, problem: Problem) -> None:
        super().__init__(f"{path}:{problem.line}: {problem.message} — {problem.hint}")
        self.path = path
        self.problem = problem

    @property
    def line(self) -> int:
        return self.problem.line

    @property
    def message(self) -> str:
        return self.problem.message

    @property
    def hint(self) -> str:
        return self.problem.hint
