"""Debian's Chromium, launched the same way by the browser tests, the benchmarks and the social image.

Playwright drives the system browser (installed with apt by `make chromium`); it never downloads one.
"""
CHROMIUM = "/usr/bin/chromium"
# Headless on a 2-core machine with no network: no sandbox, no GPU, no background updates or sync.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
