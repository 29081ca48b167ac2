"""The hostile corpus (tests/hostile/cases.py) through the command deploy runs, `walkaway build`.

- Cases the validator must refuse run one by one, in this process, against their own copy of the project:
  `walkaway build` stops at the validator before MkDocs runs, so this is the whole publish path for them.
  `test_the_build_stops_at_the_validator` proves that, once per category, in a real subprocess.
- Cases only the output gate can see (where parsers disagree, files that are not Markdown) are built
  together once: every one of them must be named in the refusal.
- Inert cases are built together once: the site is published and the gate finds nothing in it.
- `test_validator_and_gate_agree` skips the validator and builds what it refuses: the gate must then
  refuse every case that would put something active on the site, and find the rest inert.
"""
from __future__ import annotations

import os
import re
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from cli import WALKAWAY
from hostile.cases import CASES, Case
from hostile.project import Outcome, apply, make_project, publish

REFUSED = [case for case in CASES if case.expect == "validator"]
GATED = [case for case in CASES if case.expect == "gate"]
INERT = [case for case in CASES if case.expect == "inert"]
E2E = [case for case in CASES if case.e2e]
BYPASSED = [case for case in REFUSED if case.bypass is not None]


def _refusal(case: Case) -> re.Pattern[str]:
    """`path:line:col: error[rule]: what — how`, for the case's file and one of its expected rules."""
    rules = "|".join(re.escape(rule) + (r"[\w-]*" if rule.endswith("-") else "") for rule in case.rules)
    return re.compile(rf"^{re.escape(case.shown)}:\d+:\d+: error\[(?:{rules})\]: .+ — .+$", re.MULTILINE)


def test_the_corpus_is_large_and_covers_every_category() -> None:
    categories = Counter(case.category for case in CASES)
    assert len(CASES) >= 100
    assert set(categories) >= {"encoding", "yaml", "links", "html", "attr_list", "front_matter", "data", "files",
                               "symlinks", "names", "limits"}
    assert len({case.id for case in CASES}) == len(CASES), "case ids must be unique"
    for case in CASES:
        assert case.rules or case.expect == "inert", f"{case.id}: say which rule must refuse it"
        assert case.bypass is not None or case.note, f"{case.id}: say why MkDocs cannot build it"
    refused_categories = {case.category for case in REFUSED}
    assert refused_categories <= {case.category for case in E2E}, "one end-to-end case per category"


@pytest.mark.parametrize("case", REFUSED, ids=lambda case: case.id)
def test_the_validator_refuses(case: Case, tmp_path: Path) -> None:
    root = make_project(tmp_path)
    apply(case, root)
    outcome = publish(root)
    assert "Traceback" not in outcome.output, outcome.output
    assert outcome.code == 1, outcome.output
    assert _refusal(case).search(outcome.output), outcome.output
    assert "nothing was built" in outcome.output
    assert not (root / "site").exists()


def publish_together(cases: list[Case], tmp_path: Path) -> tuple[Path, Outcome]:
    """One project with every case in `cases` applied, through the publish path; never a traceback."""
    root = make_project(tmp_path)
    for case in cases:
        apply(case, root)
    outcome = publish(root)
    assert "Traceback" not in outcome.output, outcome.output
    return root, outcome


def test_the_gate_refuses_what_the_validator_lets_through(tmp_path: Path) -> None:
    root, outcome = publish_together(GATED, tmp_path)
    assert outcome.code == 1, outcome.output
    assert "The output gate refused the built site" in outcome.output, outcome.output
    missed = [case.id for case in GATED if not _refusal(case).search(outcome.output)]
    assert missed == [], f"the gate did not name these cases:\n{missed}\n{outcome.output}"
    # In a page, the line is where the payload is written (its body starts at line 9), not line 1.
    lines = {case.id: int(_refusal(case).search(outcome.output).group(0).split(":")[1])
             for case in GATED if case.shown.endswith(".md")}
    assert all(line >= 9 for line in lines.values()), lines
    assert not (root / "site").exists(), "a refused site must not be published"


def test_inert_cases_are_published_and_the_gate_finds_nothing(tmp_path: Path) -> None:
    root, outcome = publish_together(INERT, tmp_path)
    assert outcome.code == 0, outcome.output
    site = root / "site"
    assert (site / "hostile" / "html-span" / "index.html").is_file()
    from walkaway.gate import run

    assert run(site, root / "mkdocs.yml") == []
    built = LexborHTMLParser((site / "hostile" / "html-code-span" / "index.html").read_text(encoding="utf-8"))
    # Shown as text, not run (the minifier writes `&lt;script>`, which reads the same: parse, don't match).
    assert "<script>alert(1)</script>" in [code.text() for code in built.css("article code")]
    assert not [script for script in built.css("script") if "alert(1)" in script.text()]


@pytest.mark.parametrize("case", E2E, ids=lambda case: case.id)
def test_the_build_stops_at_the_validator(case: Case, tmp_path: Path) -> None:
    """The real command, in a subprocess: exit 1, a path:line message, no traceback, nothing built."""
    root = make_project(tmp_path)
    apply(case, root)
    done = subprocess.run([str(WALKAWAY), "build", "--config", str(root / "mkdocs.yml"),
                           "--site-dir", str(root / "site")], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    output = done.stdout + done.stderr
    assert done.returncode == 1, output
    assert "Traceback" not in output, output
    assert _refusal(case).search(output), output
    assert not (root / "site").exists()
    if case.expect == "validator":
        assert "nothing was built" in output
        assert not (root / ".cache" / "build.log").exists(), "MkDocs ran although the validator refused"


def _bypass_groups() -> list[list[Case]]:
    """Cases whose effect stays on their own page or file, built together; spreading cases the gate must
    find inert, together (then nothing may be found anywhere); each other spreading case alone."""
    spreading = [case for case in BYPASSED if case.spreads]
    return ([[case for case in BYPASSED if not case.spreads]]
            + [[case for case in spreading if case.bypass == "inert"]]
            + [[case] for case in spreading if case.bypass == "refuses"])


def _group_id(group: list[Case]) -> str:
    if not group[0].spreads:
        return "local"
    return "spreading-inert" if group[0].bypass == "inert" else group[0].id


@pytest.mark.parametrize("group", _bypass_groups(), ids=_group_id)
def test_validator_and_gate_agree(group: list[Case], tmp_path: Path) -> None:
    """Without the validator, MkDocs builds what it refused; the gate refuses every case that would publish
    something active and finds the others inert. (Validator-accepted cases are covered above: the inert
    ones publish clean, the others are refused by the gate.)"""
    from walkaway.gate import run
    from walkaway.publish import build_command

    root = make_project(tmp_path)
    for case in group:
        apply(case, root)
    site = root / "site"
    done = subprocess.run(build_command(root / "mkdocs.yml", site, strict=False), capture_output=True, text=True,
                          cwd=root, timeout=300, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert done.returncode == 0, done.stdout + done.stderr
    findings = run(site, root / "mkdocs.yml")
    report = "\n".join(finding.as_text() for finding in findings)
    if group[0].spreads:
        assert bool(findings) == (group[0].bypass == "refuses"), report or "the gate found nothing"
        return
    named = {finding.path for finding in findings}
    wrong = [f"{case.id}: expected the gate to find it {case.bypass}"
             for case in group if (case.shown in named) != (case.bypass == "refuses")]
    unexpected = named - {case.shown for case in group}
    assert wrong == [] and unexpected == set(), (wrong, unexpected, report)
