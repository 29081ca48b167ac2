"""MkDocs hook: render docs/_data/helplines.yml into pages.

`<!-- helplines -->` (on Get help now) becomes every country and service; `<!-- services: KIND[, KIND] -->`
on its own line, in any page, becomes the services of those kinds by country (walkaway.content.markers
is the grammar). The numbers live in one data file, so a number is changed in one place; what a page may
claim about it ("Confirmed on the service's own website" or "Not yet confirmed") is derived from its
`checked` record by walkaway.helplines.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

from walkaway import yamlfile
from walkaway.content import ContentError, markers
from walkaway.content.data import load_helplines
from walkaway.helplines.render import DataError, render_all, render_kinds

NAMES = ("helplines", "services")


def expand(markdown: str, data: dict[str, Any], page_rel: str) -> str:
    """`markdown` with both markers replaced. Raises DataError for a marker or value it cannot show."""
    for marker in markers.scan(markdown):
        problem = markers.problem(marker) if marker.name in NAMES else None
        if problem is not None:
            raise DataError(f"line {problem.line}: {problem.message}")

    def render(marker: markers.Marker) -> str | None:
        if marker.name == "helplines":
            return render_all(data)
        if marker.name == "services":
            return render_kinds(data, list(marker.args), page_rel)
        return None

    return markers.expand(markdown, render)[0]


def on_page_markdown(markdown: str, *, page: Page, config: Any, files: Any) -> str | None:
    if not any(marker.name in NAMES for marker in markers.scan(markdown)):
        return None
    try:
        # The validator's reader: bounded, and anchors, aliases, tags and deep nesting are refused.
        data = yamlfile.as_json(load_helplines(Path(config["docs_dir"])).data)
        return expand(markdown, data, page.file.src_uri)
    except ContentError as error:
        raise PluginError(f"cannot read the help lines: {error} (run `make validate`)") from None
    except (DataError, KeyError, TypeError) as error:
        raise PluginError(f"docs/{page.file.src_uri}: cannot show the help lines ({error}); "
                          "run `make validate`") from None
