"""walkaway/hooks/sitemap_lastmod.py reads `reviewed` with the content layer's one reading of a date (fold into
test_sitemap_lastmod.py once both are on one branch).
What it does to sitemap.xml is tested in tests/test_findability_hooks.py."""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

import pytest
from mkdocs.exceptions import PluginError

from walkaway.hooks.sitemap_lastmod import lastmod


def page(reviewed: object) -> Any:
    return SimpleNamespace(file=SimpleNamespace(src_uri="page.md"), meta={"reviewed": reviewed})


@pytest.mark.parametrize("reviewed", [dt.date(2026, 1, 2), "2026-01-02", " 2026-01-02"])
def test_a_date_as_yaml_gives_it(reviewed: object) -> None:
    assert lastmod(page(reviewed)) == "2026-01-02"


@pytest.mark.parametrize("reviewed", ["2026-13-45", "20260102", "soon", dt.datetime(2026, 1, 2, 9, 30)])
def test_what_is_not_a_day_stops_the_build(reviewed: object) -> None:
    with pytest.raises(PluginError, match="is not a YYYY-MM-DD date"):
        lastmod(page(reviewed))
