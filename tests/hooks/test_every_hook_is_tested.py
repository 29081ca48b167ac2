"""Tests mirror the hooks: every hook mkdocs.yml runs is a module in walkaway/hooks/ with its own test module
here, and every module there is a hook mkdocs.yml runs (a forgotten one would be dead code)."""
from __future__ import annotations

from pathlib import Path

from walkaway import paths
from walkaway.content import load_config

HOOKS = paths.ROOT / "walkaway" / "hooks"


def test_every_hook_is_listed_and_has_a_test_module() -> None:
    listed = [Path(hook) for hook in load_config(paths.CONFIG).hooks]
    assert all(hook.parent.as_posix() == "walkaway/hooks" for hook in listed), listed
    names = {hook.stem for hook in listed}
    assert names == {file.stem for file in HOOKS.glob("*.py") if file.stem != "__init__"}
    untested = sorted(name for name in names if not (Path(__file__).parent / f"test_{name}.py").is_file())
    assert untested == []
