"""Every built-in form filled end to end through the widgets, then marked complete.

Nothing here calls FormState: values are typed, clicked and keyed into the
visible widgets section by section, as a facilitator would, and the test
only checks what reached the database.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from forms.library import BUILTIN_ORDER
from tests.ui.filler.support import click, leave, open_form, type_text
from ui.filler.fields.base import QuestionField
from ui.filler.fields.choices import CheckboxField, ComboField, RadioField
from ui.filler.fields.dates import DateField
from ui.filler.fields.maturity import MaturityField
from ui.filler.fields.text import DebouncedField, DecimalField, NumberField

VALUES = {
    "participants": "12",
    "baseline_year": "2020",
    "target_year": "2025",
    "due_date": "2026-06-30",
    "end_date": "2026-12-31",
    "start_date": "2026-01-01",
    "attendee_email": "dara@example.org",
    "attendee_phone": "+855 23 123 456",
}
"""Answers the forms' constraints need; everything else gets a plain valid value."""


def fill(qtbot, field: QuestionField) -> None:
    """Answer one visible field through its widget."""
    name = field.question.name
    if isinstance(field, MaturityField):
        field.focus_input()
        qtbot.keyClick(field.scale, Qt.Key.Key_3)
    elif isinstance(field, RadioField | CheckboxField):
        click(qtbot, field.buttons[0][1])
    elif isinstance(field, ComboField):
        type_text(qtbot, field, field.combo.itemText(1))
        qtbot.keyClick(field.combo.lineEdit(), Qt.Key.Key_Return)
    elif isinstance(field, DebouncedField):
        if isinstance(field, DateField):
            default = "2025-01-15"
        elif isinstance(field, DecimalField):
            default = "50"
        elif isinstance(field, NumberField):
            default = "5"
        else:
            default = f"Answer for {name}"
        type_text(qtbot, field, VALUES.get(name, default))
        leave(qtbot, field)


@pytest.mark.parametrize("form_id", BUILTIN_ORDER)
def test_fill_builtin_form_end_to_end(qtbot, tmp_path, form_id):
    opened = open_form(qtbot, tmp_path, form_id)
    filler = opened.filler
    visited = []
    for key in filler.visible_pages():
        filler.go_to(key)
        visited.append(key)
        page = filler.pages[key]
        for field in list(page.fields.values()):
            if field.isVisibleTo(page) and field.input is not None and field.input.isEnabled():
                fill(qtbot, field)
    qtbot.keyClick(filler.navigator, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert opened.db.submission(opened.uuid).status == "complete", (
        filler.status.text(),
        filler.editor.state.validate(),
    )
    stored = opened.stored()
    assert len(stored) >= 5
    assert visited == filler.visible_pages()
    opened.window.close()
    opened.db.close()


def test_diagnostic_maturity_answers_reach_the_database(qtbot, tmp_path):
    opened = open_form(qtbot, tmp_path, "diagnostic")
    filler = opened.filler
    filler.go_to("access/infrastructure")
    page = filler.pages["access/infrastructure"]
    maturity = [f for f in page.fields.values() if isinstance(f, MaturityField)]
    assert len(maturity) == 3
    for digit, field in zip((Qt.Key.Key_1, Qt.Key.Key_4, Qt.Key.Key_5), maturity, strict=True):
        field.focus_input()
        qtbot.keyClick(field.scale, digit)
    stored = opened.stored()
    assert [stored[f.path] for f in maturity] == ["1", "4", "5"]
    confidence = page.fields["access/infrastructure/infrastructure_confidence"]
    assert not confidence.isHidden()  # relevant once an indicator is answered
    opened.window.close()
    opened.db.close()
