"""Internal links of the built site: a crawler (LinkChecker) follows every link from the home page.

The site is served on 127.0.0.1 and LinkChecker checks internal URLs only: pages, styles, scripts,
images. Nothing leaves the machine: other sites are neither fetched nor looked up, and mailto:/tel:/sms:
links are skipped (checking them means DNS). Fragments (`page/#heading`) are checked by a second test
that reads the built HTML, because LinkChecker's own anchor plugin fetches the page again for every
fragment (about 40 seconds here instead of 5).
"""
from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser

from built_site import built_site, html_pages
from walkaway.local_server import serve

LINKCHECKER = Path(sys.executable).with_name("linkchecker")
CONFIG = """\
[checking]
threads=4
# Our own loopback server: no need to wait between requests (the server sends the LinkChecker header).
maxrequestspersecond=1000
[filtering]
ignore=
  ^mailto:
  ^tel:
  ^sms:
"""


def test_crawler_finds_no_broken_internal_link(tmp_path: Path) -> None:
    site = built_site()
    assert LINKCHECKER.is_file(), f"{LINKCHECKER} is missing: run `make test` (installs requirements-dev.txt)"
    config = tmp_path / "linkcheckerrc"
    config.write_text(CONFIG, encoding="utf-8")
    # LinkChecker waits 0.1-0.6 s between two requests to a host unless the host answers with this header;
    # on our own loopback server there is nothing to be polite to.
    with serve(site, headers={"LinkChecker": "local test server"}) as server:
        base = server.url
        done = subprocess.run([str(LINKCHECKER), "--config", str(config), "--no-status", "--output", "csv", base],
                              capture_output=True, text=True, timeout=600)
    rows = list(csv.DictReader(io.StringIO("\n".join(line for line in done.stdout.splitlines()
                                                     if not line.startswith("#"))), delimiter=";"))
    problems = [f"{row['parentname'].replace(base, '/')}:{row['line']}:{row['column']}: "
                f"{row['urlname']} -> {row['result'] or row['warningstring']}".strip()
                for row in rows]
    assert "Stopped checking" in done.stdout, f"LinkChecker did not finish:\n{done.stderr[-3000:]}"
    assert problems == [], "broken links in the built site (page:line:column: link -> result):\n" + "\n".join(problems)
    assert done.returncode == 0, f"LinkChecker exited {done.returncode}:\n{done.stdout[-3000:]}{done.stderr[-3000:]}"


def _page_of(site: Path, url_path: str) -> Path | None:
    target = site / unquote(url_path).lstrip("/")
    if url_path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target if target.is_file() else None


def test_every_fragment_link_lands_on_an_id() -> None:
    site = built_site()
    ids: dict[Path, set[str]] = {}
    trees = {page: LexborHTMLParser(page.read_text(encoding="utf-8")) for page in html_pages(site)}
    for page, tree in trees.items():
        ids[page] = {node.attributes.get("id") or "" for node in tree.css("[id]")}
        ids[page] |= {node.attributes.get("name") or "" for node in tree.css("a[name]")}
    problems = []
    for page, tree in trees.items():
        here = "/" + page.relative_to(site).as_posix()
        for link in tree.css("a[href*='#']"):
            href = link.attributes.get("href") or ""
            url = urlsplit(urljoin(here, href))
            if url.scheme or url.netloc or not url.fragment:
                continue  # another site, or a bare `#`
            target = page if not urlsplit(href).path else _page_of(site, url.path)
            if target is None:
                continue  # a missing page: the crawler reports it
            if unquote(url.fragment) not in ids[target]:
                problems.append(f"{page.relative_to(site)}: {href} -> no id `{unquote(url.fragment)}` "
                                f"in {target.relative_to(site)}")
    assert problems == [], "links to anchors that do not exist:\n" + "\n".join(sorted(set(problems)))
