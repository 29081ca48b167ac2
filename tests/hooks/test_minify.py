"""walkaway/hooks/minify.py: what the hook decides (the minifiers and the pruning are tested in test_purge.py)."""
from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.config.defaults import MkDocsConfig

from walkaway.hooks import minify as hook

PAGE = '<!doctype html><html lang="en"><head><title>x</title></head><body><p>a   b</p>  </body></html>'


def config(tmp_path: Path, **extra: object) -> MkDocsConfig:
    loaded = MkDocsConfig()
    (tmp_path / "docs").mkdir(exist_ok=True)
    loaded.load_dict({"site_name": "Test", "docs_dir": str(tmp_path / "docs"), "site_dir": str(tmp_path / "site"),
                      "extra": extra})
    errors, _ = loaded.validate()
    assert not errors, errors
    return loaded


def test_pages_and_templates_are_minified(tmp_path: Path) -> None:
    built = config(tmp_path)
    page = hook.on_post_page(PAGE, page=None, config=built)  # type: ignore[arg-type]
    assert "a b" in page and len(page) < len(PAGE)
    assert hook.on_post_template(PAGE, template_name="404.html", config=built) == page
    assert hook.on_post_template("<urlset>  </urlset>", template_name="sitemap.xml", config=built) == \
        "<urlset>  </urlset>"


def test_the_htmlmin_benchmark_leaves_pages_to_the_minify_plugin(tmp_path: Path) -> None:
    built = config(tmp_path, wa_html_minifier="htmlmin")
    assert hook.on_post_page(PAGE, page=None, config=built) == PAGE  # type: ignore[arg-type]
    assert hook.on_post_template(PAGE, template_name="404.html", config=built) == PAGE


def test_the_preview_keeps_readable_assets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rewritten: list[Path] = []
    monkeypatch.setattr(hook.purge, "rewrite_site", lambda site, overrides: rewritten.append(site))
    try:
        hook.on_startup(command="serve", dirty=False)
        hook.on_post_build(config=config(tmp_path))
        assert rewritten == []
        hook.on_startup(command="build", dirty=False)
        hook.on_post_build(config=config(tmp_path))
        assert rewritten == [tmp_path / "site"]
    finally:
        hook.on_startup(command="build", dirty=False)
