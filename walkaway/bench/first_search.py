"""First search: how long after a reader opens search the first results can come, on a slow phone.

The page is loaded first (search waits until it is asked for: search-on-demand.js), then the search box
gets focus, which opens search; the time runs until the result line stops saying "Initializing search"
(worker and index downloaded, index built). Each run uses a new browser context (an empty cache), on the
profile Lighthouse's mobile preset simulates, through the DevTools protocol.
"""
from __future__ import annotations

import statistics
from pathlib import Path

from playwright.sync_api import sync_playwright

from walkaway import browser, local_server
from walkaway.bench.report import Section, target

TARGET_MS = 1_500
PAGE = "faq/"
PROFILE = "150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, CPU slowed 4 times (Lighthouse's mobile)"
NETWORK = {"offline": False, "latency": 150, "downloadThroughput": 1_600_000 / 8, "uploadThroughput": 750_000 / 8}

# Resolves with the milliseconds from focusing the search box to the result line's first real text.
OPEN_AND_WAIT = """() => new Promise((resolve) => {
  const meta = document.querySelector('.md-search-result__meta');
  const start = performance.now();
  const check = () => {
    const text = meta.textContent.trim();
    if (text && !/initiali/i.test(text)) { observer.disconnect(); resolve(performance.now() - start); }
  };
  const observer = new MutationObserver(check);
  observer.observe(meta, {childList: true, characterData: true, subtree: true});
  document.querySelector('input[data-md-component=search-query]').focus();
  check();
})"""


def measure(site: Path, repeats: int) -> list[float]:
    """Milliseconds to the first search, once per repeat."""
    runs = []
    with local_server.serve(site) as server, sync_playwright() as runner:
        chrome = runner.chromium.launch(executable_path=browser.CHROMIUM, headless=True, args=browser.CHROMIUM_ARGS)
        for _ in range(repeats):
            context = chrome.new_context(viewport={"width": 412, "height": 823}, is_mobile=True)
            page = context.new_page()
            devtools = context.new_cdp_session(page)
            devtools.send("Network.enable")
            devtools.send("Network.emulateNetworkConditions", NETWORK)
            devtools.send("Emulation.setCPUThrottlingRate", {"rate": 4})
            page.goto(server.url + PAGE, wait_until="networkidle", timeout=120_000)
            runs.append(page.evaluate(OPEN_AND_WAIT))
            context.close()
        chrome.close()
    return runs


def section(runs: list[float]) -> Section:
    median = statistics.median(runs)
    return Section("First search", targets=[target(
        f"First search ready ≤ {TARGET_MS / 1000:.1f} s after opening it, throttled",
        f"median {median / 1000:.2f} s ({', '.join(f'{run / 1000:.2f}' for run in runs)} s) on /{PAGE}",
        median <= TARGET_MS)], lines=[
        f"On a cold cache, from focusing the search box on /{PAGE} to the first results. Profile: {PROFILE}. "
        f"Runs: {', '.join(f'{run:.0f} ms' for run in runs)}; median {median:.0f} ms."])
