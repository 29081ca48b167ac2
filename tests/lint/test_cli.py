"""The validator's command line: exit codes, output formats, and no traceback whatever the input."""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from built_site import build_findings
from cli import WALKAWAY
from lint.sites import GOOD_BODY, front_matter

ROOT = Path(__file__).resolve().parents[2]


def make_site(root: Path, page: str | bytes) -> tuple[Path, Path]:
    docs = root / "docs"
    (docs / "_data").mkdir(parents=True, exist_ok=True)
    (docs / "_data" / "tags.yml").write_text("signs: Signs.\n", encoding="utf-8")
    target = docs / "page.md"
    if isinstance(page, bytes):
        target.write_bytes(page)
    else:
        target.write_text(page, encoding="utf-8")
    config = root / "mkdocs.yml"
    config.write_text("site_name: Test\nnav:\n  - page.md\n", encoding="utf-8")
    return docs, config


def run(*args: str | Path, cwd: Path = ROOT, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(WALKAWAY), "validate", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, env=env)


def test_clean_site_exits_zero(tmp_path: Path) -> None:
    docs, config = make_site(tmp_path, front_matter() + GOOD_BODY)
    done = run("--docs", docs, "--config", config, cwd=tmp_path)
    assert done.returncode == 0, done.stdout
    assert "0 error(s)" in done.stdout


def test_errors_exit_one_with_path_line_and_fix(tmp_path: Path) -> None:
    docs, config = make_site(tmp_path, front_matter() + "See [x](missing.md).\n")
    done = run("--docs", docs, "--config", config, cwd=tmp_path)
    assert done.returncode == 1
    assert done.stdout.startswith("docs/page.md:6:9: error[link-target]: ")
    assert " — " in done.stdout.splitlines()[0]


def test_github_format_prints_annotations(tmp_path: Path) -> None:
    docs, config = make_site(tmp_path, front_matter() + "See [x](missing.md).\n")
    done = run("--docs", docs, "--config", config, "--format", "github", cwd=tmp_path)
    assert "::error file=docs/page.md,line=6,col=9,title=link-target::" in done.stdout


def test_json_format_is_parseable(tmp_path: Path) -> None:
    docs, config = make_site(tmp_path, front_matter() + "See [x](missing.md).\n")
    done = run("--docs", docs, "--config", config, "--format", "json", cwd=tmp_path)
    findings = json.loads(done.stdout)
    assert findings[0]["rule"] == "link-target" and findings[0]["line"] == 6


def test_usage_problems_exit_two(tmp_path: Path) -> None:
    assert run("--docs", tmp_path / "nowhere").returncode == 2
    assert run("--format", "xml").returncode == 2


def test_real_docs_validate_clean() -> None:
    """The validator's run in `make build` (read back, not repeated) found no error in the real docs."""
    errors = [finding for finding in build_findings() if finding["severity"] == "error"]
    assert errors == [], errors[:20]
    assert not [finding for finding in build_findings() if finding["rule"] == "validator-error"]


SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
yaml_values = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=30) | st.dates(),
                           lambda children: st.lists(children, max_size=3)
                           | st.dictionaries(st.text(max_size=10), children, max_size=3), max_leaves=8)


def assert_clean_exit(tmp_path: Path, page: str | bytes) -> None:
    from walkaway.lint.runner import validate

    docs, config = make_site(tmp_path, page)
    findings = validate(docs, config, workers=1, display_root=tmp_path)  # raises if a rule crashes
    assert all(finding.rule != "validator-error" for finding in findings), findings


@SETTINGS
@given(meta=st.dictionaries(st.sampled_from(["title", "description", "reviewed", "tags", "titel", "search",
                                             "hide", "keywords", "x"]), yaml_values, max_size=6))
def test_random_front_matter_never_crashes(tmp_path: Path, meta: dict[str, object]) -> None:
    import yaml

    text = "---\n" + yaml.safe_dump(meta, allow_unicode=True) + "---\n" + GOOD_BODY
    assert_clean_exit(tmp_path, text)


@SETTINGS
@given(data=st.binary(max_size=400))
def test_random_bytes_never_crash(tmp_path: Path, data: bytes) -> None:
    assert_clean_exit(tmp_path, data)


markdown_bits = st.sampled_from(["# ", "## ", "#### ", "[a](", ")", "](b.md#c)", "![", "<div>", "</div>", "<script>",
                                 "---\n", "\n", "    ", "!!! note\n", "- [ ] ", "`", "{#id}", "http://", "javascript:",
                                 "| a | b |\n|---|---|\n", "\x00", "\ufeff", "é", "> "])


@SETTINGS
@given(parts=st.lists(markdown_bits | st.text(max_size=15), max_size=30))
def test_random_markdown_never_crashes(tmp_path: Path, parts: list[str]) -> None:
    assert_clean_exit(tmp_path, "".join(parts))


def test_cli_never_prints_a_traceback_on_garbage(tmp_path: Path) -> None:
    docs, config = make_site(tmp_path, b"---\n\xff\xfe: [\n---\n\x00")
    (docs / "other.md").write_text("---\ntitle: [unclosed\n---\n# x\n", encoding="utf-8")
    config.write_text("nav: [\n", encoding="utf-8")
    done = run("--docs", docs, "--config", config, cwd=tmp_path)
    assert done.returncode == 1
    assert "Traceback" not in done.stdout + done.stderr


def test_a_broken_rules_config_exits_two_with_its_line(tmp_path: Path) -> None:
    docs, config = make_site(tmp_path, front_matter() + GOOD_BODY)
    rules = tmp_path / "rules.yml"
    rules.write_text("heading-h1: error\nheading-h2: fatal\n", encoding="utf-8")
    done = run("--docs", docs, "--config", config, "--rules-config", rules, cwd=tmp_path)
    assert done.returncode == 2
    assert "rules.yml:2: `heading-h2` is not a rule — did you mean `heading-h1`?" in done.stderr
    assert "rules.yml:2: the rule `page-empty` has no severity — add `page-empty: error` (or `warning`)" in done.stderr
    assert "Traceback" not in done.stdout + done.stderr


def test_rule_runs_only_that_rule(tmp_path: Path) -> None:
    docs, config = make_site(tmp_path, front_matter(titel="x") + "# Title\n\nSee [x](missing.md).\n")
    done = run("--docs", docs, "--config", config, "--rule", "link-target", cwd=tmp_path)
    assert done.returncode == 1
    assert [line.split(": ")[1] for line in done.stdout.splitlines()[:-1]] == ["error[link-target]"]
