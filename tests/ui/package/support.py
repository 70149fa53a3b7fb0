"""Driving the main window through a package import, for the package and conflicts tests."""

from __future__ import annotations

from pathlib import Path

from storage import Database
from ui.main_window import MainWindow

EVIDENCE = "access/infrastructure/infrastructure_evidence"


def make_window(qtbot, database: Database) -> MainWindow:
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    return window


def import_through_window(qtbot, window: MainWindow, paths: list[Path]):
    operation = window.importer.import_paths(paths)
    with qtbot.waitSignal(operation.succeeded, timeout=60_000):
        pass
    dialog = window.importer.report_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def cell(dialog, row: int, column: int) -> str:
    return dialog.model.index(row, column).data()
