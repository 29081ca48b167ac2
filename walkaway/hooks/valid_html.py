"""MkDocs hook: correct the few bits of Material 9.8.1's markup that the Nu Html Checker rejects.

Each fix is an exact replacement of the theme's own template output, made before the minify hook
rewrites the page (priority 50; minify runs at -50, the CSP hook at -100), so the text matched here is
the template's, not the minifier's. If a Material upgrade changes that markup the replacement simply
stops matching, and tests/test_html_valid.py (the Nu Html Checker over every built page) says so.

- Section labels in the navigation get `tabindex=""` when `navigation.sections` is on (an empty
  string is not a valid integer). The attribute is dropped: a label is not focusable without it,
  which is what Material's template means by leaving it empty.
- The drawer and search toggles carry `autocomplete="off"`, which HTML allows on text-like inputs
  only. Material puts it there so the browser does not tick them again when a reader comes Back (an
  open drawer or search would reappear). The same effect, valid: the toggles belong to an empty
  `<form autocomplete="off">`, and a form's setting governs its controls. They stay siblings of the
  rest of the page, which Material's CSS (`.md-toggle:checked ~ ...`) relies on.
- On a section's index page the table of contents' title is `<label for="__toc">`, but the `__toc`
  toggle is only written for pages that are not section indexes: the label points at nothing. There
  it loses its `for` (it still shows the title).
"""
from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page

FORM_ID = "__md_toggles"
TOGGLES = ('<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">',
           '<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off">')
TOC_LABEL = '<label class="md-nav__title" for="__toc">'


def fix_html(html: str) -> str:
    """Return Material's page HTML with the markup above corrected."""
    html = html.replace(' tabindex=""', "")
    if all(toggle in html for toggle in TOGGLES):
        for number, toggle in enumerate(TOGGLES):
            fixed = toggle.replace('autocomplete="off"', f'form="{FORM_ID}"')
            if number == 0:
                fixed = f'<form id="{FORM_ID}" autocomplete="off" hidden></form>' + fixed
            html = html.replace(toggle, fixed, 1)
    if TOC_LABEL in html and 'id="__toc"' not in html:
        html = html.replace(TOC_LABEL, '<label class="md-nav__title">')
    return html


@event_priority(50)
def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    return fix_html(output)


@event_priority(50)
def on_post_template(output: str, *, template_name: str, config: MkDocsConfig) -> str:
    """Theme pages that are not built from Markdown (404.html) carry the same navigation and toggles."""
    return fix_html(output) if template_name.endswith(".html") else output
