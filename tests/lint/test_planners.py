"""The planner data rules say where and what, and the real planners pass.

The one-case-per-rule checks are in test_rules.py; these pin the messages a contributor reads. The form
walkaway/hooks/planner_forms.py renders from the data is tested in tests/hooks/test_planner_forms.py.
"""
from __future__ import annotations

import pytest
from conftest import GOOD_BODY, SiteRunner
from test_rules import FM, PLANNER

from walkaway import paths
from walkaway.content import planners
from walkaway.lint.rules import planners as rules
from walkaway.lint.runner import validate

FILE = "docs/_data/planners/small.yml"


def planner_findings(run_site: SiteRunner, text: str) -> list[tuple[str, str, int, str]]:
    findings = run_site({"page.md": FM + GOOD_BODY}, extra_data={"_data/planners/small.yml": text})
    return [(f.rule, f.path, f.line, f.as_text()) for f in findings if f.rule.startswith("planner-")]


def test_duplicate_id_names_both_lines(run_site: SiteRunner) -> None:
    found = planner_findings(run_site, PLANNER.replace("id: keys", "id: where"))
    assert [(rule, path, line) for rule, path, line, _ in found] == [("planner-duplicate-id", FILE, 14)]
    assert "`where` is already used on line 6" in found[0][3]


def test_a_section_id_may_not_repeat_a_question_id(run_site: SiteRunner) -> None:
    found = planner_findings(run_site, PLANNER.replace("id: take", "id: first"))
    assert [(rule, line) for rule, _, line, _ in found] == [("planner-duplicate-id", 10)]


def test_unknown_kind_lists_the_known_ones(run_site: SiteRunner) -> None:
    found = planner_findings(run_site, PLANNER.replace("kind: short", "kind: essay"))
    assert [(rule, path, line) for rule, path, line, _ in found] == [("planner-schema", FILE, 7)]
    assert "unknown kind `essay`" in found[0][3] and "`short`, `long`, `checklist`" in found[0][3]


@pytest.mark.parametrize("change, line, words", [
    (("kind: checklist", "kind: long"), 13, "`items` on a `long` question"),
    (("        items:\n          - id: keys\n            label: Keys\n", ""), 10, "has no `items`"),
    (("    title: First part", "    titel: First part"), 4, "did you mean `title`?"),  # codespell:ignore
    (("      - id: where", "      - id: Where Now"), 6, "is not a plain name"),
    (("        label: Where would you go?\n", ""), 6, "has no `label`"),
])
def test_schema_problems_point_at_their_line(change: tuple[str, str], line: int, words: str,
                                             run_site: SiteRunner) -> None:
    assert change[0] in PLANNER
    found = planner_findings(run_site, PLANNER.replace(*change))
    assert {rule for rule, *_ in found} == {"planner-schema"}, found
    assert any(at == line and words in text for _, _, at, text in found), found


def test_broken_yaml_is_reported_with_its_line(run_site: SiteRunner) -> None:
    found = planner_findings(run_site, PLANNER.replace("label: Keys", "label: [Keys"))
    assert [rule for rule, *_ in found] == ["planner-schema"]
    assert found[0][2] >= 15 and "not valid YAML" in found[0][3]


def test_the_sites_planners_pass() -> None:
    """The real planners pass, and every planner marker in the real pages names one of them."""
    assert planners.files(paths.DOCS), "no planners found in docs/_data/planners"
    assert any(rule.id == "planner-marker" for rule in rules.RULES)
    findings = validate(paths.DOCS, paths.CONFIG, workers=1)
    assert [f.as_text() for f in findings if f.rule.startswith("planner-")] == []


def test_data_files_are_read_once_per_run(run_site: SiteRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two rules read each planner (schema and ids); the site reads the file once and shares it."""
    from walkaway.lint import site

    reads: list[str] = []
    real = site.read_data
    monkeypatch.setattr(site, "read_data", lambda file, *rest: reads.append(file.name) or real(file, *rest))
    planner_findings(run_site, PLANNER)
    assert reads.count("small.yml") == 1
