"""What a rule reports, and how a report is printed."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True, order=True)
class Finding:
    """One problem at one place. `message` says what is wrong, `hint` how to fix it."""

    path: str
    line: int
    col: int
    rule: str
    message: str
    hint: str
    severity: Severity = "error"

    def as_text(self) -> str:
        return (
            f"{self.path}:{self.line}:{self.col}: {self.severity}[{self.rule}]: "
            f"{self.message} — {self.hint}"
        )

    def as_github(self) -> str:
        """A GitHub Actions workflow command: the message shows on the pull request's line."""
        kind = "error" if self.severity == "error" else "warning"
        text = f"{self.message} — {self.hint}".replace("%", "%25").replace("\n", "%0A")
        return f"::{kind} file={self.path},line={self.line},col={self.col},title={self.rule}::{text}"


def render(findings: list[Finding], fmt: str) -> str:
    """The whole report in one of the formats `text`, `json` or `github`."""
    if fmt == "json":
        return json.dumps([asdict(finding) for finding in findings], indent=2, ensure_ascii=False)
    lines = [finding.as_text() for finding in findings]
    if fmt == "github":
        lines += [finding.as_github() for finding in findings]
    errors = sum(finding.severity == "error" for finding in findings)
    warnings = len(findings) - errors
    lines.append(f"{errors} error(s), {warnings} warning(s)")
    return "\n".join(lines)
