"""Ctrl+F in the main window: matches with their words in bold, best first, and a hit
opens the submission at its question (or shows the mission)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from storage import Database
from ui.main_window import MainWindow
from ui.search.dialog import SearchDialog
from ui.search.model import HTML_ROLE, MATCH, MISSION, QUESTION, SUBMISSION

EVIDENCE = "access/infrastructure/infrastructure_evidence"


@pytest.fixture
def window(qtbot, demo_db: Database) -> MainWindow:
    main = MainWindow(demo_db)
    qtbot.addWidget(main)
    main.show()
    return main


def _search(qtbot, dialog: SearchDialog, text: str) -> None:
    qtbot.keyClicks(dialog.query, text)
    qtbot.waitUntil(lambda: dialog.status.text() != "")


def _row(dialog: SearchDialog, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return dialog.model.index(row, column).data(role)


def test_ctrl_f_opens_the_search_with_the_cursor_in_the_query(qtbot, window: MainWindow):
    assert window.search_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    window.search_action.trigger()
    dialog = window.search_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.query.hasFocus)


def test_typing_shows_matches_with_their_words_in_bold(qtbot, window: MainWindow):
    window.show_search()
    dialog = window.search_dialog
    _search(qtbot, dialog, "submar*")
    assert dialog.model.rowCount() == 1
    assert _row(dialog, 0, MISSION).startswith("SAMPLE – Cambodia")
    assert _row(dialog, 0, SUBMISSION) == "360° digital transformation diagnostic · Sophea Chan"
    assert _row(dialog, 0, QUESTION) == "Evidence"
    assert "<b>submarine</b>" in _row(dialog, 0, MATCH, HTML_ROLE)
    assert dialog.status.text() == "1 match."


def test_enter_opens_the_submission_at_the_question(qtbot, window: MainWindow):
    window.show_search()
    dialog = window.search_dialog
    _search(qtbot, dialog, "submarine cable")
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    [filler] = window.fillers._open.values()
    qtbot.addWidget(filler)
    owner = filler.filler.sections.owner(EVIDENCE)
    assert filler.filler.current_key == owner
    assert EVIDENCE in filler.filler.pages[owner].fields
    filler.close()


def test_a_repeated_answer_opens_at_its_instance(qtbot, window: MainWindow):
    window.show_search()
    dialog = window.search_dialog
    _search(qtbot, dialog, '"Women in Tech"')
    rows = [_row(dialog, row, QUESTION) for row in range(dialog.model.rowCount())]
    row = next(i for i, label in enumerate(rows) if label.startswith("Pledger ("))
    dialog.view.activated.emit(dialog.model.index(row, 0))
    [filler] = window.fillers._open.values()
    qtbot.addWidget(filler)
    hit = dialog.model.hit(row)
    owner = filler.filler.sections.owner(hit.path)
    assert filler.filler.current_key == owner
    assert hit.path in filler.filler.pages[owner].fields
    filler.close()


def test_a_mission_hit_shows_the_mission(qtbot, window: MainWindow, demo_db: Database):
    other = demo_db.create_mission("SEN", "Senegal spectrum review", "strategy")
    window.refresh()
    window.show_search()
    dialog = window.search_dialog
    _search(qtbot, dialog, "spectrum review")
    assert _row(dialog, 0, QUESTION) == "Mission title"
    assert _row(dialog, 0, SUBMISSION) == "the mission itself"
    dialog.view.activated.emit(dialog.model.index(0, 0))
    assert window.missions.selected_uuid() == other.uuid


def test_one_mission_only(qtbot, window: MainWindow, demo_db: Database):
    other = demo_db.create_mission("SEN", "Senegal", "strategy", notes="cable landing station")
    window.show_search()
    dialog = window.search_dialog
    _search(qtbot, dialog, "cable")
    everywhere = {dialog.model.hit(row).mission_uuid for row in range(dialog.model.rowCount())}
    assert other.uuid in everywhere and len(everywhere) > 1  # the sample missions mention cables
    dialog.mission.setCurrentIndex(dialog.mission.findData(other.uuid))
    assert [dialog.model.hit(row).mission_uuid for row in range(dialog.model.rowCount())] == [
        other.uuid
    ]


def test_an_answer_is_shown_as_typed_not_as_html(qtbot, demo_db: Database):
    mission = demo_db.create_mission("SEN", "Senegal <b>&amp;</b>", "strategy")
    dialog = SearchDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    _search(qtbot, dialog, "senegal")
    assert dialog.model.hit(0).mission_uuid == mission.uuid
    assert _row(dialog, 0, MATCH, HTML_ROLE) == "<b>Senegal</b> &lt;b&gt;&amp;amp;&lt;/b&gt;"


def test_nothing_to_search_is_said_in_the_dialog_not_in_a_box(qtbot, demo_db: Database):
    dialog = SearchDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    _search(qtbot, dialog, '" *')
    assert dialog.status.text() == "Type a word to search for."
    dialog.query.setText("zzzqqq")
    qtbot.waitUntil(lambda: dialog.status.text() == "Nothing found.")
