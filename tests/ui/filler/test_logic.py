"""Form logic as the user meets it: skip logic, messages, repeats, undo, reopening."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from tests.ui.filler.support import (
    click,
    leave,
    open_form,
    open_window,
    type_text,
)
from ui.filler import repeats


def choose(qtbot, opened, path: str, name: str) -> None:
    field = opened.field(path)
    click(qtbot, next(button for choice, button in field.buttons if choice.name == name))


def test_skip_logic_shows_and_hides_questions(qtbot, opened):
    per_day = opened.field("per_day")
    assert per_day.isHidden()
    choose(qtbot, opened, "smoker", "yes")
    assert not per_day.isHidden()
    type_text(qtbot, per_day, "12")
    leave(qtbot, per_day)
    choose(qtbot, opened, "smoker", "no")
    assert per_day.isHidden()
    assert opened.stored()["per_day"] == "12"  # hidden values are kept ...
    assert all(p.path != "per_day" for p in opened.filler.editor.state.validate())  # ... unchecked


def test_constraint_message_appears_and_clears(qtbot, opened):
    age = opened.field("age")
    type_text(qtbot, age, "130")
    leave(qtbot, age)
    assert age.message.isVisibleTo(age)
    assert age.message.text.text() == "Age must be between 0 and 120."
    age.line.selectAll()
    type_text(qtbot, age, "13")
    leave(qtbot, age)
    assert not age.message.isVisibleTo(age)
    assert opened.stored()["age"] == "13"


def test_required_messages_wait_for_mark_complete(qtbot, opened):
    name = opened.field("name")
    assert "*" in name.title.text()
    assert not name.message.isVisibleTo(name)
    qtbot.keyClick(name.line, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert name.message.isVisibleTo(name)
    assert name.line.hasFocus()  # jumped to the first problem
    assert "2 answers need attention" in opened.filler.status.text()
    assert opened.db.submission(opened.uuid).status == "draft"
    complete = opened.filler.actions.complete
    assert complete.text() == "Mark complete" and not complete.isChecked()


def test_mark_complete_sets_the_status_when_valid(qtbot, opened):
    type_text(qtbot, opened.field("name"), "Dara")
    choose(qtbot, opened, "smoker", "no")
    with qtbot.waitSignal(opened.window.completed):
        qtbot.keyClick(
            opened.field("age").line, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier
        )
    assert opened.db.submission(opened.uuid).status == "complete"
    assert opened.stored()["name"] == "Dara"  # pending text was flushed first
    complete = opened.filler.actions.complete
    assert complete.text() == "Complete" and complete.isChecked()


def test_undo_and_redo_are_saved(qtbot, opened):
    name = opened.field("name")
    type_text(qtbot, name, "First")
    leave(qtbot, name)
    name.line.selectAll()
    type_text(qtbot, name, "Second")
    leave(qtbot, name)
    qtbot.keyClick(name.line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert opened.stored()["name"] == "First"
    assert name.line.text() == "First"
    qtbot.keyClick(name.line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "name" not in opened.stored()
    qtbot.keyClick(name.line, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert opened.stored()["name"] == "First"
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(name.line, Qt.Key.Key_Z, shift_ctrl)
    assert opened.stored()["name"] == "Second"
    assert [e.new_value for e in opened.db.audit(opened.uuid)] == [
        "First", "Second", "First", None, "First", "Second"]  # fmt: skip


def test_undo_flushes_text_still_being_typed(qtbot, opened):
    name = opened.field("name")
    type_text(qtbot, name, "Typed")
    qtbot.keyClick(name.line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "name" not in opened.stored()
    assert name.line.text() == ""
    qtbot.keyClick(name.line, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert opened.stored()["name"] == "Typed"


def test_repeats_add_remove_move_and_undo(qtbot, opened, monkeypatch):
    filler = opened.filler
    filler.go_to("people")
    block = filler.pages["people"].repeats["people"]
    type_text(qtbot, opened.field("people[1]/person"), "Ana")
    click(qtbot, block.add_button)
    type_text(qtbot, opened.field("people[2]/person"), "Bo")
    click(qtbot, block.add_button)
    type_text(qtbot, opened.field("people[3]/person"), "Cy")
    leave(qtbot, opened.field("people[3]/person"))
    assert len(block.instances) == 3

    def tool(position: int, tip: str) -> QToolButton:
        frame = block.instances[position - 1]
        return next(b for b in frame.findChildren(QToolButton) if b.toolTip() == tip)

    click(qtbot, tool(3, "Move up"))
    assert opened.stored() == {"people[1]/person": "Ana", "people[2]/person": "Cy",
                               "people[3]/person": "Bo"}  # fmt: skip
    monkeypatch.setattr(repeats, "confirm_removal", lambda *_: False)
    click(qtbot, tool(1, "Remove"))
    assert len(block.instances) == 3
    monkeypatch.setattr(repeats, "confirm_removal", lambda *_: True)
    click(qtbot, tool(1, "Remove"))
    assert opened.stored() == {"people[1]/person": "Cy", "people[2]/person": "Bo"}
    assert len(block.instances) == 2
    filler.session.undo()
    assert opened.stored() == {"people[1]/person": "Ana", "people[2]/person": "Cy",
                               "people[3]/person": "Bo"}  # fmt: skip
    filler.session.undo()
    assert opened.stored()["people[3]/person"] == "Cy"
    assert filler.pages["people"].fields["people[3]/person"].line.text() == "Cy"


def test_language_switch_and_right_to_left(qtbot, tmp_path):
    opened = open_form(qtbot, tmp_path, "diagnostic")
    filler = opened.filler
    organisation = opened.field("respondent/organisation")
    assert organisation.title.text().startswith("Organisation")
    combo = filler.actions.language
    combo.setCurrentIndex(combo.findData("Arabic (ar)"))
    assert organisation.title.text().startswith("الجهة")
    assert filler.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert organisation.line.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert filler.navigator.items["respondent"].text(0) == "المستجيب"
    combo.setCurrentIndex(combo.findData("French (fr)"))
    assert organisation.title.text().startswith("Organisation")
    assert filler.navigator.items["respondent"].text(0) == "Personne interrogée"
    assert filler.layoutDirection() == Qt.LayoutDirection.LeftToRight
    opened.window.close()
    opened.db.close()


@pytest.mark.parametrize(
    ("language", "rtl"),
    [("Arabic (ar)", True), ("Hebrew (he)", True), ("Persian (fa)", True), ("Urdu (ur)", True),
     ("Pashto (ps)", True), ("Dhivehi (dv)", True), ("Kurdish Sorani (ckb)", True),
     ("Yiddish (yi)", True), ("Syriac (syr)", True), ("arabic", True), ("Farsi", True),
     ("English (en)", False), ("French (fr)", False), ("Kurdish Kurmanji (ku)", False),
     ("default", False), ("Khmer (km)", False)],
)  # fmt: skip
def test_right_to_left_languages(language, rtl):
    from ui.filler.rtl import is_right_to_left

    assert is_right_to_left(language) is rtl


def test_reopening_returns_answers_and_place(qtbot, tmp_path):
    opened = open_form(qtbot, tmp_path, "diagnostic")
    filler = opened.filler
    type_text(qtbot, opened.field("respondent/organisation"), "Ministry of Posts")
    qtbot.keyClick(opened.field("respondent/organisation").line, Qt.Key.Key_PageDown,
                   Qt.KeyboardModifier.ControlModifier)  # fmt: skip
    assert filler.current_key == "access/infrastructure"
    scale = opened.field("access/infrastructure/infra_rural").scale
    scale.setFocus()
    qtbot.keyClick(scale, Qt.Key.Key_4)
    opened.window.close()
    assert opened.db.submission(opened.uuid).last_path == "access/infrastructure/infra_rural"

    again = open_window(qtbot, opened.db, opened.uuid)
    assert again.filler.current_key == "access/infrastructure"
    page = again.filler.pages["access/infrastructure"]
    assert page.fields["access/infrastructure/infra_rural"].scale.hasFocus()
    assert page.fields["access/infrastructure/infra_rural"].scale.value() == "4"
    again.filler.go_to("respondent")
    organisation = again.filler.pages["respondent"].fields["respondent/organisation"]
    assert organisation.line.text() == "Ministry of Posts"
    again.close()
    opened.db.close()


def test_section_keys_and_progress(qtbot, tmp_path):
    opened = open_form(qtbot, tmp_path, "diagnostic")
    filler = opened.filler
    assert filler.current_key == "respondent"
    qtbot.keyClick(filler.navigator, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert filler.current_key == "access/infrastructure"
    qtbot.keyClick(filler.navigator, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert filler.current_key == "respondent"
    item = filler.navigator.items["respondent"]
    assert item.text(1) == "0/7"
    type_text(qtbot, opened.field("respondent/organisation"), "ITU")
    leave(qtbot, opened.field("respondent/organisation"))
    assert item.text(1) == "1/7"
    assert "required still empty" in item.toolTip(1)
    opened.window.close()
    opened.db.close()


def test_storage_errors_are_shown_not_swallowed(qtbot, opened, monkeypatch):
    from forms.errors import StorageError

    def refuse(*_args, **_kwargs):
        raise StorageError("disk-full", "The disk is full; free some space and try again.")

    monkeypatch.setattr(opened.db, "save_answers", refuse)
    name = opened.field("name")
    type_text(qtbot, name, "Lost?")
    leave(qtbot, name)
    assert opened.filler.status.text() == (
        "Not saved: The disk is full; free some space and try again.")  # fmt: skip
    assert not opened.filler.actions.undo.isEnabled()


def test_the_window_title_names_the_submission_mission_and_database(opened):
    title = opened.window.windowTitle()
    assert "Sok" in title and "Filler test" in title and opened.db.path.name in title
