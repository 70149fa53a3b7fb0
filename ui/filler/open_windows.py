"""The open form-filler windows: at most one per submission.

Opening a submission that is already open raises its window instead of
showing a second editor of the same answers.  The filler (``ui.filler``) is
imported on first use: it pulls in the form engine, which the main window
does not need to appear.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from forms.errors import UserError
from storage import Database
from ui.shared import errors


class FillerWindows(QObject):
    """Opens submissions in filler windows and relays what they save.

    Signals:
        answers_saved(str): a filler saved answers of this submission.
        closed(str): the filler of this submission was closed.
    """

    answers_saved = Signal(str)
    closed = Signal(str)

    def __init__(self, database: Database, window: QWidget) -> None:
        super().__init__(window)
        self._database = database
        self._window = window
        self._open: dict[str, QWidget] = {}

    def open(self, submission_uuid: str, by: str) -> QWidget | None:
        """Show the submission's filler (raising it if already open)."""
        existing = self._open.get(submission_uuid)
        if existing is not None:
            existing.showNormal()
            existing.raise_()
            existing.activateWindow()
            return existing
        from ui.filler.window import FormFillerWindow

        try:
            filler = FormFillerWindow(self._database, submission_uuid, by=by, parent=self._window)
        except UserError as error:
            errors.show_user_error(self._window, error)
            return None
        filler.setWindowFlag(Qt.WindowType.Window, True)
        filler.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        filler.answers_saved.connect(lambda *_args: self.answers_saved.emit(submission_uuid))
        filler.destroyed.connect(lambda *_args: self._forget(submission_uuid))
        self._open[submission_uuid] = filler
        filler.show()
        return filler

    def is_open(self, submission_uuid: str) -> bool:
        return submission_uuid in self._open

    def check_for_outside_changes(self) -> None:
        """Every open filler re-reads answers an import or a resolution just changed."""
        for filler in list(self._open.values()):
            filler.check_for_outside_changes()

    def close_all(self) -> bool:
        """Close every filler; False if one refused (it may ask to keep editing)."""
        return all(filler.close() for filler in list(self._open.values()))

    def _forget(self, submission_uuid: str) -> None:
        if self._open.pop(submission_uuid, None) is not None:
            self.closed.emit(submission_uuid)
