"""Starting a workshop from a mission: the agenda from its wheel, attendees it has met before."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from storage import Database
from storage.demo import demo_uuid
from ui.main_window import MainWindow

WORKSHOP = demo_uuid("submission/5")


def _started(qtbot, demo_db: Database):
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.missions.select(demo_uuid("mission"))
    window.start_workshop_action.trigger()
    boards = [b for uuid, b in window.boards._open.items() if uuid != WORKSHOP]
    assert len(boards) == 1
    boards[0].activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is boards[0])
    return window, boards[0]


def test_start_workshop_opens_a_board_and_the_weakest_blocks_become_draft_priorities(
    qtbot, demo_db
):
    window, board = _started(qtbot, demo_db)
    board.run_dialog = lambda dialog: (
        dialog.list.item(1).setCheckState(Qt.CheckState.Unchecked) or True
    )
    board.propose_agenda()
    from exports.workshop.agenda import proposed_agenda

    weakest = proposed_agenda(demo_db, demo_uuid("mission"))
    expected = [draft for index, draft in enumerate(weakest) if index != 1]
    titles = [p.title for p in board.model.priorities()]
    assert titles == [draft.title for draft in expected]
    assert [p.block for p in board.model.priorities()] == [draft.block for draft in expected]
    stored = demo_db.answers(board.uuid)
    assert stored["priorities[1]/priority_description"].startswith("Proposed from the diagnostic")
    assert stored["workshop/facilitator"] == "Dara"
    board.view.setFocus()
    qtbot.keyClick(board.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert board.model.rowCount() == 1
    assert board.model.priorities()[0].title == ""
    window.close()


def test_an_earlier_workshops_attendee_comes_back_from_three_letters(qtbot, demo_db):
    window, board = _started(qtbot, demo_db)
    attendance = board.attendance
    attendance.name.setFocus()
    qtbot.keyClicks(attendance.name, "Pic")
    assert attendance.name.text() == "Pich Vannak"
    qtbot.keyClick(attendance.name, Qt.Key.Key_Tab)
    assert attendance.organisation.text() == "Telecommunication Regulatory Authority (fictional)"
    qtbot.keyClick(attendance.organisation, Qt.Key.Key_Return)
    stored = demo_db.answers(board.uuid)
    assert stored["attendees[1]/attendee_name"] == "Pich Vannak"
    assert stored["attendees[1]/attendee_group"] == "regulator"
    assert attendance.count.text() == "Present: 1"
    window.close()


def test_a_form_without_priorities_does_not_open_as_a_board(qtbot, demo_db, told):
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    assert window.boards.open(demo_uuid("submission/0"), by="Dara") is None
    assert [error.code for error in told] == ["not-a-workshop"]
    window.close()


def test_ctrl_b_opens_the_selected_workshop_as_a_board_once(qtbot, demo_db):
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.missions.select(demo_uuid("mission"))
    window.submissions.select(WORKSHOP)
    assert window.open_board_action.isEnabled()
    window.open_board_action.trigger()
    board = window.boards._open[WORKSHOP]
    assert board.model.priorities()[0].title.startswith("Extend the fibre backbone")
    window.open_board_action.trigger()
    assert list(window.boards._open) == [WORKSHOP]
    window.close()
    assert not board.isVisible()
