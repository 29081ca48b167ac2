"""The `walkaway` command as the tests run it: in this process (fast), or as the installed console script."""
from __future__ import annotations

import sys
from pathlib import Path

from click.testing import CliRunner

from walkaway.cli import cli
from walkaway.paths import COMMAND as WALKAWAY  # noqa: F401  (the installed console script, for the tests)


def run_cli(*args: str | Path) -> int:
    """Run `walkaway ARGS…` in this process; its output goes to sys.stdout and sys.stderr (capsys sees it)."""
    result = CliRunner().invoke(cli, [str(arg) for arg in args], prog_name="walkaway", catch_exceptions=False)
    sys.stdout.write(result.stdout)
    sys.stderr.write(result.stderr)
    return result.exit_code
