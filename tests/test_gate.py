"""The output gate's checks, on small pages written inline (the hostile corpus runs them on real builds)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from walkaway.gate import files, html, known

ROOT = Path(__file__).resolve().parents[1]
SITE_URL = "https://walking-away.github.io/walking-away/"


def page(body: str = "", head: str = "", base: str = "..", extra_hash: str = "") -> str:
    hashes = " ".join(known.hashes_for(base)) + extra_hash
    scripts = "".join(f"<script>{script}</script>" for script in known.bodies_for(base))
    return (f"<!doctype html><html><head><meta charset=utf-8><meta name=referrer content=no-referrer>"
            f"<meta http-equiv=Content-Security-Policy content=\"default-src 'self'; script-src 'self' {hashes}\">"
            f"<link rel=stylesheet href=../assets/stylesheets/walking-away.css>{scripts}{head}</head>"
            f"<body><script id=__config type=application/json>{{}}</script>{body}"
            f"<script src=../assets/javascripts/quick-exit.js></script></body></html>")


def rules(html_text: str) -> list[str]:
    return [issue.rule for issue in html.check_page(html_text, SITE_URL)]


def test_a_page_as_the_templates_write_it_passes() -> None:
    assert rules(page()) == []
    assert rules(page(base=".")) == [] and rules(page(base="/walking-away/")) == []


@pytest.mark.parametrize(("body", "rule"), [
    ("<script>alert(1)</script>", "gate-script"),
    ("<script>" + known.TAB_RESTORE + ";alert(1)</script>", "gate-script"),
    ('<script type="importmap">{}</script>', "gate-script"),
    ('<script src="https://evil.example/x.js"></script>', "gate-origin"),
    ('<p onclick="alert(1)">x</p>', "gate-handler"),
    ('<a href="java&#x09;script:alert(1)">x</a>', "gate-url"),
    ('<a href=" JAVASCRIPT:alert(1)">x</a>', "gate-url"),
    ('<img src="data:image/png;base64,AAAA" alt="x">', "gate-url"),
    ('<img src="//evil.example/x.png" alt="x">', "gate-origin"),
    ('<img srcset="a.png 1x, \\\\evil.example\\b.png 2x" alt="x">', "gate-origin"),
    ('<meta http-equiv="refresh" content="0;url=https://evil.example/">', "gate-meta"),
    ('<base href="https://evil.example/">', "gate-element"),
    ('<iframe src="a.html"></iframe>', "gate-element"),
    ('<form action="https://evil.example/"></form>', "gate-element"),
    ('<p style="color:red">x</p>', "gate-style"),
    ("<svg><foreignObject><p>x</p></foreignObject></svg>", "gate-element"),
    ('<link rel="stylesheet" href="x.css">', "gate-element"),
])
def test_anything_active_in_the_body_is_refused(body: str, rule: str) -> None:
    assert rule in rules(page(body))


def test_the_policy_may_hash_only_the_known_scripts() -> None:
    assert "gate-csp" in rules(page(extra_hash=" 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"))
    assert "gate-csp" in rules(page(extra_hash=" 'unsafe-inline'"))
    assert "gate-csp" in rules(page().replace("<meta http-equiv=Content-Security-Policy", "<meta http-equiv=x-no"))


def test_a_base_url_that_could_break_out_of_the_string_is_not_known() -> None:
    bad = known.STORAGE_HELPERS.replace(known.BASE, '",alert(1),"')
    assert not known.is_known(bad)
    with pytest.raises(ValueError):
        known.bodies_for('"+alert(1)+"')


def test_the_search_index_is_checked_as_html() -> None:
    index = b'{"config": {}, "docs": [{"location": "a/", "title": "A", "text": "<img src=x onerror=alert(1)>"}]}'
    assert [issue.rule for issue in files.check_search_index(index, SITE_URL)] == ["gate-handler"]
    assert files.check_search_index(b'{"docs": [{"location": "a/", "title": "A", "text": "<p>Fine</p>"}]}',
                                    SITE_URL) == []


def test_the_search_workers_word_tables_hold_plain_words_only() -> None:
    def index(table: object) -> bytes:
        return json.dumps({"config": {"walkaway": table}, "docs": []}).encode()

    fine = {"misspelt": {"realtionship": "relationship", "dont": "don't"},  # codespell:ignore
            "synonyms": {"kids": ["children"]}, "filler": ["really"]}
    assert files.check_search_index(index(fine), SITE_URL) == []
    for bad in ({**fine, "misspelt": {"x": "<img src=x onerror=alert(1)>"}}, {**fine, "synonyms": {"kids": "children"}},
                {**fine, "extra": {}}, {**fine, "filler": [1]}, "words"):
        assert [issue.rule for issue in files.check_search_index(index(bad), SITE_URL)] == ["gate-file"], bad


def test_assets_must_be_unchanged_copies(tmp_path: Path) -> None:
    overrides = ROOT / "overrides"
    rel = "assets/javascripts/quick-exit.js"
    assert files.check_copy((overrides / rel).read_bytes(), rel, [overrides]) == []
    assert files.check_copy(b"alert(1)", rel, [overrides])[0].rule == "gate-asset"
    assert files.check_copy(b"alert(1)", "assets/javascripts/new.js", [overrides])[0].rule == "gate-asset"


def test_the_site_icon_is_a_plain_drawing_and_images_are_what_they_say() -> None:
    assert files.check_svg((ROOT / "overrides/assets/images/favicon.svg").read_bytes()) == []
    assert files.check_image((ROOT / "overrides/assets/images/social.png").read_bytes(), ".png") == []
    assert files.check_image(b"<html>", ".png")[0].rule == "gate-file"
    assert files.kind_of("a/b.exe") == "other" and files.kind_of(".well-known/x.txt") == "other"


def test_the_cli_says_what_to_do_without_a_built_site(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from cli import run_cli

    assert run_cli("gate", "--site", tmp_path) == 2
    assert "run `walkaway build`" in capsys.readouterr().err


def test_a_finding_in_what_a_page_includes_names_the_file_it_is_written_in(tmp_path: Path) -> None:
    """A script that reached a page through `<!-- snippet: NAME -->` or `<!-- planner: NAME -->` is named in
    the snippet or planner file, at its line: the markers are read with the content layer's one grammar."""
    from walkaway.gate import _finding, _included_files
    from walkaway.gate.issues import Issue
    from walkaway.gate.sources import Project

    docs = tmp_path / "docs"
    (docs / "_snippets").mkdir(parents=True)
    (docs / "_data" / "planners").mkdir(parents=True)
    (docs / "_snippets" / "promise.md").write_text("A promise.\n\n<b onclick=alert(1)>x</b>\n", encoding="utf-8")
    (docs / "_data" / "planners" / "small.yml").write_text("title: '<script>steal()</script>'\n", encoding="utf-8")
    source = docs / "page.md"
    source.write_text("---\ntitle: A page\n---\n\nText.\n\n<!-- snippet: promise -->\n\n<!--planner:small-->\n",
                      encoding="utf-8")
    project = Project(root=tmp_path, docs=docs, overrides=tmp_path / "overrides", theme=tmp_path / "theme")
    rendered = _included_files(docs)
    assert rendered == [docs / "_data" / "planners" / "small.yml", docs / "_snippets" / "promise.md"]
    found = [_finding("page/index.html", source, Issue("gate-handler", "an event handler", (needle,)), rendered,
                      project) for needle in ("onclick=alert(1)", "steal()", "Text.")]
    assert [(finding.path, finding.line) for finding in found] == [
        ("docs/_snippets/promise.md", 3), ("docs/_data/planners/small.yml", 1), ("docs/page.md", 5)]
