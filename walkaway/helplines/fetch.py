"""Read one web page for the help-line checker: its text, where redirects took it, or why it could not be read.

Only the standard library: urllib with a timeout, redirects followed and recorded, a User-Agent that says
who is asking. `rewrite` maps URL prefixes to others (the tests point https://… at a local server); what
is reported is always in the original addresses.
"""
from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass, field
from html.parser import HTMLParser

USER_AGENT = ("WalkingAwayHelplineCheck/1.0 (+https://github.com/walking-away/walking-away; "
              "checks that help-line numbers are still on each service's own site)")
MAX_BYTES = 3_000_000
Rewrite = list[tuple[str, str]]


@dataclass
class Fetched:
    url: str
    final_url: str = ""
    redirects: list[str] = field(default_factory=list)
    text: str = ""
    error: str | None = None


def fetch(url: str, *, timeout: float, rewrite: Rewrite | None = None) -> Fetched:
    rewrite = rewrite or []
    result = Fetched(url)
    recorder = _RedirectRecorder(result, rewrite)
    opener = urllib.request.build_opener(recorder)
    request = urllib.request.Request(_apply(url, rewrite), headers={"User-Agent": USER_AGENT,
                                                                      "Accept": "text/html,*/*;q=0.5"})
    try:
        with opener.open(request, timeout=timeout) as response:
            result.final_url = _undo(response.geturl(), rewrite)
            body = response.read(MAX_BYTES)
            charset = response.headers.get_content_charset() or "utf-8"
    except urllib.error.HTTPError as error:
        result.error = f"HTTP {error.code} {error.reason}"
        return result
    except urllib.error.URLError as error:
        result.error = "timed out" if isinstance(error.reason, TimeoutError) else str(error.reason)
        return result
    except TimeoutError:
        result.error = "timed out"
        return result
    except (OSError, ValueError) as error:
        result.error = str(error) or type(error).__name__
        return result
    try:
        result.text = page_text(body.decode(charset, errors="replace"))
    except LookupError:
        result.text = page_text(body.decode("utf-8", errors="replace"))
    return result


class _RedirectRecorder(urllib.request.HTTPRedirectHandler):
    def __init__(self, result: Fetched, rewrite: Rewrite) -> None:
        self.result, self.rewrite = result, rewrite

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        self.result.redirects.append(f"{code} -> {_undo(newurl, self.rewrite)}")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _apply(url: str, rewrite: Rewrite) -> str:
    for old, new in rewrite:
        if url.startswith(old):
            return new + url[len(old):]
    return url


def _undo(url: str, rewrite: Rewrite) -> str:
    for old, new in rewrite:
        if url.startswith(new):
            return old + url[len(new):]
    return url


class _Text(HTMLParser):
    """The visible text of a page, a line per block, with each `tel:` link written where it stands."""

    SKIP = {"script", "style", "template", "svg", "head"}
    BLOCKS = {"p", "div", "li", "ul", "ol", "br", "tr", "td", "th", "table", "section", "article", "header",
              "footer", "nav", "main", "aside", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "blockquote"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.skipping += 1
        if tag in self.BLOCKS:
            self.parts.append("\n")
        href = dict(attrs).get("href") or ""
        if tag == "a" and href.lower().startswith("tel:") and not self.skipping:
            self.parts.append(f" {href.strip()} ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def page_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)
