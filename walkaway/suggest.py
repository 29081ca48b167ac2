"""The "did you mean" of every message that names something unknown (a front-matter key, a rule, an option)."""
from __future__ import annotations

import difflib
from collections.abc import Iterable


def did_you_mean(word: str, choices: Iterable[str], otherwise: str = "") -> str:
    """`did you mean `X`?` for the closest of `choices`, or `otherwise` when none is close."""
    near = difflib.get_close_matches(word, list(choices), n=1)
    return f"did you mean `{near[0]}`?" if near else otherwise
