"""The rules config, walkaway/lint/rules.yml: every rule's severity, and any option changed from its default.

Severity lives here, apart from the rules, so a new rule can start as a warning and be made an error
later without touching its code; an option (a threshold) is declared with its default on the rule's
check function and may be changed here. Every registered id needs a line; a line for an id that is no
rule, or an option a rule does not have, is refused. Read once per run, with the project's bounded YAML
reader; a mistake is reported as `path:line: what — how to fix`, never as a traceback.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import get_args

from walkaway import paths, yamlfile
from walkaway.lint.findings import Severity
from walkaway.lint.registry import Option, Rule, all_rules
from walkaway.suggest import did_you_mean

RULES_CONFIG = Path(__file__).with_name("rules.yml")
SEVERITIES: tuple[str, ...] = get_args(Severity)
Problem = Callable[[int, str, str], None]  # (line, what is wrong, how to fix it)


@dataclass(frozen=True)
class RuleSettings:
    severity: Severity
    options: dict[str, Option]


class RulesConfigError(Exception):
    """The rules config cannot be used; `problems` are `path:line: what — how to fix` lines."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def load(path: Path = RULES_CONFIG) -> dict[str, RuleSettings]:
    """Every registered rule's settings: its severity and its options (defaults, then this file's)."""
    return _load(path.resolve())


@lru_cache(maxsize=8)
def _load(path: Path) -> dict[str, RuleSettings]:
    shown = paths.shown(path)
    try:
        document = yamlfile.load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise RulesConfigError([f"{shown}:1: the rules config cannot be read ({error}) — restore it from git"]
                               ) from None
    except yamlfile.YamlError as error:
        raise RulesConfigError([f"{shown}:{error.line}: not valid YAML: {error.message} — check the indentation; "
                                "each line is `rule-id: error` or `rule-id: warning`"]) from None
    problems: list[str] = []
    settings = _read(document, {rule.id: rule for rule in all_rules()},
                     lambda line, what, fix: problems.append(f"{shown}:{line}: {what} — {fix}"))
    if problems:
        raise RulesConfigError(problems)
    return settings


def _read(document: yamlfile.YamlDoc, rules: dict[str, Rule], problem: Problem) -> dict[str, RuleSettings]:
    data = document.data
    if not isinstance(data, dict):
        problem(1, "the rules config must be `rule-id: severity` lines", "write one `rule-id: error` per line")
        return {}
    settings: dict[str, RuleSettings] = {}
    for key, value in data.items():
        line = document.line_of((key,))
        rule = rules.get(str(key))
        if rule is None:
            problem(line, f"`{key}` is not a rule", did_you_mean(str(key), list(rules),
                    "fix the name, or remove the line (`walkaway validate --list-rules` lists the rules)"))
            continue
        found = _settings(rule, value, document, problem)
        if found is not None:
            settings[rule.id] = found
    last = max(document.lines.values(), default=1)
    for rule_id in rules.keys() - data.keys():
        problem(last, f"the rule `{rule_id}` has no severity", f"add `{rule_id}: error` (or `warning`)")
    return settings


def _settings(rule: Rule, value: object, document: yamlfile.YamlDoc, problem: Problem) -> RuleSettings | None:
    """`rule-id: error`, or `rule-id: {severity: warning, some_option: 90}`."""
    fields: Mapping[str, object] = value if isinstance(value, dict) else {"severity": value}
    severity = fields.get("severity")
    if severity not in SEVERITIES:
        problem(document.line_of((rule.id, "severity")),
                f"`{rule.id}` has the severity `{severity}`", "use `error` (fails the build) or `warning`")
        return None
    options = dict(rule.options)
    ok = True
    for name, given in fields.items():
        if name == "severity":
            continue
        at = document.line_of((rule.id, name))
        if name not in rule.options:
            have = ", ".join(f"`{option}`" for option in rule.options) or "none"
            problem(at, f"`{rule.id}` has no option `{name}`",
                    did_you_mean(str(name), list(rule.options), f"remove it; its options: {have}"))
            ok = False
        elif not _same_kind(rule.options[str(name)], given):
            problem(at, f"`{rule.id}`'s option `{name}` is `{given}`",
                    f"give a {_kind_of(rule.options[str(name)])}, like the default `{rule.options[str(name)]}`")
            ok = False
        else:
            default = rule.options[str(name)]
            options[str(name)] = float(given) if isinstance(default, float) else given  # type: ignore[arg-type]
    if not ok:
        return None
    return RuleSettings(severity, options)  # type: ignore[arg-type]


def _same_kind(default: Option, given: object) -> bool:
    if isinstance(default, bool) or isinstance(given, bool):
        return isinstance(default, bool) and isinstance(given, bool)
    if isinstance(default, float):
        return isinstance(given, int | float)
    return type(given) is type(default)


def _kind_of(default: Option) -> str:
    if isinstance(default, bool):
        return "`true` or `false`"
    return "whole number" if isinstance(default, int) else "number" if isinstance(default, float) else "text"


