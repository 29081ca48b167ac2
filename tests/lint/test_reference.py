"""RULES.md, the rule reference, is generated from the registry and the rules config and is up to date;
`walkaway validate --list-rules` prints the same registry and `--rule` picks rules from it."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from cli import WALKAWAY
from walkaway import paths
from walkaway.generated import CONTRIBUTING, RULES, rules_reference
from walkaway.lint import rules_config
from walkaway.lint.registry import all_rules


def test_the_rule_reference_is_current() -> None:
    assert RULES.read_text(encoding="utf-8") == rules_reference(), "run `walkaway docs` and commit RULES.md"


def test_the_reference_lists_every_rule_with_its_severity_and_options() -> None:
    text = RULES.read_text(encoding="utf-8")
    settings = rules_config.load()
    for rule in all_rules():
        assert f"| `{rule.id}` | {settings[rule.id].severity} | {rule.runs_on} | {rule.description} |" in text
        for option in rule.options:
            assert f"`{option}` = " in text


def test_contributors_are_pointed_at_it() -> None:
    assert "RULES.md" in CONTRIBUTING.read_text(encoding="utf-8")
    assert "RULES.md" in (paths.ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")


def walkaway(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(WALKAWAY), *args], capture_output=True, text=True, cwd=paths.ROOT)


def test_list_rules_prints_the_registry() -> None:
    done = walkaway("validate", "--list-rules")
    assert done.returncode == 0, done.stderr
    listed = [line.split()[:2] for line in done.stdout.splitlines()]
    settings = rules_config.load()
    assert listed == [[rule.id, settings[rule.id].severity] for rule in all_rules()]


def test_list_rules_with_rule_prints_only_those() -> None:
    done = walkaway("validate", "--list-rules", "--rule", "readability", "--rule", "heading-h1")
    assert [line.split()[0] for line in done.stdout.splitlines()] == ["heading-h1", "readability"]
    assert "`min_reading_ease` = 60" in done.stdout


def test_an_unknown_rule_is_a_usage_error_with_a_suggestion() -> None:
    done = walkaway("validate", "--rule", "heading-h2")
    assert done.returncode == 2
    assert "`heading-h2` is not a rule; did you mean `heading-h1`?" in done.stderr
    assert "Traceback" not in done.stderr


def test_docs_rewrites_an_out_of_date_reference_and_check_only_reports(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from walkaway import generated

    stale = tmp_path / "RULES.md"
    stale.write_text("# Validator rules\n\nOut of date.\n", encoding="utf-8")
    monkeypatch.setattr(generated, "RULES", stale)
    assert generated.write_rules_reference(check=True) == 1
    assert "RULES.md: the rule reference is out of date; run `walkaway docs`" in capsys.readouterr().out
    assert stale.read_text(encoding="utf-8") == "# Validator rules\n\nOut of date.\n"
    assert generated.write_rules_reference(check=False) == 1
    assert stale.read_text(encoding="utf-8") == rules_reference()
    assert generated.write_rules_reference(check=False) == 0
