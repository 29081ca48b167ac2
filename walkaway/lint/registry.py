"""The registry: every id a finding can carry, each declared once, where its check is written.

A rule is a function under a decorator that names it:

    @page_rule("heading-h1", "No `#` heading: the front-matter title is the page's H1.")
    def check_h1(page: Page, context: PageContext, report: PageReport) -> None:
        ...
        report(heading.line, "what is wrong", "how to fix it")

`report` stamps the rule's id (and, for a page rule, the page's path), so a rule's body never writes
its id. A rule's thresholds are its keyword-only parameters with their defaults
(`*, stale_after_days: int = 365`); walkaway/lint/rules.yml sets every rule's severity and may change
an option. A page rule sees one page (and a small `PageContext`) and runs in the worker process that
read the page; a site rule sees the whole site, for what spans pages. Ids reported while a page or a
data file is read, before any rule runs, are declared with `reported_while_reading`, and the runner's
own `validator-error` here, so that every id is in one list. Every module in walkaway/lint/rules/ is
imported by `all_rules()`; none can be left out. A retired id is never reused.
"""
from __future__ import annotations

import importlib
import inspect
import pkgutil
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal, TypeVar

from walkaway.lint.findings import Finding

Runs = Literal["page", "site", "reader", "runner"]
Option = bool | int | float | str
CheckFunction = TypeVar("CheckFunction", bound=Callable[..., None])

# What each kind of rule is called with before its options.
_PARAMETERS: dict[Runs, tuple[str, ...]] = {"page": ("page", "context", "report"), "site": ("site", "report")}
_RUNS_ON: dict[Runs, str] = {"page": "each page", "site": "the whole site", "runner": "the runner"}


@dataclass(frozen=True)
class Rule:
    """One rule id: what it checks, where it is declared, and how it runs.

    `module` is the declaring module's name in walkaway/lint/rules/ (`registry` for the runner's own id);
    `options` are the check's keyword-only parameters with their default values; `reads` says what is
    being read when a reader id is reported.
    """

    id: str
    description: str
    runs: Runs
    module: str
    check: Callable[..., None] | None = None
    options: dict[str, Option] = field(default_factory=dict)
    reads: str = ""

    @property
    def runs_on(self) -> str:
        return f"while reading {self.reads}" if self.runs == "reader" else _RUNS_ON[self.runs]


class PageReport:
    """A page rule's callback: `report(line, message, hint, col=1)` records a finding on the page."""

    __slots__ = ("rule", "path", "findings")

    def __init__(self, rule: str, path: str, findings: list[Finding]) -> None:
        self.rule, self.path, self.findings = rule, path, findings

    def __call__(self, line: int, message: str, hint: str, col: int = 1) -> None:
        self.findings.append(Finding(self.path, line, col, self.rule, message, hint))


class SiteReport:
    """A site rule's callback: `report(path, line, message, hint, col=1)`; `path` as shown to a contributor."""

    __slots__ = ("rule", "findings")

    def __init__(self, rule: str, findings: list[Finding]) -> None:
        self.rule, self.findings = rule, findings

    def __call__(self, path: str, line: int, message: str, hint: str, col: int = 1) -> None:
        self.findings.append(Finding(path, line, col, self.rule, message, hint))


_RULES: dict[str, Rule] = {}


def page_rule(rule_id: str, description: str) -> Callable[[CheckFunction], CheckFunction]:
    """Declare `check(page, context, report, *, option=default, …)` as the page rule `rule_id`."""
    return _declare(rule_id, description, "page")


def site_rule(rule_id: str, description: str) -> Callable[[CheckFunction], CheckFunction]:
    """Declare `check(site, report, *, option=default, …)` as the site rule `rule_id`."""
    return _declare(rule_id, description, "site")


def reported_while_reading(rule_id: str, description: str, *, reads: str) -> Rule:
    """Declare an id that the readers report (walkaway/lint/page.py, site.py) before any rule runs."""
    declared_in = sys._getframe(1).f_globals["__name__"]
    return _add(Rule(rule_id, description, "reader", _module_name(declared_in), reads=reads))


def _declare(rule_id: str, description: str, runs: Runs) -> Callable[[CheckFunction], CheckFunction]:
    def register(check: CheckFunction) -> CheckFunction:
        _add(Rule(rule_id, description, runs, _module_name(check.__module__), check, _options(check, runs)))
        return check
    return register


def _add(rule: Rule) -> Rule:
    known = _RULES.get(rule.id)
    if known is not None and known.module != rule.module:
        raise ValueError(f"the rule id `{rule.id}` is declared twice, in {known.module} and {rule.module}")
    _RULES[rule.id] = rule
    return rule


def _options(check: Callable[..., None], runs: Runs) -> dict[str, Option]:
    """The check's keyword-only parameters and their defaults, after checking it has the right shape."""
    name = f"{check.__module__}.{check.__qualname__}"
    if inspect.isgeneratorfunction(check):
        raise TypeError(f"{name} yields: a rule reports through its `report` callback and returns nothing")
    parameters = list(inspect.signature(check).parameters.values())
    positional = tuple(p.name for p in parameters if p.kind is not p.KEYWORD_ONLY)
    if positional != _PARAMETERS[runs]:
        raise TypeError(f"{name} must take ({', '.join(_PARAMETERS[runs])}), then only keyword-only options")
    options: dict[str, Option] = {}
    for parameter in parameters[len(positional):]:
        default = parameter.default
        if not isinstance(default, bool | int | float | str):
            raise TypeError(f"{name}: the option `{parameter.name}` needs a default that is a number, text "
                            "or true/false")
        options[parameter.name] = default
    return options


def _module_name(module: str) -> str:
    return module.rsplit(".", 1)[-1] if module.startswith("walkaway.lint.rules.") else module


VALIDATOR_ERROR = _add(Rule("validator-error", "A rule or the Markdown parser failed: a bug in the validator, "
                                               "reported where it happened instead of as a traceback.",
                            "runner", "registry"))


def discover() -> list[str]:
    """Import every module in walkaway/lint/rules/ (their decorators register their rules); their names."""
    from walkaway.lint import rules

    names = [info.name for info in pkgutil.iter_modules(rules.__path__)]
    for name in names:
        importlib.import_module(f"{rules.__name__}.{name}")
    return names


def all_rules() -> list[Rule]:
    """Every registered id, by module, in the order each module declares them."""
    discover()
    order = {rule_id: index for index, rule_id in enumerate(_RULES)}
    return sorted(_RULES.values(), key=lambda rule: (rule.module == "registry", rule.module, order[rule.id]))


def page_rules() -> list[Rule]:
    return [rule for rule in all_rules() if rule.runs == "page"]


def site_rules() -> list[Rule]:
    return [rule for rule in all_rules() if rule.runs == "site"]


def rule_ids() -> list[str]:
    return [rule.id for rule in all_rules()]
