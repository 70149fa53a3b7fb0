"""Starting the Qt application: open the database first, then show the window.

The database is opened (and checked) before any window exists, so a damaged
or read-only file is reported in one message box instead of a half-built UI.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from forms.errors import UserError

ORGANISATION = "Fieldwheel"
APPLICATION = "Fieldwheel"


def run_app(database_path: Path, *, quit_after_show: bool = False) -> int:
    """Run the window on ``database_path`` until the user quits; returns the exit code."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    from storage import Database

    try:
        database = Database(database_path)
    except UserError as error:
        if not quit_after_show:
            QMessageBox.critical(None, APPLICATION, error.message)
        print(f"fieldwheel: {error.message}", file=sys.stderr)
        return 2
    from ui.main_window import MainWindow

    window = MainWindow(database)
    window.show()
    if quit_after_show:
        QTimer.singleShot(0, app.quit)
    try:
        return app.exec()
    finally:
        database.close()
