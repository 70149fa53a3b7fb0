"""A fresh workshop on a mission, open as a board, and the keys a facilitator presses."""

from __future__ import annotations

import functools
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from exports.workshop.start import new_workshop
from storage import Database
from ui.workshop.window import WorkshopWindow


@functools.cache
def _loop() -> QEventLoop:
    """One event loop object for all presses (ui.screenshots.wait_until says why not qApp's)."""
    return QEventLoop()


@dataclass
class Board:
    db: Database
    uuid: str
    window: WorkshopWindow
    keys: int = 0
    """Key presses sent so far: the measured figure of the keyboard test."""

    def stored(self) -> dict[str, str]:
        return self.db.answers(self.uuid)

    def press(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        """One key press to whatever has the focus, then what the event loop does with it.

        The loop matters: an item view commits an editor closed by Enter
        through a queued call, as it does for a real keyboard.
        """
        QTest.keyClick(QApplication.focusWidget() or self.window, key, modifier)
        self.keys += 1
        _loop().processEvents()

    def type(self, text: str) -> None:
        """Characters one by one to the focused widget (each is one key press)."""
        for character in text:
            QTest.keyClicks(QApplication.focusWidget() or self.window, character)
            self.keys += 1
            _loop().processEvents()


@pytest.fixture
def board(qtbot, db: Database) -> Board:
    """A new workshop on a Cambodia mission, its board open and focused."""
    db.set_author("Lina Haddad")
    mission = db.create_mission("KHM", "Cambodia validation", "strategy")
    submission = new_workshop(db, mission.uuid, "Lina Haddad")
    window = WorkshopWindow(db, submission.uuid, by="Lina Haddad")
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    window.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.view)
    return Board(db, submission.uuid, window)
