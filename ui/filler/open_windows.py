"""The open form-filler windows: at most one per submission (``ui.shared.open_windows``).

The filler (``ui.filler.window``) is imported on first use: it pulls in the
form engine, which the main window does not need to appear.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from storage import Database
from ui.shared.open_windows import SubmissionWindows


def _filler(database: Database, submission_uuid: str, by: str, parent: QWidget) -> QWidget:
    from ui.filler.window import FormFillerWindow

    return FormFillerWindow(database, submission_uuid, by=by, parent=parent)


class FillerWindows(SubmissionWindows):
    """Opens submissions in filler windows and relays what they save."""

    def __init__(self, database: Database, window: QWidget) -> None:
        super().__init__(database, window, _filler)
