"""Draw the site's sharing card, overrides/assets/images/social.png (1200 x 630), with Chromium.

Run once, and again only if the design below changes; the PNG is committed. The card is plain HTML
screenshotted by Debian's Chromium through Playwright, so it needs no image tool and no web service.
It stays quiet on purpose: a link to this site may be shared where a controlling partner can see it.
"""
from __future__ import annotations

from playwright.sync_api import sync_playwright

from walkaway.browser import CHROMIUM, CHROMIUM_ARGS
from walkaway.paths import ROOT

OUTPUT = ROOT / "overrides" / "assets" / "images" / "social.png"
WIDTH, HEIGHT = 1200, 630

# Material's teal (the site's primary colour) and system fonts, like the site itself.
CARD = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><style>
  html, body { margin: 0; width: 1200px; height: 630px; }
  body {
    display: flex; flex-direction: column; justify-content: center; box-sizing: border-box;
    padding: 0 96px; background: #009485; color: #fff;
    font-family: -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Helvetica, Arial, sans-serif;
  }
  h1 { margin: 0 0 28px; font-size: 104px; font-weight: 700; letter-spacing: -1px; }
  p { margin: 0; max-width: 900px; font-size: 40px; line-height: 1.35; }
  .rule { width: 120px; height: 8px; margin: 0 0 40px; background: #fff; border-radius: 4px; }
</style></head><body>
  <div class="rule"></div>
  <h1>Walking Away</h1>
  <p>A free, private guide to leaving a relationship that no longer works.</p>
</body></html>"""


def draw() -> int:
    """Draw the card with Chromium and write it to OUTPUT."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": WIDTH, "height": HEIGHT})
        page.set_content(CARD)
        OUTPUT.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(OUTPUT), clip={"x": 0, "y": 0, "width": WIDTH, "height": HEIGHT})
        browser.close()
    print(f"Wrote {OUTPUT.relative_to(ROOT)} ({OUTPUT.stat().st_size // 1024} KiB)")
    return 0

