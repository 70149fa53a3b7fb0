"""The open workshop boards: at most one per submission (``ui.shared.open_windows``).

The board (and the form engine under it) is imported only when a board is
opened, so the main window starts without it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from forms.errors import UserError
from storage import Database
from ui.shared import errors
from ui.shared.open_windows import SubmissionWindows


class WorkshopBoards(SubmissionWindows):
    """Opens workshop submissions as boards and relays what they save."""

    def __init__(
        self,
        database: Database,
        window: QWidget,
        open_elsewhere: Callable[[str], bool] = lambda _uuid: False,
    ) -> None:
        super().__init__(database, window, self._board)
        self._open_elsewhere = open_elsewhere
        """Whether another kind of window (a form view) has a submission open."""

    def _board(self, database: Database, submission_uuid: str, by: str, parent: QWidget):
        from ui.workshop.window import WorkshopWindow

        board = WorkshopWindow(database, submission_uuid, by=by, parent=parent)
        board.open_elsewhere = lambda: self._open_elsewhere(submission_uuid)
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
