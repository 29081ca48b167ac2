"""walkaway/lint/registry.py: every id a finding can carry is registered once, every rule module is found,
and every rule has fixtures and a test module. These fail when the registry is wrong."""
from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import pytest

from lint.expectations import FIXTURES, marked_rules
from walkaway import paths
from walkaway.lint import registry
from walkaway.lint.page import Page
from walkaway.lint.registry import PageReport, all_rules, page_rule
from walkaway.lint.site import PageContext

RULES_FOLDER = paths.ROOT / "walkaway" / "lint" / "rules"
TESTS = Path(__file__).parent
RULE_ID = re.compile(r"^[a-z]+(?:-[a-z0-9]+)*$")
# Where the validator may write an id by hand (the readers, which report before any rule runs): the
# functions that make or pass on a finding, and the position of their `rule` argument.
FINDING_MAKERS = {"Finding": 3, "problem": 0, "read_data": 2, "data": 1, "replace": None, "_finding": 1}


def rule_modules() -> set[str]:
    return {file.stem for file in RULES_FOLDER.glob("*.py") if file.stem != "__init__"}


def test_every_module_in_the_rules_folder_is_discovered_and_declares_a_rule() -> None:
    assert set(registry.discover()) == rule_modules()
    assert {rule.module for rule in all_rules()} == rule_modules() | {"registry"}


def test_a_new_module_is_found_without_being_listed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from walkaway.lint import rules

    (tmp_path / "extra_check.py").write_text(
        "from walkaway.lint.registry import page_rule\n\n\n"
        "@page_rule('extra-check', 'A rule in a module nobody listed.')\n"
        "def check(page, context, report):\n    pass\n", encoding="utf-8")
    monkeypatch.setattr(registry, "_RULES", dict(registry._RULES))
    monkeypatch.setattr(rules, "__path__", [*rules.__path__, str(tmp_path)])
    monkeypatch.delitem(sys.modules, "walkaway.lint.rules.extra_check", raising=False)
    try:
        assert "extra-check" in {rule.id for rule in registry.page_rules()}
    finally:
        sys.modules.pop("walkaway.lint.rules.extra_check", None)


def test_ids_are_plain_and_unique() -> None:
    ids = [rule.id for rule in all_rules()]
    assert len(ids) == len(set(ids))
    assert [rule_id for rule_id in ids if not RULE_ID.match(rule_id)] == []


def test_an_id_cannot_be_declared_by_two_modules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry, "_RULES", dict(registry._RULES))
    with pytest.raises(ValueError, match="`heading-h1` is declared twice"):
        @page_rule("heading-h1", "A second rule under a taken id.")
        def check(page: Page, context: PageContext, report: PageReport) -> None:
            pass


def test_a_rule_must_report_through_its_callback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry, "_RULES", dict(registry._RULES))
    with pytest.raises(TypeError, match="yields"):
        @page_rule("x-yields", "Yields instead of reporting.")
        def yields(page: Page, context: PageContext, report: PageReport):  # type: ignore[no-untyped-def]
            yield None
    with pytest.raises(TypeError, match=r"must take \(page, context, report\)"):
        @page_rule("x-shape", "Takes the wrong arguments.")
        def wrong(page: Page) -> None:
            pass
    with pytest.raises(TypeError, match="needs a default"):
        @page_rule("x-option", "An option without a default.")
        def no_default(page: Page, context: PageContext, report: PageReport, *, limit: list[int]) -> None:
            pass


def ids_written_in_the_validator() -> dict[str, str]:
    """Every rule id written as text in a call that makes or passes on a finding: id -> where."""
    found: dict[str, str] = {}
    for folder in ("lint", "content"):
        for file in sorted((paths.ROOT / "walkaway" / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.Call):
                    continue
                name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
                if name not in FINDING_MAKERS:
                    continue
                position = FINDING_MAKERS[name]
                arguments = [keyword.value for keyword in node.keywords if keyword.arg == "rule"]
                if position is not None and len(node.args) > position:
                    arguments.append(node.args[position])
                for argument in arguments:
                    if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                        found[argument.value] = f"{file.relative_to(paths.ROOT)}:{node.lineno}"
    return found


def test_every_id_the_validator_writes_is_registered() -> None:
    written = ids_written_in_the_validator()
    assert {"file-encoding", "page-limits", "front-matter-syntax", "config", "tags-file", "helpline-schema",
            "planner-schema"} <= set(written), (
        "the scan no longer sees the readers' ids; update FINDING_MAKERS")
    registered = {rule.id for rule in all_rules()}
    assert {rule_id: where for rule_id, where in written.items() if rule_id not in registered} == {}


def test_every_id_the_hostile_corpus_expects_is_registered() -> None:
    from hostile.cases import CASES

    registered = {rule.id for rule in all_rules()}
    named = {rule for case in CASES if case.expect == "validator" for rule in case.rules}
    unknown = {rule for rule in named
               if not (rule in registered or rule.endswith("-") and any(r.startswith(rule) for r in registered))}
    assert unknown == set()


def test_every_rule_has_a_fixture_that_makes_it_fire() -> None:
    """A rule module's fixtures (tests/lint/fixtures/MODULE/) mark every id it declares; the runner's own
    `validator-error` cannot be made by a page and is tested in test_runner.py."""
    missing = {rule.id: rule.module for rule in all_rules()
               if rule.module != "registry" and rule.id not in marked_rules(rule.module)}
    assert missing == {}, "write a fixture that makes each of these fire"


def test_every_rule_module_has_its_test_module_and_no_fixture_is_orphaned() -> None:
    modules = rule_modules()
    assert {file.stem.removeprefix("test_") for file in (TESTS / "rules").glob("test_*.py")} == modules
    assert {folder.name for folder in FIXTURES.iterdir()} == modules | {"clean-site"}
