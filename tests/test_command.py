"""`walkaway`, the one command: every job is a subcommand whose help is its docstring, and the console
script is installed by the project's own requirements."""
from __future__ import annotations

import subprocess

import click
import pytest

from cli import WALKAWAY, run_cli
from walkaway.cli import cli

JOBS = {"validate", "build", "gate", "serve", "new-page", "check-helplines", "docs", "bench", "social-image"}


def test_every_job_is_a_subcommand_whose_help_is_its_docstring() -> None:
    assert set(cli.commands) == JOBS
    for name, command in cli.commands.items():
        assert isinstance(command, click.Command) and command.callback is not None
        assert command.help and command.callback.__doc__, name
        assert command.help.split("\n")[0] == command.callback.__doc__.strip().split("\n")[0], name


def test_each_help_prints_and_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    for name in sorted(JOBS):
        assert run_cli(name, "--help") == 0, name
        assert "Usage: walkaway " + name in capsys.readouterr().out


def test_the_console_script_is_installed() -> None:
    done = subprocess.run([str(WALKAWAY), "--help"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0
    assert all(name in done.stdout for name in JOBS)


def test_a_wrong_command_exits_2_without_a_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli("publish") == 2
    assert "Traceback" not in capsys.readouterr().err
