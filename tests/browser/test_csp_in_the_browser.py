"""The second layer: if a script got past the validator and the output gate, the page's policy (filled in by
walkaway/hooks/csp.py) still stops it in a real browser, while the theme's own scripts run."""
from __future__ import annotations

import shutil
from pathlib import Path

from playwright.sync_api import Browser

from browser.helpers import CSP_LISTENER
from walkaway.local_server import serve


def test_a_script_that_reached_a_page_is_blocked_by_the_browser(site_dir: Path, browser: Browser,
                                                                 tmp_path: Path) -> None:
    site = tmp_path / "site"
    shutil.copytree(site_dir, site)
    page_file = site / "faq" / "index.html"
    html = page_file.read_text(encoding="utf-8")
    page_file.write_text(html.replace("</article>", '<script>document.title="ran"</script>'
                                      '<img src=x onerror="document.title=\'ran\'"></article>', 1), encoding="utf-8")
    context = browser.new_context()
    try:
        context.add_init_script(CSP_LISTENER)
        page = context.new_page()
        with serve(site) as server:
            page.goto(server.url + "faq/")
            page.wait_for_timeout(300)
            assert page.title() != "ran"
            violations = page.evaluate("window.__waCspViolations")
            assert sum("script-src" in violation for violation in violations) >= 2, violations
            assert page.evaluate("typeof __md_get") == "function", "the theme's own scripts must still run"
    finally:
        context.close()
