"""walkaway/lint/rules_config.py: every rule has a severity, options can be changed, and a mistake in the
rules config is `path:line: what — how to fix`."""
from __future__ import annotations

from pathlib import Path

import pytest

from lint.expectations import FIXTURES, build
from lint.sites import run
from walkaway.lint import rules_config
from walkaway.lint.registry import all_rules
from walkaway.lint.rules_config import RULES_CONFIG, RulesConfigError


def test_every_registered_rule_has_a_severity() -> None:
    settings = rules_config.load()
    assert set(settings) == {rule.id for rule in all_rules()}
    assert {setting.severity for setting in settings.values()} == {"error", "warning"}


def test_options_start_from_their_declared_defaults() -> None:
    settings = rules_config.load()
    assert settings["reviewed-stale"].options == {"stale_after_days": 365}
    assert settings["readability"].options == {"min_reading_ease": 60.0, "max_sentence_words": 20.0}


def config_with(tmp_path: Path, old: str, new: str) -> Path:
    text = RULES_CONFIG.read_text(encoding="utf-8")
    assert old in text
    config = tmp_path / "rules.yml"
    config.write_text(text.replace(old, new), encoding="utf-8")
    return config


def test_the_config_changes_an_option_and_a_severity(tmp_path: Path) -> None:
    build(FIXTURES / "readability" / "hard-words.md", tmp_path / "site")  # reading ease -207
    assert [(f.rule, f.severity) for f in run(tmp_path / "site")] == [("readability", "error")]
    warning = config_with(tmp_path, "readability: error\n", "readability: warning\n")
    assert [(f.rule, f.severity) for f in run(tmp_path / "site", settings_file=warning)] == [("readability", "warning")]
    lower = config_with(tmp_path / "site", "readability: error\n",
                        "readability: {severity: error, min_reading_ease: -300, max_sentence_words: 40}\n")
    assert rules_config.load(lower)["readability"] == rules_config.RuleSettings(
        "error", {"min_reading_ease": -300.0, "max_sentence_words": 40.0})
    assert run(tmp_path / "site", settings_file=lower) == [], "a lower floor lets the hard page pass"


@pytest.mark.parametrize("old, new, problem", [
    ("heading-h1: error\n", "heading-h2: error\n", ":{line}: `heading-h2` is not a rule — did you mean `heading-h1`?"),
    ("heading-h1: error\n", "", ": the rule `heading-h1` has no severity — add `heading-h1: error` (or `warning`)"),
    ("heading-h1: error\n", "heading-h1: fatal\n", ":{line}: `heading-h1` has the severity `fatal` — use `error`"),
    ("heading-h1: error\n", "heading-h1: {severity: error, level: 2}\n",
     ":{line}: `heading-h1` has no option `level` — remove it; its options: none"),
    ("reviewed-stale: warning\n", "reviewed-stale: {severity: warning, stale_after_day: 30}\n",
     "`reviewed-stale` has no option `stale_after_day` — did you mean `stale_after_days`?"),
    ("reviewed-stale: warning\n", "reviewed-stale: {severity: warning, stale_after_days: a year}\n",
     "`reviewed-stale`'s option `stale_after_days` is `a year` — give a whole number, like the default `365`"),
    ("reviewed-stale: warning\n", "reviewed-stale: {severity: warning, stale_after_days: 1.5}\n",
     "option `stale_after_days` is `1.5` — give a whole number"),
    ("readability: error\n", "readability: {severity: error, min_reading_ease: true}\n",
     "option `min_reading_ease` is `True` — give a number"),
    ("heading-h1: error\n", "heading-h1: [error\n", "not valid YAML"),
    ("heading-h1: error\n", "heading-h1: &a error\n", "anchors and aliases"),
])
def test_a_mistake_is_reported_with_its_line_and_fix(old: str, new: str, problem: str, tmp_path: Path) -> None:
    config = config_with(tmp_path, old, new)
    text = RULES_CONFIG.read_text(encoding="utf-8")
    problem = problem.format(line=text[: text.index(old)].count("\n") + 1)
    with pytest.raises(RulesConfigError) as raised:
        rules_config.load(config)
    assert any(line.startswith(f"{config.as_posix()}:") and problem in line for line in raised.value.problems), (
        raised.value.problems)


def test_a_config_that_is_not_a_mapping_is_refused(tmp_path: Path) -> None:
    config = tmp_path / "rules.yml"
    config.write_text("- heading-h1\n", encoding="utf-8")
    with pytest.raises(RulesConfigError) as raised:
        rules_config.load(config)
    assert raised.value.problems == [f"{config.as_posix()}:1: the rules config must be `rule-id: severity` lines — "
                                     "write one `rule-id: error` per line"]
