"""The scheduled help-line workflow parses, runs weekly and asks for no more than it needs."""
from __future__ import annotations

from pathlib import Path

import yaml

WORKFLOW = Path(__file__).resolve().parents[1] / ".github" / "workflows" / "helplines.yml"


def test_helpline_workflow_is_weekly_with_minimal_permissions() -> None:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as true
    assert triggers["schedule"][0]["cron"].split()[-1] == "1"
    assert "workflow_dispatch" in triggers
    assert workflow["permissions"] == {"contents": "read"}
    job = workflow["jobs"]["check"]
    assert job["permissions"] == {"contents": "read", "issues": "write"}
    uses = [step["uses"] for step in job["steps"] if "uses" in step]
    assert uses == ["actions/checkout@v5", "actions/setup-python@v6"]
    script = " ".join(step.get("run", "") for step in job["steps"])
    assert "walkaway check-helplines" in script and "gh issue edit" in script and "gh issue create" in script
