"""walkaway/hooks/planner_forms.py: the form it renders from a planner's data is labelled, cannot submit and
escapes the data; it finds the planner marker by the one marker grammar. The browser tests check the built page.
"""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from mkdocs.exceptions import PluginError
from selectolax.lexbor import LexborHTMLParser

from lint.sites import PLANNER  # the small planner the validator tests use too
from walkaway import paths, yamlfile
from walkaway.content import planners
from walkaway.hooks import planner_forms as hook


def _form(text: str) -> LexborHTMLParser:
    return LexborHTMLParser(hook.render(planners.parse("small", yamlfile.load(text).data)))


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
        tree = LexborHTMLParser(hook.render(planners.planner(file)))
        ids = [node.attributes["id"] for node in tree.css("[id]")]
        assert len(ids) == len(set(ids)), f"{file.name}: repeated ids in the form"


def page(markdown_name: str = "page.md") -> Any:
    """Just enough of MkDocs' Page for the hook: its file, meta and table of contents."""
    return SimpleNamespace(file=SimpleNamespace(src_uri=markdown_name), meta={}, toc=SimpleNamespace(items=[]))


def docs_with_planner(tmp_path: Path) -> dict[str, str]:
    (tmp_path / "_data" / "planners").mkdir(parents=True)
    (tmp_path / "_data" / "planners" / "small.yml").write_text(PLANNER, encoding="utf-8")
    return {"docs_dir": str(tmp_path)}


def test_the_marker_is_found_by_the_grammar_and_replaced_after_markdown(tmp_path: Path) -> None:
    config, shown = docs_with_planner(tmp_path), page()
    assert hook.on_page_markdown("Intro.\n\n<!--planner:small-->\n", page=shown, config=config, files=None) is None
    assert shown.meta[hook.META_KEY] == "small"
    html = hook.on_page_content("<p>Intro.</p>\n<!--planner:small-->\n<p>After.</p>", page=shown, config=config,
                                files=None)
    assert html.startswith("<p>Intro.</p>\n<form class=\"wa-planner\"") and html.endswith("</form>\n<p>After.</p>")
    assert [item.id for item in shown.toc.items] == ["first"]


def test_one_planner_per_page() -> None:
    with pytest.raises(PluginError, match="one planner per page"):
        hook.on_page_markdown("<!-- planner: a -->\n\n<!-- planner: b -->\n", page=page(), config={}, files=None)


def test_a_marker_lost_in_markdown_or_a_broken_planner_stops_the_build(tmp_path: Path) -> None:
    config, shown = docs_with_planner(tmp_path), page()
    shown.meta[hook.META_KEY] = "small"
    with pytest.raises(PluginError, match="did not survive Markdown"):
        hook.on_page_content("<p>No marker.</p>", page=shown, config=config, files=None)
    (tmp_path / "_data" / "planners" / "small.yml").write_text("title: A planner\nsections: 3\n", encoding="utf-8")
    with pytest.raises(PluginError, match="not well formed"):
        hook.on_page_content("<!-- planner: small -->", page=shown, config=config, files=None)
