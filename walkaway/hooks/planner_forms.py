"""MkDocs hook: render a private planner as a form where a page says `<!-- planner: NAME -->`.

The questions live in docs/_data/planners/NAME.yml (read by walkaway.content.planners, checked by the
validator's planner-* rules). They
become one plain HTML form: a fieldset with a heading per section, a <label> for every field, hints tied
with aria-describedby, checklists as real checkboxes. The form has no action, method or field names and
every button is type="button", so nothing can be submitted. `autocomplete="off"` on the form (which
governs its checkboxes) and on every text field, with `spellcheck="false"`, keeps the browser from
saving answers, refilling them on Back, or sending them to an online spelling service. Without
JavaScript it is a blank worksheet; assets/javascripts/planner.js (loaded by main.html only on these
pages) adds printing, clearing and the emptying of fields whenever the page is shown.
"""
from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink

from walkaway.content import ContentError, markers, planners
from walkaway.content.planners import Planner, Question

MARKER = "planner"
META_KEY = "wa_planner"  # set on planner pages; overrides/main.html loads planner.js when it is there
FIELD = 'autocomplete="off" spellcheck="false"'


def on_page_markdown(markdown: str, *, page: Page, config: Any, files: Any) -> str | None:
    names = [marker.args[0] if marker.args else "" for marker in markers.scan(markdown) if marker.name == MARKER]
    if len(names) > 1:
        raise PluginError(f"{page.file.src_uri}: one planner per page, found {', '.join(names)}")
    if names:
        page.meta[META_KEY] = names[0]
    return None  # the comment passes through Markdown untouched; on_page_content replaces it


def on_page_content(html: str, *, page: Page, config: Any, files: Any) -> str | None:
    name = page.meta.get(META_KEY)
    if not name:
        return None
    file = planners.file_for(Path(config["docs_dir"]), name)
    try:
        planner = planners.planner(file)
    except ContentError as error:
        raise PluginError(f"cannot render the planner: {error}") from None
    form = render(planner)
    clash = set(_anchors(page.toc.items)) & {section.id for section in planner.sections}
    if clash:
        raise PluginError(f"{page.file.src_uri}: a heading and a planner section share the id {sorted(clash)[0]}")
    marker = next((marker for marker in markers.scan(html) if marker.name == MARKER), None)
    if marker is None:
        raise PluginError(f"{page.file.src_uri}: the planner marker did not survive Markdown; put it on a line "
                          "of its own with blank lines around it")
    html = html[:marker.start] + form + html[marker.end:]
    _add_sections_to_toc(page, planner, html)
    return html


def render(planner: Planner) -> str:
    parts = [f'<form class="wa-planner" data-wa-planner="{escape(planner.name)}" aria-label="{escape(planner.title)}" '
             'autocomplete="off">', _tools("top")]
    for section in planner.sections:
        parts.append(f'<fieldset class="wa-planner__section"><legend class="wa-planner__legend">'
                     f'<h2 id="{escape(section.id)}">{escape(section.title)}</h2></legend>')
        parts += [_question(question) for question in section.questions]
        parts.append("</fieldset>")
    parts += [_tools("bottom"), "</form>"]
    return "\n".join(parts)


def _question(question: Question) -> str:
    field_id = f"wa-q-{question.id}"
    hint_id = f"{field_id}-hint"
    hint = "" if question.hint is None else f'<p class="wa-planner__hint" id="{hint_id}">{escape(question.hint)}</p>'
    described = f' aria-describedby="{hint_id}"' if hint else ""
    label = escape(question.label)
    if question.kind == "checklist":
        boxes = "".join(
            f'<li class="wa-planner__item"><input class="wa-planner__check" type="checkbox" '
            # No autocomplete here: HTML allows it on text-like fields only. The form's autocomplete="off"
            # governs its checkboxes (Chromium does not tick them again on a Back that reloads).
            f'id="{field_id}-{escape(item.id)}"> '
            f'<label for="{field_id}-{escape(item.id)}">{escape(item.label)}</label></li>'
            for item in question.items)
        return (f'<fieldset class="wa-planner__question wa-planner__checklist"{described}>'
                f'<legend class="wa-planner__label">{label}</legend>{hint}'
                f'<ul class="wa-planner__items">{boxes}</ul></fieldset>')
    if question.kind == "long":
        field = f'<textarea class="wa-planner__field" id="{field_id}" rows="4" {FIELD}{described}></textarea>'
    else:
        field = f'<input class="wa-planner__field" type="text" id="{field_id}" {FIELD}{described}>'
    return (f'<div class="wa-planner__question wa-planner__question--{question.kind}">'
            f'<label class="wa-planner__label" for="{field_id}">{label}</label>{hint}{field}</div>')


def _tools(where: str) -> str:
    """The buttons. Hidden until planner.js runs: without JavaScript they could do nothing."""
    confirm = f"wa-planner-confirm-{where}"
    return (
        f'<div class="wa-planner__tools" data-wa-planner-tools hidden>'
        f'<div class="wa-planner__buttons">'
        f'<button type="button" class="wa-planner__button" data-wa-planner-print>Print or save as PDF</button>'
        f'<button type="button" class="wa-planner__button" data-wa-planner-clear aria-expanded="false" '
        f'aria-controls="{confirm}">Clear everything</button></div>'
        f'<div class="wa-planner__confirm" id="{confirm}" role="group" aria-labelledby="{confirm}-text" hidden>'
        f'<p id="{confirm}-text">Empty every answer on this page? This cannot be undone.</p>'
        f'<div class="wa-planner__buttons">'
        f'<button type="button" class="wa-planner__button wa-planner__button--strong" '
        f'data-wa-planner-clear-yes>Yes, clear everything</button>'
        f'<button type="button" class="wa-planner__button" data-wa-planner-clear-no>No, keep my answers</button>'
        f'</div></div>'
        f'<p class="wa-planner__status" role="status" data-wa-planner-status></p></div>'
    )


def _anchors(items: Any) -> list[str]:
    found: list[str] = []
    for item in items:
        found.append(item.id)
        found += _anchors(item.children)
    return found


def _add_sections_to_toc(page: Page, planner: Planner, html: str) -> None:
    """List the planner's sections in the page's table of contents, where the form stands."""
    form_at = html.find('<form class="wa-planner"')
    entries = [AnchorLink(section.title, section.id, 2) for section in planner.sections]
    items = page.toc.items
    after = [i for i, item in enumerate(items) if html.find(f'id="{item.id}"') > form_at]
    position = after[0] if after else len(items)
    items[position:position] = entries
