"""The open workshop boards: at most one per submission, built on first use.

Like the filler's windows: opening a submission whose board is open raises
it.  The board (and the form engine under it) is imported only when a board
is opened, so the main window starts without it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from forms.errors import UserError
from storage import Database
from ui.shared import errors


class WorkshopBoards(QObject):
    """Opens workshop submissions as boards and relays what they save.

    Signals:
        answers_saved(str): a board saved answers of this submission.
        closed(str): the board of this submission was closed.
    """

    answers_saved = Signal(str)
    closed = Signal(str)

    def __init__(
        self,
        database: Database,
        window: QWidget,
        open_elsewhere: Callable[[str], bool] = lambda _uuid: False,
    ) -> None:
        super().__init__(window)
        self._database = database
        self._window = window
        self._open: dict[str, QWidget] = {}
        self._open_elsewhere = open_elsewhere
        """Whether another kind of window (a form view) has a submission open."""

    def open(self, submission_uuid: str, by: str) -> QWidget | None:
        """Show the submission's board (raising it if already open); None if it cannot open."""
        existing = self._open.get(submission_uuid)
        if existing is not None:
            existing.showNormal()
            existing.raise_()
            existing.activateWindow()
            return existing
        from ui.workshop.window import WorkshopWindow

        try:
            board = WorkshopWindow(self._database, submission_uuid, by=by, parent=self._window)
        except UserError as error:
            errors.show_user_error(self._window, error)
            return None
        board.open_elsewhere = lambda: self._open_elsewhere(submission_uuid)
        board.setWindowFlag(Qt.WindowType.Window, True)
        board.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        board.answers_saved.connect(lambda *_args: self.answers_saved.emit(submission_uuid))
        board.destroyed.connect(lambda *_args: self._forget(submission_uuid))
        self._open[submission_uuid] = board
        board.show()
        return board

    def start(self, mission_uuid: str, by: str) -> QWidget | None:
        """A new workshop on the mission, opened as a board."""
        from exports.workshop.start import new_workshop

        try:
            submission = new_workshop(self._database, mission_uuid, by)
        except UserError as error:
            errors.show_user_error(self._window, error)
            return None
        return self.open(submission.uuid, by)

    def check_for_outside_changes(self) -> None:
        """Every open board re-reads answers saved elsewhere (a form view, an import)."""
        for board in list(self._open.values()):
            board.check_for_outside_changes()

    def close_all(self) -> bool:
        return all(board.close() for board in list(self._open.values()))

    def _forget(self, submission_uuid: str) -> None:
        if self._open.pop(submission_uuid, None) is not None:
            self.closed.emit(submission_uuid)
