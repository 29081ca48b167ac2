"""walkaway/hooks/sitemap_lastmod.py: sitemap.xml <lastmod> from each page's `reviewed` date (small inputs, no build).

The built-site tests (test_metadata.py, browser/test_search.py) check the result in the real site.
"""
from __future__ import annotations

import datetime as dt
import gzip
import xml.etree.ElementTree as ET
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from mkdocs.commands.build import _build_theme_template
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import get_navigation
from mkdocs.structure.pages import Page

from walkaway.hooks.sitemap_lastmod import lastmod, on_page_markdown

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


@pytest.fixture
def build_date(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1893456000")  # MkDocs' build date: 2030-01-01


def site_with(tmp_path: Path, reviewed: dict[str, object]) -> tuple[MkDocsConfig, Files]:
    """Pages as MkDocs has read them (front matter parsed), before the hook runs."""
    docs = tmp_path / "docs"
    docs.mkdir()
    config = MkDocsConfig()
    config.load_dict({"site_name": "Test", "site_url": "https://x.test/", "docs_dir": str(docs),
                      "site_dir": str(tmp_path / "site")})
    errors, _ = config.validate()
    assert not errors, errors
    files = Files([File(name, str(docs), config.site_dir, config.use_directory_urls) for name in reviewed])
    for file in files:
        page = Page(None, file, config)
        assert page.update_date == "2030-01-01"  # what MkDocs would write: the build date
        if reviewed[file.src_uri] is not None:
            page.meta["reviewed"] = reviewed[file.src_uri]
    return config, files


@pytest.mark.usefixtures("build_date")
def test_lastmod_becomes_the_reviewed_date(tmp_path: Path) -> None:
    # PyYAML reads an unquoted date as a date, a quoted one as a string.
    config, files = site_with(tmp_path, {"index.md": "2026-01-02", "faq.md": dt.date(2025, 12, 31)})
    for file in files:
        on_page_markdown("", page=file.page, config=config, files=files)
    # MkDocs' own sitemap template and gzip step, as `mkdocs build` runs them (mkdocs/commands/build.py).
    nav = get_navigation(files, config)
    _build_theme_template("sitemap.xml", config.theme.get_env(), files, config, nav)
    site = Path(config.site_dir)
    urlset = ET.parse(site / "sitemap.xml").getroot()
    assert [(u.findtext("s:loc", namespaces=NS), u.findtext("s:lastmod", namespaces=NS))
            for u in urlset.findall("s:url", NS)] == [("https://x.test/", "2026-01-02"),
                                                      ("https://x.test/faq/", "2025-12-31")]
    # The .gz is stamped with the latest reviewed date, not the build time: rebuilds give the same bytes.
    assert gzip.decompress((site / "sitemap.xml.gz").read_bytes()) == (site / "sitemap.xml").read_bytes()
    stamp = int.from_bytes((site / "sitemap.xml.gz").read_bytes()[4:8], "little")
    assert stamp == int(dt.datetime(2026, 1, 2, tzinfo=dt.UTC).timestamp())


@pytest.mark.usefixtures("build_date")
def test_a_page_without_a_reviewed_date_fails_the_build(tmp_path: Path) -> None:
    config, files = site_with(tmp_path, {"new.md": None})
    with pytest.raises(PluginError, match="no `reviewed` date"):
        on_page_markdown("", page=files.documentation_pages()[0].page, config=config, files=files)


# --- `reviewed` is read with the content layer's one reading of a date ----------------------------


def page(reviewed: object) -> Any:
    return SimpleNamespace(file=SimpleNamespace(src_uri="page.md"), meta={"reviewed": reviewed})


@pytest.mark.parametrize("reviewed", [dt.date(2026, 1, 2), "2026-01-02", " 2026-01-02"])
def test_a_date_as_yaml_gives_it(reviewed: object) -> None:
    assert lastmod(page(reviewed)) == "2026-01-02"


@pytest.mark.parametrize("reviewed", ["2026-13-45", "20260102", "soon", dt.datetime(2026, 1, 2, 9, 30)])
def test_what_is_not_a_day_stops_the_build(reviewed: object) -> None:
    with pytest.raises(PluginError, match="is not a YYYY-MM-DD date"):
        lastmod(page(reviewed))
