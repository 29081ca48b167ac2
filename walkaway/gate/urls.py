"""How a browser reads the start of a URL: its scheme, and whether it points at another origin."""
from __future__ import annotations

import re

_C0_OR_SPACE = "".join(chr(code) for code in range(0x21))
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
# Schemes a link may navigate to. Everything else (javascript:, vbscript:, data:, file:, blob:, …) is refused.
NAVIGABLE = frozenset({"https", "http", "mailto", "tel", "sms"})


def cleaned(url: str) -> str:
    """The URL as the WHATWG URL parser starts on it: outer controls and spaces dropped, tabs and
    newlines removed everywhere (so `java&#9;script:` is `javascript:`). Entities are already decoded."""
    return re.sub(r"[\t\n\r]", "", url.strip(_C0_OR_SPACE))


def scheme(url: str) -> str:
    """The URL's scheme in lower case, or "" for a relative URL."""
    match = _SCHEME.match(cleaned(url))
    return match.group(1).lower() if match else ""


def is_other_origin(url: str) -> bool:
    """True when the URL is absolute (any scheme) or protocol-relative (`//host`, `\\\\host`, `/\\host`)."""
    text = cleaned(url)
    return bool(scheme(text)) or text[:2].replace("\\", "/") == "//"


def srcset_urls(value: str) -> list[str]:
    """The URLs of a srcset: comma-separated candidates, each a URL and an optional descriptor."""
    return [candidate.split()[0] for candidate in value.split(",") if candidate.split()]
