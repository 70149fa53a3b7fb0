"""The mission dialog: dates land as typed, and Esc never throws typed work away unasked."""

from __future__ import annotations

from PySide6.QtCore import Qt

from storage import Database
from ui.missions.dialog import MissionDialog
from ui.shared import prompts


def test_a_date_typed_as_digits_lands_as_typed(qtbot, db: Database) -> None:
    dialog = MissionDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start_date.line.setFocus()
    dialog.start_date.line.setCursorPosition(0)
    qtbot.keyClicks(dialog.start_date.line, "20261201")
    assert dialog.start_date.iso_date() == "2026-12-01"
    assert dialog.end_date.iso_date() is None


def test_an_impossible_date_is_refused_in_words(qtbot, db: Database) -> None:
    dialog = MissionDialog(db)
    qtbot.addWidget(dialog)
    dialog.country.set_code("KHM")
    dialog.title.setText("Cambodia")
    dialog.start_date.set_iso_date("2026-13-40")
    dialog.accept()
    assert "start date" in dialog.error.text()
    assert db.missions() == []


def test_escape_asks_before_discarding_typed_work(qtbot, db: Database, monkeypatch) -> None:
    asked: list[str] = []
    answer = {"discard": False}

    def confirm(_parent, question: str, _action: str) -> bool:
        asked.append(question)
        return answer["discard"]

    monkeypatch.setattr(prompts, "confirm", confirm)
    dialog = MissionDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == [] and not dialog.isVisible()  # nothing typed: nothing to ask

    dialog = MissionDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.title.setText("Half a title")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(asked) == 1 and dialog.isVisible()
    answer["discard"] = True
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
