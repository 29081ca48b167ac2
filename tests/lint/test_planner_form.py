"""The form walkaway/hooks/planners.py renders from a planner's data is safe (the browser tests check
the built page). The planner data rules are tested in rules/test_planners.py."""
from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from lint.sites import PLANNER
from walkaway import paths, planners, yamlfile
from walkaway.hooks import planners as hook


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
