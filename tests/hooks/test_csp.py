"""walkaway/hooks/csp.py hashes exactly the inline scripts a browser runs, as the minifier left them."""
from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.exceptions import PluginError

from walkaway.gate import known
from walkaway.hooks.csp import PLACEHOLDER, fill_policy, inline_script_hashes, script_hash

ROOT = Path(__file__).resolve().parents[2]
# Computed independently: printf 'alert(1)' | openssl dgst -sha256 -binary | base64
ALERT_HASH = "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"
# printf '__md_scope="é"' | ...: the browser hashes the UTF-8 bytes, not code points
NON_ASCII_HASH = "'sha256-MdVXxkZ7y/SRxqLva5KAQPqrHlil+71u37Az4L7JRm0='"

# What the minify plugin writes: optional quotes dropped, a data block, an external script.
MINIFIED = (
    "<!doctype html><html><head><meta charset=utf-8>"
    f"<meta http-equiv=Content-Security-Policy content=\"default-src 'self'; script-src 'self' {PLACEHOLDER}\">"
    "<script>alert(1)</script><script type=application/ld+json>{\"a\": 1}</script>"
    "</head><body><script id=__config type=application/json>{}</script>"
    "<script src=assets/bundle.js></script><script>alert(1)</script>"
    "<script type=module>__md_scope=\"é\"</script></body></html>"
)


def test_hash_matches_openssl() -> None:
    assert script_hash("alert(1)") == ALERT_HASH
    assert script_hash('__md_scope="é"') == NON_ASCII_HASH


def test_only_scripts_that_run_are_hashed_once_each_in_page_order() -> None:
    assert inline_script_hashes(MINIFIED) == [ALERT_HASH, NON_ASCII_HASH]


def test_policy_is_filled_and_the_rest_of_the_page_is_untouched() -> None:
    filled = fill_policy(MINIFIED, "test.html", "..")
    ours = " ".join(known.hashes_for(".."))
    assert f"script-src 'self' {ours}\"" in filled
    assert filled.replace(ours, PLACEHOLDER) == MINIFIED


def test_a_script_in_the_page_never_adds_its_hash() -> None:
    """An injected script must be blocked by the browser: the policy lists only the templates' scripts."""
    filled = fill_policy(MINIFIED, "test.html")
    assert ALERT_HASH not in filled and NON_ASCII_HASH not in filled
    page_with_ours = MINIFIED.replace("alert(1)", known.TAB_RESTORE)
    assert script_hash(known.TAB_RESTORE) in fill_policy(page_with_ours, "test.html")


def test_a_page_without_the_policy_fails_the_build() -> None:
    with pytest.raises(PluginError, match="Content-Security-Policy"):
        fill_policy("<html><head><script>alert(1)</script></head></html>", "bare.html")


def test_the_placeholder_outside_the_policy_fails_the_build() -> None:
    with pytest.raises(PluginError, match="outside"):
        fill_policy(MINIFIED.replace("</body>", f"<p>{PLACEHOLDER}</p></body>"), "twice.html")


def test_the_partial_writes_the_placeholder_the_hook_fills() -> None:
    partial = (ROOT / "overrides" / "partials" / "wa-security.html").read_text(encoding="utf-8")
    assert PLACEHOLDER in partial
    assert "unsafe-inline" not in partial and "unsafe-eval" not in partial


def test_inline_scripts_are_allowed_only_under_mkdocs_serve() -> None:
    """`mkdocs serve` adds a live-reload script after every hook; `mkdocs build` keeps the hashes."""
    from walkaway.hooks import csp

    try:
        csp.on_startup(command="serve", dirty=False)
        assert "'unsafe-inline'" in csp._policy(MINIFIED, "index.md")
        csp.on_startup(command="build", dirty=False)
        built = csp._policy(MINIFIED, "index.md")
        assert "'unsafe-inline'" not in built and ALERT_HASH not in built
        assert all(hash_ in built for hash_ in known.hashes_for("."))
    finally:
        csp.on_startup(command="build", dirty=False)
