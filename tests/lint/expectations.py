"""Fixture sites whose expected findings are written on the lines where they must appear.

A fixture is a Markdown file, `tests/lint/fixtures/MODULE/NAME.md` (checked as the one page
`docs/NAME.md` of a site), or a folder, `tests/lint/fixtures/MODULE/NAME/`, holding a site: `docs/…`,
and if the case needs them `mkdocs.yml` (otherwise one is written with every page in `nav`; `_data/` and
`_snippets/` hold no pages) and
`tests/search_queries.yml`. `docs/_data/tags.yml` is the two tags `signs` and `safety` unless the
fixture has its own. A file named `….symlink` becomes a symbolic link, without that suffix, to the path
it holds. The site is checked as on 2026-11-23.

A line that must have a finding ends with a marker:

    # A second title <!-- expect: heading-h1 -->
    titel: A typo  # expect: front-matter-schema "did you mean `title`?"

`<!-- expect: … -->` (Markdown) and `# expect: …` (YAML: front matter, data files, mkdocs.yml) are the
same marker, allowed in any file. It lists rule ids separated by commas, each once per finding (write an
id twice for two findings on the line), each optionally followed by one or more "quoted" excerpts that
the finding's `message — hint` must contain. Markers are removed, leaving the rest of the line, before
the validator runs, so no rule ever sees them and line numbers stay as written. The fixture passes when
the site's findings are exactly the marked ones: each marked line has its findings, and no other line
has any. Every finding must also have the severity walkaway/lint/rules.yml gives its rule, and a hint.
"""
from __future__ import annotations

import re
import shutil
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from lint.sites import TAGS, run
from walkaway.content.pages import NOT_PUBLISHED
from walkaway.lint import rules_config
from walkaway.lint.findings import Finding

FIXTURES = Path(__file__).parent / "fixtures"
_MARKER = re.compile(rb'(?:[ \t]*<!-- expect: (?P<html>.*?) -->|(?:^|[ \t]+)# expect: (?P<yaml>.*?))[ \t]*$')
_ITEM = re.compile(r'\s*([a-z0-9]+(?:-[a-z0-9]+)*)((?:\s+"[^"]*")*)\s*(?:,|$)')


@dataclass(frozen=True)
class Expected:
    path: str
    line: int
    rule: str
    excerpts: tuple[str, ...] = ()


def fixtures_of(module: str) -> list[Path]:
    """The fixtures of one rule module, for `pytest.mark.parametrize`."""
    folder = FIXTURES / module
    return sorted(folder.iterdir()) if folder.is_dir() else []


def parse_markers(data: bytes, path: str) -> tuple[bytes, list[Expected]]:
    """The file without its markers, and what they expect."""
    lines = data.split(b"\n")
    expected: list[Expected] = []
    for number, line in enumerate(lines, start=1):
        found = _MARKER.search(line)
        if not found:
            continue
        spec = (found["html"] if found["html"] is not None else found["yaml"]).decode("utf-8")
        position = 0
        while position < len(spec):
            item = _ITEM.match(spec, position)
            if item is None or item.end() == position:
                raise ValueError(f"{path}:{number}: cannot read the marker `{spec}`: write `expect: rule-id "
                                 '"excerpt", other-id`')
            excerpts = tuple(re.findall(r'"([^"]*)"', item[2]))
            expected.append(Expected(path, number, item[1], excerpts))
            position = item.end()
        lines[number - 1] = line[: found.start()]
    return b"\n".join(lines), expected


def build(fixture: Path, root: Path) -> list[Expected]:
    """Write the fixture's site into `root` without its markers; what the markers expect."""
    sources = [(fixture, f"docs/{fixture.name}")] if fixture.is_file() else [
        (file, file.relative_to(fixture).as_posix()) for file in sorted(fixture.rglob("*")) if file.is_file()]
    expected: list[Expected] = []
    for source, rel in sources:
        data, marked = parse_markers(source.read_bytes(), rel.removesuffix(".symlink"))
        expected += marked
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if rel.endswith(".symlink"):
            target.with_suffix("").symlink_to(data.decode("utf-8").strip())
        else:
            target.write_bytes(data)
    tags = root / "docs" / "_data" / "tags.yml"
    if not tags.exists():
        tags.parent.mkdir(parents=True, exist_ok=True)
        tags.write_text(TAGS, encoding="utf-8")
    config = root / "mkdocs.yml"
    if not config.exists():
        pages = sorted(rel for page in (root / "docs").rglob("*.md")
                       if not (rel := page.relative_to(root / "docs").as_posix()).startswith(NOT_PUBLISHED))
        config.write_text("site_name: Test\nnav:\n" + "".join(f"  - {page}\n" for page in pages), encoding="utf-8")
    return expected


def check_fixture(fixture: Path, root: Path) -> list[Finding]:
    """Run the validator on the fixture and fail unless it finds exactly what the markers say."""
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    expected = build(fixture, root)
    findings = run(root)
    name = fixture.relative_to(FIXTURES) if fixture.is_relative_to(FIXTURES) else fixture.name
    found = Counter((f.path, f.line, f.rule) for f in findings)
    wanted = Counter((e.path, e.line, e.rule) for e in expected)
    assert found == wanted, (
        f"{name}: missing {sorted((wanted - found).elements())}, unexpected {sorted((found - wanted).elements())}; "
        f"all findings:\n" + "\n".join(f.as_text() for f in findings))
    for item in expected:
        texts = [f"{f.message} — {f.hint}" for f in findings if (f.path, f.line, f.rule) == (item.path, item.line,
                                                                                              item.rule)]
        assert any(all(excerpt in text for excerpt in item.excerpts) for text in texts), (
            f"{name}:{item.line}: no {item.rule} finding says {item.excerpts}: {texts}")
    settings = rules_config.load()
    for finding in findings:
        assert finding.severity == settings[finding.rule].severity, finding
        assert finding.hint and " — " in finding.as_text(), f"{finding.as_text()}: every message says how to fix it"
    return findings


def marked_rules(module: str) -> set[str]:
    """Every rule id that the fixtures of `module` expect somewhere."""
    rules: set[str] = set()
    for fixture in fixtures_of(module):
        files = [fixture] if fixture.is_file() else [file for file in fixture.rglob("*") if file.is_file()]
        for file in files:
            rules.update(item.rule for item in parse_markers(file.read_bytes(), file.name)[1])
    return rules
