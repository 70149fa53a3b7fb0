"""A few seconds after start-up the whole database is read in the background."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QApplication

from storage import Database
from ui.app import check_in_background
from ui.main_window import MainWindow
from ui.shared.workers import wait_for_workers


def _damaged(path) -> None:
    """A database whose damage an open does not read: a far page of a table nobody opens."""
    with Database(path) as db:
        db.create_mission("KHM", "Cambodia", "strategy")
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE filler (x TEXT)")
    raw.executemany("INSERT INTO filler VALUES (?)", [("x" * 500,)] * 400)
    raw.commit()
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()
    data = bytearray(path.read_bytes())
    start = len(data) - 3 * 4096
    data[start + 8 : start + 200] = b"\xff" * 192
    path.write_bytes(bytes(data))


def test_damage_found_in_the_background_is_told_in_one_sentence(qtbot, tmp_path, told):
    path = tmp_path / "fieldwheel.sqlite3"
    _damaged(path)
    with Database(path) as db:
        window = MainWindow(db)
        qtbot.addWidget(window)
        window.show()
        check_in_background(window)
        qtbot.waitUntil(lambda: bool(told), timeout=20_000)
        window.close()
    [message] = told
    assert "is damaged" in str(message)


def test_an_intact_database_tells_nothing(qtbot, tmp_path, told):
    with Database(tmp_path / "fieldwheel.sqlite3") as db:
        db.create_mission("KHM", "Cambodia", "strategy")
        window = MainWindow(db)
        qtbot.addWidget(window)
        window.show()
        check_in_background(window)
        assert wait_for_workers()
        QApplication.processEvents()  # the finished check's outcome, already queued
        window.close()
    assert told == []
