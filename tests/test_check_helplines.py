"""`walkaway check-helplines` against recorded pages on a local server: nothing here reaches the internet.

Every service's https:// address is read from http://127.0.0.1:<port>/ through --rewrite-url.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from cli import run_cli
from walkaway import helplines
from walkaway.local_server import Recorded, serve

PAGES: dict[str, Recorded] = {}  # URL path -> the recorded page the local server sends


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with serve(routes=PAGES) as running:
        yield running.url


def html(*blocks: str) -> str:
    return "<html><head><title>Help</title><script>var phone='0808 2000 247';</script></head><body>" + \
        "".join(blocks) + "</body></html>"


DATA = """# A comment the checker must keep.
countries:
  - id: uk
    name: United Kingdom
    emergency: "999"
    services:
      - name: First Line
        for: Anyone who needs it, at any time.
        kinds: [domestic-abuse]
        phone: ["0808 2000 247"]
        text: "START to 88788"
        hours: 24 hours   # a comment on the line
        url: https://first.example/
        checked:
          date: 2026-01-02
          url: https://news.example/story
          found: ""
      - name: Second Line
        for: Anyone else who needs it.
        kinds: [men]
        phone: ["0808 801 0327"]
        text: null
        hours: 'Weekdays'
        url: https://second.example/help/
        checked:
          date: 2026-01-02
          url: https://second.example/help/
          found: ""
"""


def main(argv: list[str]) -> int:
    return run_cli("check-helplines", *argv)


def run(tmp_path: Path, server: str, data: str = DATA, *extra: str) -> tuple[int, list[dict[str, object]], Path]:
    file = tmp_path / "helplines.yml"
    file.write_text(data, encoding="utf-8")
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        code = main(["--data", str(file), "--format", "json", "--timeout", "1",
                     "--rewrite-url", f"https://first.example/={server}first/",
                     "--rewrite-url", f"https://second.example/={server}second/",
                     "--rewrite-url", f"https://elsewhere.example/={server}elsewhere/", *extra])
    text = buffer.getvalue()
    report = json.loads(text[: text.rindex("]") + 1])
    return code, report, file


def status(report: list[dict[str, object]], name: str) -> str:
    return next(str(entry["status"]) for entry in report if entry["name"] == name)


SECOND_OK = Recorded(200, html("<h2>Second Line</h2><p>Call 0808 801 0327.</p>"))


@pytest.mark.parametrize("written", [
    "Call 0808 2000 247 and text START to 88788",
    "Call 0808-2000-247 or text start to 88788",
    '<a href="tel:+448082000247">Call us free</a> <p>Text START to 88 788</p>',
    "From abroad: +44 808 2000 247. Text START to 88788.",
])
def test_number_in_every_usual_form_is_confirmed(written: str, tmp_path: Path, server: str) -> None:
    PAGES.update({"/first/": Recorded(200, html(f"<h1>First Line</h1><p>{written}</p>")),
                  "/second/help/": SECOND_OK})
    code, report, _ = run(tmp_path, server)
    assert [status(report, "First Line"), status(report, "Second Line")] == ["confirmed", "confirmed"], report
    assert code == 0


def test_number_removed(tmp_path: Path, server: str) -> None:
    PAGES.update({"/first/": Recorded(200, html("<h1>First Line</h1><p>Text START to 88788. Call 0808 2000 248.</p>")),
                  "/second/help/": SECOND_OK})
    code, report, _ = run(tmp_path, server)
    assert status(report, "First Line") == "not-found" and code == 1
    assert "0808 2000 247" in " ".join(next(e["notes"] for e in report if e["name"] == "First Line"))


def test_redirect_to_another_page_is_reported(tmp_path: Path, server: str) -> None:
    PAGES.update({"/first/": Recorded(301, headers={"Location": "/first/new-home/"}),
                  "/first/new-home/": Recorded(200, html("<p>First Line: 0808 2000 247, text START to 88788</p>")),
                  "/second/help/": Recorded(302, headers={"Location": "/elsewhere/"}),
                  "/elsewhere/": Recorded(200, html("<p>Second Line 0808 801 0327</p>"))})
    code, report, _ = run(tmp_path, server)
    assert status(report, "First Line") == "moved" and status(report, "Second Line") == "moved"
    notes = " ".join(next(e["notes"] for e in report if e["name"] == "First Line"))
    assert "https://first.example/first/new-home/" not in notes and "https://first.example/new-home/" in notes
    assert code == 1


def test_slow_and_missing_pages_are_unreachable(tmp_path: Path, server: str) -> None:
    PAGES.update({"/first/": Recorded(200, html("<p>First Line 0808 2000 247 START to 88788</p>"), delay=3.0)})
    PAGES.pop("/second/help/", None)
    code, report, _ = run(tmp_path, server)
    first = next(e for e in report if e["name"] == "First Line")
    second = next(e for e in report if e["name"] == "Second Line")
    assert first["status"] == "unreachable" and "timed out" in " ".join(first["notes"])
    assert second["status"] == "unreachable" and "HTTP 404" in " ".join(second["notes"])
    assert code == 1


def test_number_only_in_another_services_block_does_not_confirm(tmp_path: Path, server: str) -> None:
    """A directory page that lists Second Line's number under First Line's heading, and its own elsewhere."""
    PAGES.update({"/first/": Recorded(200, html("<h1>First Line</h1><p>Text START to 88788.</p>"
                                                "<h2>Second Line</h2><p>Call 0808 2000 247.</p>")),
                  "/second/help/": SECOND_OK})
    code, report, _ = run(tmp_path, server)
    assert status(report, "First Line") == "near-other", report
    assert "Second Line" in " ".join(next(e["notes"] for e in report if e["name"] == "First Line"))
    assert code == 1


def test_update_rewrites_only_the_confirmed_checked_records(tmp_path: Path, server: str) -> None:
    PAGES.update({"/first/": Recorded(200, html("<h1>First Line</h1><p>Freephone 24-hour helpline: "
                                                "<a href='tel:08082000247'>0808 2000 247</a>. Or text START to 88788 "
                                                "for help.</p>"))})
    PAGES.pop("/second/help/", None)  # Second Line stays as it was
    code, report, file = run(tmp_path, server, DATA, "--update")
    assert code == 1
    after = file.read_text(encoding="utf-8")
    before_lines, after_lines = DATA.splitlines(keepends=True), after.splitlines(keepends=True)
    # Lines 14-17 (the `checked` block of First Line) are the only ones that changed.
    assert before_lines[:13] == after_lines[:13]
    assert before_lines[17:] == after_lines[17:]
    data = yaml.safe_load(after)
    first, second = data["countries"][0]["services"]
    assert first["checked"]["url"] == "https://first.example/"
    assert "0808 2000 247" in first["checked"]["found"] and "START to 88788" in first["checked"]["found"]
    assert str(first["checked"]["date"]) == dt.date.today().isoformat()
    assert helplines.is_confirmed(first, "uk")
    assert second["checked"] == {"date": dt.date(2026, 1, 2),
                                 "url": "https://second.example/help/", "found": ""}


def test_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data", str(tmp_path / "missing.yml")]) == 2
    assert "missing.yml:1: the file cannot be read" in capsys.readouterr().err
    bad = tmp_path / "bad.yml"
    bad.write_text("countries:\n  - id: [\n", encoding="utf-8")
    assert main(["--data", str(bad)]) == 2
    assert main(["--rewrite-url", "nothing"]) == 2
    assert main(["--format", "xml"]) == 2


SHARED = """countries:
  - id: uk
    name: United Kingdom
    emergency: "999"
    services:
      - name: Samaritans
        for: Anyone who is struggling to cope.
        kinds: [crisis]
        phone: ["116 123"]
        text: null
        hours: 24 hours
        url: https://first.example/
        checked: {date: 2026-01-02, url: "https://first.example/", found: ""}
  - id: ie
    name: Ireland
    emergency: "999"
    services:
      - name: Samaritans Ireland
        for: Anyone who is struggling to cope.
        kinds: [crisis]
        phone: ["116 123"]
        text: null
        hours: 24 hours
        url: https://first.example/ireland/
        checked: {date: 2026-01-02, url: "https://first.example/ireland/", found: ""}
"""


def test_a_number_two_services_share_confirms_both(tmp_path: Path, server: str) -> None:
    """The guard stops another service's number, not the same number printed under a sister service."""
    page = Recorded(200, html("<h2>Samaritans</h2><p>Call free on 116 123 <b>&lt;any time&gt;</b>.</p>"))
    PAGES.update({"/first/": page, "/first/ireland/": page})
    code, report, file = run(tmp_path, server, SHARED, "--update")
    assert [entry["status"] for entry in report] == ["confirmed", "confirmed"] and code == 0
    assert all("<" not in str(entry["found"]) and ">" not in str(entry["found"]) for entry in report)
    data = yaml.safe_load(file.read_text(encoding="utf-8"))
    assert all(helplines.is_confirmed(s, c["id"]) for c in data["countries"] for s in c["services"])
