"""MkDocs hook: hand the tag vocabulary (docs/_data/tags.yml) to the templates.

Material's tags plugin builds the tag index on docs/tags.md from the tags pages actually use. The
vocabulary file says what each tag means; putting it in `config.extra.tag_vocabulary` lets the
listing template (overrides/fragments/tags/default/listing.html) print that sentence under each tag,
so the index explains itself and the descriptions are written in one place only.
"""
from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from walkaway import paths
from walkaway.content.data import read_tags  # the validator's reader: one place, same errors


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    docs = Path(config.docs_dir)
    tags, problems = read_tags(docs)
    if problems:
        first = problems[0]
        raise PluginError(f"{docs.name}/{paths.TAGS_FILE}:{first.line}: {first.message} — {first.hint} "
                          "(run `make validate`)")
    config.extra["tag_vocabulary"] = tags
    return config
