"""Board and form view of one submission, open at once, show the same answers live."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from exports.workshop.start import new_workshop
from storage import Database
from ui.main_window import MainWindow


def test_board_and_form_view_show_each_others_edits_at_once(qtbot, db: Database):
    db.set_author("Lina Haddad")
    mission = db.create_mission("KHM", "Cambodia validation", "strategy")
    uuid = new_workshop(db, mission.uuid, "Lina Haddad").uuid
    window = MainWindow(db)
    qtbot.addWidget(window)
    board = window.boards.open(uuid, by="Lina Haddad")
    filler = window.fillers.open(uuid, by="Lina Haddad")
    assert board is not None and filler is not None

    # The board decides; the form view shows it without waiting for its timer.
    board.session.commit("priorities[1]/priority_title", "Fibre to every district")
    board.steps.decide(0, "validated")
    assert filler.filler.session.state.value("priorities[1]/outcome") == "validated"
    assert (
        filler.filler.session.state.value("priorities[1]/priority_title")
        == "Fibre to every district"
    )
    assert filler.filler.session.state.value("workshop/facilitator") == "Lina Haddad"

    # The form view types votes; the board's table shows them, with their share.
    filler.filler.session.commit("priorities[1]/votes_for", "12")
    filler.filler.session.commit("priorities[1]/votes_against", "4")
    model = board.model
    cell = model.index(0, board.view.column_of("votes_for"))
    assert cell.data() == "12 · 75%"

    # A priority added on the board is a repeat instance in the form view.
    board.steps.add()
    assert filler.filler.session.state.repeat_count("priorities") == 2
    assert db.answers(uuid)["priorities[2]/priority_rank"] == "2"
    assert db.repeat_sizes(uuid)["priorities"] == 2

    # Undo on the board writes through the same storage, and the form view follows.
    board.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is board)
    board.view.setFocus()
    qtbot.keyClick(board.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert db.repeat_sizes(uuid)["priorities"] == 1
    assert filler.filler.session.state.repeat_count("priorities") == 1
    window.close()


def test_a_fresh_workshop_open_in_the_form_view_survives_closing_its_board(qtbot, db: Database):
    db.set_author("Lina Haddad")
    mission = db.create_mission("KHM", "Cambodia validation", "strategy")
    uuid = new_workshop(db, mission.uuid, "Lina Haddad").uuid
    window = MainWindow(db)
    qtbot.addWidget(window)
    board = window.boards.open(uuid, by="Lina Haddad")
    filler = window.fillers.open(uuid, by="Lina Haddad")
    board.close()
    assert db.submission(uuid).uuid == uuid
    filler.filler.session.commit("workshop/workshop_place", "Phnom Penh")
    assert db.answers(uuid)["workshop/workshop_place"] == "Phnom Penh"
    window.close()
