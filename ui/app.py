"""Starting the Qt application: open the database first, then show the window.

The database is opened (and checked) before any window exists, so a damaged
or read-only file is reported in one message box instead of a half-built UI.
Opening checks only what is cheap; a few seconds after the window shows, the
whole file is read in the background (``check_in_background``) and damage is
reported then, while the user can still export nothing damaged.
Only what the first window needs is imported here; the form engine, pyxform
and matplotlib load when first used, so the window appears quickly.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from forms.errors import UserError
from ui.shared import language, settings

if TYPE_CHECKING:
    from ui.main_window import MainWindow

EXIT_USER_ERROR = 2
BACKGROUND_CHECK_DELAY_MS = 3000
"""The whole-file check waits until start-up is over and the user has a window."""


def run_app(
    database_path: Path,
    *,
    create_folder: bool = False,
    open_submission: str | None = None,
    quit_after_show: bool = False,
    ui_language: str | None = None,
) -> int:
    """Run the window on ``database_path`` until the user quits; returns the exit code.

    With ``quit_after_show`` the event loop stops as soon as the window has
    been shown (for start-up timing and smoke tests), and a database that
    cannot be opened is only reported on stderr.  ``ui_language`` (en, fr,
    es, ar, km) overrides the language remembered or the system's.
    """
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(settings.ORGANISATION)
    app.setApplicationName(settings.APPLICATION)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    readable_font(app)
    language.apply_language(language.chosen_language(ui_language, settings.open_settings()))
    from storage import Database

    progress = MigrationProgress()
    try:
        database = Database(database_path, create_folder=create_folder, progress=progress)
    except UserError as error:
        if not quit_after_show:
            from ui.shared.core_messages import error_message

            QMessageBox.critical(None, settings.APPLICATION, error_message(error))
        print(f"fieldwheel: {error.message}", file=sys.stderr)
        return EXIT_USER_ERROR
    finally:
        progress.close()
    # Drafts opened but never answered before a crash: they never began to exist.
    database.discard_if_untouched()
    if database.created:
        print(f"fieldwheel: created a new, empty database at {database.path}", file=sys.stderr)
    from ui.main_window import MainWindow
    from ui.shared import errors, workers

    errors.install_excepthook()
    window = MainWindow(database)
    window.show()
    if open_submission:
        window.open_submission(open_submission)
    if quit_after_show:
        QTimer.singleShot(0, app.quit)
    else:
        QTimer.singleShot(BACKGROUND_CHECK_DELAY_MS, lambda: check_in_background(window))
    try:
        return app.exec()
    finally:
        workers.wait_for_workers()
        database.close()


def check_in_background(window: MainWindow) -> None:
    """Read every page of the window's database in a worker; damage is told in one sentence.

    It runs on the workers' own connection (the window's WAL is no crash, so
    that open is quick) and tells nothing when the file is intact.
    """
    from ui.shared.workers import Operation

    operation = Operation(
        window,
        lambda task: task.database().check_integrity(),
        database_path=window.database.path,
    )
    operation.run_in_background()


class MigrationProgress:
    """A database from before search is indexed as it opens: say how far, before any window."""

    def __init__(self) -> None:
        self.dialog: QProgressDialog | None = None

    def __call__(self, done: int, total: int, what: str) -> None:
        if self.dialog is None:
            self.dialog = QProgressDialog()
            self.dialog.setWindowTitle(settings.APPLICATION)
            self.dialog.setCancelButton(None)
            self.dialog.setMinimumDuration(0)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
        self.dialog.setLabelText(what)
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(done)
        QApplication.processEvents()

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None


def readable_font(app: QApplication) -> None:
    """Raise the font to the configured minimum: forms are read on projectors."""
    minimum = settings.FONT_POINT_SIZE.read(settings.open_settings())
    font = app.font()
    if font.pointSizeF() < minimum:
        font.setPointSizeF(minimum)
        app.setFont(font)
