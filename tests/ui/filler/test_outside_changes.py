"""An open form shows answers that changed underneath it, and never overwrites one unseen."""

from __future__ import annotations

from PySide6.QtCore import Qt

from storage import Database
from storage.conflicts import list_conflicts
from tests.ui.filler.support import leave, type_text


def _elsewhere(opened, path: str, value: str) -> None:
    """What an import run in another connection (a worker, the command line) does."""
    with Database(opened.db.path) as other:
        other.save_answer(opened.uuid, path, value, "HQ import")


def test_an_outside_change_is_shown_and_said_and_undo_cannot_overwrite_it(qtbot, opened):
    name = opened.field("name")
    type_text(qtbot, name, "Dara")
    leave(qtbot, name)
    _elsewhere(opened, "name", "Sok Dara")
    opened.window.check_for_outside_changes()
    assert name.line.text() == "Sok Dara"
    assert "changed elsewhere" in opened.filler.status.text()
    assert "Name" in opened.filler.status.text()
    qtbot.keyClick(name.line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert opened.stored()["name"] == "Sok Dara"
    assert not opened.filler.session.undo_stack.canUndo()


def test_an_answer_typed_over_an_unseen_value_is_saved_and_both_kept_as_a_conflict(qtbot, opened):
    age = opened.field("age")
    type_text(qtbot, age, "40")
    leave(qtbot, age)
    _elsewhere(opened, "age", "41")
    age.line.selectAll()
    type_text(qtbot, age, "42")
    leave(qtbot, age)
    assert opened.stored()["age"] == "42"
    assert opened.field("age").line.text() == "42"
    assert "both answers are kept as a conflict" in opened.filler.status.text()
    [conflict] = list_conflicts(opened.db)
    assert (conflict.local_value, conflict.package_value) == ("42", "41")


def test_other_answers_still_save_after_an_outside_change(qtbot, opened):
    _elsewhere(opened, "notes", "from HQ")
    opened.window.check_for_outside_changes()
    name = opened.field("name")
    type_text(qtbot, name, "Dara")
    leave(qtbot, name)
    assert opened.stored() == {"notes": "from HQ", "name": "Dara"}


def test_the_timer_picks_up_changes_without_being_asked(qtbot, opened):
    name = opened.field("name")
    _elsewhere(opened, "name", "from HQ")
    qtbot.waitUntil(lambda: name.line.text() == "from HQ", timeout=10_000)
