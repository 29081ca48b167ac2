"""The planner data rules say where and what, the real planners pass, and the hook's form is safe.

The one-case-per-rule checks are in test_rules.py; these pin the messages a contributor reads, and the
form walkaway/hooks/planners.py renders from the data (the browser tests check the built page).
"""
from __future__ import annotations

import pytest
from conftest import GOOD_BODY, SiteRunner
from selectolax.lexbor import LexborHTMLParser
from test_rules import FM, PLANNER

from walkaway import paths, planners, yamlfile
from walkaway.hooks import planners as hook
from walkaway.lint.registry import all_rules
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
    (("kind: checklist", "kind: long"), 13, "has `items`, which is not allowed here — only `kind: checklist`"),
    (("        items:\n          - id: keys\n            label: Keys\n", ""), 10, "has no `items`"),
    (("    title: First part", "    titel: First part"), 4, "did you mean `title`?"),  # codespell:ignore
    (("      - id: where", "      - id: Where Now"), 6, "is `Where Now`, which does not match the form it must "
     "have — use lower case letters"),
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
    assert any(rule.id == "planner-marker" and rule.module == "planners" for rule in all_rules())
    findings = validate(paths.DOCS, paths.CONFIG, workers=1)
    assert [f.as_text() for f in findings if f.rule.startswith("planner-")] == []


def _form(text: str) -> LexborHTMLParser:
    return LexborHTMLParser(hook.render("small", yamlfile.as_json(yamlfile.load(text).data)))


def test_the_form_has_a_label_for_every_field_and_cannot_submit() -> None:
    tree = _form(PLANNER)
    form = tree.css_first("form")
    assert form.attributes.get("autocomplete") == "off"
    assert not {"action", "method"} & set(form.attributes)
    fields = tree.css("input, textarea")
    assert [field.attributes["id"] for field in fields] == ["wa-q-where", "wa-q-take-keys"]
    for field in fields:
        if field.attributes.get("type") != "checkbox":  # HTML allows it there only through the form
            assert field.attributes.get("autocomplete") == "off"
            assert field.attributes.get("spellcheck") == "false"
        assert "name" not in field.attributes
        assert len(tree.css(f'label[for="{field.attributes["id"]}"]')) == 1
    assert tree.css_first("#wa-q-where").attributes["aria-describedby"] == "wa-q-where-hint"
    assert tree.css_first("#wa-q-where-hint").text() == "Any place at all."
    assert all(button.attributes.get("type") == "button" for button in tree.css("button"))
    assert tree.css_first("fieldset.wa-planner__checklist > legend").text() == "What would you take?"


def test_the_form_escapes_the_data() -> None:
    text = PLANNER.replace("label: Keys", "label: '<img src=x onerror=alert(1)> & \"keys\"'")
    tree = _form(text)
    assert tree.css("img") == []
    assert tree.css_first('label[for="wa-q-take-keys"]').text() == '<img src=x onerror=alert(1)> & "keys"'


def test_every_real_planner_renders() -> None:
    for file in planners.files(paths.DOCS):
        tree = LexborHTMLParser(hook.render(file.stem, yamlfile.as_json(planners.load(file).data)))
        ids = [node.attributes["id"] for node in tree.css("[id]")]
        assert len(ids) == len(set(ids)), f"{file.name}: repeated ids in the form"


def test_data_files_are_read_once_per_run(run_site: SiteRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two rules read each planner (schema and ids); the site reads the file once and shares it."""
    from walkaway.lint import site

    reads: list[str] = []
    real = site.read_data
    monkeypatch.setattr(site, "read_data", lambda file, *rest: reads.append(file.name) or real(file, *rest))
    planner_findings(run_site, PLANNER)
    assert reads.count("small.yml") == 1
