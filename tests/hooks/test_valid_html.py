"""walkaway/hooks/valid_html.py rewrites exactly Material's markup that the Nu Html Checker rejects."""
from __future__ import annotations

from walkaway.hooks import valid_html

DRAWER, SEARCH = valid_html.TOGGLES


def test_toggles_move_autocomplete_to_a_form_they_belong_to() -> None:
    fixed = valid_html.fix_html(f"<body>{DRAWER}{SEARCH}<label for=\"__drawer\"></label></body>")
    assert "autocomplete" not in fixed.split("</form>", 1)[1]
    assert fixed.startswith('<body><form id="__md_toggles" autocomplete="off" hidden></form><input')
    assert fixed.count('form="__md_toggles"') == 2


def test_empty_tabindex_is_dropped_and_a_real_one_kept() -> None:
    html = '<label class="md-nav__link" for="__nav_2" tabindex="">A</label><label tabindex="0">B</label>'
    expected = '<label class="md-nav__link" for="__nav_2">A</label><label tabindex="0">B</label>'
    assert valid_html.fix_html(html) == expected


def test_toc_title_loses_for_only_when_there_is_no_toc_toggle() -> None:
    label = valid_html.TOC_LABEL
    assert valid_html.fix_html(f"{label}Contents</label>") == '<label class="md-nav__title">Contents</label>'
    with_toggle = f'<input class="md-nav__toggle md-toggle" type="checkbox" id="__toc">{label}Contents</label>'
    assert valid_html.fix_html(with_toggle) == with_toggle


def test_other_markup_is_untouched() -> None:
    html = '<input type="text" autocomplete="off"><label for="__toc">x</label>'
    assert valid_html.fix_html(html) == html
