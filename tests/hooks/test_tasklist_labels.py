"""walkaway/hooks/tasklist_labels.py names each checklist box for screen readers."""
from __future__ import annotations

from walkaway.hooks.tasklist_labels import label_checkboxes


def test_checklist_boxes_get_their_item_text_as_name() -> None:
    html = ('<ul class="task-list"><li class="task-list-item"><label class="task-list-control">'
            '<input type="checkbox" disabled/><span class="task-list-indicator"></span></label> Passport '
            '<strong>or</strong> ID<ul><li class="task-list-item"><label class="task-list-control">'
            '<input type="checkbox" disabled/></label> A copy</li></ul></li></ul>')
    labelled = label_checkboxes(html)
    assert labelled.count('aria-label="Passport or ID"') == 1
    assert labelled.count('aria-label="A copy"') == 1
    assert label_checkboxes("<p>No checklist &amp; no change</p>") == "<p>No checklist &amp; no change</p>"
