"""The content layer is the only reader of what the site is made of, and it depends on nothing above it.

Issue 17's "done when": no module reads front matter or mkdocs.yml except the content layer. A module that
parses YAML itself is the way that rule gets broken, so the package is scanned for it.
"""
from __future__ import annotations

import ast
from pathlib import Path

from walkaway import paths

PACKAGE = paths.ROOT / "walkaway"
# The bounded YAML reader itself, and the validator's own settings (walkaway/lint/rules.yml, not content).
MAY_PARSE_YAML = {"walkaway/yamlfile.py", "walkaway/lint/rules_config.py"}
YAML_PARSERS = {("yaml", "load"), ("yaml", "safe_load"), ("yaml", "full_load"), ("yaml", "unsafe_load"),
                ("yaml", "load_all"), ("yaml", "safe_load_all"), ("yamlfile", "load")}
# What the content layer may import from the package: the readers' limits and the schemas, nothing above it.
CONTENT_MAY_IMPORT = {"walkaway.limits", "walkaway.paths", "walkaway.yamlfile", "walkaway.schema"}


def modules() -> list[tuple[str, ast.Module]]:
    return [(file.relative_to(paths.ROOT).as_posix(), ast.parse(file.read_text(encoding="utf-8")))
            for file in sorted(PACKAGE.rglob("*.py")) if "__pycache__" not in file.parts]


def test_only_the_content_layer_parses_yaml() -> None:
    parsers = []
    for rel, tree in modules():
        if rel.startswith("walkaway/content/") or rel in MAY_PARSE_YAML:
            continue
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name) and (node.func.value.id, node.func.attr) in YAML_PARSERS):
                parsers.append(f"{rel}:{node.lineno}")
    assert parsers == [], "read content through walkaway.content instead"


def test_the_content_layer_imports_nothing_above_it() -> None:
    imported = set()
    for rel, tree in modules():
        if not rel.startswith("walkaway/content/"):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("walkaway"):
                names = [node.module] if node.module != "walkaway" else [f"walkaway.{a.name}" for a in node.names]
                imported |= {(rel, name) for name in names}
            elif isinstance(node, ast.Import):
                imported |= {(rel, alias.name) for alias in node.names if alias.name.startswith("walkaway")}
    above = sorted(f"{rel}: {name}" for rel, name in imported
                   if not name.startswith("walkaway.content") and name not in CONTENT_MAY_IMPORT)
    assert above == []


def test_nothing_edits_the_import_path() -> None:
    edits = [f"{rel}:{node.lineno}" for rel, tree in modules() for node in ast.walk(tree)
             if isinstance(node, ast.Attribute) and node.attr == "path" and isinstance(node.value, ast.Name)
             and node.value.id == "sys"]
    tests = [f"{file.relative_to(paths.ROOT)}" for file in (paths.ROOT / "tests").rglob("*.py")
             if "sys.path" in file.read_text(encoding="utf-8") and file != Path(__file__)]
    assert edits == [] and tests == []
