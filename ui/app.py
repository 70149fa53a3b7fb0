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
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from forms.errors import StorageError, UserError
from ui.shared import language, settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog

    from storage import Database
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

    def refuse(error: UserError) -> None:
        if not quit_after_show:
            from PySide6.QtWidgets import QMessageBox

            from ui.shared.core_messages import error_message

            QMessageBox.critical(None, settings.APPLICATION, error_message(error))

    database = open_database(database_path, create_folder=create_folder, refuse=refuse)
    if database is None:
        return EXIT_USER_ERROR
    from ui.shared import errors, workers

    errors.install_excepthook()
    session = WindowSession(database)
    session.window.show()
    if open_submission:
        session.window.open_submission(open_submission)
    if quit_after_show:
        QTimer.singleShot(0, app.quit)
    else:
        session.check_later()
    try:
        return app.exec()
    finally:
        workers.wait_for_workers()
        session.database.close()


def open_database(
    location: str | Path,
    *,
    create_folder: bool = False,
    refuse: Callable[[UserError], None],
) -> Database | None:
    """The database at ``location`` (a file or a server URL), or None once ``refuse`` told why.

    Start-up and *File ▸ Open server database…* both open through here, so a
    server database is migrated, checked and tidied exactly as a file is.
    """
    from storage import Database

    progress = MigrationProgress()
    try:
        database = Database(location, create_folder=create_folder, progress=progress)
    except UserError as error:
        refuse(error)
        print(f"fieldwheel: {error.message}", file=sys.stderr)
        return None
    finally:
        progress.close()
    # Drafts opened but never answered before a crash: they never began to exist.  A
    # read-only role on a server (an HQ viewer) has none of its own, and may not delete.
    try:
        database.discard_if_untouched()
    except StorageError as error:
        if error.code != "permission-denied":
            database.close()
            raise
    if database.created:
        print(f"fieldwheel: created a new, empty database at {database.path}", file=sys.stderr)
    return database


class WindowSession:
    """The main window and the database it shows; opening another database swaps both.

    The new database is opened first, so one that cannot be opened leaves the
    window as it was; the old window then closes as if the user closed it (its
    forms save, its place is remembered for the new one) before the old
    database is closed.
    """

    def __init__(self, database: Database) -> None:
        self.database = database
        self.window = self._window_on(database)

    def _window_on(self, database: Database) -> MainWindow:
        from ui.main_window import MainWindow

        window = MainWindow(database)
        window.database_requested.connect(self.switch_to)
        return window

    def check_later(self) -> None:
        """The whole-database check, once the window has settled."""
        window = self.window
        # Tied to the window: one closed by then (another database opened) is not checked.
        QTimer.singleShot(BACKGROUND_CHECK_DELAY_MS, window, lambda: check_in_background(window))

    def switch_to(self, location: str) -> bool:
        """Reopens the window on ``location``; False (nothing changed) if it could not."""
        from ui.server.address import is_server_url
        from ui.server.recent import remember_server
        from ui.shared import errors, workers

        database = open_database(
            location, refuse=lambda error: errors.show_user_error(self.window, error)
        )
        if database is None:
            return False
        app = QApplication.instance()
        quits = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)  # the old window closes before the new one shows
        try:
            if not self.window.close():
                database.close()
                return False
            workers.wait_for_workers()
            old_window, old_database = self.window, self.database
            self.database, self.window = database, self._window_on(database)
            self.window.show()
        finally:
            app.setQuitOnLastWindowClosed(quits)
        old_window.deleteLater()
        old_database.close()
        if is_server_url(location):
            remember_server(settings.open_settings(), location)
        self.check_later()
        return True


def check_in_background(window: MainWindow) -> None:
    """Read every page of the window's database in a worker; damage is told in one sentence.

    It runs on the workers' own connection (the window's WAL is no crash, so
    that open is quick) and tells nothing when the file is intact.
    """
    from ui.shared.workers import Operation

    if not window.isVisible():  # closed since (its database may be closed or gone)
        return
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
            from PySide6.QtWidgets import QProgressDialog  # only a database from before search

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
