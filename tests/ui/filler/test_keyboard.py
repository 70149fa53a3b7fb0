"""The filler by keyboard: arrows choose, Tab skips Clear, F4 opens the calendar, repeats grow."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.filler.support import leave, type_text


def test_arrow_keys_choose_and_delete_clears(qtbot, opened):
    smoker = opened.field("smoker")
    smoker.focus_input()
    first = smoker.buttons[0][1]
    qtbot.waitUntil(first.hasFocus, timeout=1000)
    qtbot.keyClick(first, Qt.Key.Key_Right)
    assert opened.stored()["smoker"] == "no"
    focused = QApplication.focusWidget()
    qtbot.keyClick(focused, Qt.Key.Key_Left)
    assert opened.stored()["smoker"] == "yes"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Delete)
    assert "smoker" not in opened.stored()


def test_tab_never_stops_on_clear(qtbot, opened):
    smoker = opened.field("smoker")
    assert smoker.clear_button.focusPolicy() == Qt.FocusPolicy.NoFocus
    yes = smoker.buttons[0][1]
    yes.click()
    yes.setFocus()
    qtbot.keyClick(yes, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not smoker.clear_button


def test_f4_opens_the_calendar_and_enter_picks_the_day(qtbot, opened):
    visit = opened.field("visit")
    type_text(qtbot, visit, "2026-03-14")
    menu = visit.calendar_button.menu()
    qtbot.keyClick(visit.line, Qt.Key.Key_F4)
    qtbot.waitUntil(menu.isVisible, timeout=2000)
    qtbot.waitUntil(visit.calendar.hasFocus, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: opened.stored().get("visit") == "2026-03-15", timeout=2000)


def test_tab_from_the_last_field_of_a_repeat_reaches_add_and_the_shortcut_adds(qtbot, opened):
    person = opened.field("people[1]/person")
    type_text(qtbot, person, "Sok")
    leave(qtbot, person)
    page = opened.filler.pages[opened.filler.sections.owner("people[1]/person")]
    block = page.repeats["people"]
    assert QApplication.focusWidget() is block.add_button
    qtbot.keyClick(
        block.add_button,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: "people[2]/person" in page.fields, timeout=2000)
    second = page.fields["people[2]/person"]
    # The window's focus (offscreen, rebuilding the repeat may deactivate the window).
    qtbot.waitUntil(lambda: opened.window.focusWidget() is second.line, timeout=2000)
    viewport = page.viewport().rect()
    top_left = second.mapTo(page.viewport(), second.rect().topLeft())
    assert viewport.contains(top_left), "the new instance is scrolled into view"
