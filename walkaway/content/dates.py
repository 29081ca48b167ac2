"""Dates in content: `reviewed` in front matter, `accessed` in sources, `checked.date` in the help lines.

YAML reads an unquoted 2026-11-23 as a date and a quoted one as a string, and MkDocs hands hooks what YAML
read, while the validator sees every value as JSON Schema does (a string). `parse_date` takes either, so
every reader of a date agrees on what is one.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def parse_date(value: object) -> dt.date | None:
    """A YYYY-MM-DD date, from a date or a string; None for anything else (a time, another form, no such day)."""
    if isinstance(value, dt.datetime):
        return None
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value.strip()):
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:  # 2026-13-45
        return None


def reviewed_date(meta: Mapping[str, Any]) -> dt.date | None:
    """The page's `reviewed` date, from front matter as MkDocs (`page.meta`) or the validator read it."""
    return parse_date(meta.get("reviewed"))
