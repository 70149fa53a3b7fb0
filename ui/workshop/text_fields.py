"""Text boxes that save through the editing session 0.5 s after the last key.

Like the filler's fields: the typed text is saved after a pause, when the
box loses focus, and whenever the session flushes (undo, close), so a power
cut loses at most half a second of typing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from ui.shared.session import FillSession

SAVE_DELAY_MS = 500


class _Debounce:
    """Saves ``read()`` to the session's ``path`` after a pause in typing."""

    def __init__(self, owner: QWidget, session: FillSession, read: Callable[[], str]) -> None:
        self.session = session
        self.read = read
        self.path: str | None = None
        self.timer = QTimer(owner)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_DELAY_MS)
        self.timer.timeout.connect(self.flush)

    def typed(self) -> None:
        if self.path is None:
            return
        self.session.track(self)
        self.timer.start()

    def flush(self) -> None:
        self.timer.stop()
        self.session.untrack(self)
        if self.path is not None:
            self.session.commit(self.path, self.read().strip() or None)


class SavedLine(QLineEdit):
    """A one-line answer, saved as it is typed."""

    def __init__(self, session: FillSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.saver = _Debounce(self, session, self.text)
        self.textEdited.connect(lambda _text: self.saver.typed())
        self.editingFinished.connect(self.saver.flush)

    def show_path(self, path: str | None) -> None:
        """Edit the answer at ``path`` (None: nothing to edit); pending text is saved first."""
        if self.saver.path != path:
            self.saver.flush()
        self.saver.path = path
        self.setEnabled(path is not None)
        self.refresh()

    def refresh(self) -> None:
        """Show the stored value, unless the user is typing here."""
        if self.saver.timer.isActive() or self.saver.path is None:
            if self.saver.path is None:
                self.clear()
            return
        value = self.saver.session.state.value(self.saver.path) or ""
        if value != self.text():
            self.setText(value)


class SavedText(QPlainTextEdit):
    """A multi-line answer, saved as it is typed; Tab moves on instead of inserting a tab."""

    def __init__(self, session: FillSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.saver = _Debounce(self, session, self.toPlainText)
        self.textChanged.connect(self._changed)
        self._showing = False

    def _changed(self) -> None:
        if not self._showing:
            self.saver.typed()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.saver.flush()
        super().focusOutEvent(event)

    def show_path(self, path: str | None) -> None:
        if self.saver.path != path:
            self.saver.flush()
        self.saver.path = path
        self.setEnabled(path is not None)
        self.refresh()

    def refresh(self) -> None:
        if self.saver.timer.isActive():
            return
        path = self.saver.path
        value = (self.saver.session.state.value(path) if path else None) or ""
        if value != self.toPlainText():
            self._showing = True
            self.setPlainText(value)
            self._showing = False
