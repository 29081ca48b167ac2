"""First search: how long after a reader opens search the first results can come, on a slow phone.

The page is loaded first (search is held back until it is asked for: overrides/assets/javascripts/
search-on-demand.js), then the search box gets focus, which opens search. The time runs from that
focus until the result line stops saying "Initializing search": the search worker and index have been
downloaded and the index built. Measured in Chromium through the DevTools protocol on the profile
Lighthouse's mobile preset simulates: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, CPU slowed
4 times. Each repeat uses a new browser context (an empty cache).
"""
from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from pathlib import Path

from playwright.sync_api import sync_playwright

from walkaway import browser
from walkaway.bench.sites import serve

TARGET_MS = 1_500
PROFILE = {"latency": 150, "download": 1_600_000 / 8, "upload": 750_000 / 8, "cpu": 4}
PROFILE_TEXT = "150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, CPU slowed 4 times (Lighthouse's mobile)"

# Resolves with the milliseconds from focusing the search box to the result line's first real text.
OPEN_AND_WAIT = """() => new Promise((resolve) => {
  const meta = document.querySelector('.md-search-result__meta');
  const input = document.querySelector('input[data-md-component=search-query]');
  const start = performance.now();
  const check = () => {
    const text = meta.textContent.trim();
    if (text && !/initiali/i.test(text)) { observer.disconnect(); resolve(performance.now() - start); }
  };
  const observer = new MutationObserver(check);
  observer.observe(meta, {childList: true, characterData: true, subtree: true});
  input.focus();
  check();
})"""


@dataclass
class SearchReady:
    page: str
    runs_ms: list[float] = field(default_factory=list)
    error: str = ""

    @property
    def median_ms(self) -> float:
        return statistics.median(self.runs_ms) if self.runs_ms else 0.0


def measure(site: Path, chromium: str, *, page_path: str = "faq/", repeats: int = 3) -> SearchReady:
    result = SearchReady(page_path)
    with serve(site) as server, sync_playwright() as runner:
        chrome = runner.chromium.launch(executable_path=chromium, headless=True, args=browser.CHROMIUM_ARGS)
        try:
            for _ in range(max(1, repeats)):
                context = chrome.new_context(viewport={"width": 412, "height": 823}, is_mobile=True)
                page = context.new_page()
                cdp = context.new_cdp_session(page)
                cdp.send("Network.enable")
                cdp.send("Network.emulateNetworkConditions", {
                    "offline": False, "latency": PROFILE["latency"],
                    "downloadThroughput": PROFILE["download"], "uploadThroughput": PROFILE["upload"]})
                cdp.send("Emulation.setCPUThrottlingRate", {"rate": PROFILE["cpu"]})
                page.goto(server.url + page_path, wait_until="load", timeout=120_000)
                page.wait_for_load_state("networkidle", timeout=120_000)
                result.runs_ms.append(round(page.evaluate(OPEN_AND_WAIT), 1))
                context.close()
        except Exception as error:  # noqa: BLE001 - a benchmark reports what went wrong and goes on
            result.error = f"{type(error).__name__}: {str(error)[:300]}"
        finally:
            chrome.close()
    return result
