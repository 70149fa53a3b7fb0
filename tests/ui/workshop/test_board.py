"""The board's own keys, rules and details, on a fresh workshop."""

from __future__ import annotations

import datetime

from PySide6.QtCore import Qt

from tests.ui.workshop.conftest import Board


def _priorities(board: Board, *titles: str) -> None:
    for title in titles:
        row = board.window.steps.add()
        board.window.session.commit(f"priorities[{row + 1}]/priority_title", title)
    board.window.view.setFocus()


def test_details_are_filled_from_what_is_known_and_stay_editable(board: Board):
    stored = board.stored()
    assert stored["workshop/facilitator"] == "Lina Haddad"
    assert stored["workshop/workshop_date"] == datetime.date.today().isoformat()
    assert stored["workshop/engagement_phase"] == "strategy"
    assert stored["workshop/workshop_title"] == "Cambodia validation"
    line = board.window.details.lines["facilitator"]
    line.setFocus()
    line.selectAll()
    board.type("Sophea Chan")
    board.press(Qt.Key.Key_Tab)
    assert board.stored()["workshop/facilitator"] == "Sophea Chan"


def test_a_board_closed_with_only_the_filled_details_leaves_nothing(board: Board):
    board.window.close()
    assert board.uuid not in {
        s.uuid for m in board.db.missions() for s in board.db.submissions(m.uuid)
    }


def test_enter_on_the_last_row_adds_a_priority_with_the_cursor_in_its_title(board: Board):
    _priorities(board, "First")
    board.press(Qt.Key.Key_Return)
    view = board.window.view
    assert board.window.model.rowCount() == 2
    assert view.currentIndex().row() == 1
    assert view.currentIndex().column() == view.column_of("priority_title")
    assert view.state() == view.State.EditingState
    assert board.stored()["priorities[2]/priority_rank"] == "2"


def test_one_key_decides_alt_arrows_rerank_and_undo_puts_both_back(board: Board):
    _priorities(board, "Fibre", "Data", "Skills")
    view = board.window.view
    view.select_row(1, "outcome")
    board.press(Qt.Key.Key_D)
    assert board.stored()["priorities[2]/outcome"] == "deferred"
    assert view.currentIndex().data() == "Deferred"
    board.press(Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    stored = board.stored()
    assert [stored[f"priorities[{n}]/priority_title"] for n in (1, 2, 3)] == [
        "Data",
        "Fibre",
        "Skills",
    ]
    assert [stored[f"priorities[{n}]/priority_rank"] for n in (1, 2, 3)] == ["1", "2", "3"]
    assert stored["priorities[1]/outcome"] == "deferred"
    assert view.current_row() == 0
    board.press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    stored = board.stored()
    assert [stored[f"priorities[{n}]/priority_title"] for n in (1, 2, 3)] == [
        "Fibre",
        "Data",
        "Skills",
    ]
    assert [stored[f"priorities[{n}]/priority_rank"] for n in (1, 2, 3)] == ["1", "2", "3"]
    assert board.window.model.rowCount() == 3


def test_votes_show_their_shares_and_are_checked_against_the_attendees_present(board: Board):
    attendance = board.window.attendance
    for name in ("Sok", "Dara"):
        attendance.name.setText(name)
        attendance.add()
    _priorities(board, "Fibre")
    for field, count in (("votes_for", "3"), ("votes_against", "1"), ("votes_abstain", "0")):
        board.window.session.commit(f"priorities[1]/{field}", count)
    model, view = board.window.model, board.window.view
    cell = model.index(0, view.column_of("votes_for"))
    assert cell.data() == "3 · 75%"
    message = "4 votes were counted but only 2 attendees are present."
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == message
    assert message in board.window.panel.messages.text()
    attendance.name.setText("Chea")
    attendance.add()
    attendance.name.setText("Ly")
    attendance.add()
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == "3 · 75%"
    assert "votes" not in board.window.panel.messages.text()


def test_the_forms_dissent_rule_shows_inline_and_typed_dissent_saves_itself(qtbot, board: Board):
    _priorities(board, "Fibre")
    board.window.view.select_row(0, "outcome")
    board.press(Qt.Key.Key_M)
    panel = board.window.panel
    assert "Record why the priority was modified" in panel.messages.text()
    dissent = panel.editors["dissent_notes"]
    dissent.setFocus()
    board.type("Operators want a longer timeline")
    # Saved by itself within half a second of the last key, without leaving the box.
    qtbot.waitUntil(
        lambda: (
            board.stored().get("priorities[1]/dissent_notes") == "Operators want a longer timeline"
        ),
        timeout=1500,
    )
    assert "Record why" not in panel.messages.text()
    assert board.db.audit(board.uuid)[-1].new_value == "Operators want a longer timeline"


def test_a_block_nobody_is_called_is_refused_with_a_sentence(board: Board):
    _priorities(board, "Fibre")
    board.window.view.select_row(0, "priority_block")
    board.press(Qt.Key.Key_F2)
    board.type("zzz")
    board.press(Qt.Key.Key_Return)
    assert "priorities[1]/priority_block" not in board.stored()
    assert "No building block is called “zzz”" in board.window.statusBar().currentMessage()


def test_text_typed_in_a_cell_is_saved_within_half_a_second_without_leaving_it(qtbot, board: Board):
    board.press(Qt.Key.Key_Return)
    board.type("Fibre to every")
    view = board.window.view
    qtbot.waitUntil(
        lambda: board.stored().get("priorities[1]/priority_title") == "Fibre to every",
        timeout=1500,
    )
    assert view.state() == view.State.EditingState
    board.type(" district")
    board.press(Qt.Key.Key_Tab)
    assert board.stored()["priorities[1]/priority_title"] == "Fibre to every district"
    assert board.window.session.undo_stack.count() >= 2
