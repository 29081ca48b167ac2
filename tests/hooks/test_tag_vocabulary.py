"""walkaway/hooks/tag_vocabulary.py hands the templates the vocabulary the content layer read, or stops the
build where it is broken, naming the line."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from mkdocs.exceptions import PluginError

from walkaway.hooks.tag_vocabulary import on_config


def config_with(tmp_path: Path, tags: str) -> Any:
    (tmp_path / "docs" / "_data").mkdir(parents=True)
    (tmp_path / "docs" / "_data" / "tags.yml").write_text(tags, encoding="utf-8")
    return SimpleNamespace(docs_dir=str(tmp_path / "docs"), extra={})


def test_the_vocabulary_goes_to_the_templates(tmp_path: Path) -> None:
    config = on_config(config_with(tmp_path, "signs: Noticing the signs.\nsafety: Staying safe.\n"))
    assert config.extra["tag_vocabulary"] == {"signs": "Noticing the signs.", "safety": "Staying safe."}


def test_a_broken_vocabulary_stops_the_build_at_its_line(tmp_path: Path) -> None:
    with pytest.raises(PluginError, match=r"docs/_data/tags\.yml:2: the description of `abuse` has `<`"):
        on_config(config_with(tmp_path, "signs: Noticing.\nabuse: <script>x</script>\n"))
