"""MkDocs hook: minify every page with minify-html, and our own stylesheets and scripts, and prune
Material's stylesheets to the rules the site can use.

Pages: after the hooks that edit Material's markup (valid_html.py, priority 50) and before the CSP
hook (priority -100), which hashes the known inline scripts as they are written to disk; inline
scripts are not touched (see walkaway/minify.py), so their text and the JSON-LD stay exact.

Assets, once every page is written (on_post_build): our files under assets/ are replaced by their
minified text, and Material's stylesheets lose the rules no built page, script or state can match
(walkaway/purge.py). The output gate repeats both from the sources and the built pages and
refuses the build unless every byte agrees.
"""
from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page

from walkaway import minify, purge

_serving = False


def on_startup(*, command: str, dirty: bool) -> None:
    global _serving
    _serving = command == "serve"


def _minify_pages(config: MkDocsConfig) -> bool:
    # The build-time benchmark compares with the minify plugin's htmlmin (walkaway/bench/sites.py);
    # it sets this, and adds the plugin. mkdocs.yml never does.
    return config.extra.get("wa_html_minifier") != "htmlmin"


@event_priority(-50)
def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    return minify.html(output) if _minify_pages(config) else output


@event_priority(-50)
def on_post_template(output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
    if template_name.endswith(".html") and _minify_pages(config):
        return minify.html(output_content)
    return output_content


def on_post_build(*, config: MkDocsConfig) -> None:
    if _serving:
        return  # the preview keeps readable assets, and every rule for pages being edited
    site = Path(config.site_dir)
    overrides = Path(config.theme.custom_dir) if config.theme.custom_dir else None
    purge.rewrite_site(site, overrides)
