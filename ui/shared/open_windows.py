"""Windows opened on one submission each: at most one per submission, raised if open again.

The form filler's windows and the workshop boards follow the same rules:
opening a submission whose window is open raises that window instead of a
second editor of the same answers; what a window saves is relayed to the
main window; a closed window is forgotten.  Each capability passes the
function that builds its window, imported on first use so the main window
starts without the form engine.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from forms.errors import UserError
from storage import Database
from ui.shared import errors

Build = Callable[[Database, str, str, QWidget], QWidget]
"""Builds the window of a submission: (database, submission uuid, by, parent)."""


class SubmissionWindows(QObject):
    """The open windows of one kind, keyed by submission, and what they save.

    Signals:
        answers_saved(str): a window saved answers of this submission.
        closed(str): the window of this submission was closed.
    """

    answers_saved = Signal(str)
    closed = Signal(str)

    def __init__(self, database: Database, window: QWidget, build: Build) -> None:
        super().__init__(window)
        self._database = database
        self._window = window
        self._build = build
        self._open: dict[str, QWidget] = {}

    def open(self, submission_uuid: str, by: str) -> QWidget | None:
        """Show the submission's window (raising it if already open); None if it cannot open."""
        existing = self._open.get(submission_uuid)
        if existing is not None:
            existing.showNormal()
            existing.raise_()
            existing.activateWindow()
            return existing
        try:
            opened = self._build(self._database, submission_uuid, by, self._window)
        except UserError as error:
            errors.show_user_error(self._window, error)
            return None
        opened.setWindowFlag(Qt.WindowType.Window, True)
        opened.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        opened.answers_saved.connect(lambda *_args: self.answers_saved.emit(submission_uuid))
        opened.destroyed.connect(lambda *_args: self._forget(submission_uuid))
        self._open[submission_uuid] = opened
        opened.show()
        return opened

    def is_open(self, submission_uuid: str) -> bool:
        return submission_uuid in self._open

    def check_for_outside_changes(self) -> None:
        """Every open window re-reads answers saved elsewhere (an import, a resolution)."""
        for opened in list(self._open.values()):
            opened.check_for_outside_changes()

    def close_all(self) -> bool:
        """Close every window; False if one refused (it may ask to keep editing)."""
        return all(opened.close() for opened in list(self._open.values()))

    def _forget(self, submission_uuid: str) -> None:
        if self._open.pop(submission_uuid, None) is not None:
            self.closed.emit(submission_uuid)
