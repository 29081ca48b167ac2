"""walkaway/lint/runner.py: every problem in one pass, crashes isolated, the same findings in parallel, and
only registered ids; `rules=` runs the rules asked for."""
from __future__ import annotations

from pathlib import Path

import pytest

from lint.expectations import FIXTURES, check_fixture
from lint.sites import FM, TAGS, TODAY, SiteRunner, front_matter, run, write_site
from walkaway.lint import registry, rules_config
from walkaway.lint.findings import Finding
from walkaway.lint.page import Page
from walkaway.lint.registry import PageReport, SiteReport
from walkaway.lint.site import PageContext, Site


def test_a_clean_site_has_no_findings(tmp_path: Path) -> None:
    """Pages, links, anchors, images, HTML, a planner, help lines and queries that every rule accepts."""
    check_fixture(FIXTURES / "clean-site", tmp_path / "site")


def test_all_problems_reported_in_one_pass(run_site: SiteRunner) -> None:
    page = front_matter(titel="x") + "# Title\n\nSee [a](missing.md) and [b](http://x.org).\n"  # codespell:ignore
    rules = {f.rule for f in run_site({"page.md": page})}
    assert {"front-matter-schema", "heading-h1", "link-target", "link-scheme"} <= rules


def with_rules(folder: Path, extra: dict[str, str]) -> Path:
    """A copy of the real rules config with `extra` lines added."""
    config = folder / "rules.yml"
    config.write_text(rules_config.RULES_CONFIG.read_text(encoding="utf-8")
                      + "".join(f"{rule}: {severity}\n" for rule, severity in extra.items()), encoding="utf-8")
    return config


@pytest.fixture
def broken_rules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A page rule and a site rule that report, then raise; the rules config that gives them a severity."""
    monkeypatch.setattr(registry, "_RULES", dict(registry._RULES))

    @registry.page_rule("x-page", "A page rule with a bug.")
    def broken_page(page: Page, context: PageContext, report: PageReport) -> None:
        report(1, "a finding before the crash", "it must not be kept")
        raise KeyError("boom")

    @registry.site_rule("x-site", "A site rule with a bug.")
    def broken_site(site: Site, report: SiteReport) -> None:
        report("mkdocs.yml", 1, "a finding before the crash", "it must not be kept")
        raise KeyError("boom")

    return with_rules(tmp_path, {"x-page": "error", "x-site": "error"})


def test_a_crashing_rule_becomes_one_finding(broken_rules: Path, tmp_path: Path) -> None:
    """A bug in a page rule or a site rule is reported where it happened, and the other rules still run."""
    write_site(tmp_path / "site", {"page.md": FM + "See [a](missing.md).\n"})
    findings = run(tmp_path / "site", settings_file=broken_rules)
    crashes = sorted((f.path, f.rule, f.message.split(":")[0]) for f in findings if f.rule == "validator-error")
    assert crashes == [("docs/page.md", "validator-error", "the rule `x-page` failed"),
                       ("mkdocs.yml", "validator-error", "the rule `x-site` failed")]
    assert "link-target" in {f.rule for f in findings}
    assert not {"x-page", "x-site"} & {f.rule for f in findings}, "what a crashed rule reported is dropped"


def test_a_crash_is_reported_whichever_rules_are_asked_for(broken_rules: Path, tmp_path: Path) -> None:
    write_site(tmp_path / "site", {"page.md": FM + "See [a](missing.md).\n"})
    findings = run(tmp_path / "site", settings_file=broken_rules, rules=["x-page"])
    assert [(f.path, f.rule) for f in findings] == [("docs/page.md", "validator-error")]


def test_only_the_rules_asked_for_run(tmp_path: Path) -> None:
    page = front_matter(titel="x") + "# Title\n\nSee [a](missing.md) and [b](http://x.org).\n"  # codespell:ignore
    write_site(tmp_path, {"page.md": page})
    assert {f.rule for f in run(tmp_path, rules=["link-target", "heading-h1"])} == {"link-target", "heading-h1"}
    assert run(tmp_path, rules=["image-alt"]) == []


def test_a_finding_with_an_unregistered_id_fails_loudly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """However an id slips past the registry, its finding becomes a validator-error at the same place."""
    from walkaway.lint import runner

    stray = Finding("docs/_data/tags.yml", 3, 1, "no-such-rule", "something", "fix it")
    monkeypatch.setattr(runner, "read_tags", lambda docs: ({}, [stray]))
    write_site(tmp_path, {"page.md": FM + "Text.\n"})
    found = [f for f in run(tmp_path) if f.path == "docs/_data/tags.yml"]
    assert [(f.line, f.rule, f.severity) for f in found] == [(3, "validator-error", "error")]
    assert "`no-such-rule` is not registered" in found[0].message


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
