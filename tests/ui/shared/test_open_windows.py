"""One window per submission, whichever kind: the filler's windows and the workshop boards."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from forms.errors import UserError
from ui.shared.open_windows import SubmissionWindows


class _Editor(QWidget):
    answers_saved = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.rechecked = 0

    def check_for_outside_changes(self) -> None:
        self.rechecked += 1


def _windows(qtbot, db, built: list[str]) -> SubmissionWindows:
    main = QWidget()
    qtbot.addWidget(main)

    def build(_database, uuid: str, _by: str, parent: QWidget) -> QWidget:
        if uuid == "refused":
            raise UserError("no-such-submission", "There is no submission {uuid}.", uuid=uuid)
        built.append(uuid)
        return _Editor(parent)

    return SubmissionWindows(db, main, build)


def test_a_submission_opens_once_relays_saves_and_is_forgotten_when_closed(qtbot, db) -> None:
    built: list[str] = []
    windows = _windows(qtbot, db, built)
    saved: list[str] = []
    closed: list[str] = []
    windows.answers_saved.connect(saved.append)
    windows.closed.connect(closed.append)
    first = windows.open("a", "Sophea")
    assert windows.open("a", "Sophea") is first and built == ["a"]
    assert first.isWindow() and windows.is_open("a")
    first.answers_saved.emit("anything")
    windows.check_for_outside_changes()
    assert saved == ["a"] and first.rechecked == 1
    assert windows.close_all()
    qtbot.waitUntil(lambda: not windows.is_open("a"))
    assert closed == ["a"]


def test_a_window_that_cannot_open_is_said_in_one_sentence(qtbot, db, told) -> None:
    windows = _windows(qtbot, db, [])
    assert windows.open("refused", "Sophea") is None
    assert [error.code for error in told] == ["no-such-submission"]
    assert not windows.is_open("refused")
