"""Every rule catches its problem at the right file and line, and stays quiet on a good page.

Each case is (rule id, pages, where the finding must be). `test_every_rule_has_a_case` fails when a
rule is added to the registry without a case here.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import GOOD_BODY, TAGS, TODAY, SiteRunner, front_matter

from walkaway.lint import rules_config
from walkaway.lint.findings import Finding
from walkaway.lint.registry import all_rules
from walkaway.page_template import LEFTOVERS

OTHER = front_matter("Another page entirely") + "Text.\n\n## Known heading\n\nMore text.\n"
FM = front_matter()  # five lines: the body starts on line 6
HELPLINE = """countries:
  - id: uk
    name: United Kingdom
    emergency: "999"
    services:
      - name: A help line
        for: Anyone who needs it, at any time.
        kinds: [domestic-abuse]
        phone: ["0808 000 0000"]
        text: null
        hours: 24 hours
        url: https://example.org/
        checked:
          date: {date}
          url: https://example.org/contact
          found: "{found}"
"""


def helpline(date: str = "2026-11-01", found: str = "Call us free on 0808 000 0000, day or night.") -> str:
    return HELPLINE.format(date=date, found=found)


LONG_WORDS = ("Notwithstanding considerable organisational complexity, institutional accountability "
              "mechanisms necessitate comprehensive interdisciplinary evaluation procedures. ") * 12

PLANNER = """title: A small planner
sections:
  - id: first
    title: First part
    questions:
      - id: where
        kind: short
        label: Where would you go?
        hint: Any place at all.
      - id: take
        kind: checklist
        label: What would you take?
        items:
          - id: keys
            label: Keys
"""

# rule -> (pages, expected (path, line), extra keyword arguments for run_site)
BAD: dict[str, tuple[dict[str, str | bytes], tuple[str, int], dict[str, object]]] = {
    "page-limits": ({"page.md": FM + "Text.\n\n" + "word " * 2500 + "\n"}, ("docs/page.md", 8), {}),
    "docs-file-type": ({"page.md": FM + GOOD_BODY}, ("docs/old.markdown", 1), {"files": {"old.markdown": b"# Old"}}),
    "docs-symlink": ({"page.md": FM + GOOD_BODY}, ("docs/secrets.png", 1), {"links": {"secrets.png": "/etc/passwd"}}),
    "page-file-name": ({"page.md": FM + GOOD_BODY, 'x"><b>.md': front_matter("Another title") + GOOD_BODY},
                       ('docs/x"><b>.md', 1), {}),
    "file-encoding": ({"page.md": FM.encode() + b"Caf\xe9 text\n"}, ("docs/page.md", 6), {}),  # codespell:ignore
    "front-matter-syntax": ({"page.md": "---\ntitle: one: two\n---\n" + GOOD_BODY}, ("docs/page.md", 2), {}),
    "front-matter-schema": ({"page.md": front_matter(titel="A typo")  # codespell:ignore
                             + GOOD_BODY}, ("docs/page.md", 5), {}),
    "reviewed-future": ({"page.md": FM.replace("2026-11-01", "2027-01-01") + GOOD_BODY}, ("docs/page.md", 4), {}),
    "reviewed-stale": ({"page.md": FM.replace("2026-11-01", "2025-01-01") + GOOD_BODY}, ("docs/page.md", 4), {}),
    "source-accessed": ({"page.md": front_matter(sources="\n  - title: A public page\n    url: https://example.org/a\n"
                                                         "    accessed: 2027-01-05") + GOOD_BODY},
                        ("docs/page.md", 8), {}),
    "duplicate-title": ({"a.md": FM + GOOD_BODY, "b.md": front_matter() + GOOD_BODY}, ("docs/b.md", 2), {}),
    "duplicate-description": (
        {"a.md": FM + GOOD_BODY,
         "b.md": FM.replace("title: A page about something", "title: Some other title") + GOOD_BODY},
        ("docs/b.md", 3), {}),
    "heading-h1": ({"page.md": FM + "# A second title\n\nText.\n"}, ("docs/page.md", 6), {}),
    "heading-increment": ({"page.md": FM + "Text.\n\n## Part\n\n#### Too deep\n"}, ("docs/page.md", 10), {}),
    "page-template-text": ({"page.md": FM + "Text.\n\n" + LEFTOVERS[1] + "\n"}, ("docs/page.md", 8), {}),
    "page-empty": ({"page.md": FM + "\n"}, ("docs/page.md", 6), {}),
    "link-target": ({"page.md": FM + "See [this](missing.md).\n"}, ("docs/page.md", 6), {}),
    "link-anchor": ({"page.md": FM + "Text.\n\nSee [it](other.md#nowhere).\n", "other.md": OTHER},
                    ("docs/page.md", 8), {}),
    "link-style": ({"page.md": FM + "Text.\n\nSee [it](other.html).\n", "other.md": OTHER}, ("docs/page.md", 8), {}),
    "link-scheme": ({"page.md": FM + "Read [this](http://example.org/).\n"}, ("docs/page.md", 6), {}),
    "html-forbidden": ({"page.md": FM + "Text.\n\n<script>alert(1)</script>\n"}, ("docs/page.md", 8), {}),
    "html-allowlist": ({"page.md": FM + "Text.\n\n<marquee>hello</marquee>\n"}, ("docs/page.md", 8), {}),
    "image-alt": ({"page.md": FM + "Text.\n\n![](pic.png)\n"}, ("docs/page.md", 8), {"files": {"pic.png": b"png"}}),
    "image-file": ({"page.md": FM + "Text.\n\n![A picture](https://example.org/a.png)\n"}, ("docs/page.md", 8), {}),
    "nav-missing-page": ({"page.md": FM + GOOD_BODY}, ("docs/page.md", 1), {"nav": []}),
    "search-query-missing": ({"page.md": FM + GOOD_BODY, "other.md": OTHER}, ("docs/other.md", 1),
                             {"queries": "queries:\n  - {q: a question, expect: page/}\n"}),
    "nav-missing-file": ({"page.md": FM + GOOD_BODY}, ("mkdocs.yml", 4), {"nav": ["page.md", "ghost.md"]}),
    "helpline-schema": ({"page.md": FM + GOOD_BODY}, ("docs/_data/helplines.yml", 6),
                        {"extra_data": {"_data/helplines.yml": helpline().replace("        hours: 24 hours\n", "")}}),
    "helpline-stale": ({"page.md": FM + GOOD_BODY}, ("docs/_data/helplines.yml", 14),
                       {"extra_data": {"_data/helplines.yml": helpline(date="2026-01-01")}}),
    "helpline-found": ({"page.md": FM + GOOD_BODY}, ("docs/_data/helplines.yml", 16),
                       {"extra_data": {"_data/helplines.yml": helpline(found="Call us on 0808 000 0001")}}),
    "helpline-marker": ({"page.md": FM + "Text.\n\n<!-- services: men, pets -->\n"}, ("docs/page.md", 8), {}),
    "readability": ({"page.md": FM + LONG_WORDS + "\n"}, ("docs/page.md", 6), {}),
    "readability-note": ({"page.md": front_matter(readability_note="Quotes legal names that readers need exactly.")
                          + LONG_WORDS + "\n"}, ("docs/page.md", 5), {}),
    "tags-file": ({"page.md": FM + GOOD_BODY}, ("docs/_data/tags.yml", 1),
                  {"extra_data": {"_data/tags.yml": "- just\n- a list\n"}}),
    "planner-schema": ({"page.md": FM + GOOD_BODY}, ("docs/_data/planners/small.yml", 7),
                       {"extra_data": {"_data/planners/small.yml": PLANNER.replace("kind: short", "kind: essay")}}),
    "planner-duplicate-id": ({"page.md": FM + GOOD_BODY}, ("docs/_data/planners/small.yml", 14),
                             {"extra_data": {"_data/planners/small.yml": PLANNER.replace("id: keys", "id: where")}}),
    "planner-marker": ({"page.md": FM + "Text.\n\n<!-- planner: ghost -->\n"}, ("docs/page.md", 8), {}),
}

# Rules whose problems cannot be made by a page: a broken mkdocs.yml and a crash inside a rule.
NOT_PAGE_RULES = {"config", "validator-error"}


@pytest.mark.parametrize("rule", sorted(BAD))
def test_rule_reports_problem_at_its_line(rule: str, run_site: SiteRunner) -> None:
    pages, (path, line), options = BAD[rule]
    findings = run_site(pages, **options)
    hits = [finding for finding in findings if finding.rule == rule]
    assert hits, f"{rule} reported nothing; all findings: {findings}"
    assert (hits[0].path, hits[0].line) == (path, line), hits
    assert hits[0].severity == rules_config.load()[rule].severity
    assert " — " in hits[0].as_text(), "every message says how to fix it"


@pytest.mark.parametrize("rule", sorted(BAD))
def test_rule_is_quiet_on_a_good_site(rule: str, run_site: SiteRunner) -> None:
    good = {
        "index.md": front_matter("Home of the site", tags="[signs]",
                                 sources="\n  - title: A public page\n    url: https://example.org/a\n"
                                         "    accessed: 2026-10-30")
                    + "Welcome. See [the guide](guide/page.md#first-part).\n\n"
                    "## Help\n\nRead [this](https://example.org/), or mail [us](mailto:a@example.org).\n\n"
                    "![A drawing of a path](pic.png)\n\n<span>Allowed inline HTML.</span>\n",
        "guide/page.md": front_matter("The guide itself") + GOOD_BODY + "\n### Detail\n\nBack [home](../index.md).\n"
                         "\n<!-- planner: small -->\n\nLines for men: see [the UK](../help.md#uk).\n\n"
                         "<!-- services: men, lgbtq -->\n",
        "help.md": front_matter("Help lines by country") + "Every line.\n\n<!-- helplines -->\n",
    }
    data = {"_data/helplines.yml": helpline(), "_data/planners/small.yml": PLANNER}
    queries = ("queries:\n  - {q: home, expect: ''}\n  - {q: the guide, expect: guide/page/}\n"
               "  - {q: help lines, expect: help/}\n")
    findings = run_site(good, files={"pic.png": b"png"}, extra_data=data, queries=queries)
    assert [finding for finding in findings if finding.rule == rule] == []


def test_every_rule_has_a_case() -> None:
    registered = {rule.id for rule in all_rules()}
    assert registered - NOT_PAGE_RULES <= set(BAD), f"rules without a test case: {registered - set(BAD)}"


def test_every_rule_has_a_severity() -> None:
    registered = {rule.id for rule in all_rules()} | {"file-encoding", "front-matter-syntax"}
    assert registered <= set(rules_config.load()), registered - set(rules_config.load())


def test_typo_in_key_suggests_the_real_key(run_site: SiteRunner) -> None:
    findings = run_site({"page.md": front_matter(descripton="oops") + GOOD_BODY})  # codespell:ignore
    assert any("did you mean `description`" in finding.hint for finding in findings), findings


def test_unknown_tag_suggests_the_nearest(run_site: SiteRunner) -> None:
    findings = run_site({"page.md": front_matter(tags="[sign]") + GOOD_BODY})
    assert any("did you mean `signs`" in finding.hint for finding in findings), findings


def test_bom_is_reported(run_site: SiteRunner) -> None:
    findings = run_site({"page.md": b"\xef\xbb\xbf" + (FM + GOOD_BODY).encode()})
    assert [(f.rule, f.line) for f in findings] == [("file-encoding", 1)]


@pytest.mark.parametrize("link, expected", [
    ("[a](javascript:alert(1))", "link-scheme"),
    ("[a](data:text/html,hi)", "link-scheme"),
    ("[a](folder/)", "link-style"),
    ("[a](folder)", "link-style"),
    ("[a](folder/deeper)", "link-style"),
    ("[a](/other.md)", "link-style"),
    ("[a](other)", "link-target"),
])
def test_link_variants(link: str, expected: str, run_site: SiteRunner) -> None:
    findings = run_site({"page.md": FM + f"Text.\n\n{link}\n", "other.md": OTHER, "folder/index.md": front_matter(
        "Folder index page") + GOOD_BODY, "folder/deeper/page.md": front_matter("A deeper page") + GOOD_BODY})
    assert (expected, 8) in [(f.rule, f.line) for f in findings], findings


@pytest.mark.parametrize("html", ['<div onclick="steal()">x</div>', "<iframe src='https://x.org'></iframe>",
                                  '<a href="javascript:alert(1)">x</a>', "<form></form>", "<style>p{}</style>",
                                  '<span style="color:red">x</span>', "<object></object>", "<embed>"])
def test_forbidden_html(html: str, run_site: SiteRunner) -> None:
    findings = run_site({"page.md": FM + f"Text.\n\n{html}\n"})
    assert "html-forbidden" in [f.rule for f in findings], findings


def test_explicit_heading_id_is_an_anchor(run_site: SiteRunner) -> None:
    other = front_matter("Questions and answers") + "Intro.\n\n## Does it work? {#does-it-work}\n\nYes.\n"
    findings = run_site({"page.md": FM + "See [it](faq.md#does-it-work).\n", "faq.md": other})
    assert [f for f in findings if f.rule == "link-anchor"] == []


def test_links_inside_admonitions_are_checked(run_site: SiteRunner) -> None:
    page = FM + "Text.\n\n!!! warning \"Careful\"\n    Read [this](missing.md) first.\n"
    findings = run_site({"page.md": page})
    assert ("link-target", 9) in [(f.rule, f.line) for f in findings], findings


def test_all_problems_reported_in_one_pass(run_site: SiteRunner) -> None:
    page = front_matter(titel="x") + "# Title\n\nSee [a](missing.md) and [b](http://x.org).\n"  # codespell:ignore
    rules = {f.rule for f in run_site({"page.md": page})}
    assert {"front-matter-schema", "heading-h1", "link-target", "link-scheme"} <= rules


def test_link_lines_are_exact_when_a_link_repeats(run_site: SiteRunner) -> None:
    """The same broken link on two lines of one paragraph is reported on each line, not twice on the first."""
    page = FM + "See [a](missing.md) here,\nand [a](missing.md) again.\n"
    lines = [f.line for f in run_site({"page.md": page}) if f.rule == "link-target"]
    assert lines == [6, 7]


def test_a_crashing_rule_becomes_one_finding(run_site: SiteRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug in a page rule or a site rule is reported where it happened, and the other rules still run."""
    from walkaway.lint import registry

    def broken(*args: object) -> list[Finding]:
        raise KeyError("boom")

    page_rules, site_rules = registry.page_rules(), registry.site_rules()
    monkeypatch.setattr(registry, "page_rules", lambda: [registry.Rule("x-page", "", "page", "x", broken), *page_rules])
    monkeypatch.setattr(registry, "site_rules", lambda: [registry.Rule("x-site", "", "site", "x", broken), *site_rules])
    settings = {**rules_config.load(), "x-page": rules_config.RuleSettings("error", {}),
                "x-site": rules_config.RuleSettings("error", {})}
    monkeypatch.setattr(rules_config, "load", lambda *args: settings)
    findings = run_site({"page.md": FM + "See [a](missing.md).\n"})
    crashes = sorted((f.path, f.rule, f.message.split(":")[0]) for f in findings if f.rule == "validator-error")
    assert crashes == [("docs/page.md", "validator-error", "the rule `x-page` failed"),
                       ("mkdocs.yml", "validator-error", "the rule `x-site` failed")]
    assert "link-target" in {f.rule for f in findings}


def test_parallel_and_serial_runs_agree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages checked in worker processes give exactly the findings of a run in one process."""
    from walkaway.lint import runner

    docs = tmp_path / "docs"
    (docs / "_data").mkdir(parents=True)
    (docs / "_data" / "tags.yml").write_text(TAGS, encoding="utf-8")
    pages = {f"p{n}.md": front_matter(f"Page number {n}") + f"# Title\n\nSee [it](p{n + 1}.md#nowhere).\n"
             for n in range(12)}
    pages["p3.md"] = FM + "<script>x</script>\n\n![](http://x.org/a.png)\n"
    for name, text in pages.items():
        (docs / name).write_text(text, encoding="utf-8")
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: T\nnav:\n" + "".join(f"  - {name}\n" for name in pages), encoding="utf-8")
    monkeypatch.setattr(runner, "PARALLEL_FROM", 2)
    serial = runner.validate(docs, config, today=TODAY, workers=1, display_root=tmp_path)
    parallel = runner.validate(docs, config, today=TODAY, workers=2, display_root=tmp_path)
    assert len(serial) > 20
    assert parallel == serial


def test_links_inside_country_tabs_are_checked(run_site: SiteRunner) -> None:
    """`=== "Country"` tab bodies are indented like code; the validator must still read them as Markdown."""
    page = FM + 'Intro.\n\n=== "United Kingdom"\n\n    Read [this](missing.md).\n\n=== "Ireland"\n\n    Fine.\n'
    hits = [finding for finding in run_site({"page.md": page}) if finding.rule == "link-target"]
    assert [(hit.path, hit.line) for hit in hits] == [("docs/page.md", 10)]


def test_helpline_checked_in_the_future_is_an_error(run_site: SiteRunner) -> None:
    findings = run_site({"page.md": FM + GOOD_BODY}, extra_data={"_data/helplines.yml": helpline(date="2027-01-01")})
    assert [(f.rule, f.line) for f in findings if "in the future" in f.message] == [("helpline-schema", 14)]


@pytest.mark.parametrize("change, message", [
    (("name: A help line", "name: A <script>help</script> line"), "contains `<`"),
    (("hours: 24 hours", "hours: 24 hours\n        verified: 2026-11-01"), "unknown key `verified`"),
    (("url: https://example.org/\n", "url: http://example.org/\n"), "does not match"),
    (("url: https://example.org/contact", "url: https://example.org/a page"), "does not match"),
    (("text: null", 'text: "Text START to 88788"'), "Text START to 88788"),
    (("kinds: [domestic-abuse]", "kinds: [pets]"), "unknown kind `pets`"),
])
def test_helpline_schema_refuses(change: tuple[str, str], message: str, run_site: SiteRunner) -> None:
    data = helpline().replace(*change)
    findings = run_site({"page.md": FM + GOOD_BODY}, extra_data={"_data/helplines.yml": data})
    hits = [f for f in findings if f.rule == "helpline-schema"]
    assert any(message in f.message for f in hits), hits


def test_helpline_found_elsewhere_is_not_a_false_claim(run_site: SiteRunner) -> None:
    """A reading on another site is honestly 'not yet confirmed', whatever it quotes: no finding."""
    data = helpline(found="Call 0808 000 0001").replace("url: https://example.org/contact",
                                                        "url: https://news.example.com/story")
    findings = run_site({"page.md": FM + GOOD_BODY}, extra_data={"_data/helplines.yml": data})
    assert [f for f in findings if f.rule == "helpline-found"] == []


def test_unknown_country_anchor_on_the_help_page_is_reported(run_site: SiteRunner) -> None:
    pages = {"page.md": FM + "Text.\n\nSee [it](help.md#fr).\n",
             "help.md": front_matter("Help lines by country") + "Every line.\n\n<!-- helplines -->\n"}
    findings = run_site(pages, extra_data={"_data/helplines.yml": helpline()})
    assert [(f.rule, f.line) for f in findings if f.rule == "link-anchor"] == [("link-anchor", 8)]
