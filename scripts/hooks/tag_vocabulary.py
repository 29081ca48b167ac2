"""MkDocs hook: hand the tag vocabulary (docs/_data/tags.yml) to the templates.

Material's tags plugin builds the tag index on docs/tags.md from the tags pages actually use. The
vocabulary file says what each tag means; putting it in `config.extra.tag_vocabulary` lets the
listing template (overrides/fragments/tags/default/listing.html) print that sentence under each tag,
so the index explains itself and the descriptions are written in one place only.
"""
from __future__ import annotations

import sys
from pathlib import Path

import yaml
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # scripts/, for the shared package
from walkaway import paths  # noqa: E402


def load_vocabulary(docs: Path) -> dict[str, str]:
    file = docs / paths.TAGS_FILE
    try:
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise PluginError(f"{file}: cannot read the tag vocabulary ({error}); run `make validate`") from None
    if not isinstance(data, dict):
        raise PluginError(f"{file}: expected `tag: description` lines; run `make validate`")
    return {str(tag): str(description) for tag, description in data.items()}


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    config.extra["tag_vocabulary"] = load_vocabulary(Path(config.docs_dir))
    return config
