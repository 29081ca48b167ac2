"""CONTRIBUTING.md's front-matter table matches the schema the validator uses."""
from __future__ import annotations

from pathlib import Path

from walkaway.generated import CONTRIBUTING, updated


def test_front_matter_table_is_current() -> None:
    text = CONTRIBUTING.read_text(encoding="utf-8")
    assert updated(text) == text, "run `walkaway docs` and commit CONTRIBUTING.md"


def test_table_lists_every_schema_key() -> None:
    import json

    schema = json.loads((Path(__file__).resolve().parents[1] / "walkaway/schemas/page.schema.json")
                        .read_text(encoding="utf-8"))
    text = CONTRIBUTING.read_text(encoding="utf-8")
    for key in schema["properties"]:
        assert f"| `{key}` |" in text
